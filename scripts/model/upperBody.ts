/**
 * Shapes of the whole back added for issue 10: the arms resting beside the body on the table
 * (their own nodes, so the motion engine's skin stays the torso) and the shoulder blades.
 */
import { UPPER_BODY } from '../../src/domain/anatomy/params.ts';
import { PRONE_SUPPORT } from '../../src/domain/anatomy/positions.ts';
import type { BoneShape } from './boneFields.ts';
import type { BodyPlan } from './bodyPlan.ts';
import { cone, ellipsoid, smax, smin, type Field } from './sdf.ts';
import { triangle2d } from './skinField.ts';
import type { V3 } from './vec.ts';

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
