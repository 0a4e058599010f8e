/**
 * Cups left on the skin (format 2: `set-cup` with `leave_on`), for the scene and the oracle:
 * which of them are on at time t. Allocation-free: fills a caller-owned array of slots.
 */
import type { StaticCup, Timeline } from './types';
import { createMotionSample, sampleInto } from './sample';

export interface StaticCupSlot {
  /** False for unused slots. */
  on: boolean;
  cup: StaticCup | null;
  /** Index of `cup` in `timeline.staticCups` (−1 when off). */
  index: number;
}

/** Preallocate `n` slots (once, outside the frame loop). */
export function staticCupSlots(n: number): StaticCupSlot[] {
  return Array.from({ length: n }, () => ({ on: false, cup: null, index: -1 }));
}

/**
 * Fill `out` with the cups on the skin at time t (t0 ≤ t < t1), in the order they were set;
 * returns how many. Slots beyond the count are switched off.
 */
export function staticCupsAt(timeline: Pick<Timeline, 'staticCups'>, t: number, out: StaticCupSlot[]): number {
  let n = 0;
  const cups = timeline.staticCups;
  for (let k = 0; k < cups.length; k++) {
    const c = cups[k] as StaticCup;
    if (t >= c.t0 && t < c.t1 && n < out.length) {
      const s = out[n] as StaticCupSlot;
      s.on = true;
      s.cup = c;
      s.index = k;
      n++;
    }
  }
  for (let i = n; i < out.length; i++) {
    const s = out[i] as StaticCupSlot;
    s.on = false;
    s.cup = null;
    s.index = -1;
  }
  return n;
}

/** Where a static cup sits: its rim centre, the skin's outward normal, its "front", its suction. */
export interface StaticCupPose {
  point: [number, number, number];
  normal: [number, number, number];
  forward: [number, number, number];
  suction: number;
}

/**
 * The pose of every static cup of a timeline (parallel to `timeline.staticCups`): exactly where
 * the cup actor left it at the end of its set-cup piece (sampled just before `t0`), so the cup
 * left on the skin does not jump when the actor lets go of it. Computed once per timeline.
 */
export function staticCupPoses(timeline: Timeline): StaticCupPose[] {
  const s = createMotionSample();
  return timeline.staticCups.map((c) => {
    sampleInto(timeline, Math.max(0, c.t0 - 1e-6), s);
    const a = s.cup;
    return {
      point: [a.point[0], a.point[1], a.point[2]],
      normal: [a.normal[0], a.normal[1], a.normal[2]],
      forward: [a.forward[0], a.forward[1], a.forward[2]],
      suction: c.suction,
    };
  });
}

/** The most cups on the skin at once (the size of the scene's pool of cup rigs). */
export function maxStaticCupsAtOnce(timeline: Pick<Timeline, 'staticCups'>): number {
  let best = 0;
  for (const c of timeline.staticCups) {
    let n = 0;
    for (const d of timeline.staticCups) if (d.t0 <= c.t0 && c.t0 < d.t1) n++;
    best = Math.max(best, n);
  }
  return best;
}
