/**
 * compile(technique, anatomy) → Timeline.
 *
 * Every step becomes, for each actor (left hand, right hand, cup), a "move piece": a path on
 * the skin (chart polyline, arc-length parametrised) plus a move program (see evaluate.ts) with
 * its cycles, phase, pressure and shape. Actors a step does not use rest off the back.
 * Between two steps every actor gets a declared transition (lift, travel, set down) whose
 * length depends on how far it goes; inside a step a hand that works one side after the other
 * relocates through a short travel piece (also reported as a transition).
 *
 * Step durations are the real durations of the technique file (stepDurationS); the timeline's
 * total is Σ steps + Σ between-step transitions (no lead-in before step 0, no lead-out after
 * the last step).
 */
import type { Technique, Step, StepOf, PathSpec, BandPath, Pressure, Suction } from '../technique/schema';
import { isHoldStep, isPrepStep } from '../technique/schema';
import { stepDurationS } from '../technique/duration';
import { NAMED_BAND_EDGES, linePolyline } from '../technique/landmarks';
import { contactHandShape } from '../technique/contacts';
import { stepPosition } from '../technique/position';
import { shownRate } from '../technique/tempo';
import { PERCUSSION_HEIGHT_M, PERCUSSION_SHAPE, shownStrikesPerHand } from './moves/percussion';
import { FIST_CIRCLE_R_M, fistPairGap, fistPairPaths } from './moves/kneadFist';
import { STRETCH_SLIDE_S, PRESS_RAMP_S } from '../technique/duration';
import { type MotionAnatomy, type PreparedAnatomy, prepareAnatomy } from './anatomy';
import { resolveChart, type ResolvedSide } from './resolve';
import {
  type ChartPath,
  type ChartXY,
  bandShape,
  buildChartPath,
  circleShape,
  evalPath,
  pathPoint,
  polylineShape,
  spiralShape,
  zigzagShape,
} from './chartPath';
import { type ActorState, STRIP_HALF_M, actorState, evalPiece, guardWeight, keepOutWidth, poseOf } from './evaluate';
import { forearmOf, headingForArm, stanceArm } from './stance';
import type { HandShape } from './handShapes';
import type { Stance } from './stance';
import type {
  ActorId,
  ChartPose,
  MovePiece,
  MotionWarning,
  MoveProgram,
  Piece,
  SpineGuard,
  StaticCup,
  Timeline,
  TimelineSegment,
  TimelineStep,
} from './types';
import type { TravelPiece } from './types';
import { ACTOR_IDS } from './types';
import { FOOTPRINTS } from './footprint';
import { clamp } from './vec';

export interface CompileOptions {
  /** Shortest between-step transition, s (default 0.8). */
  minTransitionS?: number;
  /** Longest between-step transition, s (default 2.5). */
  maxTransitionS?: number;
}

/** Pressure words → 0–1. */
export const PRESSURE_LEVEL: Record<Pressure, number> = { light: 0.3, medium: 0.55, firm: 0.8 };
/** Suction words → 0–1. */
export const SUCTION_LEVEL: Record<Suction, number> = { light: 0.35, medium: 0.6, strong: 0.85 };

/**
 * Keep-out half-width around the midline between S1 and T10 for a contact point, by what
 * touches the skin: a thumb or fingertip may come to 2.8 cm of the midline (acupoints sit at
 * 3 cm), a palm/fist/edge centre to 4 cm (half a palm), a cup to its radius + 1.5 cm.
 */
export const GUARD_FINGER_M = 0.028;
export const GUARD_PALM_M = 0.04;
export const GUARD_CUP_EXTRA_M = 0.015;
/** Speed caps (m/s): slow progress along a path, knead shifts, effleurage glides, cup glides. */
export const MAX_PROGRESS_MPS = 0.12;
export const MAX_KNEAD_PROGRESS_MPS = 0.04;
export const MAX_GLIDE_MPS = 0.4;
export const MAX_RETURN_MPS = 0.5;
export const MAX_CUP_MPS = 0.2;
/** Beyond S1 and T10 the guard fades out over this height (it still covers most of S2). */
export const GUARD_TAPER_M = 0.05;

/** Where idle actors wait: beside the body at L3, lifted. */
const REST_U = { left: -0.2, right: 0.2, cup: 0.12 } as const;
const REST_LIFT = { left: 0.12, right: 0.12, cup: 0.15 } as const;

/** A hand idle this long inside a step waits parked off the back, then comes in over WAIT_TRAVEL_S. */
const WAIT_PARKED_S = 2.5;
const WAIT_TRAVEL_S = 1.5;

/** Shortest relocation of one hand (or the cup) between the two sides of a step, s (it grows with
 * the distance, up to 40 % of the step). */
const SIDE_SWITCH_S = 1.2;

type HandPlan = {
  actor: ActorId;
  side: ResolvedSide;
  /** Offset of a parallel track across the path, metres (two hands on one side). */
  offset: number;
  /** Shift up (+) or down, metres (wringing: one hand above the other). */
  dy?: number;
  /** Fixed heading for hands working from the far side of the table (stance null). */
  heading?: readonly [number, number];
  /** Stretch: this hand's own path (start → end), chart. */
  own?: ChartXY[];
  phase: number;
  stackLift: number;
  holdsCup: boolean;
};

interface StepContext {
  a: PreparedAnatomy;
  guard: SpineGuard;
  warnings: MotionWarning[];
  stepIndex: number;
  /** Stance each hand last worked from (a tie keeps it: no turning round between steps). */
  stances: Partial<Record<ActorId, Stance>>;
}

const handSignOf = (actor: ActorId): 1 | -1 | 0 => (actor === 'left' ? -1 : actor === 'right' ? 1 : 0);

const otherHand = (h: 'left' | 'right'): 'left' | 'right' => (h === 'left' ? 'right' : 'left');


// ---------------------------------------------------------------------------------------------
// Paths

/**
 * Height of a band edge: a vertebral level's skin point, or (format 2) the named landmark's
 * chart height (the 12th rib's tip, the crest's top, the PSIS, the gluteal fold…).
 */
export function edgeY(a: PreparedAnatomy, edge: string, side: ResolvedSide = 'right'): number {
  const y = a.levelY.get(edge as never);
  if (y !== undefined) return y;
  const lm = NAMED_BAND_EDGES[edge as keyof typeof NAMED_BAND_EDGES];
  if (lm === undefined) throw new Error(`motion: unknown band edge ${edge}`);
  return resolveChart({ landmark: lm as never }, a, side).chart[1];
}

function bandPoints(band: BandPath, side: ResolvedSide, a: PreparedAnatomy): ChartXY[] {
  const s = side === 'left' ? -1 : 1;
  const yTop = edgeY(a, band.from_level, side);
  const yBot = edgeY(a, band.to_level, side);
  const uIn = (s * band.lateral_from_cm) / 100;
  const uOut = (s * band.lateral_to_cm) / 100;
  const lane = 0.05;
  if (band.strokes === 'across') {
    const n = Math.max(1, Math.ceil(Math.abs(yTop - yBot) / lane));
    return bandShape(yTop - (yTop - yBot) / (2 * n), yBot + (yTop - yBot) / (2 * n), uIn, uOut, n);
  }
  const w = uOut - uIn;
  const n = Math.max(1, Math.ceil(Math.abs(w) / lane));
  const out: ChartXY[] = [];
  for (let k = 0; k < n; k++) {
    const u = uIn + ((k + 0.5) * w) / n;
    if (k % 2 === 0) out.push([u, yTop], [u, yBot]);
    else out.push([u, yBot], [u, yTop]);
  }
  return out;
}

function pathPoints(spec: PathSpec, side: ResolvedSide, ctx: StepContext): ChartXY[] {
  const a = ctx.a;
  const pt = (p: Parameters<typeof resolveChart>[0]): ChartXY => resolveChart(p, a, side).chart;
  switch (spec.shape) {
    case 'polyline': {
      const pts = polylineShape(spec.points.map(pt));
      if (spec.closed && pts.length > 0) pts.push(pts[0] as ChartXY);
      return pts;
    }
    case 'zigzag':
      return zigzagShape(pt(spec.from), pt(spec.to), spec.amplitude_cm / 100, spec.zigs);
    case 'spiral': {
      const rot = spec.rotation === 'clockwise' ? -1 : 1;
      const pts = spiralShape(pt(spec.center), 0.005, spec.radius_cm / 100, spec.turns * rot);
      return spec.direction === 'inward' ? pts.reverse() : pts;
    }
    case 'circle': {
      const rot = spec.rotation === 'clockwise' ? -1 : 1;
      return circleShape(pt(spec.center), spec.radius_cm / 100, -Math.PI / 2, rot);
    }
    case 'band':
      return bandPoints(spec, side, a);
    case 'line':
      return pathPoints(linePolyline(spec), side, ctx);
  }
}

/** Shift a chart polyline up (+) or down, metres. */
function shiftY(pts: ChartXY[], d: number): ChartXY[] {
  return d === 0 ? pts : pts.map(([u, y]) => [u, y + d] as ChartXY);
}

/** Shift a chart polyline sideways (perpendicular to its overall direction). */
function offsetPoints(pts: ChartXY[], offset: number): ChartXY[] {
  if (offset === 0 || pts.length === 0) return pts;
  const f = pts[0] as ChartXY;
  const l = pts[pts.length - 1] as ChartXY;
  let dx = l[0] - f[0];
  let dy = l[1] - f[1];
  const d = Math.hypot(dx, dy);
  if (d < 0.02) {
    dx = 0;
    dy = 1;
  } else {
    dx /= d;
    dy /= d;
  }
  // Perpendicular pointing to +u (so a positive offset moves right).
  let nx = dy;
  let ny = -dx;
  if (nx < 0) {
    nx = -nx;
    ny = -ny;
  }
  return pts.map(([u, y]) => [u + nx * offset, y + ny * offset] as ChartXY);
}

/** Largest shift of a named press point away from the spine to keep the fingers off it, m. */
const POINT_NUDGE_M = 0.0038;

/** A path is reported when the guard has to move it by more than this, m (small nudges are silent). */
const GUARD_WARN_SLACK_M = 0.015;

function warnIfOverSpine(path: ChartPath, guardM: number, ctx: StepContext, what: string): void {
  const near = guardM - GUARD_WARN_SLACK_M;
  for (let i = 0; i < path.n; i++) {
    const y = path.y[i] as number;
    const u = path.u[i] as number;
    if (Math.abs(u) < near * guardWeight(ctx.guard, y)) {
      ctx.warnings.push({
        code: 'path-over-spine',
        stepIndex: ctx.stepIndex,
        params: { what, near: (near * 100).toFixed(1), cm: (guardM * 100).toFixed(1) },
        message: `step ${ctx.stepIndex + 1}: the ${what} path runs within ${(near * 100).toFixed(1)} cm of the midline over the spinous processes; the contact is kept ${(guardM * 100).toFixed(1)} cm to the side (and lifted where it crosses)`,
      });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Hands

function handShapeOf(step: Step): HandShape {
  switch (step.move) {
    case 'knead-palm':
      return 'knead';
    case 'knead-fist':
      return 'fist';
    case 'edge-of-palm-stroke':
      return 'palm-edge';
    case 'point-press':
      return step.hand_shape === 'thumb' || step.hand_shape === 'two-fingers' || step.hand_shape === 'fingertip'
        ? step.hand_shape === 'thumb'
          ? 'thumb-press'
          : 'fingertip-press'
        : contactHandShape(step.hand_shape);
    case 'circular-rub':
      return step.hand_shape === 'thumb' ? 'thumb-press' : step.hand_shape === 'fingertips' ? 'fingertip-press' : 'flat';
    case 'rub':
    case 'palm-press':
    case 'effleurage':
    case 'vibration':
    case 'stretch':
      return contactHandShape(step.hand_shape);
    case 'percussion':
      return PERCUSSION_SHAPE[step.style];
    case 'set-cup':
    case 'cup-glide':
    case 'remove-cup':
      return 'cupped';
    default:
      return 'flat';
  }
}

/**
 * Where the therapist works from for a step: from the head end for strokes that run down the
 * back (the fingers lead down), from the foot end otherwise (fingers headward).
 */
function stanceOf(
  step: Step,
  pts: readonly ChartXY[],
  shape: HandShape,
  kind: MoveProgram['kind'],
  sideSign: 1 | -1,
  handSign: 1 | -1,
  guard: SpineGuard,
  prefer: Stance = 'foot',
): Stance {
  if (step.move === 'effleurage' && pts.length >= 2) {
    const dy = (pts[pts.length - 1] as ChartXY)[1] - (pts[0] as ChartXY)[1];
    return dy < -0.02 ? 'head' : 'foot';
  }
  // Fingertips: the hand stands on two fingertips with its knuckles and little finger off to
  // the ulnar side; from the foot end that side is the outer one for a hand on its own side,
  // so two hands working close to the midline do not run into each other.
  if (shape === 'fingertip-press' && sideSign === handSign) return 'foot';
  // Otherwise from the end where the hand keeps its touching parts (a thumb, fingertips) off
  // the spine: the smaller keep-out wins, the foot end on a tie.
  const foot = keepOutFor('foot', shape, kind, sideSign, handSign, guard);
  const head = keepOutFor('head', shape, kind, sideSign, handSign, guard);
  if (head < foot - 0.005) return 'head';
  if (foot < head - 0.005) return 'foot';
  return prefer;
}

/** Keep-out half-width at height y for a hand in `stance` (inside the guarded band when y is omitted). */
function keepOutFor(
  stance: Stance,
  shape: HandShape,
  kind: MoveProgram['kind'],
  sideSign: 1 | -1,
  handSign: 1 | -1,
  guard: SpineGuard,
  y = (guard.yLow + guard.yHigh) / 2,
): number {
  const arm = stanceArm(stance, handSign, [0, 0], shape);
  const h = headingForArm(shape, handSign, arm[0], arm[1], [0, 0]);
  return keepOutWidth(guardFor(shape), shape, kind, sideSign, handSign, h[0], h[1], y, guard);
}

/**
 * The path a hand actually follows past the spine guard: points on the hand's own side that lie
 * inside the keep-out band are moved out to its edge (densified first, so the band's taper above
 * T10 and below S1 is followed). The ribbon is drawn on this path, so it shows where the hand
 * goes. Points on the far side (paths that cross) are left to the per-sample guard.
 */
function guardedPoints(pts: readonly ChartXY[], keep: (y: number) => number, sideSign: 1 | -1): ChartXY[] {
  const out: ChartXY[] = [];
  const push = (u: number, y: number) => {
    const G = keep(y);
    const v = sideSign * u;
    const uu = v >= 0 && v < G ? sideSign * G : u;
    const last = out[out.length - 1];
    if (!last || Math.hypot(last[0] - uu, last[1] - y) > 1e-4) out.push([uu, y]);
  };
  for (let i = 0; i < pts.length; i++) {
    const b = pts[i] as ChartXY;
    const a = i > 0 ? (pts[i - 1] as ChartXY) : null;
    if (a) {
      const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.005);
      for (let k = 1; k < n; k++) push(a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n);
    }
    push(b[0], b[1]);
  }
  return out;
}

function guardFor(shape: HandShape): number {
  return shape === 'thumb-press' || shape === 'fingertip-press' ? GUARD_FINGER_M : GUARD_PALM_M;
}

/** Phase offset between the two hands when both work at once. */
function alternatingPhase(step: Step): number {
  switch (step.move) {
    case 'rub':
    case 'knead-palm':
    case 'knead-fist':
    case 'edge-of-palm-stroke':
    case 'honey-press-pull':
    case 'percussion':
    case 'wringing':
      return 0.5;
    default:
      return step.hands === 'alternating' ? 0.5 : 0;
  }
}

const isPress = (step: Step): boolean => step.move === 'point-press' || step.move === 'palm-press';

/**
 * Which hand does what: returns groups of plans; groups run one after the other (one hand
 * doing both sides), plans inside a group run at the same time.
 */
/**
 * Fingertip presses on points closer than this to the midline on both sides are done one side
 * after the other: two hands standing on their fingertips (knuckles and palm beyond the tips)
 * cannot both fit within a few cm either side of the spine, m.
 */
const FINGERTIPS_BOTH_SIDES_MIN_M = 0.045;

/** How high the reinforcing hand lies over the pressing one: thumb on thumb, palm on palm, m. */
const THUMB_STACK_LIFT_M = 0.022;
const PALM_STACK_LIFT_M = 0.036;

function handPlans(step: Step, ctx: StepContext): HandPlan[][] {
  const alt = alternatingPhase(step);
  const plan = (actor: ActorId, side: ResolvedSide, extra: Partial<HandPlan> = {}): HandPlan => ({
    actor,
    side,
    offset: 0,
    phase: 0,
    stackLift: 0,
    holdsCup: false,
    ...extra,
  });
  const hands = step.hands;
  if (step.move === 'wringing') return wringingPlans(step, plan);
  if (step.move === 'stretch') return stretchPlans(step, ctx, plan);
  if (step.side === 'both') {
    if (step.move === 'point-press' && handShapeOf(step) === 'fingertip-press' && hands !== 'alternating') {
      const near = step.points.some((p) => Math.abs(resolveChart(p, ctx.a, 'right').chart[0]) < FINGERTIPS_BOTH_SIDES_MIN_M);
      if (near) return [[plan('left', 'left')], [plan('right', 'right')]];
    }
    if (hands === 'both' || hands === 'alternating') {
      // Fingertip circles both sides at once: the mirrored circles would bring both hands (fingers
      // pointing in, knuckles beyond the tips) to the midline together; half a circle apart one
      // hand is at its inner point while the other is at its outer one.
      const apart = step.move === 'circular-rub' && handShapeOf(step) === 'fingertip-press' ? 0.5 : alt;
      return [[plan('left', 'left'), plan('right', 'right', { phase: hands === 'alternating' ? 0.5 : apart })]];
    }
    return [[plan(hands, 'left')], [plan(hands, 'right')]];
  }
  const side = step.side;
  if (hands === 'left' || hands === 'right') return [[plan(hands, side)]];
  if (isPress(step)) {
    // Thumb on thumb: the hand of that side presses, the other reinforces from above.
    const lead = side;
    // Palm on palm: the upper hand lies a palm's thickness (with its fingers' curl) higher.
    const stack = step.move === 'palm-press' ? PALM_STACK_LIFT_M : THUMB_STACK_LIFT_M;
    return [[plan(lead, side), plan(otherHand(lead), side, { stackLift: stack })]];
  }
  const phase = hands === 'alternating' ? 0.5 : alt;
  if (step.move === 'knead-fist') {
    // two fists on one side: one above the other along the spine, circling together (moves/kneadFist.ts)
    const p = hands === 'alternating' ? 0.5 : 0;
    const [upper, lower] = fistPairPaths(pathPoints(step.path, side, ctx), fistPairGap(p));
    return [[plan(side, side, { own: upper }), plan(otherHand(side), side, { own: lower, phase: p })]];
  }
  return [[plan('left', side, { offset: -0.035 }), plan('right', side, { offset: 0.035, phase })]];
}

/** Spacing of the two hands of a wringing along the muscle, and of a stretch along the spine at least, m. */
export const WRING_SPACING_M = 0.16;
export const STRETCH_ALONG_MIN_GAP_M = 0.14;

/**
 * The hand heading of a therapist standing on the far side of the table, reaching across the
 * back to the side being worked: fingers point away from the spine, to the worked flank.
 */
const acrossHeading = (side: ResolvedSide): readonly [number, number] => (side === 'left' ? [-1, 0] : [1, 0]);

/**
 * The therapist stands on the side opposite the worked one, facing it: the hand nearer the
 * patient's head is the therapist's left when working the patient's right side, and the right
 * when working the left side.
 */
const upperHandFor = (side: ResolvedSide): 'left' | 'right' => (side === 'right' ? 'left' : 'right');

type PlanFn = (actor: ActorId, side: ResolvedSide, extra?: Partial<HandPlan>) => HandPlan;

/**
 * Wringing: both hands on the worked side, one above the other along the muscle, fingers
 * across the body to the flank (the therapist reaches from the far side); the hands push and
 * pull across the muscle in opposite directions (phase ½). Both sides: one side, then the other.
 */
function wringingPlans(step: StepOf<'wringing'>, plan: PlanFn): HandPlan[][] {
  const sides: ResolvedSide[] = step.side === 'both' ? ['left', 'right'] : [step.side];
  return sides.map((side) => {
    const up = upperHandFor(side);
    const h = acrossHeading(side);
    return [
      plan(up, side, { dy: WRING_SPACING_M / 2, heading: h }),
      plan(otherHand(up), side, { dy: -WRING_SPACING_M / 2, heading: h, phase: 0.5 }),
    ];
  });
}

/**
 * Stretch: each hand gets its own path from where it sets down to where the stretch ends.
 * Across the spine: the left hand on the left, the right on the right, sliding outwards
 * (therapist at the foot end or the side, fingers headward). Along the spine: both hands on the
 * worked side, one above the other, fingers across to the flank, sliding apart.
 */
function stretchPlans(step: StepOf<'stretch'>, ctx: StepContext, plan: PlanFn): HandPlan[][] {
  const g = step.gap_cm / 200;
  const d = step.distance_cm / 100;
  if (step.axis === 'across-spine') {
    const c = resolveChart(step.center, ctx.a, 'right').chart;
    const mid = step.center.level !== undefined && !step.center.lateral_cm && !step.center.lateral_cun ? 0 : c[0];
    const y = c[1];
    return [
      [
        plan('left', 'left', { own: [[mid - g, y], [mid - g - d, y]] }),
        plan('right', 'right', { own: [[mid + g, y], [mid + g + d, y]] }),
      ],
    ];
  }
  const gg = Math.max(g, STRETCH_ALONG_MIN_GAP_M / 2);
  const sides: ResolvedSide[] = step.side === 'both' ? ['left', 'right'] : [step.side];
  return sides.map((side) => {
    const [u, y] = resolveChart(step.center, ctx.a, side).chart;
    const up = upperHandFor(side);
    const h = acrossHeading(side);
    return [
      plan(up, side, { heading: h, own: [[u, y + gg], [u, y + gg + d]] }),
      plan(otherHand(up), side, { heading: h, own: [[u, y - gg], [u, y - gg - d]] }),
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Move programs

interface ProgramSpec {
  program: MoveProgram;
  pointsFor: (side: ResolvedSide) => ChartXY[];
  cycles: number;
  /** Passes along the path over the step (slow progress moves), given the path length. */
  passesFor: (length: number, duration: number) => number;
  pressure: number;
}

const passesAt = (speed: number) => (length: number, duration: number): number =>
  Math.max(1, Math.round((duration * speed) / Math.max(length, 1e-3)));

function programOf(step: Step, ctx: StepContext, pieceDuration: number): ProgramSpec {
  const pts = (spec: PathSpec) => (side: ResolvedSide) => pathPoints(spec, side, ctx);
  switch (step.move) {
    case 'apply-oil':
    case 'apply-honey':
      return {
        program: { kind: 'spread' },
        pointsFor: pts(step.area),
        cycles: 1,
        passesFor: passesAt(0.05),
        pressure: 0.15,
      };
    case 'set-cup':
      return {
        program: { kind: 'cup-set' },
        pointsFor: (side) => [resolveChart(step.at, ctx.a, side).chart],
        cycles: 1,
        passesFor: () => 1,
        pressure: SUCTION_LEVEL[step.suction],
      };
    case 'rub': {
      const hz = step.repetitions / Math.max(pieceDuration, 1e-3);
      return {
        program: {
          kind: 'oscillate',
          axis: step.axis,
          amplitude: Math.min(0.04, 0.9 / (2 * Math.PI * Math.max(hz, 1e-3))),
        },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: passesAt(0.03),
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    }
    case 'circular-rub': {
      const cycles = step.repetitions * step.circles;
      if (step.path.shape === 'circle') {
        return {
          program: { kind: 'loop' },
          pointsFor: pts(step.path),
          cycles,
          passesFor: () => 1,
          pressure: PRESSURE_LEVEL[step.pressure],
        };
      }
      return {
        program: {
          kind: 'circles',
          radius: step.radius_cm / 100,
          rotation: step.rotation === 'clockwise' ? -1 : 1,
          pulse: 0.15,
        },
        pointsFor: pts(step.path),
        cycles,
        passesFor: () => step.repetitions,
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    }
    case 'knead-palm':
      return {
        program: { kind: 'knead' },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: (length) => Math.max(1, Math.round((step.repetitions * 0.04) / Math.max(length, 1e-3))),
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'knead-fist':
      return {
        program: { kind: 'circles', radius: FIST_CIRCLE_R_M, rotation: 1, pulse: 0.4 },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: passesAt(0.015),
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'edge-of-palm-stroke':
      if (step.style === 'chop') {
        return {
          program: { kind: 'chop', height: 0.03 },
          pointsFor: pts(step.path),
          cycles: step.repetitions,
          passesFor: passesAt(0.04),
          pressure: Math.min(PRESSURE_LEVEL[step.pressure], 0.5),
        };
      }
      return {
        program: { kind: 'oscillate', axis: 'along-path', amplitude: 0.03 },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: passesAt(0.03),
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'effleurage':
      return {
        program: { kind: 'glide', returnLift: 0.04 },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: () => 1,
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'cup-glide':
      return {
        program: { kind: 'cup-glide' },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: () => step.repetitions,
        pressure: SUCTION_LEVEL[step.suction],
      };
    case 'honey-press-pull':
      return {
        program: { kind: 'press-pull', stations: 0 },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        passesFor: () => 1,
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'wringing':
      return {
        program: { kind: 'oscillate', axis: 'across-spine', amplitude: WRING_AMPLITUDE_M },
        pointsFor: pts(step.path),
        cycles: step.repetitions,
        // The hands work slowly down (or up) the muscle: one pass, both hands in step.
        passesFor: () => 1,
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'percussion':
      return {
        program: { kind: 'chop', height: PERCUSSION_HEIGHT_M[step.style] },
        pointsFor: pts(step.path),
        // Cycles of ONE hand at the shown rate (the hands alternate).
        cycles: shownStrikesPerHand(step),
        passesFor: passesAt(0.03),
        pressure: Math.min(PRESSURE_LEVEL[step.pressure], 0.5),
      };
    case 'vibration': {
      const r = shownRate(step);
      const hz = (r ? r.shownPerMin : step.frequency_hz * 60) / 60;
      return {
        program: {
          kind: 'vibrate',
          amplitude: VIBRATE_AMPLITUDE_M,
          hz,
          ramp: PRESS_RAMP_S / 2,
          hold: step.hold_s,
          rest: PRESS_RAMP_S / 2,
        },
        pointsFor: (side) => [resolveChart(step.at, ctx.a, side).chart],
        cycles: step.repetitions,
        passesFor: () => 1,
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    }
    case 'stretch':
      return {
        program: {
          kind: 'stretch',
          ramp: PRESS_RAMP_S / 2,
          slide: STRETCH_SLIDE_S / 2,
          hold: step.hold_s,
          release: PRESS_RAMP_S / 2,
          back: STRETCH_SLIDE_S / 2,
        },
        pointsFor: (side) => [resolveChart(step.center, ctx.a, side).chart],
        cycles: step.repetitions,
        passesFor: () => 1,
        pressure: PRESSURE_LEVEL[step.pressure],
      };
    case 'remove-cup':
      return {
        program: { kind: 'cup-remove' },
        pointsFor: (side) => [resolveChart(step.at, ctx.a, side).chart],
        cycles: 1,
        passesFor: () => 1,
        pressure: SUCTION_LEVEL.medium,
      };
    case 'point-press':
    case 'palm-press':
      throw new Error('programOf: presses are built by pressProgram');
  }
}

/** A remove-cup takes off the cup left on the skin within this distance of its point, m. */
export const STATIC_CUP_MATCH_M = 0.03;

/** Half-width of a wringing push-pull across the muscle, m. */
export const WRING_AMPLITUDE_M = 0.03;
/** Half-amplitude of a vibration's tremble, m. */
export const VIBRATE_AMPLITUDE_M = 0.003;

/** Peak speed of the oscillating part of a move, m/s (a 2.4 Hz rub of ±4 cm is 0.6 m/s). */
export const MAX_OSCILLATION_MPS = 0.6;

/** Shrink strokes/circles/chops of very fast tempos so no part moves faster than the cap. */
function capProgram(p: MoveProgram, hz: number): MoveProgram {
  const r = MAX_OSCILLATION_MPS / (2 * Math.PI * Math.max(hz, 1e-6));
  switch (p.kind) {
    case 'oscillate':
      return { ...p, amplitude: Math.min(p.amplitude, r) };
    case 'circles':
      return { ...p, radius: Math.min(p.radius, r) };
    case 'chop':
      return { ...p, height: Math.min(p.height, (MAX_OSCILLATION_MPS * 0.8) / (Math.PI * Math.max(hz, 1e-6))) };
    default:
      return p;
  }
}

function pressProgram(
  step: Extract<Step, { move: 'point-press' | 'palm-press' }>,
  side: ResolvedSide,
  ctx: StepContext,
  duration: number,
  guardM: number,
  shape: HandShape,
  handSign: 1 | -1,
  stance: Stance,
): { program: MoveProgram; points: ChartXY[] } {
  let points: ChartXY[];
  let hover: boolean[];
  if (step.move === 'point-press') {
    const r = step.points.map((p) => resolveChart(p, ctx.a, side));
    points = r.map((x) => x.chart);
    hover = r.map((x) => x.noPressure);
  } else {
    const path = buildChartPath(ctx.a.chart, pathPoints(step.path, side, ctx));
    const pp = pathPoint();
    points = [];
    for (let j = 0; j < step.stations; j++) {
      const f = step.stations === 1 ? 0.5 : j / (step.stations - 1);
      evalPath(path, f * path.length, pp);
      points.push([pp.u, pp.y]);
    }
    hover = points.map(() => false);
  }
  // Palm presses: the whole palm (every touching part, footprint.ts) stays out of the strip
  // over the spinous processes: stations too close are moved out (the hand leans out).
  if (step.move === 'palm-press') {
    const sideSign = side === 'left' ? -1 : 1;
    const arm = stanceArm(stance, handSign, [0, 0], shape);
    const h = headingForArm(shape, handSign, arm[0], arm[1], [0, 0]);
    let moved = 0;
    points = points.map(([u, y]) => {
      const G = keepOutWidth(guardM, shape, 'presses', sideSign, handSign, h[0], h[1], y, ctx.guard);
      if (sideSign * u >= G) return [u, y] as ChartXY;
      moved = Math.max(moved, G - sideSign * u);
      return [sideSign * G, y] as ChartXY;
    });
    if (moved > GUARD_WARN_SLACK_M) {
      const keep = keepOutWidth(guardM, shape, 'presses', sideSign, handSign, h[0], h[1], (ctx.guard.yLow + ctx.guard.yHigh) / 2, ctx.guard);
      ctx.warnings.push({
        code: 'path-over-spine',
        stepIndex: ctx.stepIndex,
        params: { what: 'palm', near: ((keep - moved) * 100).toFixed(1), cm: (keep * 100).toFixed(1) },
        message: `step ${ctx.stepIndex + 1}: palm-press stations are moved up to ${(moved * 100).toFixed(1)} cm out so that no part of the palm presses within ${(STRIP_HALF_M * 100).toFixed(0)} cm of the spinous processes (the palm is kept ${(keep * 100).toFixed(1)} cm to the side)`,
      });
    }
  }
  // Point presses: the named point is kept; a fingertip or a resting finger reaching into the
  // strip over the spinous processes moves the hand out by up to POINT_NUDGE_M (the press still
  // lands on the point within the oracle's 5 mm).
  if (step.move === 'point-press') {
    const sideSign = side === 'left' ? -1 : 1;
    const arm = stanceArm(stance, handSign, [0, 0], shape);
    const h = headingForArm(shape, handSign, arm[0], arm[1], [0, 0]);
    points = points.map(([u, y], i) => {
      if (hover[i]) return [u, y] as ChartXY;
      const G = keepOutWidth(0, shape, 'presses', sideSign, handSign, h[0], h[1], y, ctx.guard);
      const need = G - sideSign * u;
      return need > 0 ? ([u + sideSign * Math.min(need, POINT_NUDGE_M), y] as ChartXY) : ([u, y] as ChartXY);
    });
  }
  // Points over the spinous processes are never pressed: shown as a hover, with a warning.
  points.forEach(([u, y], i) => {
    if (!hover[i] && Math.abs(u) < guardM * guardWeight(ctx.guard, y)) {
      hover[i] = true;
      ctx.warnings.push({
        code: 'press-on-midline',
        stepIndex: ctx.stepIndex,
        params: { point: i + 1, cm: (guardM * 100).toFixed(1) },
        message: `step ${ctx.stepIndex + 1}: press point ${i + 1} lies within ${(guardM * 100).toFixed(1)} cm of the midline over the spinous processes; shown without pressure`,
      });
    }
  });
  const rounds = step.repetitions;
  const slot = duration / (rounds * points.length);
  const moveIn = Math.min(1.0, 0.25 * slot);
  const ramp = Math.min(1.2, 0.2 * slot);
  const release = Math.min(0.8, 0.15 * slot);
  const hold = Math.max(0, Math.min(step.hold_s, slot - moveIn - ramp - release));
  const rest = Math.max(0, slot - moveIn - ramp - release - hold);
  return { program: { kind: 'presses', points, hover, rounds, moveIn, ramp, hold, release, rest }, points };
}

/** First and last chart point a plan works on (for relocation times). */
function endpoints(step: Step, plan: HandPlan, ctx: StepContext): [ChartXY, ChartXY] {
  let pts: ChartXY[];
  if (step.move === 'point-press') pts = step.points.map((p) => resolveChart(p, ctx.a, plan.side).chart);
  else if (step.move === 'set-cup' || step.move === 'remove-cup' || step.move === 'vibration')
    pts = [resolveChart(step.at, ctx.a, plan.side).chart];
  else if (plan.own) pts = plan.own;
  else if (step.move === 'stretch') pts = [resolveChart(step.center, ctx.a, plan.side).chart];
  else if (step.move === 'apply-oil' || step.move === 'apply-honey') pts = pathPoints(step.area, plan.side, ctx);
  else pts = shiftY(offsetPoints(pathPoints(step.path, plan.side, ctx), plan.offset), plan.dy ?? 0);
  const first = pts[0] ?? [0, 0];
  return [first, pts[pts.length - 1] ?? first];
}

// ---------------------------------------------------------------------------------------------
// Compile

interface StepPieces {
  duration: number;
  repetitions: number;
  holdS: number;
  /** Pieces per actor with times relative to the step start; gaps are filled with travel. */
  pieces: Record<ActorId, MovePiece[]>;
}

/**
 * The main direction of a path as an axis (unit chart vector, pointing up, or right when level):
 * the length-weighted average of its segments' directions taken as lines (doubled angles). A
 * chopping hand keeps its edge along it: on a band worked in lanes the short steps from one lane
 * to the next would otherwise turn the edge across the back, fingers towards the other hand.
 */
function mainAxis(path: ChartPath): readonly [number, number] {
  let c = 0;
  let sn = 0;
  for (let i = 1; i < path.n; i++) {
    const du = (path.u[i] as number) - (path.u[i - 1] as number);
    const dy = (path.y[i] as number) - (path.y[i - 1] as number);
    const l = Math.hypot(du, dy);
    if (l < 1e-9) continue;
    // doubled angle, weighted by length: (l cos 2θ, l sin 2θ)
    c += (du * du - dy * dy) / l;
    sn += (2 * du * dy) / l;
  }
  if (Math.hypot(c, sn) < 1e-9) return [0, 1];
  const a = Math.atan2(sn, c) / 2;
  let hu = Math.cos(a);
  let hy = Math.sin(a);
  if (hy < 0 || (hy === 0 && hu < 0)) {
    hu = -hu;
    hy = -hy;
  }
  return [hu, hy];
}

function buildStep(step: Step, index: number, ctx: StepContext): StepPieces {
  const duration = stepDurationS(step);
  const pieces: Record<ActorId, MovePiece[]> = { left: [], right: [], cup: [] };
  const isCup = step.move === 'set-cup' || step.move === 'cup-glide' || step.move === 'remove-cup';
  const shape = handShapeOf(step);
  let groups: HandPlan[][];
  if (isCup) {
    const holder: 'left' | 'right' = step.hands === 'left' ? 'left' : 'right';
    const sides: ResolvedSide[] = step.side === 'both' ? ['left', 'right'] : [step.side];
    groups = sides.map((side) => [
      { actor: 'cup', side, offset: 0, phase: 0, stackLift: 0, holdsCup: false },
      { actor: holder, side, offset: 0, phase: 0, stackLift: 0, holdsCup: true },
    ]);
  } else {
    groups = handPlans(step, ctx);
  }
  const g = groups.length;
  let sw = 0;
  if (g > 1) {
    // Time to relocate between sides: from how far apart the two sides' paths are.
    let d = 0;
    for (let gi = 1; gi < g; gi++) {
      for (const plan of groups[gi] ?? []) {
        const prev = (groups[gi - 1] ?? []).find((p) => p.actor === plan.actor);
        if (!prev) continue;
        const a = endpoints(step, prev, ctx);
        const b = endpoints(step, plan, ctx);
        d = Math.max(d, Math.hypot(a[0][0] - b[0][0], a[0][1] - b[0][1]), Math.hypot(a[1][0] - b[0][0], a[1][1] - b[0][1]));
      }
    }
    sw = Math.min(Math.max(SIDE_SWITCH_S, 0.6 + d / 0.3), (duration * 0.4) / (g - 1));
    if (d / sw > 0.5) {
      ctx.warnings.push({
        code: 'side-switch-rushed',
        stepIndex: index,
        params: { cm: (d * 100).toFixed(0), s: sw.toFixed(1) },
        message: `step ${index + 1}: the step is too short to move between the two sides calmly (${(d * 100).toFixed(0)} cm in ${sw.toFixed(1)} s)`,
      });
    }
  }
  const span = (duration - sw * (g - 1)) / g;
  const pressureTo = 'pressure_to' in step && step.pressure_to !== undefined ? PRESSURE_LEVEL[step.pressure_to] : undefined;
  const cupDiam = step.move === 'set-cup' || step.move === 'cup-glide' ? step.cup_diameter_cm / 100 : 0;
  groups.forEach((group, gi) => {
    const t0 = gi * (span + sw);
    const t1 = gi === g - 1 ? duration : t0 + span;
    for (const plan of group) {
      const isCupActor = plan.actor === 'cup';
      let guardM = isCupActor ? cupDiam / 2 + GUARD_CUP_EXTRA_M : guardFor(shape);
      let program: MoveProgram;
      let path: ChartPath;
      let cycles = 1;
      let passes = 1;
      let reach = 1;
      let pressure: number;
      let stance: Stance | null = isCupActor ? null : 'foot';
      if (step.move === 'point-press' || step.move === 'palm-press') {
        const handSign = plan.actor === 'left' ? -1 : 1;
        stance = stanceOf(step, [], shape, 'presses', plan.side === 'left' ? -1 : 1, handSign, ctx.guard, ctx.stances[plan.actor]);
        ctx.stances[plan.actor] = stance;
        const pr = pressProgram(step, plan.side, ctx, t1 - t0, guardM, shape, handSign, stance);
        program = pr.program;
        path = buildChartPath(ctx.a.chart, pr.points);
        cycles = step.repetitions;
        pressure = PRESSURE_LEVEL[step.pressure];
      } else {
        const spec = programOf(step, ctx, t1 - t0);
        program = spec.program;
        let pts = plan.own ?? shiftY(offsetPoints(spec.pointsFor(plan.side), plan.offset), plan.dy ?? 0);
        // Both sides at once: the left hand's small circles mirror the right's (the rotation the
        // file gives is the right hand's), so the two hands stay symmetric. (Loops round a
        // closed path keep the path's own way round.)
        const mirrored = step.side === 'both' && plan.side === 'left';
        if (mirrored && program.kind === 'circles') program = { ...program, rotation: program.rotation === 1 ? -1 : 1 };
        if (!isCupActor && plan.heading) {
          // A hand reaching across from the far side of the table: fixed heading, no stance;
          // its keep-out is that of its footprint at this heading (the heel points to the spine).
          const sideSign = plan.side === 'left' ? -1 : 1;
          const handSign = plan.actor === 'left' ? -1 : 1;
          const mid = (ctx.guard.yLow + ctx.guard.yHigh) / 2;
          guardM = keepOutWidth(guardFor(shape), shape, program.kind, sideSign, handSign, plan.heading[0], plan.heading[1], mid, { ...ctx.guard, taper: 1e9 });
          stance = null;
          warnIfOverSpine(buildChartPath(ctx.a.chart, pts), guardM, ctx, 'hand');
          const G = guardM;
          pts = guardedPoints(pts, (y) => G * guardWeight(ctx.guard, y), sideSign);
        } else if (!isCupActor) {
          const sideSign = plan.side === 'left' ? -1 : 1;
          const handSign = plan.actor === 'left' ? -1 : 1;
          const st = stanceOf(step, pts, shape, program.kind, sideSign, handSign, ctx.guard, ctx.stances[plan.actor]);
          ctx.stances[plan.actor] = st;
          stance = st;
          const kind = program.kind;
          const axis = kind === 'chop' || (kind === 'oscillate' && program.axis === 'along-path');
          if (!axis && !plan.holdsCup && plan.stackLift === 0) {
            // The warning is about the path as written (before the guard moves it).
            warnIfOverSpine(buildChartPath(ctx.a.chart, pts), guardFor(shape), ctx, 'hand');
            pts = guardedPoints(pts, (y) => keepOutFor(st, shape, kind, sideSign, handSign, ctx.guard, y), sideSign);
          }
        }
        path = buildChartPath(ctx.a.chart, pts);
        cycles = spec.cycles / g;
        if (program.kind === 'stretch' || program.kind === 'vibrate') {
          // Repetitions of a fixed shape: every group (side) does them all, the phases scaled
          // to the group's span (the step's real duration already counts both sides).
          cycles = spec.cycles;
          if (program.kind === 'stretch') {
            const T = program.ramp + program.slide + program.hold + program.release + program.back;
            const k = (t1 - t0) / Math.max(cycles * T, 1e-9);
            program = { ...program, ramp: program.ramp * k, slide: program.slide * k, hold: program.hold * k, release: program.release * k, back: program.back * k };
          } else {
            const T = program.ramp + program.hold + program.rest;
            const k = (t1 - t0) / Math.max(cycles * T, 1e-9);
            program = { ...program, ramp: program.ramp * k, hold: program.hold * k, rest: program.rest * k };
          }
        }
        passes = spec.passesFor(path.length, t1 - t0);
        // Short steps on long paths: cover only part of the path rather than rush along it.
        const vmax = program.kind === 'knead' ? MAX_KNEAD_PROGRESS_MPS : MAX_PROGRESS_MPS;
        passes = Math.min(passes, (vmax * (t1 - t0)) / Math.max(path.length, 1e-3));
        if (program.kind === 'glide') {
          const period = (t1 - t0) / Math.max(spec.cycles / g, 1e-9);
          const l = Math.max(path.length, 1e-3);
          reach = Math.min(1, (MAX_GLIDE_MPS * 0.65 * period) / l, (MAX_RETURN_MPS * 0.35 * period) / l);
        } else if (program.kind === 'cup-glide') {
          reach = Math.min(1, (MAX_CUP_MPS * (t1 - t0)) / Math.max((spec.cycles / g) * path.length, 1e-3));
        }
        pressure = spec.pressure;
        program = capProgram(program, cycles / Math.max(t1 - t0, 1e-9));
        if (program.kind === 'press-pull') {
          program = { kind: 'press-pull', stations: Math.max(2, Math.round(path.length / 0.06) + 1) };
        }
        if (!plan.holdsCup && plan.stackLift === 0) {
          warnIfOverSpine(path, guardM, ctx, isCupActor ? 'cup' : 'hand');
        }
      }
      pieces[plan.actor].push({
        kind: 'move',
        t0,
        t1,
        stepIndex: index,
        move: step.move,
        program,
        path,
        cycles,
        passes,
        reach,
        phase: plan.phase,
        pressure,
        shape: isCupActor ? 'cupped' : shape,
        guard: guardM,
        sideSign: plan.side === 'left' ? -1 : 1,
        holdsCup: plan.holdsCup,
        stackLift: plan.stackLift,
        stance,
        handSign: plan.actor === 'left' ? -1 : 1,
        ...(pressureTo !== undefined && !isCupActor && !plan.holdsCup ? { pressureTo } : {}),
        ...(plan.heading && !isCupActor ? { heading: plan.heading } : {}),
        ...(!plan.heading && program.kind === 'chop' ? { heading: mainAxis(path) } : {}),
      });
    }
  });
  const sides = g;
  const reps = isPrepStep(step) ? 1 : step.repetitions;
  const holdS = isHoldStep(step) ? step.hold_s : 0;
  return { duration, repetitions: reps * sides, holdS, pieces };
}

function restPose(actor: ActorId, a: PreparedAnatomy): ChartPose {
  return {
    active: false,
    u: REST_U[actor],
    y: a.levelY.get('L3') ?? 0,
    hu: 0,
    hy: 1,
    lift: REST_LIFT[actor],
    pressure: 0,
    shape: actor === 'cup' ? 'cupped' : 'flat',
    grip: 'none',
  };
}

// ---------------------------------------------------------------------------------------------
// Two hands never pass through each other (issue 9 §1): a hand whose travel brings it over the
// other hand goes over it.

/** Radius of the discs a hand is drawn with on the chart for the clash test, metres. */
const CLASH_DISC_M = 0.016;
/** Two discs closer than this (centre to centre) clash, metres (2 × radius + 1 cm margin). */
const CLASH_GAP_M = 2 * CLASH_DISC_M + 0.01;
/**
 * How high a hand of each shape stands above its contact point, metres (a flat hand ≈ 3 cm
 * thick; a hand on its edge or on its fingertips stands upright): the hand going over the other
 * keeps this much + OVER_MARGIN_M above it.
 */
const HAND_HEIGHT_M: Record<HandShape, number> = {
  flat: 0.035,
  cupped: 0.045,
  knead: 0.055,
  fist: 0.05,
  'palm-edge': 0.1,
  'thumb-press': 0.07,
  'fingertip-press': 0.09,
};
const OVER_MARGIN_M = 0.02;
const CLASH_SAMPLES = 32;

/**
 * Where a hand is on the chart (for the clash test): its shape's footprint (every part that may
 * touch: palm, fingers, thumb, heel, knuckles) and its wrist and forearm stub behind the contact,
 * as [forward, side] offsets of the right hand (footprint.ts), each a disc of CLASH_DISC_M.
 */
const OUTLINE: Partial<Record<HandShape, ReadonlyArray<readonly [number, number]>>> = {};
function outlineOf(shape: HandShape): ReadonlyArray<readonly [number, number]> {
  let o = OUTLINE[shape];
  if (!o) {
    // the footprint, and the hand's length (heel to fingertips) with its breadth over the palm
    o = [...FOOTPRINTS[shape], [-0.03, 0], [0.02, 0], [0.06, 0], [0.1, 0], [0.03, 0.035], [0.03, -0.035]];
    OUTLINE[shape] = o;
  }
  return o;
}

const _fa: [number, number] = [0, 0];

function handDiscs(s: ActorState, handSign: 1 | -1, out: number[]): number {
  let n = 0;
  const put = (shape: HandShape) => {
    for (const [f, q] of outlineOf(shape)) {
      // side axis on the skin: (hy, −hu) for the right hand, the mirror for the left
      out[n++] = s.u + f * s.hu + handSign * q * s.hy;
      out[n++] = s.y + f * s.hy - handSign * q * s.hu;
    }
  };
  put(s.shape);
  if (s.nextShape !== s.shape && s.blend > 0) put(s.nextShape);
  // the forearm stub, as it runs over the skin (stance.ts forearmOf; steep forearms are short here)
  forearmOf(s.blend < 0.5 ? s.shape : s.nextShape, handSign, s.hu, s.hy, _fa);
  for (const k of [0.05, 0.09, 0.13]) {
    out[n++] = s.u + k * _fa[0];
    out[n++] = s.y + k * _fa[1];
  }
  return n;
}

function discsClash(a: readonly number[], na: number, b: readonly number[], nb: number): boolean {
  for (let i = 0; i < na; i += 2) {
    for (let j = 0; j < nb; j += 2) {
      if (Math.hypot((a[i] as number) - (b[j] as number), (a[i + 1] as number) - (b[j + 1] as number)) < CLASH_GAP_M) return true;
    }
  }
  return false;
}

const pieceAtT = (list: readonly Piece[], t: number): Piece | undefined => list.find((p) => t >= p.t0 && t <= p.t1);

/**
 * Every lifted travel of a hand (between steps, between the two sides of a step, in and out of
 * its parking place) is checked against what the other hand does at the same moments, on the
 * chart: where their outlines come within a centimetre of each other at about the same height,
 * the travelling hand goes over the other (OVER_LIFT_M higher over that part of its way; when
 * both travel, the left hand goes over, as when both turn round). Sliding travels (hands kept
 * on the skin) are not lifted.
 */
function planOverLifts(tracks: Record<ActorId, Piece[]>, guard: SpineGuard): void {
  const sa = actorState();
  const sb = actorState();
  const da: number[] = [];
  const db: number[] = [];
  for (const id of ['left', 'right'] as const) {
    const other = otherHand(id);
    const sign = id === 'left' ? -1 : 1;
    for (const piece of tracks[id]) {
      if (piece.kind !== 'travel' || piece.hump === 0) continue;
      const d = piece.t1 - piece.t0;
      if (d <= 0) continue;
      let f0 = Infinity;
      let f1 = -Infinity;
      let need = 0;
      for (let k = 1; k < CLASH_SAMPLES; k++) {
        const f = k / CLASH_SAMPLES;
        const t = piece.t0 + f * d;
        const q = pieceAtT(tracks[other], t);
        if (!q) continue;
        // Both travelling: the hand that ends higher goes over (a hand coming to rest on the
        // other one), else the left one (as when both turn round).
        if (q.kind === 'travel' && q.hump > 0) {
          const mine = piece.to.lift - q.to.lift;
          if (mine < -1e-4 || (Math.abs(mine) <= 1e-4 && id === 'right')) continue;
        }
        evalPiece(piece, t, sa, guard);
        evalPiece(q, t, sb, guard);
        if (!sa.active || !sb.active) continue;
        const hb = Math.max(HAND_HEIGHT_M[sb.shape], sb.blend > 0 ? HAND_HEIGHT_M[sb.nextShape] : 0);
        const ha = Math.max(HAND_HEIGHT_M[sa.shape], sa.blend > 0 ? HAND_HEIGHT_M[sa.nextShape] : 0);
        // one well above the other: no clash
        if (sa.lift - sb.lift >= hb + OVER_MARGIN_M / 2 || sb.lift - sa.lift >= ha + OVER_MARGIN_M / 2) continue;
        const na = handDiscs(sa, sign, da);
        const nb = handDiscs(sb, sign === -1 ? 1 : -1, db);
        if (discsClash(da, na, db, nb)) {
          f0 = Math.min(f0, f);
          f1 = Math.max(f1, f);
          need = Math.max(need, hb + OVER_MARGIN_M - (sa.lift - sb.lift));
        }
      }
      if (f1 >= f0) (piece as TravelPiece).over = { lift: need, f0, f1 };
    }
  }
}

/** Fractions of a swapping travel over which each hand moves: the one going over first. */
const SWAP_FIRST: readonly [number, number] = [0.12, 0.55];
const SWAP_SECOND: readonly [number, number] = [0.45, 0.88];

/** The two hands change sides (each crosses the midline the other way) or their order along or across the back flips. */
export function swapsHands(l0: ChartPose, l1: ChartPose, r0: ChartPose, r1: ChartPose): boolean {
  const crosses = (a: ChartPose, b: ChartPose) => Math.abs(a.u) > 0.01 && Math.abs(b.u) > 0.01 && Math.sign(a.u) !== Math.sign(b.u);
  if (crosses(l0, l1) && crosses(r0, r1) && Math.sign(l1.u) !== Math.sign(r1.u)) return true;
  const flips = (d0: number, d1: number) => Math.abs(d0) > 0.02 && Math.abs(d1) > 0.02 && Math.sign(d0) !== Math.sign(d1);
  return flips(l0.y - r0.y, l1.y - r1.y) || flips(l0.u - r0.u, l1.u - r1.u);
}

/**
 * Transitions in which the two hands swap sides or order (wringing the right side, then the
 * left: the upper hand becomes the lower one and both cross the spine) are not done at once:
 * the hand that goes over (ending higher, else the left) moves first, over the other, which
 * waits lifted where it was; then that one moves across under it, once the first is out of its
 * way (planOverLifts then lifts the first where they would still meet). Measured on wringing
 * right → left at 7–10 cm out: the closest the two come went from 1–2 mm to 6–12 mm.
 */
function planSwaps(tracks: Record<ActorId, Piece[]>): void {
  for (const p of tracks.left) {
    if (p.kind !== 'travel' || p.hump === 0 || !p.from.active || !p.to.active) continue;
    const q = tracks.right.find((x) => x.kind === 'travel' && Math.abs(x.t0 - p.t0) < 1e-6 && Math.abs(x.t1 - p.t1) < 1e-6);
    if (!q || q.kind !== 'travel' || q.hump === 0 || !q.from.active || !q.to.active) continue;
    if (!swapsHands(p.from, p.to, q.from, q.to)) continue;
    // the hand ending higher goes over (as in planOverLifts), else the left one
    const leftOver = p.to.lift >= q.to.lift - 1e-4;
    (leftOver ? p : q).stagger = SWAP_FIRST;
    (leftOver ? q : p).stagger = SWAP_SECOND;
  }
}

function travelTime(from: ChartPose, to: ChartPose): { time: number; hump: number } {
  if (!from.active && !to.active) return { time: 0, hump: 0 };
  const d = Math.hypot(to.u - from.u, to.y - from.y);
  const dl = Math.abs(to.lift - from.lift);
  if (d < 0.01 && from.lift === 0 && to.lift === 0 && from.shape === to.shape && from.grip === to.grip) {
    return { time: 0.3, hump: 0 };
  }
  return { time: 0.6 + d / 0.3 + dl / 0.3, hump: from.active && to.active ? 0.05 : 0.03 };
}

export function compile(
  technique: Technique,
  anatomy: MotionAnatomy | PreparedAnatomy,
  options: CompileOptions = {},
): Timeline {
  const a = 'chart' in anatomy ? anatomy : prepareAnatomy(anatomy);
  const minTr = options.minTransitionS ?? 0.8;
  const maxTr = options.maxTransitionS ?? 2.5;
  const yS1 = a.levelY.get('S1');
  const yT10 = a.levelY.get('T10');
  const ys = [...a.levelY.values()];
  const guard: SpineGuard = {
    yLow: yS1 ?? Math.min(...ys),
    yHigh: yT10 ?? Math.max(...ys),
    taper: GUARD_TAPER_M,
  };
  const warnings: MotionWarning[] = [];
  const tracks: Record<ActorId, Piece[]> = { left: [], right: [], cup: [] };
  const segments: TimelineSegment[] = [];
  const steps: TimelineStep[] = [];
  const st: ActorState = actorState();
  const rest: Record<ActorId, ChartPose> = {
    left: restPose('left', a),
    right: restPose('right', a),
    cup: restPose('cup', a),
  };
  const staticCups: StaticCup[] = [];
  const endOf = (actor: ActorId): ChartPose => {
    const list = tracks[actor];
    const last = list[list.length - 1];
    if (!last) return rest[actor];
    return poseOf(evalPiece(last, last.t1, st, guard));
  };
  let T = 0;
  let trTotal = 0;
  let stepTotal = 0;

  const stances: Partial<Record<ActorId, Stance>> = {};
  technique.steps.forEach((step, index) => {
    const ctx: StepContext = { a, guard, warnings, stepIndex: index, stances };
    const built = buildStep(step, index, ctx);
    const leaving = step.move === 'set-cup' && step.leave_on;
    // Taking a cup off: the cup left nearest the point (the cup actor takes over from it).
    const removes = new Map<MovePiece, StaticCup>();
    if (step.move === 'remove-cup') {
      for (const piece of built.pieces.cup) {
        let best: StaticCup | undefined;
        let bestD = STATIC_CUP_MATCH_M;
        for (const c of staticCups) {
          const d = Math.hypot(c.chart[0] - (piece.path.u[0] ?? 0), c.chart[1] - (piece.path.y[0] ?? 0));
          if (!Number.isFinite(c.t1) && ![...removes.values()].includes(c) && d < bestD) {
            best = c;
            bestD = d;
          }
        }
        if (best) {
          removes.set(piece, best);
          piece.pressure = best.suction;
        }
      }
    }
    // Start pose of each actor in this step.
    const startPose = (actor: ActorId): ChartPose => {
      const first = built.pieces[actor][0];
      if (!first) return rest[actor];
      // A hand that starts later in the step (the other side, after the other hand) waits
      // parked off the back, out of the working hand's way.
      if (first.t0 > WAIT_PARKED_S) return rest[actor];
      return poseOf(evalPiece(first, first.t0, st, guard));
    };
    if (index > 0) {
      let dur = 0;
      const plans = ACTOR_IDS.map((actor) => {
        const from = endOf(actor);
        const to = startPose(actor);
        const tt = travelTime(from, to);
        dur = Math.max(dur, tt.time);
        return { actor, from, to, hump: tt.hump };
      });
      dur = clamp(dur, minTr, maxTr);
      for (const p of plans) {
        if (!p.from.active && !p.to.active) {
          tracks[p.actor].push({ kind: 'rest', t0: T, t1: T + dur, stepIndex: index, pose: p.to });
        } else {
          tracks[p.actor].push({
            kind: 'travel',
            t0: T,
            t1: T + dur,
            stepIndex: index,
            from: p.from,
            to: p.to,
            hump: p.hump,
            handSign: handSignOf(p.actor),
          });
        }
      }
      segments.push({ kind: 'transition', stepIndex: index, t0: T, t1: T + dur });
      T += dur;
      trTotal += dur;
    }
    const D = built.duration;
    for (const actor of ACTOR_IDS) {
      const list = built.pieces[actor];
      if (list.length === 0) {
        tracks[actor].push({ kind: 'rest', t0: T, t1: T + D, stepIndex: index, pose: rest[actor] });
        continue;
      }
      let cursor = 0;
      for (const piece of list) {
        if (piece.t0 > cursor + 1e-9) {
          // One hand relocating between the two sides of the step (or, in the first step,
          // coming in from where it rests).
          const prev = tracks[actor][tracks[actor].length - 1];
          const from = prev ? poseOf(evalPiece(prev, prev.t1, st, guard)) : rest[actor];
          const shifted = { ...piece, t0: piece.t0 + T, t1: piece.t1 + T };
          const to = poseOf(evalPiece(shifted, shifted.t0, st, guard));
          let start = cursor;
          if (piece.t0 - cursor > WAIT_PARKED_S) {
            // A long wait: stay where it is (parked), then come in.
            start = piece.t0 - WAIT_TRAVEL_S;
            tracks[actor].push({ kind: 'rest', t0: cursor + T, t1: start + T, stepIndex: index, pose: from });
          }
          tracks[actor].push({
            kind: 'travel',
            t0: start + T,
            t1: piece.t0 + T,
            stepIndex: index,
            from,
            to,
            hump: 0.05,
            handSign: handSignOf(actor),
          });
        }
        tracks[actor].push({ ...piece, t0: piece.t0 + T, t1: piece.t1 + T });
        cursor = piece.t1;
      }
      if (cursor < D - 1e-9) {
        const prev = tracks[actor][tracks[actor].length - 1] as Piece;
        const from = poseOf(evalPiece(prev, prev.t1, st, guard));
        if (D - cursor > WAIT_PARKED_S && from.active) {
          // Done early (its side is finished, the other hand works on): park off the back.
          const park = rest[actor];
          tracks[actor].push({
            kind: 'travel',
            t0: cursor + T,
            t1: cursor + WAIT_TRAVEL_S + T,
            stepIndex: index,
            from,
            to: park,
            hump: 0.03,
            handSign: handSignOf(actor),
          });
          tracks[actor].push({ kind: 'rest', t0: cursor + WAIT_TRAVEL_S + T, t1: T + D, stepIndex: index, pose: park });
        } else {
          tracks[actor].push({ kind: 'rest', t0: cursor + T, t1: T + D, stepIndex: index, pose: from });
        }
      }
    }
    for (const piece of built.pieces.cup) {
      const chart: readonly [number, number] = [piece.path.u[0] ?? 0, piece.path.y[0] ?? 0];
      const side: 'left' | 'right' = piece.sideSign < 0 ? 'left' : 'right';
      if (leaving && step.move === 'set-cup') {
        // Two cups cannot stand on the same skin: warn when this cup's rim overlaps one still on.
        const dNew = step.cup_diameter_cm / 100;
        for (const c of staticCups) {
          const gap = Math.hypot(c.chart[0] - chart[0], c.chart[1] - chart[1]);
          const need = (c.diameterM + dNew) / 2;
          if (!Number.isFinite(c.t1) && gap < need) {
            warnings.push({
              code: 'cups-overlap',
              stepIndex: index,
              params: { cm: (gap * 100).toFixed(1), need: (need * 100).toFixed(1), step: c.stepIndex + 1 },
              message: `step ${index + 1}: this cup's centre is ${(gap * 100).toFixed(1)} cm from a cup left on in step ${c.stepIndex + 1}; cups of these sizes need ${(need * 100).toFixed(1)} cm, or their rims overlap`,
            });
            break;
          }
        }
        staticCups.push({ t0: T + piece.t1, t1: Infinity, chart, side, suction: piece.pressure, diameterM: step.cup_diameter_cm / 100, stepIndex: index });
      } else {
        const c = removes.get(piece);
        if (c) c.t1 = T + piece.t0;
      }
    }
    segments.push({ kind: 'step', stepIndex: index, t0: T, t1: T + D });
    steps.push({
      index,
      move: step.move,
      t0: T,
      t1: T + D,
      duration: D,
      repetitions: built.repetitions,
      holdS: built.holdS,
      position: stepPosition(technique, index),
      shown: shownRate(step),
    });
    T += D;
    stepTotal += D;
  });

  planSwaps(tracks);
  planOverLifts(tracks, guard);
  return {
    techniqueId: technique.id,
    duration: T,
    stepsDuration: stepTotal,
    transitionsDuration: trTotal,
    steps,
    segments,
    tracks,
    chart: a.chart,
    guard,
    staticCups: staticCups.map((c) => (Number.isFinite(c.t1) ? c : { ...c, t1: T })),
    warnings: [...new Map(warnings.map((w) => [w.message, w])).values()],
  };
}
