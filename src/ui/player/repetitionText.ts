import type { TFunction } from 'i18next';
import type { MotionSample } from '../../domain/motion/types';
import { useViewer } from '../../state/store';

/**
 * "repetition k of n" for the caption. In a demo whose step was cut down it says both doses:
 * "repetition 2 of 3 in this demo; 200 in a full session" (and the full hold, when it was
 * shortened). Counts are in the timeline's units (repetitions × sides done one after the other),
 * so the full figure is scaled by the same factor. Empty when there is nothing to count.
 */
export function repetitionText(t: TFunction, s: MotionSample): string {
  const meta = useViewer.getState().timeline;
  const dose = meta?.length === 'demo' ? meta.steps[s.stepIndex]?.dose : undefined;
  const cut = dose && (dose.demo.repetitions !== dose.full.repetitions || dose.demo.holdS !== dose.full.holdS);
  if (!dose || !cut || s.repetitions < 1) {
    return s.repetitions > 1 ? t('player.repetition', { k: s.repetition, n: s.repetitions }) : '';
  }
  const full = Math.round((dose.full.repetitions * s.repetitions) / Math.max(dose.demo.repetitions, 1));
  const args = { k: Math.max(s.repetition, 1), n: s.repetitions, full, hold: dose.full.holdS };
  return dose.full.holdS > dose.demo.holdS ? t('length.counterHold', args) : t('length.counter', args);
}
