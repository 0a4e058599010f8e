/**
 * Shapes of the whole back added for issue 10: the arms resting beside the body on the table
 * (their own nodes, so the motion engine's skin stays the torso) and the shoulder blades.
 */
import { UPPER_BODY } from '../../src/domain/anatomy/params.ts';
import {
  bodyPose,
  invertPose,
  PRONE_SUPPORT,
  rotate,
  transpose3,
  type BodyPose,
  type BodyPosition,
} from '../../src/domain/anatomy/positions.ts';
import type { BoneShape } from './boneFields.ts';
import type { BodyPlan } from './bodyPlan.ts';
import { cone, ellipsoid, roundBox, smax, smin, type Field } from './sdf.ts';
import { triangle2d } from './skinField.ts';
import { cross, dot, len, normalize, sub, type V3 } from './vec.ts';

const MM = 0.001;

/**
 * Table plane of the prone pose in the body frame: z of the table top at height y. The body lies
 * on the front of the chest and of the thighs (the two supports of bodyPose('prone') in
 * src/domain/anatomy/positions.ts), so the plane runs through both.
 */
export function tableZ(y: number): number {
  const { chest, thigh } = PRONE_SUPPORT;
  return chest[2] + ((y - chest[1]) * (thigh[2] - chest[2])) / (thigh[1] - chest[1]);
}

/**
 * Lateral placement of the resting arm (|x| of the joint centres, metres). The arm hangs from the
 * shoulder abducted ≈ 9° so that it lies on the table BESIDE the body, not on the flank or the
 * side of the buttock: from behind, a strip of table shows between the forearm/hand and the hip,
 * so the greater trochanter and the hip's outline stay visible (issue 10; the GB30 quiz marks the
 * trochanter). The skin's widest point at the trochanters is |x| ≈ 0.187; the hand's inner edge
 * lies ≈ 4 cm outside it and its outer edge ≈ 4 cm inside the table's edge (TABLE_WIDTH 0.70).
 */
export const ARM_REST_X = { elbow: 0.24, wrist: 0.264, handEnd: 0.27 } as const;

/**
 * Key points of one arm (side +1 right, −1 left), resting flat on the table beside the body
 * (the hand a flat pad at thigh level, its back or palm on the table: the shape does not tell).
 */
export function armPoints(plan: BodyPlan, side: 1 | -1): { shoulder: V3; elbow: V3; wrist: V3; handEnd: V3 } {
  const ac = plan.scapula.acromion;
  const shoulder: V3 = [side * (ac[0] - 0.01), ac[1] - 0.03, -0.02];
  const ua = UPPER_BODY.upperArmLength.value * MM;
  const fa = UPPER_BODY.forearmLength.value * MM;
  const hl = UPPER_BODY.handLength.value * MM;
  // Down beside the body, out from it, resting on the table (centre = table + radius).
  const elbowY = shoulder[1] - ua * 0.99;
  const elbow: V3 = [side * ARM_REST_X.elbow, elbowY, tableZ(elbowY) + 0.045];
  const wristY = elbowY - fa * 0.995;
  const wrist: V3 = [side * ARM_REST_X.wrist, wristY, tableZ(wristY) + 0.034];
  const handY = wristY - hl;
  const handEnd: V3 = [side * ARM_REST_X.handEnd, handY, tableZ(handY) + 0.02];
  return { shoulder, elbow, wrist, handEnd };
}

export function armShape(plan: BodyPlan, side: 1 | -1): BoneShape {
  const { shoulder, elbow, wrist, handEnd } = armPoints(plan, side);
  const handC: V3 = [(wrist[0] + handEnd[0]) / 2, (wrist[1] + handEnd[1]) / 2 + 0.01, (wrist[2] + handEnd[2]) / 2 - 0.004];
  const field: Field = (x, y, z) => {
    const upperArm = cone(x, y, z, shoulder, elbow, 0.05, 0.037);
    // Biceps/triceps bulk on the upper arm, the forearm flexor mass near the elbow.
    const bulk = ellipsoid(x - (shoulder[0] + elbow[0]) / 2, y - (shoulder[1] * 0.45 + elbow[1] * 0.55), z - (shoulder[2] + elbow[2]) / 2, [0.043, 0.12, 0.047]);
    const forearm = cone(x, y, z, elbow, wrist, 0.036, 0.025);
    const flexor = ellipsoid(x - elbow[0] - side * 0.002, y - elbow[1] + 0.07, z - elbow[2], [0.038, 0.1, 0.033]);
    // Flat on the table: the hand's width lies across (x), its thickness up (z).
    const hand = ellipsoid(x - handC[0], y - handC[1], z - handC[2], [0.043, 0.088, 0.016]);
    let d = smin(upperArm, bulk, 0.03);
    d = smin(d, forearm, 0.03);
    d = smin(d, flexor, 0.025);
    d = smin(d, hand, 0.025);
    // Keep the arm off the torso's shoulder top (it starts inside the shoulder cap).
    return smax(d, y - (shoulder[1] + 0.02), 0.02);
  };
  const xs = [shoulder[0], elbow[0], wrist[0], handEnd[0]];
  return {
    field,
    min: [Math.min(...xs) - 0.07, handEnd[1] - 0.04, -0.16],
    max: [Math.max(...xs) + 0.07, shoulder[1] + 0.06, 0.05],
  };
}

/**
 * One shoulder blade: a thin plate under the skin (following the back's height field) between
 * the superior, inferior and lateral angles, with the spine of the scapula as a ridge out to the
 * acromion.
 */
export function scapulaShape(plan: BodyPlan, side: 1 | -1, backHeight: (x: number, y: number) => number): BoneShape {
  const sc = plan.scapula;
  const field: Field = (x, y, z) => {
    const ax = x * side;
    if (ax < 0.02) return 0.05;
    const h = backHeight(x, y) - 0.015;
    const t = triangle2d(ax, y, sc.superiorAngle, sc.inferiorAngle, sc.lateralAngle);
    // Thicker at the lateral border and the glenoid.
    const thick = 0.0022 + 0.004 * Math.max(0, (ax - sc.spineRoot[0]) / (sc.lateralAngle[0] - sc.spineRoot[0]));
    const plate = smax(t - 0.002, Math.abs(z - h) - thick, 0.002);
    const spine = cone(ax, y, z, [sc.spineRoot[0], sc.spineRoot[1], backHeight(side * sc.spineRoot[0], sc.spineRoot[1]) - 0.012], [sc.acromion[0] - 0.01, sc.acromion[1], backHeight(side * sc.acromion[0], sc.acromion[1]) - 0.02], 0.0035, 0.008);
    return smin(plate, spine, 0.006);
  };
  const xs = [sc.superiorAngle[0], sc.inferiorAngle[0], sc.lateralAngle[0], sc.acromion[0]].map((v) => v * side);
  return {
    field,
    min: [Math.min(...xs) - 0.02, sc.inferiorAngle[1] - 0.02, -0.06],
    max: [Math.max(...xs) + 0.02, sc.acromion[1] + 0.03, 0.14],
  };
}

// ---------------------------------------------------------------------------------------------
// The arms of the other positions (issue 10 §2): a rigid pose cannot move the prone arms, so the
// generator emits one more pair of arm nodes per position, `arm-<side>-<position>`, and the scene
// shows the pair of the current position. The joints are placed in the ROOM frame of that
// position (where the table, pillows and chair are, src/domain/anatomy/positions.ts) and carried
// back into the body frame, so that after bodyPose() the arm rests on its support.

/** The positions with their own arm nodes. */
export const POSED_ARM_POSITIONS = ['side-lying-left', 'side-lying-right', 'seated'] as const satisfies readonly BodyPosition[];
export type PosedArmPosition = (typeof POSED_ARM_POSITIONS)[number];

export interface ArmJoints {
  shoulder: V3;
  elbow: V3;
  wrist: V3;
  handEnd: V3;
}

/**
 * Room-frame joint targets (elbow, wrist, end of the hand) of one arm, side +1 right / −1 left.
 * Heights are the centre lines: the radius of the limb above the support it rests on.
 *  side-lying-left (left side down, the front of the body towards room +X, the head at −Z):
 *    lower (left) arm: the upper arm forward across the table, the forearm and hand along the
 *      table in front of the chest and belly (towards the feet);
 *    upper (right) arm: forward and down over the chest, the forearm down to the table in front
 *      of the chest, the hand flat on the table towards the head end, beside the head pillow.
 *  side-lying-right: the mirror (room X flipped, the right arm is the lower one).
 *  seated (leaning 30° forward onto the chest pad of a massage chair): the upper arms hang
 *    forward-down beside the chest pad, the forearms lie on the chair's arm rest in front of and
 *    below the chest pad, the hands side by side near its front edge.
 */
export function roomArmTargets(position: PosedArmPosition, side: 1 | -1): { elbow: V3; wrist: V3; handEnd: V3 } {
  if (position === 'seated') {
    return {
      elbow: [side * 0.25, 0.0, -0.3],
      wrist: [side * 0.12, -0.008, -0.52],
      handEnd: [side * 0.06, -0.018, -0.66],
    };
  }
  // Canonical side-lying-left; side-lying-right mirrors room X (and which arm is lower).
  const m = position === 'side-lying-left' ? 1 : -1;
  const lower = position === 'side-lying-left' ? side === -1 : side === 1;
  const t = lower
    ? { elbow: [0.31, 0.042, -0.32], wrist: [0.3, 0.03, -0.07], handEnd: [0.29, 0.018, 0.11] }
    : { elbow: [0.3, 0.28, -0.42], wrist: [0.29, 0.03, -0.56], handEnd: [0.28, 0.018, -0.71] };
  const f = (p: number[]): V3 => [m * p[0]!, p[1]!, p[2]!];
  return { elbow: f(t.elbow), wrist: f(t.wrist), handEnd: f(t.handEnd) };
}

/** Body-frame joints of one arm in `position` (the shoulder as in the prone arm). */
export function posedArmPoints(plan: BodyPlan, side: 1 | -1, position: PosedArmPosition): ArmJoints {
  const { pose } = bodyPose(position);
  const t = roomArmTargets(position, side);
  return {
    shoulder: armPoints(plan, side).shoulder,
    elbow: invertPose(pose, t.elbow),
    wrist: invertPose(pose, t.wrist),
    handEnd: invertPose(pose, t.handEnd),
  };
}

/** A spheroid along the segment a→b: radius r across, half length l along, centred at c. */
function spheroid(x: number, y: number, z: number, c: V3, axis: V3, r: number, l: number): number {
  const px = x - c[0];
  const py = y - c[1];
  const pz = z - c[2];
  const along = px * axis[0] + py * axis[1] + pz * axis[2];
  const rad = Math.sqrt(Math.max(0, px * px + py * py + pz * pz - along * along));
  return ellipsoid(rad, along, 0, [r, l, r]);
}

const mid = (a: V3, b: V3, t: number): V3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/**
 * The arm of `position` (same limbs as armShape, with the muscle bulks and the flat hand
 * oriented along the limbs), clipped so that nothing of it enters the position's furniture: where
 * it rests, the soft arm is flattened on the support rather than sunk into it.
 */
export function posedArmShape(plan: BodyPlan, side: 1 | -1, position: PosedArmPosition): BoneShape {
  const bp: BodyPose = bodyPose(position);
  const { shoulder, elbow, wrist, handEnd } = posedArmPoints(plan, side, position);
  const R = bp.pose.rotation;
  const T = bp.pose.translation;
  const upperAxis = normalize(sub(elbow, shoulder));
  const foreAxis = normalize(sub(wrist, elbow));
  const handAxis = normalize(sub(handEnd, wrist));
  // The hand lies flat on its support: its thickness along the room's up, carried into the body.
  const upRoom = rotate(transpose3(R), [0, 1, 0]);
  const upRaw: V3 = [upRoom[0], upRoom[1], upRoom[2]];
  const handUp = normalize(sub(upRaw, [handAxis[0] * dot(upRaw, handAxis), handAxis[1] * dot(upRaw, handAxis), handAxis[2] * dot(upRaw, handAxis)]));
  const handAcross = normalize(cross(handAxis, handUp));
  const handC = mid(wrist, handEnd, 0.5);
  const bulkC = mid(shoulder, elbow, 0.55);
  const flexC = mid(elbow, wrist, 0.28);
  const ua = len(sub(elbow, shoulder));
  const fa = len(sub(wrist, elbow));
  const hl = len(sub(handEnd, wrist));
  const joints = [shoulder, elbow, wrist, handEnd];
  const min: V3 = [0, 0, 0];
  const max: V3 = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    min[k] = Math.min(...joints.map((p) => p[k]!)) - 0.07;
    max[k] = Math.max(...joints.map((p) => p[k]!)) + 0.07;
  }
  // Only the furniture near the arm can clip it.
  const near = bp.supports.filter((s) => {
    let lo = [Infinity, Infinity, Infinity];
    let hi = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < 8; i++) {
      const p: V3 = [i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]];
      const r = rotate(R, p);
      lo = lo.map((v, k) => Math.min(v, r[k]! + T[k]!));
      hi = hi.map((v, k) => Math.max(v, r[k]! + T[k]!));
    }
    return [0, 1, 2].every((k) => s.center[k]! + s.size[k]! / 2 > lo[k]! && s.center[k]! - s.size[k]! / 2 < hi[k]!);
  });
  const boxes = near.map((s) => ({ c: s.center, h: [s.size[0] / 2, s.size[1] / 2, s.size[2] / 2] as V3, r: s.radius }));
  const field: Field = (x, y, z) => {
    const upperArm = cone(x, y, z, shoulder, elbow, 0.05, 0.037);
    const bulk = spheroid(x, y, z, bulkC, upperAxis, 0.045, Math.min(0.12, ua * 0.4));
    const forearm = cone(x, y, z, elbow, wrist, 0.036, 0.025);
    const flexor = spheroid(x, y, z, flexC, foreAxis, 0.036, Math.min(0.1, fa * 0.4));
    const px = x - handC[0];
    const py = y - handC[1];
    const pz = z - handC[2];
    const hand = ellipsoid(
      px * handAcross[0] + py * handAcross[1] + pz * handAcross[2],
      px * handAxis[0] + py * handAxis[1] + pz * handAxis[2],
      px * handUp[0] + py * handUp[1] + pz * handUp[2],
      [0.043, Math.max(0.07, hl * 0.6), 0.016],
    );
    let d = smin(upperArm, bulk, 0.03);
    d = smin(d, forearm, 0.03);
    d = smin(d, flexor, 0.025);
    d = smin(d, hand, 0.025);
    // Keep the arm off the torso's shoulder top, near the shoulder only (a forearm may reach
    // past the head end of the shoulder, as the side-lying upper arm's does).
    const cap = Math.max(shoulder[1] + 0.02 - y, Math.hypot(x - shoulder[0], y - shoulder[1], z - shoulder[2]) - 0.12);
    d = smax(d, -cap, 0.02);
    if (d > 0.02) return d;
    // Room point of (x, y, z): the furniture cuts the arm where it rests.
    const rx = R[0] * x + R[1] * y + R[2] * z + T[0];
    const ry = R[3] * x + R[4] * y + R[5] * z + T[1];
    const rz = R[6] * x + R[7] * y + R[8] * z + T[2];
    for (const b of boxes) d = smax(d, -roundBox(rx - b.c[0], ry - b.c[1], rz - b.c[2], b.h, b.r), 0.004);
    return d;
  };
  return { field, min, max };
}
