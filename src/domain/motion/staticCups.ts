/**
 * Cups left on the skin (format 2: `set-cup` with `leave_on`), for the scene and the oracle:
 * which of them are on at time t. Allocation-free: fills a caller-owned array of slots.
 */
import type { StaticCup, Timeline } from './types';

export interface StaticCupSlot {
  /** False for unused slots. */
  on: boolean;
  cup: StaticCup | null;
}

/** Preallocate `n` slots (once, outside the frame loop). */
export function staticCupSlots(n: number): StaticCupSlot[] {
  return Array.from({ length: n }, () => ({ on: false, cup: null }));
}

/**
 * Fill `out` with the cups on the skin at time t (t0 ≤ t < t1), in the order they were set;
 * returns how many. Slots beyond the count are switched off.
 */
export function staticCupsAt(timeline: Pick<Timeline, 'staticCups'>, t: number, out: StaticCupSlot[]): number {
  let n = 0;
  for (const c of timeline.staticCups) {
    if (t >= c.t0 && t < c.t1 && n < out.length) {
      const s = out[n] as StaticCupSlot;
      s.on = true;
      s.cup = c;
      n++;
    }
  }
  for (let i = n; i < out.length; i++) {
    const s = out[i] as StaticCupSlot;
    s.on = false;
    s.cup = null;
  }
  return n;
}
