import { useUserData } from '../../state/userData';
import { useViewer } from '../../state/store';
import { playGate } from './assess';

/**
 * Play, unless the red-flag check has never been done in this browser (then the check opens
 * first, and playback starts once it is answered, see SafetyGate), or an urgent red flag is
 * answered "yes" (then nothing plays until the answers change; the Play button is disabled and
 * the banner says why). Returns what happened.
 */
export function requestPlay(): 'check' | 'blocked' | 'play' {
  const gate = playGate(useUserData.getState());
  if (gate === 'blocked') {
    useViewer.getState().setPlaying(false);
    return 'blocked';
  }
  if (gate === 'check') {
    useViewer.getState().setSafetyCheck('first');
    return 'check';
  }
  useViewer.getState().setPlaying(true);
  return 'play';
}

/** True while Play must stay disabled: an urgent red flag is answered "yes". */
export function usePlayBlocked(): boolean {
  return useUserData((s) => playGate(s) === 'blocked');
}
