/**
 * Level of detail of the hand actors (issue 13 §6): a hand small on screen is drawn with fewer
 * radial segments around its digits. Pure functions (no React); the switch lives in Hand.tsx.
 */

/** Radial segments of the digits near (the rig's default) and far. */
export const HAND_RADIAL_NEAR = 18;
export const HAND_RADIAL_FAR = 8;

/** Wrist to fingertip of the rig, metres (what "the hand's size on screen" measures). */
export const HAND_LENGTH_M = 0.19;

/** Below this many CSS pixels of hand length the far level is used; above `HAND_LOD_NEAR_PX` the
 * near one (between the two, the level stays as it is: no flicker at the edge). */
export const HAND_LOD_FAR_PX = 150;
export const HAND_LOD_NEAR_PX = 180;

/**
 * The hand's length on screen in CSS pixels, for a perspective camera: `distance` from the camera
 * to the hand (m), vertical field of view `fovDeg`, viewport height `heightPx`.
 */
export function handScreenPx(distance: number, fovDeg: number, heightPx: number): number {
  if (!(distance > 0)) return Infinity;
  const viewHeight = 2 * distance * Math.tan(((fovDeg * Math.PI) / 180) / 2);
  return (HAND_LENGTH_M / viewHeight) * heightPx;
}

/** The level to draw: `far` (true) or near, given the level drawn now (hysteresis). */
export function handLodFar(screenPx: number, farNow: boolean): boolean {
  if (screenPx < HAND_LOD_FAR_PX) return true;
  if (screenPx > HAND_LOD_NEAR_PX) return false;
  return farNow;
}
