/**
 * Percussion (format 2): the look of each style and its honest on-screen rate. The strikes use
 * the engine's 'chop' program (strike and rebound in contact for a short part of each cycle, then
 * up and down again), alternating between the hands; each hand strikes at most
 * SHOWN_MAX_HZ_PER_HAND a second on screen (tempo.ts), the step keeps its real duration.
 */
import type { PercussionStep } from '../../technique/schema';
import { shownRate, strikingHands } from '../../technique/tempo';
import { stepDurationS } from '../../technique/duration';
import type { HandShape } from '../handShapes';

/** The hand shape of each style: hacking = ulnar edge, cupping = cupped palm, pounding = loose fist, tapping = fingertips. */
export const PERCUSSION_SHAPE: Readonly<Record<PercussionStep['style'], HandShape>> = {
  hacking: 'palm-edge',
  cupping: 'cupped',
  pounding: 'fist',
  tapping: 'fingertip-press',
};

/** Height each style rises between strikes, metres (a cupped palm and a fist rise higher). */
export const PERCUSSION_HEIGHT_M: Readonly<Record<PercussionStep['style'], number>> = {
  hacking: 0.03,
  cupping: 0.04,
  pounding: 0.035,
  tapping: 0.015,
};

/** Strikes ONE hand shows over the whole step (at the shown rate). */
export function shownStrikesPerHand(step: PercussionStep): number {
  const r = shownRate(step);
  const perMin = r ? r.shownPerMin : 0;
  return Math.max(1, Math.round((perMin * stepDurationS(step)) / 60 / strikingHands(step)));
}
