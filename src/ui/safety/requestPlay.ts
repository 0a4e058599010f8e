import { useUserData } from '../../state/userData';
import { useViewer } from '../../state/store';

/**
 * Play, unless the red-flag check has never been done in this browser: then the check opens
 * first, and playback starts once it is answered (see SafetyGate).
 */
export function requestPlay(): void {
  if (!useUserData.getState().redFlagCheckedAt) {
    useViewer.getState().setSafetyCheck('first');
    return;
  }
  useViewer.getState().setPlaying(true);
}
