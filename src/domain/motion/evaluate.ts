/**
 * Evaluation of one actor's piece at a local time, in chart coordinates. Pure, allocation-free:
 * writes into a preallocated ActorState. The move programs (what makes a rub look like a rub)
 * live here.
 */
import type { HandShape } from './handShapes';
import { type PathPoint, evalPath, pathPoint } from './chartPath';
import type { ChartPose, MovePiece, MoveProgram, Piece, SpineGuard, TravelPiece } from './types';
import { clamp, lerp, smooth01 } from './vec';
import { forearmOf, headingForArm, stanceArm } from './stance';
import { BLEND_FOOTPRINT, FOOTPRINTS } from './footprint';
import { type StretchOut, evalStretch } from './moves/stretch';
import { type VibrateOut, evalVibrate } from './moves/vibration';
import { type CupRemoveOut, evalCupRemove } from './moves/removeCup';

const _stretch: StretchOut = { u: 0, y: 0, lift: 0, load: 0, hold: 0, f: 0, dir: 0 };
const _vib: VibrateOut = { du: 0, load: 0, hold: 0 };
const _cupOff: CupRemoveOut = { lift: 0, load: 0 };

/** Pressure factor of a ramp within a step at progress f (1 without a ramp). */
function rampFactor(piece: MovePiece, f: number): number {
  if (piece.pressureTo === undefined || piece.pressure <= 0) return 1;
  return 1 + (piece.pressureTo / piece.pressure - 1) * clamp(f, 0, 1);
}

/** A pose in chart coordinates plus what only the evaluation at a moment knows. */
export interface ActorState extends ChartPose {
  nextShape: HandShape;
  blend: number;
  /** Seconds left of a press hold (0 otherwise). */
  hold: number;
  /** True while travelling (declared transition). */
  travel: boolean;
}

export const actorState = (): ActorState => ({
  active: false,
  u: 0,
  y: 0,
  hu: 0,
  hy: 1,
  lift: 0,
  pressure: 0,
  shape: 'flat',
  nextShape: 'flat',
  blend: 0,
  grip: 'none',
  hold: 0,
  travel: false,
});

/** Fraction of a chop cycle on the skin. */
export const CHOP_CONTACT = 0.35;

/** Lift of a hand resting between presses / after a knead squeeze, metres. */
export const HOVER_LIFT_M = 0.012;
/** Height of a hand above the cup it holds (the cup's top), metres. */
export const CUP_HOLD_LIFT_M = 0.05;
/** Pressure ramps in/out over this long at the start/end of a continuous move, s. */
export const PRESSURE_RAMP_S = 0.4;

const TAU = Math.PI * 2;
const pp: PathPoint = pathPoint();

/** Position x ∈ [0, passes] → fraction along the path going back and forth (eased turns). */
export function pingPong(x: number, passes: number): number {
  const xc = clamp(x, 0, passes);
  let k = Math.floor(xc);
  if (k >= passes) k = passes - 1;
  const fr = xc - k;
  const e = 0.5 - 0.5 * Math.cos(Math.PI * fr);
  return k % 2 === 0 ? e : 1 - e;
}

function envelope(tau: number, dur: number, ramp = PRESSURE_RAMP_S): number {
  const r = Math.min(ramp, dur / 4);
  if (r <= 0) return 1;
  return Math.min(smooth01(tau / r), smooth01((dur - tau) / r));
}

const frac = (x: number): number => x - Math.floor(x);

/** Fraction along the path of press-pull station k of n, walking back and forth. */
function stationAt(k: number, n: number): number {
  const period = 2 * (n - 1);
  const m = ((k % period) + period) % period;
  return (m < n ? m : period - m) / (n - 1);
}

function setPose(out: ActorState, pose: ChartPose): void {
  out.active = pose.active;
  out.u = pose.u;
  out.y = pose.y;
  out.hu = pose.hu;
  out.hy = pose.hy;
  out.lift = pose.lift;
  out.pressure = pose.active && pose.lift === 0 ? pose.pressure : 0;
  out.shape = pose.shape;
  out.nextShape = pose.shape;
  out.blend = 0;
  out.grip = pose.grip;
  out.hold = 0;
  out.travel = false;
}

/** Guard weight at height y: 1 between S1 and T10, fading to 0 over `taper` beyond. */
export function guardWeight(g: SpineGuard, y: number): number {
  if (y >= g.yLow && y <= g.yHigh) return 1;
  const d = y < g.yLow ? g.yLow - y : y - g.yHigh;
  return clamp(1 - d / g.taper, 0, 1);
}

/** The avoid strip over the spinous processes (2 cm either side) plus a margin, metres. */
export const STRIP_HALF_M = 0.02;
export const STRIP_MARGIN_M = 0.007;

/**
 * Keep-out half-width for a piece's contact point at height y (guard weight included): its own
 * guard, or more where a touching part of the hand (footprint.ts) reaches towards the midline
 * beyond the contact point — every pressing part stays out of the strip, not only the centre.
 * Each part is weighed at its own height, so fingers reaching above T10 or below S1 count.
 */
export function guardHalfWidth(piece: MovePiece, hu: number, hy: number, y: number, guard: SpineGuard): number {
  if (!piece.stance) return piece.guard * guardWeight(guard, y);
  return keepOutWidth(piece.guard, piece.shape, piece.program.kind, piece.sideSign, piece.handSign, hu, hy, y, guard);
}

/** guardHalfWidth from its parts (compile time: before the piece exists). */
export function keepOutWidth(
  base: number,
  shape: HandShape,
  kind: MoveProgram['kind'],
  sideSign: 1 | -1,
  handSign: 1 | -1,
  hu: number,
  hy: number,
  y: number,
  guard: SpineGuard,
): number {
  let G = base * guardWeight(guard, y);
  const strip = STRIP_HALF_M + STRIP_MARGIN_M;
  // A kneading hand closes and opens its grip from and to a flat palm (and a press-pull peels
  // a flat palm off): the parts of both ends, and of the half-closed grip, stay out.
  for (let k = 0; k < 3; k++) {
    if (k === 1 && kind !== 'knead' && kind !== 'press-pull') break;
    if (k === 2 && kind !== 'knead') break;
    const pts = k === 0 ? FOOTPRINTS[shape] : k === 1 ? FOOTPRINTS.flat : BLEND_FOOTPRINT;
    for (let i = 0; i < pts.length; i++) {
      const pt = pts[i] as readonly [number, number];
      const du = pt[0] * hu + handSign * pt[1] * hy;
      const dy = pt[0] * hy - handSign * pt[1] * hu;
      const w = guardWeight(guard, y + dy);
      if (w <= 0) continue;
      const g = -sideSign * du + strip * w;
      if (g > G) G = g;
    }
  }
  return G;
}

/** Lift of an actor carried across the midline by the guard, metres. */
export const CROSS_LIFT_M = 0.015;

/**
 * Spine guard. With G = guard half-width × guardWeight(y) and v = the actor's signed distance
 * from the midline towards its own side, the contact is remapped continuously and monotonically:
 * - v ≥ 0 (own side): pushed out to at least G;
 * - −2G ≤ v < 0 (path crossing the midline): carried across the keep-out band LIFTED (no
 *   pressure), from +G to −G, peaking at CROSS_LIFT_M over the midline;
 * - v < −2G (far side): shifted G towards the midline, so it stays outside the band too.
 * Every branch is continuous in (u, y), so a guarded path never jumps.
 */
function applyGuard(out: ActorState, piece: MovePiece, guard: SpineGuard): void {
  if (piece.guard <= 0) return;
  const G = guardHalfWidth(piece, out.hu, out.hy, out.y, guard);
  if (G <= 0) return;
  const s = piece.sideSign;
  const v = s * out.u;
  let v2: number;
  if (v >= 0) {
    v2 = v > G ? v : G;
  } else if (v >= -2 * G) {
    v2 = G + v;
    const lift = CROSS_LIFT_M * Math.sin((Math.PI * -v) / (2 * G));
    if (lift > out.lift) out.lift = lift;
  } else {
    v2 = v + G;
  }
  out.u = s * v2;
}

/** Extra lift of the left hand while both hands turn round, metres. */
export const TURN_OVER_LIFT_M = 0.06;

function bigTurnOf(a: ChartPose, b: ChartPose): boolean {
  return a.hu * b.hu + a.hy * b.hy < 0; // more than a right angle
}

/** Weight of a planned over-lift at travel fraction f: 1 from f0 to f1, 0 at both ends. */
export function overWeight(f: number, f0: number, f1: number): number {
  return smooth01(f / Math.max(f0, 0.15)) * smooth01((1 - f) / Math.max(1 - f1, 0.15));
}

function evalTravel(piece: TravelPiece, tau: number, out: ActorState): void {
  const d = piece.t1 - piece.t0;
  const f = d > 0 ? clamp(tau / d, 0, 1) : 1;
  const a = piece.from;
  const b = piece.to;
  const slide = piece.hump === 0;
  // Lift (first 25 %), travel (middle), set down (last 25 %); a slide stays in contact.
  const s0 = piece.stagger ? piece.stagger[0] : 0.15;
  const s1 = piece.stagger ? piece.stagger[1] : 0.85;
  const m = slide ? smooth01(f) : smooth01((f - s0) / (s1 - s0));
  out.active = a.active || b.active;
  out.u = lerp(a.u, b.u, m);
  out.y = lerp(a.y, b.y, m);
  // Heading: turn by the angle between the two (a hand turning round by more than a right
  // angle turns through its own side: fingers sweep past the midline side, the forearm
  // stays out, so the arms never cross while the hands change ends).
  const a0 = Math.atan2(a.hy, a.hu);
  let turn = Math.atan2(b.hy, b.hu) - a0;
  turn -= 2 * Math.PI * Math.round(turn / (2 * Math.PI));
  if (Math.abs(turn) > Math.PI / 2 && piece.handSign !== 0) {
    // Fingers pass through (−handSign, 0): towards the midline for a hand on its own side.
    const via = Math.atan2(0, -piece.handSign);
    let dv = via - a0;
    dv -= 2 * Math.PI * Math.floor(dv / (2 * Math.PI)); // 0…2π, counter-clockwise
    const ccw = turn > 0 ? turn : turn + 2 * Math.PI;
    if (dv > ccw) turn = ccw - 2 * Math.PI;
    else turn = ccw;
  }
  // The turn is done in the first half, in the first shape; the shape changes after it, so a
  // hand never turns round while its contact frame is half way between two shapes.
  const mt = Math.abs(turn) > Math.PI / 2 ? smooth01(f / 0.5) : m;
  out.hu = Math.cos(a0 + turn * mt);
  out.hy = Math.sin(a0 + turn * mt);
  const bigTurn = mt !== m;
  out.lift = lerp(a.lift, b.lift, smooth01(f)) + piece.hump * Math.sin(Math.PI * f);
  // Both hands turning round at once sweep their fingers towards the midline: the left one
  // goes over the right one (higher while it turns), so the two never run into each other.
  if (bigTurnOf(a, b) && piece.handSign < 0) out.lift += TURN_OVER_LIFT_M * Math.sin(Math.PI * Math.min(1, f / 0.5));
  // A hand whose way crosses the other hand's goes over it (planned by the compiler).
  if (piece.over) out.lift += piece.over.lift * overWeight(f, piece.over.f0, piece.over.f1);
  out.pressure = slide ? lerp(a.pressure, b.pressure, f) : 0;
  if (out.lift > 0) out.pressure = 0;
  out.shape = a.shape;
  out.nextShape = b.shape;
  out.blend = bigTurn ? smooth01((f - 0.5) / 0.5) : smooth01(f);
  out.grip = f < 0.5 ? a.grip : b.grip;
  out.hold = 0;
  out.travel = true;
}

/**
 * How far in from each end of its path the centre of a saw (oscillate along the path) works, m:
 * its amplitude (at most half the path), so the edge's strokes reach the path's ends and never
 * run past them. A saw written from L1 to S1 used to stroke 3 cm past S1 onto the sacral slope
 * (S2), where no wrist can bring the forearm from the head end clear of the lumbar hollow (the
 * edge tilts 33° with the slope). 0 for strokes across the spine (the path is not their axis).
 */
export function sawInset(piece: MovePiece, L: number): number {
  const p = piece.program;
  if (p.kind !== 'oscillate' || p.axis !== 'along-path') return 0;
  return Math.min(p.amplitude, L / 2);
}

/** Heading from the path tangent (fingers along travel), flipped to point up/out if asked. */
function headingAlong(out: ActorState, tu: number, ty: number): void {
  out.hu = tu;
  out.hy = ty;
}

function evalMove(piece: MovePiece, tau: number, out: ActorState, guard: SpineGuard): void {
  const D = piece.t1 - piece.t0;
  const t = clamp(tau, 0, D);
  const path = piece.path;
  const L = path.length * piece.reach;
  const P = D / Math.max(piece.cycles, 1e-9);
  const c = t / P + piece.phase;
  const phi = frac(c);
  const prog = D > 0 ? t / D : 0;
  out.active = true;
  out.lift = 0;
  out.shape = piece.shape;
  out.nextShape = piece.shape;
  out.blend = 0;
  out.grip = 'none';
  out.hold = 0;
  out.travel = false;
  out.hu = 0;
  out.hy = 1;
  const env = envelope(t, D);
  const prog2 = piece.program;
  switch (prog2.kind) {
    case 'oscillate': {
      // A saw's strokes stay on the path as written: its centre works between `amplitude` from
      // either end, so the edge saws up to the ends and not past them (sawInset).
      const inset = sawInset(piece, L);
      evalPath(path, inset + pingPong(prog * piece.passes, piece.passes) * (L - 2 * inset), pp);
      const o = prog2.amplitude * Math.sin(TAU * c);
      let ax = 0;
      let ay = 1;
      if (prog2.axis === 'across-spine') {
        ax = 1;
        ay = 0;
      } else if (prog2.axis === 'along-path') {
        // Saw: the edge of the palm lies along the path and saws back and forth along it.
        ax = pp.tu;
        ay = pp.ty;
        if (ay < 0 || (ay === 0 && ax < 0)) {
          ax = -ax;
          ay = -ay;
        }
      }
      out.u = pp.u + o * ax;
      out.y = pp.y + o * ay;
      if (prog2.axis === 'along-path') headingAlong(out, ax, ay);
      out.pressure = piece.pressure * env;
      break;
    }
    case 'circles': {
      evalPath(path, pingPong(prog * piece.passes, piece.passes) * L, pp);
      const a = TAU * c * prog2.rotation;
      // Start each circle at the bottom so the first contact is at the path point − r.
      out.u = pp.u + prog2.radius * Math.sin(a);
      out.y = pp.y - prog2.radius * Math.cos(a) + prog2.radius;
      const pulse = 1 - prog2.pulse * (0.5 - 0.5 * Math.cos(TAU * c));
      out.pressure = piece.pressure * pulse * env;
      break;
    }
    case 'loop': {
      evalPath(path, frac(c) * L, pp);
      out.u = pp.u;
      out.y = pp.y;
      out.pressure = piece.pressure * env;
      break;
    }
    case 'knead': {
      // set down → squeeze (grip, pressure pulse) → release → lift and shift forward.
      const cyc = Math.floor(c);
      const shift = smooth01((phi - 0.8) / 0.2);
      const x = ((cyc + shift) / Math.max(piece.cycles, 1)) * piece.passes;
      evalPath(path, pingPong(x, piece.passes) * L, pp);
      out.u = pp.u;
      out.y = pp.y;
      const down = smooth01(phi / 0.15);
      const up = smooth01((phi - 0.8) / 0.2);
      out.lift = HOVER_LIFT_M * (phi < 0.15 ? 1 - down : up);
      const squeeze = phi >= 0.15 && phi < 0.8 ? Math.sin((Math.PI * (phi - 0.15)) / 0.65) : 0;
      out.pressure = out.lift > 0 ? 0 : piece.pressure * (0.25 + 0.75 * squeeze) * env;
      out.shape = 'flat';
      out.nextShape = piece.shape;
      out.blend = squeeze;
      break;
    }
    case 'chop': {
      evalPath(path, pingPong(prog * piece.passes, piece.passes) * L, pp);
      out.u = pp.u;
      out.y = pp.y;
      // The edge lies along the path (the two hands of a pair chop side by side, parallel).
      let hx = pp.tu;
      let hy = pp.ty;
      if (hy < 0 || (hy === 0 && hx < 0)) {
        hx = -hx;
        hy = -hy;
      }
      headingAlong(out, hx, hy);
      // On the skin for CHOP_CONTACT of each cycle (the strike and its rebound), then up and
      // back down: an edge-on hand is 8.5 cm tall, so a low lift keeps it reading as a chop.
      if (phi < CHOP_CONTACT) {
        out.lift = 0;
        out.pressure = piece.pressure * Math.sin((Math.PI * phi) / CHOP_CONTACT) * env;
      } else {
        out.lift = prog2.height * Math.sin((Math.PI * (phi - CHOP_CONTACT)) / (1 - CHOP_CONTACT)) * (0.3 + 0.7 * env);
        out.pressure = 0;
      }
      break;
    }
    case 'glide': {
      // stroke (65 %) in contact, then lift and return to the start (35 %).
      if (phi < 0.65) {
        const f = phi / 0.65;
        evalPath(path, (0.5 * f + 0.5 * smooth01(f)) * L, pp);
        out.pressure = piece.pressure * Math.min(smooth01(f / 0.1), smooth01((1 - f) / 0.1));
      } else {
        const f = (phi - 0.65) / 0.35;
        evalPath(path, (1 - smooth01(f)) * L, pp);
        out.lift = prog2.returnLift * Math.sin(Math.PI * f);
        out.pressure = 0;
      }
      out.u = pp.u;
      out.y = pp.y;
      headingAlong(out, pp.tu, pp.ty);
      break;
    }
    case 'press-pull': {
      const n = Math.max(2, prog2.stations);
      const cyc = Math.floor(c);
      const s0 = stationAt(cyc, n);
      const s1 = stationAt(cyc + 1, n);
      let sNow = s0;
      const pullLift = 0.04;
      const restLift = 0.03;
      if (phi < 0.15) {
        const f = smooth01(phi / 0.15);
        out.lift = restLift * (1 - f);
        out.shape = 'cupped';
        out.nextShape = 'flat';
        out.blend = f;
        out.pressure = 0;
      } else if (phi < 0.5) {
        out.shape = 'flat';
        out.nextShape = 'flat';
        out.pressure = piece.pressure * smooth01((phi - 0.15) / 0.2) * env;
      } else if (phi < 0.7) {
        const f = smooth01((phi - 0.5) / 0.2);
        out.lift = pullLift * f;
        out.shape = 'flat';
        out.nextShape = 'cupped';
        out.blend = f;
        out.pressure = out.lift > 0 ? 0 : piece.pressure * env;
      } else {
        const f = smooth01((phi - 0.7) / 0.3);
        sNow = lerp(s0, s1, f);
        out.lift = lerp(pullLift, restLift, f);
        out.shape = 'cupped';
        out.nextShape = 'cupped';
        out.pressure = 0;
      }
      evalPath(path, sNow * L, pp);
      out.u = pp.u;
      out.y = pp.y;
      break;
    }
    case 'spread': {
      evalPath(path, pingPong(prog * piece.passes, piece.passes) * L, pp);
      out.u = pp.u;
      out.y = pp.y;
      out.pressure = piece.pressure * env;
      break;
    }
    case 'cup-glide': {
      evalPath(path, pingPong(prog * piece.cycles, Math.max(1, piece.cycles)) * L, pp);
      out.u = pp.u;
      out.y = pp.y;
      headingAlong(out, pp.tu, pp.ty);
      out.pressure = piece.pressure;
      out.shape = 'cupped';
      out.nextShape = 'cupped';
      break;
    }
    case 'cup-set': {
      evalPath(path, 0, pp);
      out.u = pp.u;
      out.y = pp.y;
      const f = prog;
      out.lift = 0.06 * (1 - smooth01(f / 0.4));
      out.pressure = out.lift > 0 ? 0 : piece.pressure * smooth01((f - 0.4) / 0.3);
      out.shape = 'cupped';
      out.nextShape = 'cupped';
      break;
    }
    case 'presses': {
      const pts = prog2.points;
      const np = pts.length;
      const slot = prog2.moveIn + prog2.ramp + prog2.hold + prog2.release + prog2.rest;
      const total = np * prog2.rounds;
      let j = Math.floor(t / slot);
      if (j >= total) j = total - 1;
      const ts = t - j * slot;
      const cur = pts[j % np] as readonly [number, number];
      const prev = pts[j === 0 ? 0 : (j - 1) % np] as readonly [number, number];
      const hover = prog2.hover[j % np] === true;
      const hoverLift = hover ? HOVER_LIFT_M : 0;
      const moved = prev[0] !== cur[0] || prev[1] !== cur[1];
      let u = cur[0];
      let y = cur[1];
      let lift = hoverLift;
      let pr = 0;
      let tt = ts;
      if (tt < prog2.moveIn) {
        const f = tt / prog2.moveIn;
        const m = smooth01(f);
        u = lerp(prev[0], cur[0], m);
        y = lerp(prev[1], cur[1], m);
        lift = lerp(HOVER_LIFT_M, hoverLift, m) + (moved ? 0.02 * Math.sin(Math.PI * f) : 0);
      } else if ((tt -= prog2.moveIn) < prog2.ramp) {
        pr = smooth01(tt / prog2.ramp);
      } else if ((tt -= prog2.ramp) < prog2.hold) {
        pr = 1;
        out.hold = prog2.hold - tt;
      } else if ((tt -= prog2.hold) < prog2.release) {
        pr = 1 - smooth01(tt / prog2.release);
      } else {
        tt -= prog2.release;
        const f = prog2.rest > 0 ? smooth01(tt / Math.min(prog2.rest, 0.6)) : 1;
        lift = lerp(hoverLift, HOVER_LIFT_M, f);
      }
      out.u = u;
      out.y = y;
      out.lift = lift;
      out.pressure = hover || lift > 0 ? 0 : piece.pressure * pr;
      if (hover) out.hold = 0;
      out.pressure *= rampFactor(piece, prog);
      orientHand(out, piece);
      return; // press points were guarded at compile time
    }
    case 'cup-remove': {
      evalPath(path, 0, pp);
      out.u = pp.u;
      out.y = pp.y;
      evalCupRemove(prog, _cupOff);
      out.lift = _cupOff.lift;
      out.pressure = piece.pressure * _cupOff.load;
      out.shape = 'cupped';
      out.nextShape = 'cupped';
      break;
    }
    case 'stretch': {
      evalStretch(prog2, path, t, Math.max(1, Math.round(piece.cycles)), _stretch);
      out.u = _stretch.u;
      out.y = _stretch.y;
      out.lift = _stretch.lift;
      out.pressure = piece.pressure * _stretch.load * env;
      out.hold = _stretch.hold;
      break;
    }
    case 'vibrate': {
      evalPath(path, 0, pp);
      evalVibrate(prog2, t, Math.max(1, Math.round(piece.cycles)), _vib);
      out.u = pp.u + _vib.du;
      out.y = pp.y;
      out.pressure = piece.pressure * _vib.load * env;
      out.hold = _vib.hold;
      break;
    }
  }
  out.pressure *= rampFactor(piece, prog);
  if (piece.heading) {
    out.hu = piece.heading[0];
    out.hy = piece.heading[1];
  }
  orientHand(out, piece);
  applyGuard(out, piece, guard);
}

const _arm: [number, number] = [0, 0];
const _h: [number, number] = [0, 0];
const _fa: [number, number] = [0, 0];

/**
 * Turn a hand so its forearm comes from where the therapist stands (stance.ts). Moves whose
 * heading is an axis (the saw's and the chop's edge line) keep the axis and take the way round
 * that brings the forearm nearer the wanted direction; the others take the heading that lines
 * the forearm up with it.
 */
function orientHand(out: ActorState, piece: MovePiece): void {
  if (!piece.stance) return;
  stanceArm(piece.stance, piece.handSign, _arm, piece.shape);
  const pk = piece.program.kind;
  const axis = pk === 'chop' || (pk === 'oscillate' && piece.program.axis === 'along-path');
  if (axis) {
    forearmOf(piece.shape, piece.handSign, out.hu, out.hy, _fa);
    if (_fa[0] * _arm[0] + _fa[1] * _arm[1] < 0) {
      out.hu = -out.hu;
      out.hy = -out.hy;
    }
    return;
  }
  headingForArm(piece.shape, piece.handSign, _arm[0], _arm[1], _h);
  out.hu = _h[0];
  out.hy = _h[1];
}

/** Evaluate a piece at absolute time t into `out`. */
export function evalPiece(piece: Piece, t: number, out: ActorState, guard: SpineGuard): ActorState {
  const tau = t - piece.t0;
  switch (piece.kind) {
    case 'rest':
      setPose(out, piece.pose);
      break;
    case 'travel':
      evalTravel(piece, tau, out);
      break;
    case 'move':
      evalMove(piece, tau, out, guard);
      if (piece.holdsCup) {
        out.lift += CUP_HOLD_LIFT_M;
        out.pressure = 0;
        out.shape = 'cupped';
        out.nextShape = 'cupped';
        out.blend = 0;
        out.grip = 'cup';
        out.hold = 0;
      } else if (piece.stackLift > 0) {
        out.lift += piece.stackLift;
        out.pressure = 0;
        out.hold = 0;
      }
      break;
  }
  if (out.lift < 1e-9) out.lift = 0;
  if (out.lift > 0) out.pressure = 0;
  return out;
}

/** Chart pose of a state (for travel endpoints). */
export function poseOf(s: ActorState): ChartPose {
  return {
    active: s.active,
    u: s.u,
    y: s.y,
    hu: s.hu,
    hy: s.hy,
    lift: s.lift,
    pressure: s.pressure,
    shape: s.shape,
    grip: s.grip,
  };
}

/** Where an actor is along its piece's path, without the oscillation on top, and which way it goes. */
export interface PathTravel {
  /** Fraction of the path's length (0–1) where the actor's progress is. */
  f: number;
  /** +1 going the path's way (growing arc length), −1 going back, 0 no travel along it to show
   * (a lifted return, a move that stays in place). */
  dir: 1 | -1 | 0;
}

/** Direction of a ping-pong pass at x ∈ [0, passes]: even passes go forward. */
function passDir(x: number, passes: number): 1 | -1 {
  const xc = clamp(x, 0, passes);
  let k = Math.floor(xc);
  if (k >= passes) k = passes - 1;
  return k % 2 === 0 ? 1 : -1;
}

/**
 * The progress of a move piece along its path at absolute time t (what the path ribbon's
 * arrows and "done" shading follow). Pure, allocation-free (writes `out`). Mirrors evalMove.
 */
export function pieceTravel(piece: MovePiece, t: number, out: PathTravel): PathTravel {
  const D = piece.t1 - piece.t0;
  const tl = clamp(t - piece.t0, 0, D);
  const P = D / Math.max(piece.cycles, 1e-9);
  const c = tl / P + piece.phase;
  const phi = frac(c);
  const prog = D > 0 ? tl / D : 0;
  const pr = piece.program;
  const reach = piece.reach;
  switch (pr.kind) {
    case 'oscillate': {
      const x = prog * piece.passes;
      const L = piece.path.length * reach;
      const inset = sawInset(piece, L);
      out.f = (inset + pingPong(x, piece.passes) * (L - 2 * inset)) / Math.max(piece.path.length, 1e-9);
      out.dir = passDir(x, piece.passes);
      return out;
    }
    case 'circles':
    case 'chop':
    case 'spread': {
      const x = prog * piece.passes;
      out.f = pingPong(x, piece.passes) * reach;
      out.dir = passDir(x, piece.passes);
      return out;
    }
    case 'knead': {
      const cyc = Math.floor(c);
      const shift = smooth01((phi - 0.8) / 0.2);
      const x = ((cyc + shift) / Math.max(piece.cycles, 1)) * piece.passes;
      out.f = pingPong(x, piece.passes) * reach;
      out.dir = passDir(x, piece.passes);
      return out;
    }
    case 'loop':
      out.f = frac(c) * reach;
      out.dir = 1;
      return out;
    case 'glide':
      if (phi < 0.65) {
        const f = phi / 0.65;
        out.f = (0.5 * f + 0.5 * smooth01(f)) * reach;
        out.dir = 1;
      } else {
        out.f = (1 - smooth01((phi - 0.65) / 0.35)) * reach;
        out.dir = 0;
      }
      return out;
    case 'press-pull': {
      const n = Math.max(2, pr.stations);
      const cyc = Math.floor(c);
      const s0 = stationAt(cyc, n);
      const s1 = stationAt(cyc + 1, n);
      out.f = (phi < 0.7 ? s0 : lerp(s0, s1, smooth01((phi - 0.7) / 0.3))) * reach;
      out.dir = s1 > s0 ? 1 : s1 < s0 ? -1 : 0;
      return out;
    }
    case 'cup-glide': {
      const n = Math.max(1, piece.cycles);
      const x = prog * piece.cycles;
      out.f = pingPong(x, n) * reach;
      out.dir = passDir(x, n);
      return out;
    }
    case 'cup-set':
    case 'cup-remove':
    case 'vibrate':
      out.f = 0;
      out.dir = 0;
      return out;
    case 'stretch':
      evalStretch(pr, piece.path, tl, Math.max(1, Math.round(piece.cycles)), _stretch);
      out.f = _stretch.f * reach;
      out.dir = _stretch.dir;
      return out;
    case 'presses': {
      const np = pr.points.length;
      const slot = pr.moveIn + pr.ramp + pr.hold + pr.release + pr.rest;
      let j = Math.floor(tl / Math.max(slot, 1e-9));
      const total = np * pr.rounds;
      if (j >= total) j = total - 1;
      out.f = np > 1 ? (j % np) / (np - 1) : 0;
      out.dir = np > 1 ? 1 : 0;
      return out;
    }
  }
}
