import { useTranslation } from 'react-i18next';
import type { Technique } from '../domain/technique/schema';
import { useUserData } from '../state/userData';
import { useSelectedTechnique } from '../state/useTechnique';
import { TechniqueChooser } from './library/TechniqueChooser';
import { TechniqueDetails } from './TechniqueDetails';
import { AcutePainSwitch } from './safety/AcutePainSwitch';
import { hiddenInAcutePain, filterForAcutePain } from './safety/acutePain';
import { ModeSwitch } from './learn/ModeSwitch';
import { loadLibrary } from '../data/library';
import { useViewer } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';

const notHiddenInAcutePain = (t: Technique) => hiddenInAcutePain(t) === null;

/** Mode and acute-pain switches, the technique list, and the chosen technique in words. */
export function TechniquesTab() {
  const { t } = useTranslation();
  const acutePain = useUserData((s) => s.acutePain);
  const user = useViewer((s) => s.userTechniques);
  const technique = useSelectedTechnique();
  const { hidden } = filterForAcutePain([...loadLibrary().techniques, ...user], acutePain);
  return (
    <>
      <ErrorBoundary part="techniques">
        <div className="panel switches">
          <ModeSwitch />
          <AcutePainSwitch hidden={hidden.map((h) => ({ title: h.technique.title, reason: h.reason, reasons: h.reasons }))} />
        </div>
        <TechniqueChooser filter={acutePain ? notHiddenInAcutePain : undefined} />
      </ErrorBoundary>
      {technique && (
        <ErrorBoundary
          part="details"
          resetKeys={[technique]}
          reset={{ label: t('persist.boundary.resetTechnique'), action: () => useViewer.getState().selectTechnique(null) }}
        >
          <TechniqueDetails technique={technique} />
        </ErrorBoundary>
      )}
    </>
  );
}
