import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SafetyBanner } from './SafetyBanner';
import { PlayerBar } from './player/PlayerBar';
import { Caption } from './player/Caption';
import { usePlayerKeys } from './player/usePlayerKeys';
import { useSelectedTechnique } from '../state/useTechnique';
import { useViewer } from '../state/store';
import { useUserTechniques } from '../state/userTechniques';
import { ErrorBoundary } from './ErrorBoundary';
import { ShareButtons } from './share/ShareButtons';
import { ExportButton } from './export/ExportButton';

/**
 * The player dock (what was inline in App): the chosen technique's caption and controls, the
 * player keys, and reading My techniques from this browser. A lazy chunk of App, loaded after
 * the first frame: the library gate, the player and the safety rules are not needed to draw it.
 */
export default function Dock({ webgl }: { webgl: boolean }) {
  const { t } = useTranslation();
  const technique = useSelectedTechnique();
  const techniqueId = useViewer((s) => s.techniqueId);
  const userStatus = useUserTechniques((s) => s.status);
  usePlayerKeys();
  // My techniques are read from this browser's storage; until then a link to one is "loading", not unknown.
  useEffect(() => {
    void useUserTechniques.getState().load();
  }, []);
  const closeTechnique = {
    label: t('persist.boundary.resetTechnique'),
    action: () => useViewer.getState().selectTechnique(null),
  };
  const readingUserList = userStatus === 'idle' || userStatus === 'loading';
  return technique && webgl ? (
    <ErrorBoundary part="player" resetKeys={[technique]} reset={closeTechnique}>
      <ExportButton technique={technique} />
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
  );
}
