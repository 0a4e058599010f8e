/**
 * Where the therapist stands, and so which way each hand must point for its forearm to come
 * from there (DESIGN.md §7: "both forearms come from where the therapist stands, and hands
 * cross only where the move crosses"). Pure (reads the hand-shape data, no three).
 *
 * A hand placed by the rig (placeContact) has its contact direction into the skin and its
 * shape's `forward` along the heading h (a unit chart vector: u right, y up). Its forearm, seen
 * on the skin's tangent plane, is then a fixed rotation-and-scale of h: in complex numbers
 * forearm = (p − i·q)·h, where p and q are the forearm's components along the contact frame's
 * forward and side axes (q changes sign for the left hand, the mirror image). So for a wanted
 * forearm direction D the heading is h = D·(p + i·q)/|p + i·q|.
 *
 * The wanted direction: elbows out (the left arm to the left, the right arm to the right), down towards the therapist's hips when working from the
 * foot end ('foot': fingers roughly headward), up when working from the head end ('head':
 * downward strokes). Both hands of a pair then form an "A" or a "V" and never an X.
 */
import { HAND_SHAPES, type HandShape, type Vec3 } from './handShapes';
import type { Position, TherapistPlace } from '../technique/schema';

export type Stance = 'foot' | 'head';

/** How far the forearms splay out from the body's long axis, radians (elbows out). */
export const ARM_SPLAY_RAD = (8 * Math.PI) / 180;

export interface ForearmFrame {
  /** Forearm component along the shape's forward axis (on the skin plane). */
  p: number;
  /** Forearm component along the side axis (into-skin × forward), for the right hand. */
  q: number;
}

const sub = (a: Vec3, k: number, b: Vec3): Vec3 => [a[0] - k * b[0], a[1] - k * b[1], a[2] - k * b[2]];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/**
 * The forearm in a shape's contact frame (right hand). The forearm bone turns by
 * rotation (−wristExt about X, −wristDev about Z, order ZXY) and runs along its −Y.
 */
export function forearmFrame(shape: HandShape): ForearmFrame {
  const def = HAND_SHAPES[shape];
  const ext = def.angles.wristExt;
  const dev = def.angles.wristDev;
  const F: Vec3 = [-Math.cos(ext) * Math.sin(dev), -Math.cos(ext) * Math.cos(dev), Math.sin(ext)];
  const a1 = unit(def.contact.normal.dir);
  const a2 = unit(sub(def.contact.forward, dot(def.contact.forward, a1), a1));
  const a3 = cross(a1, a2);
  return { p: dot(F, a2), q: dot(F, a3) };
}

const FRAMES = new Map<HandShape, ForearmFrame>();

function frameOf(shape: HandShape): ForearmFrame {
  let f = FRAMES.get(shape);
  if (!f) {
    f = forearmFrame(shape);
    FRAMES.set(shape, f);
  }
  return f;
}

/**
 * The forearm direction on the skin (chart) for heading (hu, hy) of the right (handSign +1) or
 * left (−1) hand. Writes out[0..1]; returns its length.
 */
export function forearmOf(shape: HandShape, handSign: 1 | -1, hu: number, hy: number, out: [number, number]): number {
  const { p, q } = frameOf(shape);
  const qs = handSign < 0 ? -q : q;
  out[0] = p * hu + qs * hy;
  out[1] = p * hy - qs * hu;
  return Math.hypot(out[0], out[1]);
}

/**
 * Splay of a shape's forearm, radians: ARM_SPLAY_RAD, more for shapes whose forearm rises
 * steeply off the skin (fingertips, fist): seen from behind such a forearm follows the skin
 * normal, which turns towards the midline in the hollow over the sacrum, so it needs more
 * turning out to keep the elbows apart.
 */
export function splayFor(shape: HandShape): number {
  const { p, q } = frameOf(shape);
  const flatness = Math.hypot(p, q);
  return ARM_SPLAY_RAD + ((100 * Math.PI) / 180) * Math.max(0, 0.85 - flatness);
}

/** The wanted forearm direction (unit chart vector) for a hand of `shape` on side `sideSign`. */
export function stanceArm(stance: Stance, sideSign: 1 | -1, out: [number, number], shape: HandShape = 'flat'): [number, number] {
  const a = splayFor(shape);
  out[0] = sideSign * Math.sin(a);
  out[1] = (stance === 'foot' ? -1 : 1) * Math.cos(a);
  return out;
}

/**
 * Heading (unit chart vector, written to out) that brings the forearm of `shape` (right hand:
 * handSign +1, left: −1) along the wanted direction (du, dy). Falls back to (du, dy) reversed
 * when the shape's forearm stands straight up off the skin (no direction on the skin).
 */
export function headingForArm(shape: HandShape, handSign: 1 | -1, du: number, dy: number, out: [number, number]): [number, number] {
  const { p, q } = frameOf(shape);
  const qs = handSign < 0 ? -q : q;
  const l = Math.hypot(p, qs);
  if (l < 0.05) {
    out[0] = -du;
    out[1] = -dy;
    return out;
  }
  // h = D · (p + i q) / |p + i q|
  out[0] = (du * p - dy * qs) / l;
  out[1] = (du * qs + dy * p) / l;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Where the therapist stands (issue 10 §3): the step's `therapist_at`, else a default per move.


export type { TherapistPlace };

/** What the default needs of a step (any step of the format has these). */
export interface PlacedStep {
  move: string;
  side?: 'left' | 'right' | 'both';
  position?: Position;
  therapist_at?: TherapistPlace;
}

/** Moves that lift and squeeze one half of the back: worked from the OTHER side of the table,
 * reaching across and drawing the tissue towards oneself (the safer, more natural reading). */
const ACROSS_MOVES: ReadonlySet<string> = new Set(['knead-palm', 'knead-fist', 'wringing']);

/**
 * The default place of the therapist for a step (DESIGN §7): a person on their side is worked
 * from the side their back faces (side-lying-left: the back faces the table's left side), a
 * seated person from behind ('foot': behind the chair); lying face-down: one-sided kneading and
 * wringing from the opposite side, everything else done on one side (presses, strokes, rubs,
 * cups) from that side, and two-sided or midline work from the person's left (the app's oblique
 * and right-side views look from the right: the therapist does not stand between them and the back).
 */
export function defaultTherapistAt(step: PlacedStep, position: Position = 'prone'): TherapistPlace {
  if (position === 'side-lying-left') return 'left';
  if (position === 'side-lying-right') return 'right';
  if (position === 'seated') return 'foot';
  const side = step.side ?? 'both';
  if (side === 'both') return 'left';
  if (ACROSS_MOVES.has(step.move)) return side === 'left' ? 'right' : 'left';
  return side;
}

/** The place of a step: its own `therapist_at`, else the default for its move and position. */
export function therapistAtOf(step: PlacedStep | undefined, techniquePosition: Position = 'prone'): TherapistPlace {
  if (!step) return 'left';
  return step.therapist_at ?? defaultTherapistAt(step, step.position ?? techniquePosition);
}

/**
 * How far towards the person's head of the hands the therapist stands, metres (issue 10 §3: what
 * a teacher sees of the lumbar work). Long two-handed strokes down the back (effleurage on both
 * sides, prone, worked from beside the table) are done from chest level: the hips a hand's span
 * headward of the hands, the torso square to the table, so the far arm reaches over the lower
 * thorax and the lumbar strokes stay in view from behind (at 15 cm the far upper arm still crossed
 * the back over L3–L5; from 20 cm it crosses above L3). Every other step: level with the hands (0).
 * The arm solver applies it only while the forearms point headward (strokes running down).
 */
export const CHEST_LEAD_M = 0.22;

export function therapistLeadOf(step: PlacedStep | undefined, techniquePosition: Position = 'prone'): number {
  if (!step) return 0;
  const position = step.position ?? techniquePosition;
  if (position !== 'prone' || step.move !== 'effleurage' || (step.side ?? 'both') !== 'both') return 0;
  const place = therapistAtOf(step, techniquePosition);
  return place === 'left' || place === 'right' ? CHEST_LEAD_M : 0;
}
