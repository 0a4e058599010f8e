import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Viewer } from '../scene/Viewer';
import { preloadBackModel } from '../scene/modelLoader';
import { WebGLBoundary } from './webgl';
import { NoWebGL } from './NoWebGL';
import { HoverLabel } from './HoverLabel';
import { SelectedChip } from './SelectedChip';
import { LanguageSwitch } from './LanguageSwitch';
import { Sidebar } from './Sidebar';
import { SafetyGate } from './SafetyGate';
import { SafetyBanner } from './SafetyBanner';
import { PlayerBar } from './player/PlayerBar';
import { Caption } from './player/Caption';
import { usePlayerKeys } from './player/usePlayerKeys';
import { useUrlSync } from './useUrlSync';
import { useSelectedTechnique } from '../state/useTechnique';
import { useViewer } from '../state/store';
import { useUserData } from '../state/userData';
import { useUserTechniques } from '../state/userTechniques';
import { ErrorBoundary } from './ErrorBoundary';
import { StorageNotice } from './StorageNotice';
import { ShareLinkOpener } from './share/ShareLinkOpener';
import { ShareButtons } from './share/ShareButtons';
import './styles.css';

// Decode the model while React renders and WebGL starts (see preloadBackModel).
preloadBackModel();

export function App() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const [webgl, setWebgl] = useState(true);
  const onWebGLFail = useCallback(() => setWebgl(false), []);
  const onReady = useCallback(() => setLoaded(true), []);
  const technique = useSelectedTechnique();
  const contextLost = useViewer((s) => s.contextLost);
  const mode = useUserData((s) => s.mode);
  const techniqueId = useViewer((s) => s.techniqueId);
  const userStatus = useUserTechniques((s) => s.status);
  usePlayerKeys();
  useUrlSync();
  // My techniques are read from this browser's storage; until then a link to one is "loading", not unknown.
  useEffect(() => {
    void useUserTechniques.getState().load();
  }, []);
  const closeTechnique = { label: t('persist.boundary.resetTechnique'), action: () => useViewer.getState().selectTechnique(null) };
  const readingUserList = userStatus === 'idle' || userStatus === 'loading';
  return (
    <div className={`app mode-${mode}`}>
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="muted">· {t('app.tagline')}</span>
        </h1>
        <LanguageSwitch />
      </header>
      <main className="stage" data-loaded={loaded ? 'true' : 'false'}>
        <WebGLBoundary
          fallback={
            <ErrorBoundary part="player" resetKeys={[technique]} reset={closeTechnique}>
              <NoWebGL technique={technique} />
            </ErrorBoundary>
          }
          onFail={onWebGLFail}
        >
          <Viewer onReady={onReady} label={t('canvas.label')} />
        </WebGLBoundary>
        {contextLost && <NoWebGL technique={technique} lost />}
        <p className="sr-only" id="canvas-description">
          {t('canvas.description')}
        </p>
        {webgl && !loaded && (
          <div className="loading" role="status" data-testid="loading">
            <span className="spinner" aria-hidden="true" /> {t('app.loading')}
          </div>
        )}
        <ErrorBoundary part="view">
          <HoverLabel />
          <SelectedChip />
        </ErrorBoundary>
        <ShareLinkOpener />
      </main>
      <section className="dock" aria-label={t('player.label')}>
        {technique && webgl ? (
          <ErrorBoundary part="player" resetKeys={[technique]} reset={closeTechnique}>
            <SafetyBanner />
            <Caption technique={technique} />
            <PlayerBar />
            <ShareButtons technique={technique} />
          </ErrorBoundary>
        ) : !technique && techniqueId && readingUserList ? (
          <p className="muted hint" role="status" data-testid="user-techniques-loading">
            {t('persist.loading')}
          </p>
        ) : !technique && techniqueId ? (
          <p className="muted hint" role="status" data-testid="technique-unknown">
            {t('persist.unknown', { id: techniqueId })} {t('library.none')}
          </p>
        ) : (
          <p className="muted hint">{t('library.none')}</p>
        )}
      </section>
      <Sidebar />
      <ErrorBoundary part="safetyCheck">
        <SafetyGate />
      </ErrorBoundary>
      <StorageNotice />
    </div>
  );
}
