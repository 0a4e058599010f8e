import { useEffect } from 'react';
import { useUserData } from '../state/userData';
import { useViewer } from '../state/store';
import { RedFlagCheck } from './safety/RedFlagCheck';
import { playGate } from './safety/assess';

/**
 * Hosts the red-flag check. Before the first play it must be answered; after a "clear" or
 * "see a doctor" result the technique starts (the warning stays on screen, see SafetyBanner);
 * after an "urgent" result nothing plays, and nothing can play, until the answers change:
 * whatever sets `playing` (button, keyboard, a review of the answers) is undone here while the
 * answers are urgent.
 */
export function SafetyGate() {
  const mode = useViewer((s) => s.safetyCheck);
  const close = () => useViewer.getState().setSafetyCheck('closed');

  useEffect(() => {
    const enforce = () => {
      if (useViewer.getState().playing && playGate(useUserData.getState()) === 'blocked') useViewer.getState().setPlaying(false);
    };
    enforce();
    const offUser = useUserData.subscribe(enforce);
    const offViewer = useViewer.subscribe((s, prev) => {
      if (s.playing && !prev.playing) enforce();
    });
    return () => {
      offUser();
      offViewer();
    };
  }, []);

  return (
    <RedFlagCheck
      open={mode !== 'closed'}
      dismissible={mode === 'review'}
      onClose={close}
      onDone={(result) => {
        const first = mode === 'first';
        close();
        if (first && result !== 'urgent' && playGate(useUserData.getState()) !== 'blocked') useViewer.getState().setPlaying(true);
      }}
    />
  );
}
