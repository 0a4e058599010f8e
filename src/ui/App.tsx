import { lazy, memo, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Viewer } from '../scene/Viewer';
import { preloadBackModel } from '../scene/modelLoader';
import { WebGLBoundary } from './webgl';
import { HoverLabel } from './HoverLabel';
import { SelectedChip } from './SelectedChip';
import { LanguageSwitch } from './LanguageSwitch';
import { useUrlSync } from './useUrlSync';
import { useViewer } from '../state/store';
import { useUserData, userDataReady } from '../state/userData';
import { ErrorBoundary } from './ErrorBoundary';
import { loadLanguage } from '../i18n';
import { linkManifest } from '../pwa/manifestLink';

// What the first frame does not need loads after it (issue 13 §6): the sidebar, the player dock,
// the red-flag check, the storage notice, the no-WebGL page (each its own chunk).
const Sidebar = lazy(() => import('./Sidebar').then((m) => ({ default: m.Sidebar })));
const SafetyGate = lazy(() => import('./SafetyGate').then((m) => ({ default: m.SafetyGate })));
const StorageNotice = lazy(() => import('./StorageNotice').then((m) => ({ default: m.StorageNotice })));
const Dock = lazy(() => import('./Dock'));
const NoWebGLView = lazy(() => import('./NoWebGLView'));
// The 'new version ready' prompt of the offline app (registers the service worker).
const UpdatePrompt = lazy(() => import('../pwa/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
// Opening a #share= link runs the parse gate: after the first frame too.
const ShareLinkOpener = lazy(() => import('./share/ShareLinkOpener').then((m) => ({ default: m.ShareLinkOpener })));
import './styles.css';

// Decode the model while React renders and WebGL starts (see preloadBackModel).
preloadBackModel();

// The 3D view re-renders only when its own props change (they are stable): the page's state
// changing after the first frame (the rest loading, the stored data read back) must not redraw
// the idle scene (a re-render re-applies props of three objects, and R3F redraws for that).
const StableViewer = memo(Viewer);

/** The dock's empty line until the player dock has loaded: the canvas keeps its height (no redraw, no shift). */
const dockPlaceholder = <p className="muted hint" aria-hidden="true">{'\u00a0'}</p>;

export function App() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const [webgl, setWebgl] = useState(true);
  const onWebGLFail = useCallback(() => setWebgl(false), []);
  const onReady = useCallback(() => setLoaded(true), []);
  const contextLost = useViewer((s) => s.contextLost);
  const mode = useUserData((s) => s.mode);
  useUrlSync();
  // The rest of the page (and the rest of its strings) loads once the first frame is drawn, or
  // WebGL failed, or after 3 s.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    // (and once the stored user data is read back: the parts below write to it)
    const show = () => {
      // Installable from here on (manifestLink.ts: not before the first frame). The dev server
      // has no manifest file (vite-plugin-pwa writes it at build time).
      if (import.meta.env.PROD) linkManifest();
      void Promise.all([loadLanguage('en'), userDataReady()]).finally(() => setRest(true));
    };
    if (loaded || !webgl) show();
    const timer = setTimeout(show, 3000);
    return () => clearTimeout(timer);
  }, [loaded, webgl]);
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
            <Suspense fallback={null}>
              <NoWebGLView />
            </Suspense>
          }
          onFail={onWebGLFail}
        >
          <StableViewer onReady={onReady} label={t('canvas.label')} />
        </WebGLBoundary>
        {contextLost && (
          <Suspense fallback={null}>
            <NoWebGLView lost />
          </Suspense>
        )}
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
        {rest && (
          <Suspense fallback={null}>
            <ShareLinkOpener />
          </Suspense>
        )}
      </main>
      <section className="dock" aria-label={t('player.label')}>
        {rest ? (
          <Suspense fallback={dockPlaceholder}>
            <Dock webgl={webgl} />
          </Suspense>
        ) : (
          dockPlaceholder
        )}
      </section>
      {rest && (
        <Suspense fallback={null}>
          <Sidebar />
          <ErrorBoundary part="safetyCheck">
            <SafetyGate />
          </ErrorBoundary>
          <StorageNotice />
          <UpdatePrompt />
        </Suspense>
      )}
    </div>
  );
}
