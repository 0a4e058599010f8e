/**
 * The prone patient's arms rest on the table BESIDE the body (issue 10 follow-up): seen from
 * behind, no part of either arm may lie over the outline of the waist, hips or thighs, so the
 * hip and the greater trochanter (GB30 quiz) stay visible with table showing between.
 * Measured on the committed public/models/back.glb.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBodyPlan } from '../../../scripts/model/bodyPlan.ts';
import { loadStructureMesh } from '../../helpers/loadBackModel.ts';

/** Table that must show between the arm and the body, seen from behind (|x| gap, metres). */
const HIP_CLEARANCE = 0.03;
/** The same below the waist (from 10 cm above Tuffier's line down), slice by slice. */
const SLICE_CLEARANCE = 0.03;

const plan = computeBodyPlan();

/** Max |x| of the skin's (torso's) and min |x| of an arm's vertices on one side in y ∈ [y0, y1). */
function sideBand(P: Float32Array, side: 1 | -1, y0: number, y1: number): { min: number; max: number; n: number } {
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  for (let i = 0; i < P.length; i += 3) {
    const x = P[i]! * side;
    const y = P[i + 1]!;
    if (y < y0 || y >= y1 || x < 0) continue;
    n++;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  return { min, max, n };
}

describe('committed model: the arms lie beside the body, clear of the hips', () => {
  let skin: Float32Array;
  const arms: Record<string, Float32Array> = {};
  beforeAll(async () => {
    skin = (await loadStructureMesh('skin')).positions;
    for (const name of ['arm-left', 'arm-right']) arms[name] = (await loadStructureMesh(name)).positions;
  });

  it(`at the greater trochanters (±6 cm) each arm's inner edge lies ≥ ${HIP_CLEARANCE * 100} cm outside the hip's outline`, () => {
    const y = plan.trochanter.right[1];
    for (const [name, side] of [
      ['arm-left', -1],
      ['arm-right', 1],
    ] as const) {
      const torso = sideBand(skin, side, y - 0.06, y + 0.06);
      const arm = sideBand(arms[name]!, side, y - 0.06, y + 0.06);
      // The hand and wrist are there (not above or below the band).
      expect(arm.n, name).toBeGreaterThan(20);
      // The hips' half breadth at the trochanters is ≈ 18–19 cm.
      expect(torso.max).toBeGreaterThan(0.17);
      const gap = arm.min - torso.max;
      console.log(`${name}: trochanter band torso |x| ≤ ${torso.max.toFixed(3)} m, arm |x| ≥ ${arm.min.toFixed(3)} m, clearance ${(gap * 100).toFixed(1)} cm`);
      expect(gap, name).toBeGreaterThanOrEqual(HIP_CLEARANCE);
    }
  });

  it(`from the waist down, in every 2 cm slice, the arm lies ≥ ${SLICE_CLEARANCE * 100} cm outside the body`, () => {
    for (const [name, side] of [
      ['arm-left', -1],
      ['arm-right', 1],
    ] as const) {
      const P = arms[name]!;
      let lowest = Infinity;
      for (let i = 1; i < P.length; i += 3) lowest = Math.min(lowest, P[i]!);
      let worst = Infinity;
      let slices = 0;
      for (let y0 = lowest; y0 < 0.1; y0 += 0.02) {
        const arm = sideBand(P, side, y0, y0 + 0.02);
        if (arm.n === 0) continue;
        slices++;
        worst = Math.min(worst, arm.min - sideBand(skin, side, y0, y0 + 0.02).max);
      }
      // The arm reaches down beside the hip and the thigh (≈ 44 cm of it below the waist line).
      expect(slices, name).toBeGreaterThan(15);
      console.log(`${name}: smallest waist-to-hand clearance ${(worst * 100).toFixed(1)} cm over ${slices} slices`);
      expect(worst, name).toBeGreaterThanOrEqual(SLICE_CLEARANCE);
    }
  });
});
