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
  const squeezed = unfoldLanes(pts.map(([u, y]) => [u, mid + k * (y - mid)] as ChartXY));
  const at = (d: number): ChartXY[] => squeezed.map(([u, y]) => [u, y + d] as ChartXY);
  return [at(gap / 2), at(-gap / 2)];
}

/**
 * Least distance between two lanes of a fist's path along the spine, m: a fist's circles are a
 * circle's diameter tall, so lanes closer than that would be worked twice, and a path ribbon
 * drawn over itself shows arrows both ways on the same strip.
 */
export const FIST_LANE_MIN_M = 2 * FIST_CIRCLE_R_M;

const EPS_M = 1e-6;

/**
 * A squeezed path's lanes merged where they lie closer than FIST_LANE_MIN_M along the spine
 * (each merged lane at its members' mean height), then the path freed of repeated points and of
 * legs that only run back over the leg before (A → B → A is A → B: the piece's passes already go
 * back and forth). A zigzag band squeezed flat becomes one line across, worked to and fro.
 */
export function unfoldLanes(pts: readonly ChartXY[]): ChartXY[] {
  // lanes: runs of heights, each within FIST_LANE_MIN_M of its run's first height
  const ys = [...new Set(pts.map((p) => p[1]))].sort((a, b) => b - a);
  const laneOf = new Map<number, number>();
  let start = Infinity;
  let members: number[] = [];
  const close = (): void => {
    if (members.length === 0) return;
    const m = members.reduce((a, b) => a + b, 0) / members.length;
    for (const y of members) laneOf.set(y, m);
  };
  for (const y of ys) {
    if (start - y >= FIST_LANE_MIN_M) {
      close();
      members = [];
      start = y;
    }
    members.push(y);
  }
  close();
  const same = (a: ChartXY, b: ChartXY): boolean => Math.abs(a[0] - b[0]) < EPS_M && Math.abs(a[1] - b[1]) < EPS_M;
  const out: ChartXY[] = [];
  for (const [u, y] of pts) {
    const p: ChartXY = [u, laneOf.get(y) ?? y];
    const last = out[out.length - 1];
    if (last && same(last, p)) continue;
    const before = out[out.length - 2];
    if (before && same(before, p)) continue;
    out.push(p);
  }
  return out;
}
