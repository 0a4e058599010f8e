/**
 * Honest tempo on screen (DESIGN.md §7): percussion runs at several strikes a second and
 * vibration at several trembles a second; at 60 frames a second neither can be shown faithfully
 * at 1×. The motion engine runs them at `shownPerMin` (each hand at most SHOWN_MAX_HZ_PER_HAND)
 * and the UI says "shown slowed" with both figures. Never a misleading rate: the real rate is
 * what the file says, the step's real duration is unchanged.
 */
import { stepDurationS } from './duration';
import type { Step } from './schema';

/** Fastest cycle one hand is shown doing, per second (20 frames per strike at 60 fps). */
export const SHOWN_MAX_HZ_PER_HAND = 1.5;

export interface ShownRate {
  /** What the file says: strikes (both hands) or trembles per minute. */
  realPerMin: number;
  /** What the screen shows at 1×. */
  shownPerMin: number;
  /** True when shownPerMin < realPerMin. */
  slowed: boolean;
}

/** Hands that strike in turn (percussion: both hands alternate unless one hand is named). */
export function strikingHands(step: Step): 1 | 2 {
  return step.hands === 'left' || step.hands === 'right' ? 1 : 2;
}

/** The shown rate of a percussion or vibration step; null for every other move. */
export function shownRate(step: Step): ShownRate | null {
  if (step.move === 'percussion') {
    const real = (step.repetitions * 60) / Math.max(stepDurationS(step), 1e-9);
    const cap = SHOWN_MAX_HZ_PER_HAND * 60 * strikingHands(step);
    const shown = Math.min(real, cap);
    return { realPerMin: real, shownPerMin: shown, slowed: shown < real - 1e-6 };
  }
  if (step.move === 'vibration') {
    const real = step.frequency_hz * 60;
    const cap = SHOWN_MAX_HZ_PER_HAND * 2 * 60;
    const shown = Math.min(real, cap);
    return { realPerMin: real, shownPerMin: shown, slowed: shown < real - 1e-6 };
  }
  return null;
}
