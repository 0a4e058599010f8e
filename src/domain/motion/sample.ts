/**
 * sample(timeline, t) → MotionSample: the pose of both hands and the cup at technique time t
 * (seconds). Pure: same timeline and t give the same sample; no clock, no randomness. Playback
 * speed belongs to the player (it decides which t to ask for).
 *
 * `sampleInto(timeline, t, out)` writes into a preallocated sample (from `createMotionSample()`)
 * and allocates nothing: call it from useFrame.
 */
import { chartPoint, evalChart } from './chart';
import { type ActorState, actorState, evalPiece } from './evaluate';
import { smooth01 } from './vec';
import type { HandShape } from './handShapes';
import type { ActorId, ActorSample, MotionSample, Piece, Timeline, TimelineSegment } from './types';

import { createMotionSample } from './blankSample';
export { createMotionSample };

function findIndex<T extends { t0: number }>(list: readonly T[], t: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] as T).t0 <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const scratch: ActorState = actorState();
/** Lift over which the reported normal blends from the local to the smoothed skin normal, m. */
export const LIFT_SMOOTH_M = 0.02;
const cp = chartPoint();
const ahead = chartPoint();
const behind = chartPoint();
/**
 * How far along its heading the hand's forward is read off the chart, m: the chord from the
 * contact to the chart point this far ahead (where the palm and fingers lie), not the tangent of
 * the one 1 cm chart cell under the contact. That cell's tangents carry the skin mesh's facet
 * noise (1–3° at mirrored places on the real back, so the left and right hands were yawed
 * differently), and a rigid hand 12 cm long turns that into 4–6 mm at its fingertips, where the
 * spine guard's footprint (footprint.ts, laid out in chart coordinates) does not expect them.
 */
export const HEADING_CHORD_M = 0.06;
/** …measured from this far behind the contact (the heel of a flat hand), m. */
export const HEADING_CHORD_BACK_M = 0.03;
/** Shapes whose fingers reach far ahead of the contact (footprint.ts) take the chord; so do the
 * fingertip and thumb presses: a pressing hand stands 8 cm behind its tips on that forward. Until
 * session 8 the chart's tangents were each 1 cm cell's own differences, discontinuous where the
 * point crossed into the next cell (classic-circular-rub t=31.68: the forward turned 12° in one
 * frame, the palm jumped 20 mm; tests/unit/actors/pressJump.test.ts). They are continuous now
 * (chart.ts evalChart, tests/unit/motion/chartTangents.test.ts), so the other shapes' forward is too. */
const CHORD_WEIGHT: Readonly<Record<HandShape, number>> = {
  flat: 1,
  cupped: 1,
  fist: 0,
  'thumb-press': 1,
  'fingertip-press': 1,
  'palm-edge': 0,
  knead: 0,
};


function writeActor(timeline: Timeline, pieces: readonly Piece[], t: number, out: ActorSample): boolean {
  const piece = pieces[findIndex(pieces, t)] as Piece;
  const s = evalPiece(piece, t, scratch, timeline.guard);
  evalChart(timeline.chart, s.u, s.y, cp);
  // Over a groove the chart bridges (spinal groove, gluteal cleft) the actor cannot touch the
  // skin: it rides at least `gap` above it, without pressure.
  const gap = cp.gap;
  const lift = s.active && gap > s.lift ? gap : s.lift;
  // In contact: the skin normal at the point. Lifting: blend to the smoothed normal, so a hand
  // travelling over the spinal groove or round the flank does not swing with every bump.
  // A fingertip or thumb press stands on a point: its hand follows the back's general slope
  // (the smoothed normal), not the local wall of the gluteal cleft or the spinal groove, which
  // would tip the forearm over the midline (the forearms of a pair crossed in an X).
  const pointy = s.shape === 'fingertip-press' || s.shape === 'thumb-press';
  const w = pointy ? 1 : smooth01(lift / LIFT_SMOOTH_M);
  const n = cp.n;
  if (w > 0) {
    n[0] += (cp.ns[0] - n[0]) * w;
    n[1] += (cp.ns[1] - n[1]) * w;
    n[2] += (cp.ns[2] - n[2]) * w;
    const ln = Math.hypot(n[0], n[1], n[2]) || 1;
    n[0] /= ln;
    n[1] /= ln;
    n[2] /= ln;
  }
  out.active = s.active;
  out.lift = lift;
  out.contact = s.active && lift === 0;
  out.pressure = out.contact ? s.pressure : 0;
  out.point[0] = cp.p[0] - gap * n[0];
  out.point[1] = cp.p[1] - gap * n[1];
  out.point[2] = cp.p[2] - gap * n[2];
  out.normal[0] = n[0];
  out.normal[1] = n[1];
  out.normal[2] = n[2];
  out.position[0] = out.point[0] + lift * n[0];
  out.position[1] = out.point[1] + lift * n[1];
  out.position[2] = out.point[2] + lift * n[2];
  // Forward: the chart heading pushed through the chart's tangents; for a long hand (flat,
  // cupped: fingers far ahead of the contact) blended towards the chord to the chart point
  // HEADING_CHORD_M ahead, by how much of the blend is such a shape. Made tangent to the skin.
  let fx = s.hu * cp.pu[0] + s.hy * cp.py[0];
  let fy = s.hu * cp.pu[1] + s.hy * cp.py[1];
  let fz = s.hu * cp.pu[2] + s.hy * cp.py[2];
  const cw = (1 - s.blend) * CHORD_WEIGHT[s.shape] + s.blend * CHORD_WEIGHT[s.nextShape];
  if (cw > 0) {
    evalChart(timeline.chart, s.u - s.hu * HEADING_CHORD_BACK_M, s.y - s.hy * HEADING_CHORD_BACK_M, behind);
    evalChart(timeline.chart, s.u + s.hu * HEADING_CHORD_M, s.y + s.hy * HEADING_CHORD_M, ahead);
    const cx = ahead.p[0] - behind.p[0];
    const cy = ahead.p[1] - behind.p[1];
    const cz = ahead.p[2] - behind.p[2];
    const lc = Math.hypot(cx, cy, cz);
    const lt = Math.hypot(fx, fy, fz);
    // Where the chart's edge clamps the chord short, keep the tangent.
    if (lc > 0.5 * HEADING_CHORD_M && lt > 1e-9) {
      fx = (1 - cw) * (fx / lt) + (cw * cx) / lc;
      fy = (1 - cw) * (fy / lt) + (cw * cy) / lc;
      fz = (1 - cw) * (fz / lt) + (cw * cz) / lc;
    }
  }
  const dn = fx * n[0] + fy * n[1] + fz * n[2];
  fx -= dn * n[0];
  fy -= dn * n[1];
  fz -= dn * n[2];
  let l = Math.hypot(fx, fy, fz);
  if (l < 1e-9) {
    // Degenerate heading: fall back to "up" tangent to the skin.
    fx = -n[1] * n[0];
    fy = 1 - n[1] * n[1];
    fz = -n[1] * n[2];
    l = Math.hypot(fx, fy, fz) || 1;
  }
  out.forward[0] = fx / l;
  out.forward[1] = fy / l;
  out.forward[2] = fz / l;
  out.shape = s.shape;
  out.nextShape = s.nextShape;
  out.blend = s.blend;
  out.grip = s.grip;
  return s.travel;
}

const ACTORS: readonly ActorId[] = ['left', 'right', 'cup'];

/** Write the pose at technique time t (clamped to [0, duration]) into `out`. Allocation-free. */
export function sampleInto(timeline: Timeline, t: number, out: MotionSample): MotionSample {
  const tc = Number.isFinite(t) ? Math.min(Math.max(t, 0), timeline.duration) : 0;
  out.t = tc;
  const seg = timeline.segments[findIndex(timeline.segments, tc)] as TimelineSegment;
  const step = timeline.steps[seg.stepIndex];
  out.stepIndex = seg.stepIndex;
  out.stepTime = tc - seg.t0;
  out.stepDuration = seg.t1 - seg.t0;
  out.repetitions = step ? step.repetitions : 0;
  if (seg.kind === 'transition' || !step) {
    out.repetition = 0;
  } else {
    const k = Math.floor((out.stepTime * step.repetitions) / Math.max(step.duration, 1e-9)) + 1;
    out.repetition = Math.min(Math.max(k, 1), step.repetitions);
  }
  let travel = seg.kind === 'transition';
  let hold = 0;
  for (let i = 0; i < ACTORS.length; i++) {
    const id = ACTORS[i] as ActorId;
    if (writeActor(timeline, timeline.tracks[id], tc, out[id])) travel = true;
    if (scratch.hold > hold) hold = scratch.hold;
  }
  out.inTransition = travel;
  out.holdRemaining = hold;
  return out;
}

/** The pose at technique time t, in a fresh MotionSample (or in `out` when given). */
export function sample(timeline: Timeline, t: number, out?: MotionSample): MotionSample {
  return sampleInto(timeline, t, out ?? createMotionSample());
}
