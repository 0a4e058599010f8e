import { landmark, type LandmarkIndex } from './landmarkIndex';

/**
 * The strip where pressure is never applied: the spinous processes in the midline, from T10
 * down to S1 (DESIGN.md §3: no pressure on the spinous processes). Width: 2 cm either side,
 * the same distance the technique lint uses for point presses.
 */
export interface AvoidZone {
  halfWidth: number;
  top: number;
  bottom: number;
}

export const AVOID_HALF_WIDTH_M = 0.02;

export function avoidZone(index: LandmarkIndex): AvoidZone {
  const top = landmark(index, 'T10').skin[1];
  const bottom = landmark(index, 'S1').skin[1];
  return { halfWidth: AVOID_HALF_WIDTH_M, top: top + 0.01, bottom: bottom - 0.01 };
}

/**
 * How strongly to light the zone as a reminder (0–1) when a contact at (x, y) comes near it:
 * full at its edge (2 cm from the midline), fading out to nothing 2 cm further out — where
 * a palm rubbing beside the spine sits, so ordinary rubbing does not flash it. Pure.
 */
export function avoidGlow(zone: AvoidZone, x: number, y: number): number {
  if (y > zone.top + 0.02 || y < zone.bottom - 0.02) return 0;
  const d = Math.abs(x) - zone.halfWidth;
  if (d <= 0) return 1;
  if (d >= 0.02) return 0;
  return 1 - d / 0.02;
}

/** How far outside the strip the press glow fades out, metres. */
export const PRESS_GLOW_FADE_M = 0.005;

/**
 * The glow the player shows (0–1): only for a contact that PRESSES (pressure > 0) inside the
 * strip or within 5 mm of its edge. A hover without pressure (a point shown but never pressed),
 * a lifted hand, or a press beside the spine (an acupoint 3 cm out) leaves the strip dark, so
 * the app's own demonstrations never light it. Pure.
 */
export function pressGlow(zone: AvoidZone, contact: boolean, pressure: number, x: number, y: number): number {
  if (!contact || !(pressure > 0)) return 0;
  if (y > zone.top || y < zone.bottom) return 0;
  const d = Math.abs(x) - zone.halfWidth;
  if (d <= 0) return 1;
  if (d >= PRESS_GLOW_FADE_M) return 0;
  return 1 - d / PRESS_GLOW_FADE_M;
}
