/**
 * Fist kneading with both fists on one side of the spine. A therapist works two fists on one side
 * one above the other along the spine (a fist's length apart), not side by side: two fists side by
 * side on parallel tracks a few cm apart cross each other where a zigzag band turns (each fist's
 * row of knuckles is ~8.5 cm wide). Pure.
 */
import type { ChartXY } from '../chartPath';

/** Centre-to-centre distance of the two fists along the spine (about one fist's length), m. */
export const FIST_PAIR_GAP_M = 0.1;

/** Radius of a kneading fist's small circles, m. */
export const FIST_CIRCLE_R_M = 0.015;

/**
 * Distance between the two fists' paths along the spine for a phase between them (0: they circle
 * together, the gap stays FIST_PAIR_GAP_M; otherwise their circles rise and fall against each
 * other, by up to a circle's diameter each way, and the paths lie that much further apart).
 */
export function fistPairGap(phase: number): number {
  return phase % 1 === 0 ? FIST_PAIR_GAP_M : FIST_PAIR_GAP_M + 2 * FIST_CIRCLE_R_M;
}

/**
 * The two fists' own paths from the step's path (chart points): the upper fist works the upper
 * part of the area and the lower fist the lower part, both through the whole path at once, so at
 * every moment of the path they are exactly `gap` apart along the spine (y). The pair together
 * covers the path's height; a path lower than `gap` is worked by the two fists `gap` apart about
 * its middle. Returns [upper, lower].
 */
export function fistPairPaths(pts: readonly ChartXY[], gap: number = FIST_PAIR_GAP_M): [ChartXY[], ChartXY[]] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of pts) {
    lo = Math.min(lo, p[1]);
    hi = Math.max(hi, p[1]);
  }
  const span = pts.length > 0 ? hi - lo : 0;
  const mid = (hi + lo) / 2;
  const k = span > gap ? 1 - gap / span : 0;
  const at = (d: number): ChartXY[] => pts.map(([u, y]) => [u, mid + k * (y - mid) + d] as ChartXY);
  return [at(gap / 2), at(-gap / 2)];
}
