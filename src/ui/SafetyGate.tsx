import { useViewer } from '../state/store';
import { RedFlagCheck } from './safety/RedFlagCheck';

/**
 * Hosts the red-flag check. Before the first play it must be answered; after a "clear" or
 * "see a doctor" result the technique starts (the warning stays on screen, see SafetyBanner);
 * after an "urgent" result nothing plays.
 */
export function SafetyGate() {
  const mode = useViewer((s) => s.safetyCheck);
  const close = () => useViewer.getState().setSafetyCheck('closed');
  return (
    <RedFlagCheck
      open={mode !== 'closed'}
      dismissible={mode === 'review'}
      onClose={close}
      onDone={(result) => {
        const first = mode === 'first';
        close();
        if (first && result !== 'urgent') useViewer.getState().setPlaying(true);
      }}
    />
  );
}
