/**
 * Positions of the person (issue 10 §2): where the body lies and what supports it. Pure TS.
 *
 * The model, the motion engine, the oracle and `window.__handpath.project()/frame()` all work in
 * the body frame (types.ts: +Y up the spine, +Z out of the back, +X the person's right). A
 * position is a RIGID transform of that frame into the room, so hands that sit on the skin in
 * the body frame sit on it in every position.
 *
 * Room frame (three.js world): metres, +Y up, the floor at y = −TABLE_HEIGHT, the top of the
 * table's padding at y = 0. The table's long axis is Z: the head end at −Z, the foot end at +Z;
 * +X is the person's right when prone (a viewer at the foot end sees the back as in the standing
 * views). The therapist stands at either long side (±X), at the head end (−Z) or the foot end
 * (+Z).
 */
import type { Vec3 } from './types';

export const BODY_POSITIONS = ['prone', 'side-lying-left', 'side-lying-right', 'seated'] as const;
export type BodyPosition = (typeof BODY_POSITIONS)[number];
export const DEFAULT_POSITION: BodyPosition = 'prone';

/** Row-major 3×3 rotation. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

/** p_room = R · p_body + t. */
export interface RigidPose {
  rotation: Mat3;
  translation: Vec3;
}

/** An axis-aligned box in the room frame the camera must not look through. */
export interface SightBox {
  center: Vec3;
  /** Full sizes along X, Y, Z. */
  size: Vec3;
}

/** One piece of furniture, an axis-aligned rounded box in the room frame. */
export interface SupportPiece extends SightBox {
  kind: 'table-top' | 'table-frame' | 'leg' | 'face-cradle' | 'cradle-bar' | 'pillow' | 'chest-pad' | 'seat' | 'chair-frame';
  center: Vec3;
  /** Full sizes along X, Y, Z. */
  size: Vec3;
  /** Corner radius. */
  radius: number;
}

export interface BodyPose {
  position: BodyPosition;
  pose: RigidPose;
  /** The table, chair, pillows. */
  supports: SupportPiece[];
  /** The model's arms rest beside the body only when prone (a rigid pose cannot move them). */
  armsVisible: boolean;
  /** Room-frame direction the therapist sees the back from (for the "posterior" view). */
  backDir: Vec3;
}

// ---------------------------------------------------------------------------------------------
// Body-frame facts the poses rest on (measured on the generated model; a unit test checks them
// against public/models/back.glb).

/** Prone: the body lies on the front of the chest and of the thighs. */
export const PRONE_SUPPORT = {
  // The front of the skin there (−0.1275 and −0.0751 on the model) pressed ≈ 3 mm into the pad.
  chest: [0, 0.3, -0.1305] as Vec3,
  thigh: [0, -0.5, -0.078] as Vec3,
};
/** Side-lying: the lowest point of the side is the shoulder (|x| of the deltoid's outside). */
export const SIDE_SUPPORT_X = 0.222;
/** Height of the head's centre and its half breadth (pillow under the head when side-lying). */
export const HEAD = { centerY: 0.613, halfBreadth: 0.075, centerZ: -0.016 };

/** Where the model's thighs end (mid-thigh), body y. */
export const THIGH_END_Y = -0.545;

export const TABLE_HEIGHT = 0.72;
export const TABLE_WIDTH = 0.7;
const PAD = 0.06;

// ---------------------------------------------------------------------------------------------
// Small rigid-transform algebra

const I3: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export function rotX(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [1, 0, 0, 0, c, -s, 0, s, c];
}
export function rotY(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
}
export function rotZ(a: number): Mat3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}
export function mul3(a: Mat3, b: Mat3): Mat3 {
  const r: number[] = [];
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) r.push(a[i * 3]! * b[j]! + a[i * 3 + 1]! * b[3 + j]! + a[i * 3 + 2]! * b[6 + j]!);
  return r as unknown as Mat3;
}
export function rotate(m: Mat3, p: Vec3): [number, number, number] {
  return [
    m[0] * p[0] + m[1] * p[1] + m[2] * p[2],
    m[3] * p[0] + m[4] * p[1] + m[5] * p[2],
    m[6] * p[0] + m[7] * p[1] + m[8] * p[2],
  ];
}
export function transpose3(m: Mat3): Mat3 {
  return [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
}
/** Body frame → room frame. */
export function applyPose(pose: RigidPose, p: Vec3): [number, number, number] {
  const r = rotate(pose.rotation, p);
  return [r[0] + pose.translation[0], r[1] + pose.translation[1], r[2] + pose.translation[2]];
}
/** Room frame → body frame. */
export function invertPose(pose: RigidPose, p: Vec3): [number, number, number] {
  return rotate(transpose3(pose.rotation), [p[0] - pose.translation[0], p[1] - pose.translation[1], p[2] - pose.translation[2]]);
}
/** Column-major 4×4 (three.js Matrix4.fromArray / elements order). */
export function poseMatrix(pose: RigidPose): number[] {
  const m = pose.rotation;
  const t = pose.translation;
  return [m[0], m[3], m[6], 0, m[1], m[4], m[7], 0, m[2], m[5], m[8], 0, t[0], t[1], t[2], 1];
}

export const IDENTITY_POSE: RigidPose = { rotation: I3, translation: [0, 0, 0] };

// ---------------------------------------------------------------------------------------------

function tableSupports(headZ: number, footZ: number, withCradle: boolean, cradleZ: number, cradleY: number): SupportPiece[] {
  const len = footZ - headZ;
  const cz = (headZ + footZ) / 2;
  const out: SupportPiece[] = [
    { kind: 'table-top', center: [0, -PAD / 2, cz], size: [TABLE_WIDTH, PAD, len], radius: 0.025 },
    { kind: 'table-frame', center: [0, -PAD - 0.03, cz], size: [TABLE_WIDTH - 0.04, 0.06, len - 0.04], radius: 0.01 },
  ];
  const legH = TABLE_HEIGHT - PAD - 0.06;
  for (const sx of [-1, 1])
    for (const z of [headZ + 0.12, footZ - 0.12])
      out.push({ kind: 'leg', center: [sx * (TABLE_WIDTH / 2 - 0.07), -PAD - 0.06 - legH / 2, z], size: [0.05, legH, 0.05], radius: 0.012 });
  if (withCradle) {
    out.push({ kind: 'face-cradle', center: [0, cradleY - 0.03, cradleZ], size: [0.2, 0.06, 0.2], radius: 0.028 });
    for (const sx of [-1, 1])
      out.push({
        kind: 'cradle-bar',
        center: [sx * 0.07, (cradleY - 0.06 - PAD) / 2 - 0.02, (cradleZ + headZ) / 2],
        size: [0.025, 0.025, Math.abs(cradleZ - headZ) + 0.05],
        radius: 0.008,
      });
  }
  return out;
}

/**
 * The rigid transform that lays the body in `position`, and the furniture that carries it.
 * prone: face-down on the table, resting on the chest and thighs, the face in the face cradle,
 * the arms beside the body. side-lying-left/right: on that side, back towards the therapist at
 * the side of the table, a pillow under the head and one between the knees. seated: sitting,
 * leaning forward about 30° onto a chest pad with a face cradle (a massage chair).
 */
export function bodyPose(position: BodyPosition): BodyPose {
  switch (position) {
    case 'prone': {
      // Face down: body +Z (back) → room +Y, body +Y (head) → room −Z; then a small tilt about X
      // so that the chest and the thighs both rest on the table top.
      const down = rotX(-Math.PI / 2);
      const c = rotate(down, PRONE_SUPPORT.chest);
      const t = rotate(down, PRONE_SUPPORT.thigh);
      const tilt = Math.atan2(t[1] - c[1], t[2] - c[2]);
      const rotation = mul3(rotX(tilt), down);
      const c2 = rotate(rotation, PRONE_SUPPORT.chest);
      const pose: RigidPose = { rotation, translation: [0, -c2[1], 0] };
      const head = applyPose(pose, [0, HEAD.centerY, HEAD.centerZ]);
      const face = applyPose(pose, [0, HEAD.centerY, HEAD.centerZ - 0.1]);
      const shoulderEnd = applyPose(pose, [0, 0.47, -0.1])[2];
      return {
        position,
        pose,
        supports: tableSupports(shoulderEnd, shoulderEnd + 1.85, true, head[2], face[1]),
        armsVisible: true,
        backDir: [0, 1, 0],
      };
    }
    case 'side-lying-left':
    case 'side-lying-right': {
      // On the left side: body −X → room −Y (down), body +Y (head) → room −Z; the back faces
      // room −X. On the right side the mirror: body +X down, the back faces room +X.
      const s = position === 'side-lying-left' ? 1 : -1;
      const rotation = mul3(rotZ((s * Math.PI) / 2), rotX(-Math.PI / 2));
      // After rotX(−90°): body x stays x; rotZ(±90°) turns body −x (left) down for s = +1.
      const pose: RigidPose = { rotation, translation: [0, SIDE_SUPPORT_X - 0.01, 0] };
      const head = applyPose(pose, [0, HEAD.centerY, HEAD.centerZ]);
      const headLow = head[1] - HEAD.halfBreadth;
      // The model ends at mid-thigh (body y ≈ −0.54): the pillow lies just beyond that end,
      // where the knees would be, between them (not through the thighs).
      const knees = applyPose(pose, [0, THIGH_END_Y, 0]);
      const shoulderEnd = applyPose(pose, [0, 0.5, 0])[2];
      const supports = tableSupports(shoulderEnd - 0.25, shoulderEnd + 1.6, false, 0, 0);
      supports.push({ kind: 'pillow', center: [head[0], headLow / 2, head[2]], size: [0.42, headLow, 0.3], radius: 0.04 });
      // Between the knees (the model ends at mid-thigh: the pillow lies where the knees would be).
      supports.push({ kind: 'pillow', center: [knees[0], knees[1], knees[2] + 0.005 + 0.13], size: [0.2, 0.1, 0.26], radius: 0.04 });
      const back = rotate(rotation, [0, 0, 1]);
      return { position, pose, supports, armsVisible: false, backDir: back };
    }
    case 'seated': {
      // Upright, then leaning forward 30° (the head goes towards room −Z, the back faces up and
      // towards +Z): body +Z (back) → room +Z tilted up.
      const lean = (30 * Math.PI) / 180;
      const rotation = rotX(-lean);
      const hipLevel = -0.2; // body y of the seat (ischial tuberosities ≈ 0.235 below the crests)
      const pose: RigidPose = { rotation, translation: [0, -TABLE_HEIGHT + 0.5 - hipLevel, 0] };
      const chest = applyPose(pose, [0, 0.25, -0.135]);
      const padTop = chest[1] + 0.07;
      const padBack = chest[2] - 0.034;
      const head = applyPose(pose, [0, HEAD.centerY, HEAD.centerZ - 0.1]);
      // The body is rigid (no hip joint): its thighs continue the lean, down and back. A seat
      // under the buttocks went through them; the chair carries the thighs instead on a knee
      // block in front of their lower end (as a kneeling massage chair does), touching the
      // front of the thigh where it is lowest-forward, so nothing of the body goes through it.
      const thighFront = applyPose(pose, [0, -0.44, -0.079]);
      const floor = -TABLE_HEIGHT;
      const kneeTop = thighFront[1];
      const kneeBack = thighFront[2] - 0.004;
      const knee: SupportPiece = {
        kind: 'seat',
        center: [0, kneeTop - 0.07, kneeBack - 0.06],
        size: [0.36, 0.14, 0.12],
        radius: 0.03,
      };
      const supports: SupportPiece[] = [
        knee,
        {
          kind: 'chair-frame',
          center: [0, (kneeTop - 0.14 + floor) / 2, kneeBack - 0.06],
          size: [0.05, kneeTop - 0.14 - floor, 0.05],
          radius: 0.01,
        },
        // Upright-ish box against a chest leaning 30°: its top edge touches the front of the
        // chest (the most forward skin between its top and bottom, measured on the model: room
        // z −0.273 at the top, 7 cm below the chest point), the chest recedes below it.
        { kind: 'chest-pad', center: [0, padTop - 0.1, padBack - 0.05], size: [0.34, 0.2, 0.1], radius: 0.04 },
        { kind: 'face-cradle', center: [0, head[1] - 0.035, head[2] - 0.06], size: [0.2, 0.06, 0.2], radius: 0.028 },
        // The chair's arm rest below and in front of the chest pad: the forearms lie on it (the
        // posed arms of scripts/model/upperBody.ts, roomArmTargets('seated')).
        { kind: 'chest-pad', center: [0, -0.065, -0.48], size: [0.56, 0.06, 0.4], radius: 0.025 },
        {
          kind: 'chair-frame',
          center: [0, (padTop - 0.1 + floor) / 2, padBack - 0.125],
          size: [0.05, padTop - 0.1 - floor, 0.05],
          radius: 0.01,
        },
      ];
      return { position, pose, supports, armsVisible: false, backDir: rotate(rotation, [0, 0, 1]) };
    }
  }
}

/** The current position of a step (fall back to prone when the step or the technique says none). */
export function positionOf(value: unknown): BodyPosition {
  return typeof value === 'string' && (BODY_POSITIONS as readonly string[]).includes(value) ? (value as BodyPosition) : DEFAULT_POSITION;
}

/** What the scene needs of a technique to know its position (the "format" part owns the field). */
export interface PositionedTechnique {
  steps: readonly object[];
}

const fieldOf = (o: object | undefined): unknown => (o && 'position' in o ? (o as { position?: unknown }).position : undefined);

/**
 * The position a step is done in: the step's own `position`, else the technique's, else prone.
 * The scene calls this with the step being shown (`sceneHandles.stepIndex`).
 */
export function stepPosition(technique: PositionedTechnique | null, stepIndex: number): BodyPosition {
  if (!technique) return DEFAULT_POSITION;
  const step = stepIndex >= 0 ? technique.steps[stepIndex] : undefined;
  return positionOf(fieldOf(step) ?? fieldOf(technique));
}

/**
 * A camera preset of the body frame moved into the room with the body. Orbit controls cannot
 * look straight down (their polar limit), so a view closer than `minPolar` to the vertical is
 * tilted about its target towards the foot end (+Z) until it is `minPolar` from the vertical:
 * the "posterior" view of a prone body looks at the back from above and behind the feet.
 * Given the position's furniture, the view is then cleared of it (clearSight): a preset that
 * would look from under the table (the side-lying body's lower side) looks from above instead.
 */
export function poseView(
  view: { position: Vec3; target: Vec3 },
  pose: RigidPose,
  minPolar = (25 * Math.PI) / 180,
  supports: readonly SightBox[] = [],
): { position: [number, number, number]; target: [number, number, number] } {
  const target = applyPose(pose, view.target);
  let p = applyPose(pose, view.position);
  // Looking from below the furniture (a side under the body): mirror the view above it.
  if (supports.length > 0 && p[1] < target[1] && !sightClear(p, target, supports)) p = [p[0], 2 * target[1] - p[1], p[2]];
  return clearSight(tiltFromVertical(p, target, minPolar), target, supports);
}

function tiltFromVertical(p: [number, number, number], target: [number, number, number], minPolar: number): [number, number, number] {
  const d = [p[0] - target[0], p[1] - target[1], p[2] - target[2]];
  const len = Math.hypot(d[0]!, d[1]!, d[2]!);
  const polar = Math.acos(Math.max(-1, Math.min(1, d[1]! / len)));
  if (polar >= minPolar) return p;
  const h = Math.hypot(d[0]!, d[2]!);
  // Horizontal direction to tilt towards: the view's own sideways part, always on the foot-end
  // side (a view tilted towards the head end would show the back upside down: the close-up did).
  const hx = h > 1e-6 ? d[0]! / h : 0;
  const hz = h > 1e-6 ? Math.abs(d[2]! / h) : 1;
  return [target[0] + len * Math.sin(minPolar) * hx, target[1] + len * Math.cos(minPolar), target[2] + len * Math.sin(minPolar) * hz];
}

/** The floor's height in the room (TABLE_HEIGHT below the top of the table's padding). */
export const FLOOR_Y = -TABLE_HEIGHT;
/** How far above the floor a camera stays, metres. */
const CAMERA_FLOOR_CLEARANCE = 0.25;

/** Does the segment a→b pass through the support's box? (Slab test.) */
function segmentHits(a: Vec3, b: Vec3, s: SightBox): boolean {
  let t0 = 0;
  let t1 = 1;
  for (let k = 0; k < 3; k++) {
    const lo = s.center[k]! - s.size[k]! / 2;
    const hi = s.center[k]! + s.size[k]! / 2;
    const d = b[k]! - a[k]!;
    if (Math.abs(d) < 1e-12) {
      if (a[k]! < lo || a[k]! > hi) return false;
      continue;
    }
    let u = (lo - a[k]!) / d;
    let v = (hi - a[k]!) / d;
    if (u > v) [u, v] = [v, u];
    t0 = Math.max(t0, u);
    t1 = Math.min(t1, v);
    if (t0 > t1) return false;
  }
  return true;
}

/** Room round the shoulder joints the drawn shoulder caps and upper arms take, metres. */
const THERAPIST_SHOULDER_M = 0.12;

/**
 * The therapist's shoulders as something the camera must not look through: the room-frame box
 * round both shoulder joints (body frame in) grown by the sleeves' shoulder caps. Only the arms
 * are drawn (no torso or head), so only they can block the view. Not furniture: not drawn, only
 * passed to `clearSight` / `poseView` with the furniture.
 */
export function therapistOccluder(pose: RigidPose, shoulderL: Vec3, shoulderR: Vec3): SightBox {
  const lo: [number, number, number] = [Infinity, Infinity, Infinity];
  const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const q of [applyPose(pose, shoulderL), applyPose(pose, shoulderR)]) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, q[k]! - THERAPIST_SHOULDER_M);
      hi[k] = Math.max(hi[k]!, q[k]! + THERAPIST_SHOULDER_M);
    }
  }
  return {
    center: [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2],
    size: [hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]],
  };
}

/** The camera above the floor and nothing of the furniture between it and the target. */
export function sightClear(camera: Vec3, target: Vec3, supports: readonly SightBox[]): boolean {
  if (camera[1] < FLOOR_Y + CAMERA_FLOOR_CLEARANCE) return false;
  for (const s of supports) if (segmentHits(camera, target, s)) return false;
  return true;
}

/**
 * A camera whose sight of the target is blocked by the furniture (or that stands too low) is
 * raised about the target — same distance, same compass direction, 5° higher at a time (at
 * most to 15° off the vertical) — until it sees the target clearly. Pure.
 */
export function clearSight(
  camera: Vec3,
  target: Vec3,
  supports: readonly SightBox[],
): { position: [number, number, number]; target: [number, number, number] } {
  if (supports.length === 0 || sightClear(camera, target, supports))
    return { position: [camera[0], camera[1], camera[2]], target: [target[0], target[1], target[2]] };
  const d = [camera[0] - target[0], camera[1] - target[1], camera[2] - target[2]];
  const len = Math.hypot(d[0]!, d[1]!, d[2]!);
  const h = Math.hypot(d[0]!, d[2]!);
  const hx = h > 1e-6 ? d[0]! / h : 0;
  const hz = h > 1e-6 ? d[2]! / h : 1;
  const elev0 = Math.asin(Math.max(-1, Math.min(1, d[1]! / len)));
  const top = (75 * Math.PI) / 180;
  const deg = Math.PI / 180;
  let p: [number, number, number] = [camera[0], camera[1], camera[2]];
  // First raise the camera over what is in the way (5° at a time); if that is not enough (someone
  // standing right behind the target), also swing it round the target, nearest swing first.
  let first: [number, number, number] | null = null;
  for (const swing of [0, 20, -20, 40, -40, 60, -60, 90, -90]) {
    const c = Math.cos(swing * deg);
    const sn = Math.sin(swing * deg);
    const ax = hx * c - hz * sn;
    const az = hx * sn + hz * c;
    let elev = elev0;
    while (elev < top) {
      elev = Math.min(top, elev + 5 * deg);
      p = [target[0] + len * Math.cos(elev) * ax, target[1] + len * Math.sin(elev), target[2] + len * Math.cos(elev) * az];
      if (sightClear(p, target, supports)) return { position: p, target: [target[0], target[1], target[2]] };
    }
    first ??= p;
  }
  // Nothing clears it (the therapist leaning right over the target): as high as allowed, unswung.
  return { position: first ?? p, target: [target[0], target[1], target[2]] };
}

/** A body-frame box moved into the room with the body (the box of its 8 moved corners). */
export function poseBox(
  pose: RigidPose,
  box: { min: Vec3; max: Vec3 },
): { min: [number, number, number]; max: [number, number, number] } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let c = 0; c < 8; c++) {
    const p = applyPose(pose, [c & 1 ? box.max[0] : box.min[0], c & 2 ? box.max[1] : box.min[1], c & 4 ? box.max[2] : box.min[2]]);
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, p[k]!);
      max[k] = Math.max(max[k]!, p[k]!);
    }
  }
  return { min, max };
}
