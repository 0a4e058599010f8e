/**
 * EmbedApp (`?embed=1&technique=<id>`) — one library technique for an iframe on a course page:
 * the 3D view and the player, the technique's precautions as one line, and a button for the
 * red-flag check (the same check and play gate as the app). No sidebar, no top bar; a link opens
 * the full app in a new tab. Sized to fill the iframe (640×360 and up; README has the snippet).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Viewer } from '../../scene/Viewer';
import { preloadBackModel } from '../../scene/modelLoader';
import { applicablePrecautions } from '../../domain/safety';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { useSelectedTechnique } from '../../state/useTechnique';
import { useViewer } from '../../state/store';
import { WebGLBoundary } from '../webgl';
import { NoWebGL } from '../NoWebGL';
import { SafetyGate } from '../SafetyGate';
import { SafetyBanner } from '../SafetyBanner';
import { PlayerBar } from '../player/PlayerBar';
import { usePlayerKeys } from '../player/usePlayerKeys';
import { useUrlSync } from '../useUrlSync';
import { ErrorBoundary } from '../ErrorBoundary';
import '../styles.css';
import './embed.css';

preloadBackModel();

export function EmbedApp() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const [loaded, setLoaded] = useState(false);
  const [webgl, setWebgl] = useState(true);
  const onReady = useCallback(() => setLoaded(true), []);
  const onWebGLFail = useCallback(() => setWebgl(false), []);
  const technique = useSelectedTechnique();
  const id = useViewer((s) => s.techniqueId);
  usePlayerKeys();
  useUrlSync();
  const full = `${location.pathname}${id ? `?technique=${encodeURIComponent(id)}` : ''}`;
  return (
    <div className="embed" data-testid="embed">
      <main className="stage" data-loaded={loaded ? 'true' : 'false'} aria-label={technique ? t('share.embed.label', { title: loc(technique.title) }) : undefined}>
        <WebGLBoundary fallback={<NoWebGL technique={technique} />} onFail={onWebGLFail}>
          <Viewer onReady={onReady} label={t('canvas.label')} />
        </WebGLBoundary>
        <p className="sr-only" id="canvas-description">
          {t('canvas.description')}
        </p>
        {webgl && !loaded && (
          <div className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> {t('app.loading')}
          </div>
        )}
        {technique && <p className="embed-title">{loc(technique.title)}</p>}
      </main>
      <section className="embed-dock" aria-label={t('player.label')}>
        {technique && webgl ? (
          <ErrorBoundary part="player" resetKeys={[technique]}>
            <SafetyBanner />
            <PlayerBar />
          </ErrorBoundary>
        ) : (
          <p className="muted hint" role="status" data-testid="embed-none">
            {id ? t('share.embed.unknown', { id }) : t('share.embed.none')}
          </p>
        )}
        <EmbedSafetyLine technique={technique} full={full} />
      </section>
      <ErrorBoundary part="safetyCheck">
        <SafetyGate />
      </ErrorBoundary>
    </div>
  );
}

/** "Precautions: … · …" in one line, the red-flag check, and "Open in Handpath". */
function EmbedSafetyLine({ technique, full }: { technique: Technique | null; full: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const titles = technique ? applicablePrecautions(technique).map((p) => p.precaution?.title[lang] ?? p.id) : [];
  return (
    <div className="embed-safety" data-testid="embed-safety">
      {titles.length > 0 && (
        <p className="embed-precautions" data-testid="embed-precautions" title={titles.join(' · ')}>
          <strong>{t('share.embed.precautions')}:</strong> {titles.join(' · ')}
        </p>
      )}
      <button type="button" className="embed-link" onClick={() => useViewer.getState().setSafetyCheck('review')} data-testid="embed-red-flag">
        {t('share.embed.redFlag')}
      </button>
      <a className="embed-link" href={full} target="_blank" rel="noopener" data-testid="embed-open">
        {t('share.embed.open')} <span className="sr-only">{t('share.newTab')}</span>
      </a>
    </div>
  );
}
