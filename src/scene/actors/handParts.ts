import { Vector3 } from 'three';
import {
  FINGERS,
  HAND_GEOMETRY,
  type Finger,
  type HandBone,
  type HandShape,
  type Vec3,
} from '../../domain/motion/handShapes';
import type { HandRig } from './handRig';
import { smoothstep } from './meshBuilder';

/** The forearm's share of the drawn skin's weights at `y` (palm frame, m): the palm blends into
 * the forearm over the wrist, from y = 12 mm (all palm) to y = −16 mm (all forearm). */
export function wristBlend(y: number): number {
  return smoothstep(0.012, -0.016, y);
}

/**
 * The named parts of a posed hand rig that touch (or may touch) the skin, as world points, plus
 * the capsules of the hand and the forearm. Used by the motion oracle (node) to check what is
 * drawn: pose the rig with `poseHand` (poseActors.ts) exactly as the scene does, then call
 * `handParts(rig, shape)`.
 *
 * Each part is a point ON THE SURFACE of the hand (the pad of a finger, the flat of a knuckle,
 * the ulnar edge of the palm…), fixed to a bone, with the outward direction of the hand's
 * surface there (`facing`, which must face the skin when the part touches). `mustTouch` says
 * which parts the current shape presses with; the others (`mayTouch`) are listed so the checks
 * can see them when they come down on the skin (e.g. a thumb lying beside a flat palm).
 *
 * Frames and geometry are those of handShapes.ts (HAND_GEOMETRY): bone +Y along the bone,
 * −Z palmar. The left rig is mirrored by its `mirror` group; bone world matrices include it.
 */

export type HandPartName =
  | 'palm'
  | 'heel'
  | `${Finger}-pad`
  | `${Finger}-tip`
  | 'thumb-pad'
  | 'thumb-tip'
  | `${'index' | 'middle' | 'ring'}-knuckle`
  | 'edge-heel'
  | 'edge-mid'
  | 'edge-knuckle';

interface PartDef {
  name: HandPartName;
  bone: HandBone;
  /** Point in the bone frame, metres. */
  offset: Vec3;
  /** Outward direction of the hand's surface at the point, in the bone frame (unit). */
  facing: Vec3;
}

export interface HandPart {
  name: HandPartName;
  /** World point on the hand's surface. */
  point: Vector3;
  /** World unit direction the surface faces there (points into the skin when touching). */
  facing: Vector3;
  /** True when the current shape presses with this part. */
  mustTouch: boolean;
}

/** A capsule: segment a–b with radius r (world). */
export interface Capsule {
  a: Vector3;
  b: Vector3;
  r: number;
}

export interface HandPartsResult {
  parts: HandPart[];
  /** Palm: from the heel to the knuckles, half the palm's thickness. */
  palm: Capsule;
  /** Visible forearm stub: wrist → 13 cm along the forearm bone. */
  forearm: Capsule;
  /** The whole forearm up to the elbow (≈ 26 cm), for crossing checks: wrist → elbow. */
  arm: Capsule;
  /** Unit palm normal (palmar direction −Z of the palm bone), world. */
  palmNormal: Vector3;
  /** Unit direction of the fingers (+Y of the palm bone), world. */
  fingers: Vector3;
}

const G = HAND_GEOMETRY;

function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

/** Half-width of the palm at height y of the hand frame (same profile as the rig). */
function palmHalfWidth(y: number): number {
  const t = Math.min(1, Math.max(0, (y + 0.01) / 0.082));
  const s = t * t * (3 - 2 * t);
  return G.palm.halfWidthWrist + (G.palm.halfWidthKnuckles - G.palm.halfWidthWrist) * s;
}

function digit(f: Finger | 'thumb') {
  return f === 'thumb' ? G.thumb : G.fingers[f];
}

/** Pad of a digit: palmar side of the distal phalanx (same point as handShapes' padOf). */
function pad(f: Finger | 'thumb'): PartDef {
  const g = digit(f);
  const r = g.radius[1];
  return {
    name: `${f}-pad` as HandPartName,
    bone: `${f}3` as HandBone,
    offset: [0, g.lengths[2] - 0.8 * r, -G.digitPalmar * r * 1.02],
    facing: [0, 0, -1],
  };
}

/** Tip of a digit (end of the distal bone, slightly on the pad side; as handShapes' tipOf). */
function tip(f: Finger | 'thumb'): PartDef {
  const g = digit(f);
  const r = g.radius[1];
  return {
    name: `${f}-tip` as HandPartName,
    bone: `${f}3` as HandBone,
    offset: [0, g.lengths[2] - 0.22 * r, -0.55 * r],
    facing: normalize([0, 0.75, -0.66]),
  };
}

/** Flat of a fist: dorsal surface of a proximal phalanx near the knuckle (as handShapes). */
function knuckle(f: 'index' | 'middle' | 'ring'): PartDef {
  const g = G.fingers[f];
  return {
    name: `${f}-knuckle`,
    bone: `${f}1` as HandBone,
    offset: [0, g.lengths[0] * 0.12, G.digitDorsal * g.radius[0] * 1.08],
    facing: [0, 0, 1],
  };
}

/** Ulnar edge of the palm at height y (palm-arch bone frame, origin at x = 0.004). */
function edge(name: HandPartName, y: number): PartDef {
  // At the knuckles this is the palm-edge shape's contact anchor; narrower towards the wrist.
  const x = G.palm.halfWidthKnuckles * 0.93 - 0.0012 - (G.palm.halfWidthKnuckles - palmHalfWidth(y)) * 0.93;
  return { name, bone: 'palmUlnar', offset: [x, y, -0.004], facing: [1, 0, 0] };
}

const PALMAR = -G.palm.halfThicknessPalmar - 0.0012;

/**
 * The pads of the palm that stand out of its palmar plane, as balls flush with the drawn palm
 * [x, y, z, radius] in the palm's frame: the thenar eminence (the drawn palm is 16 mm deep
 * there, against 13.5 mm at the centre) and the pads under the knuckles (15 mm at y = 80 mm,
 * between the 3×3 grid's last row and the fingers' first balls). A flat palm's band keeps them
 * out of the body and the oracle counts them (30 Nov, session 9: without them 22 % of the touching
 * frames had drawn palm vertices more than 3 mm past the dent that no ball saw).
 */
export const PALM_PADS: readonly (readonly [number, number, number, number])[] = [
  [-0.029, 0.031, -0.004, 0.012],
  [-0.01, 0.082, -0.003, 0.012],
  [0.01, 0.082, -0.003, 0.012],
  [0, 0.087, -0.0055, 0.0085],
];

/**
 * The heel's ulnar corner at the wrist crease, as balls flush with the drawn skin there: x, y, z,
 * radius in the palm's rest frame (m) and the forearm's share of the drawn skin's weights there.
 * The drawn vertices between the heel and the forearm are skinned about half to each
 * (handRig's wrist blend), so these balls follow the blend, not the palm: a ball fixed to the palm
 * missed the drawn crease by up to 8 mm in a kneading hand whose wrist bends (1 Dec, session 11).
 * A flat hand setting down on the slope from L5 onto the buttock put this corner 8 mm past the
 * dent (46 of the 54 poses check:sink still counted, session 10). Radius 15 mm: the drawn corner's
 * own curve is ~19 mm, so the ball stays within 0.3 mm of every drawn vertex from x = 10 to 26 mm.
 */
export const WRIST_CREASE: readonly (readonly [number, number, number, number, number])[] = [
  [0.015, -0.002, 0.0032, 0.015, wristBlend(-0.002)],
  [0.01325, -0.002, 0.0022, 0.015, wristBlend(-0.002)],
  [0.0111, -0.002, 0.0017, 0.015, wristBlend(-0.002)],
];

/** Where the drawn skin puts a WRIST_CREASE ball's centre, in the palm's frame (the rig's current
 * joint angles): its rest point blended between the palm and the forearm by the drawn weights
 * (the forearm bone sits at the palm's origin), as the skinned mesh does. */
export function wristCreaseLocal(rig: HandRig, ball: (typeof WRIST_CREASE)[number], out: Vector3): Vector3 {
  _rest.set(ball[0], ball[1], ball[2]);
  return out.copy(_rest).applyMatrix4(rig.bones.forearm.matrix).sub(_rest).multiplyScalar(ball[4]).add(_rest);
}
const _rest = new Vector3();

const PART_DEFS: readonly PartDef[] = [
  { name: 'palm', bone: 'palm', offset: [0.002, 0.05, PALMAR], facing: [0, 0, -1] },
  { name: 'heel', bone: 'palm', offset: [0.004, 0.016, PALMAR], facing: [0, 0, -1] },
  ...FINGERS.map(pad),
  ...FINGERS.map(tip),
  pad('thumb'),
  tip('thumb'),
  knuckle('index'),
  knuckle('middle'),
  knuckle('ring'),
  edge('edge-heel', 0.02),
  edge('edge-mid', 0.05),
  edge('edge-knuckle', 0.075),
];

/** Parts each shape presses with (the rest may touch but need not). */
export const MUST_TOUCH: Readonly<Record<HandShape, readonly HandPartName[]>> = {
  flat: ['palm', 'heel', 'index-pad', 'middle-pad', 'ring-pad'],
  fist: ['index-knuckle', 'middle-knuckle', 'ring-knuckle'],
  'thumb-press': ['thumb-pad'],
  'fingertip-press': ['index-tip', 'middle-tip'],
  'palm-edge': ['edge-heel', 'edge-mid', 'edge-knuckle'],
  cupped: ['heel', 'index-pad', 'middle-pad', 'ring-pad', 'thumb-pad'],
  knead: ['thumb-pad', 'index-pad', 'middle-pad'],
};

export const PART_NAMES: readonly HandPartName[] = PART_DEFS.map((d) => d.name);

/** Forearm stub length and radius (HAND_GEOMETRY.forearm), and a whole forearm to the elbow. */
const FOREARM_R = (G.forearm.halfWidth + G.forearm.halfThickness) / 2;
export const ARM_LENGTH_M = 0.26;

function worldPoint(rig: HandRig, bone: HandBone, v: Vec3, out: Vector3): Vector3 {
  return out.set(v[0], v[1], v[2]).applyMatrix4(rig.bones[bone].matrixWorld);
}

function worldDir(rig: HandRig, bone: HandBone, v: Vec3, out: Vector3): Vector3 {
  return out.set(v[0], v[1], v[2]).transformDirection(rig.bones[bone].matrixWorld);
}

/**
 * The touching parts and capsules of a posed rig (call after `poseHand`; this updates the
 * rig's world matrices). `shape` is the shape the hand is in (for a blend, the one it is
 * closer to). Allocates: meant for checks, not for a frame loop.
 */
export function handParts(rig: HandRig, shape: HandShape): HandPartsResult {
  rig.updateMatrixWorld(true);
  const must = new Set(MUST_TOUCH[shape]);
  const parts: HandPart[] = PART_DEFS.map((d) => ({
    name: d.name,
    point: worldPoint(rig, d.bone, d.offset, new Vector3()),
    facing: worldDir(rig, d.bone, d.facing, new Vector3()),
    mustTouch: must.has(d.name),
  }));
  const palm: Capsule = {
    a: worldPoint(rig, 'palm', [0.002, 0.012, -0.0015], new Vector3()),
    b: worldPoint(rig, 'palm', [0.002, 0.082, -0.0015], new Vector3()),
    r: (G.palm.halfThicknessDorsal + G.palm.halfThicknessPalmar) / 2,
  };
  const wrist = worldPoint(rig, 'forearm', [0, 0, 0], new Vector3());
  const forearm: Capsule = {
    a: wrist.clone(),
    b: worldPoint(rig, 'forearm', [0, -G.forearm.length + 0.01, 0], new Vector3()),
    r: FOREARM_R,
  };
  const arm: Capsule = {
    a: wrist.clone(),
    b: worldPoint(rig, 'forearm', [0, -ARM_LENGTH_M, 0], new Vector3()),
    r: FOREARM_R + 0.008,
  };
  return {
    parts,
    palm,
    forearm,
    arm,
    palmNormal: worldDir(rig, 'palm', [0, 0, -1], new Vector3()),
    fingers: worldDir(rig, 'palm', [0, 1, 0], new Vector3()),
  };
}

/** Closest distance between two segments (for capsule–capsule checks). */
export function segmentDistance(p1: Vector3, q1: Vector3, p2: Vector3, q2: Vector3): number {
  const d1 = new Vector3().subVectors(q1, p1);
  const d2 = new Vector3().subVectors(q2, p2);
  const r = new Vector3().subVectors(p1, p2);
  const a = d1.dot(d1);
  const e = d2.dot(d2);
  const f = d2.dot(r);
  let s: number;
  let t: number;
  if (a <= 1e-12 && e <= 1e-12) return r.length();
  if (a <= 1e-12) {
    s = 0;
    t = Math.min(1, Math.max(0, f / e));
  } else {
    const c = d1.dot(r);
    if (e <= 1e-12) {
      t = 0;
      s = Math.min(1, Math.max(0, -c / a));
    } else {
      const b = d1.dot(d2);
      const den = a * e - b * b;
      s = den > 1e-12 ? Math.min(1, Math.max(0, (b * f - c * e) / den)) : 0;
      t = (b * s + f) / e;
      if (t < 0) {
        t = 0;
        s = Math.min(1, Math.max(0, -c / a));
      } else if (t > 1) {
        t = 1;
        s = Math.min(1, Math.max(0, (b - c) / a));
      }
    }
  }
  const c1 = new Vector3().copy(p1).addScaledVector(d1, s);
  const c2 = new Vector3().copy(p2).addScaledVector(d2, t);
  return c1.distanceTo(c2);
}
