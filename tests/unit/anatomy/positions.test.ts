import { describe, expect, it } from 'vitest';
import {
  BODY_POSITIONS,
  PRONE_SUPPORT,
  SIDE_SUPPORT_X,
  applyPose,
  bodyPose,
  invertPose,
  poseMatrix,
  poseView,
  positionOf,
  rotate,
  stepPosition,
  type Mat3,
} from '../../../src/domain/anatomy/positions';
import type { Vec3 } from '../../../src/domain/anatomy/types';

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const det = (m: Mat3) =>
  m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('bodyPose: rigid transforms of the body frame into the room', () => {
  for (const position of BODY_POSITIONS) {
    it(`${position}: a proper rotation (orthonormal, det +1) that keeps distances and inverts exactly`, () => {
      const { pose } = bodyPose(position);
      const m = pose.rotation;
      expect(det(m)).toBeCloseTo(1, 12);
      for (const [a, b] of [
        [[1, 0, 0], [0, 1, 0]],
        [[0, 1, 0], [0, 0, 1]],
        [[1, 0, 0], [0, 0, 1]],
      ] as [Vec3, Vec3][]) {
        expect(dot(rotate(m, a), rotate(m, b))).toBeCloseTo(0, 12);
        expect(Math.hypot(...rotate(m, a))).toBeCloseTo(1, 12);
      }
      // A hand 3 mm off the skin stays 3 mm off it: distances are kept.
      const skin: Vec3 = [0.04, 0.05, 0.11];
      const hand: Vec3 = [0.04, 0.05, 0.113];
      expect(dist(applyPose(pose, skin), applyPose(pose, hand))).toBeCloseTo(0.003, 12);
      const back = invertPose(pose, applyPose(pose, skin));
      expect(dist(back, skin)).toBeLessThan(1e-12);
      // The column-major matrix says the same as applyPose.
      const e = poseMatrix(pose);
      const p = applyPose(pose, skin);
      const q = [0, 1, 2].map((r) => e[r]! * skin[0] + e[4 + r]! * skin[1] + e[8 + r]! * skin[2] + e[12 + r]!);
      expect(dist(p, q as unknown as Vec3)).toBeLessThan(1e-12);
    });
  }

  it('prone: the back faces up, the head towards the head end (−Z), chest and thighs rest on the table top (y = 0)', () => {
    const b = bodyPose('prone');
    expect(rotate(b.pose.rotation, [0, 0, 1])[1]).toBeGreaterThan(0.99);
    expect(rotate(b.pose.rotation, [0, 1, 0])[2]).toBeLessThan(-0.99);
    // The person's right stays room +X (seen from the foot end as in the standing views).
    expect(rotate(b.pose.rotation, [1, 0, 0])[0]).toBeCloseTo(1, 12);
    expect(applyPose(b.pose, PRONE_SUPPORT.chest)[1]).toBeCloseTo(0, 12);
    expect(applyPose(b.pose, PRONE_SUPPORT.thigh)[1]).toBeCloseTo(0, 12);
    // The lumbar skin lies above the table, the table's padded top ends at y = 0.
    expect(applyPose(b.pose, [0, 0.04, 0.1])[1]).toBeGreaterThan(0.18);
    const top = b.supports.find((s) => s.kind === 'table-top')!;
    expect(top.center[1] + top.size[1] / 2).toBeCloseTo(0, 12);
    expect(b.armsVisible).toBe(true);
    // The face cradle lies under the face, beyond the head end of the table top.
    const cradle = b.supports.find((s) => s.kind === 'face-cradle')!;
    const head = applyPose(b.pose, [0, 0.613, -0.016]);
    expect(Math.abs(cradle.center[2] - head[2])).toBeLessThan(0.02);
    expect(cradle.center[1]).toBeLessThan(head[1]);
    expect(cradle.center[2]).toBeLessThan(top.center[2] - top.size[2] / 2);
  });

  it('side-lying: on the named side (that side down), the back towards a long side of the table, pillows at head and knees', () => {
    const left = bodyPose('side-lying-left');
    const right = bodyPose('side-lying-right');
    expect(rotate(left.pose.rotation, [-1, 0, 0])[1]).toBeCloseTo(1 * -1, 12);
    expect(rotate(right.pose.rotation, [1, 0, 0])[1]).toBeCloseTo(-1, 12);
    expect(Math.abs(left.backDir[0])).toBeCloseTo(1, 12);
    expect(left.backDir[0]).toBeCloseTo(-right.backDir[0], 12);
    // The shoulder rests on the padding (1 cm into it), nothing of the torso under the table.
    expect(applyPose(left.pose, [-SIDE_SUPPORT_X, 0.38, 0])[1]).toBeCloseTo(-0.01, 12);
    expect(left.supports.filter((s) => s.kind === 'pillow')).toHaveLength(2);
    expect(left.armsVisible).toBe(false);
  });

  it('seated: leaning forward 30° onto a chest pad, the back facing up and behind', () => {
    const s = bodyPose('seated');
    const up = rotate(s.pose.rotation, [0, 1, 0]);
    expect(up[1]).toBeCloseTo(Math.cos(Math.PI / 6), 12);
    expect(up[2]).toBeLessThan(0);
    expect(s.backDir[1]).toBeGreaterThan(0.4);
    expect(s.backDir[2]).toBeGreaterThan(0.8);
    expect(s.supports.map((x) => x.kind)).toEqual(expect.arrayContaining(['seat', 'chest-pad', 'face-cradle']));
  });
});

describe('stepPosition / positionOf', () => {
  it('reads the step, then the technique, then falls back to prone; unknown values are prone', () => {
    const t = { position: 'seated', steps: [{ position: 'side-lying-left' }, {}, { position: 'upside-down' }] };
    expect(stepPosition(t, 0)).toBe('side-lying-left');
    expect(stepPosition(t, 1)).toBe('seated');
    expect(stepPosition(t, 2)).toBe('prone');
    expect(stepPosition({ steps: [{}] }, 0)).toBe('prone');
    expect(stepPosition(null, 0)).toBe('prone');
    expect(stepPosition(t, -1)).toBe('seated');
    expect(positionOf('side-lying-right')).toBe('side-lying-right');
    expect(positionOf(3)).toBe('prone');
  });
});

describe('poseView: camera presets follow the position', () => {
  it('the posterior view of a prone body looks down at the back from behind the feet, ≥ 25° off the vertical', () => {
    const pose = bodyPose('prone').pose;
    const v = poseView({ position: [0, 0, 1.45], target: [0, 0, 0] }, pose);
    const d: Vec3 = [v.position[0] - v.target[0], v.position[1] - v.target[1], v.position[2] - v.target[2]];
    const len = Math.hypot(...d);
    expect(len).toBeCloseTo(1.45, 9);
    expect(Math.acos(d[1] / len)).toBeCloseTo((25 * Math.PI) / 180, 9);
    expect(d[2]).toBeGreaterThan(0); // towards the foot end
    expect(dist(v.target, applyPose(pose, [0, 0, 0]))).toBeLessThan(1e-12);
  });

  it('a side view stays as posed (horizontal, not tilted)', () => {
    const pose = bodyPose('prone').pose;
    const v = poseView({ position: [-1.4, 0, 0.1], target: [0, 0, 0] }, pose);
    expect(dist(v.position, applyPose(pose, [-1.4, 0, 0.1]))).toBeLessThan(1e-12);
  });
});
