/**
 * The whole back lying prone (issue 10): the parameter table against its sources, and the
 * committed model (public/models/back.glb, data/anatomy/landmarks.json) against the table.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL, UPPER_BODY, modelledLordosis, SEGMENTAL_LORDOSIS } from '../../../src/domain/anatomy/params';
import { PRONE_SUPPORT } from '../../../src/domain/anatomy/positions';
import { parseLandmarksFile } from '../../../src/domain/anatomy/parseLandmarks';
import type { Landmark } from '../../../src/domain/anatomy/types';
import { computeBodyPlan } from '../../../scripts/model/bodyPlan.ts';
import { ribPath } from '../../../scripts/model/boneFields.ts';
import { tableZ } from '../../../scripts/model/upperBody.ts';
import { LANDMARKS_PATH } from '../../../scripts/build-model.ts';
import { loadStructureMesh } from '../../helpers/loadBackModel.ts';

const file = parseLandmarksFile(JSON.parse(readFileSync(LANDMARKS_PATH, 'utf8')));
const all: Landmark[] = [...file.landmarks, ...(file.wholeBack ?? [])];
const lm = (id: string): Landmark => {
  const l = all.find((x) => x.id === id);
  if (!l) throw new Error(`landmark ${id} missing`);
  return l;
};
const plan = computeBodyPlan();

describe('UPPER_BODY parameters and their sources', () => {
  it('every parameter has a unit and a source', () => {
    for (const [k, p] of Object.entries(UPPER_BODY)) {
      expect(p.source.length, k).toBeGreaterThan(10);
      expect(['mm', 'deg', 'level', 'ratio']).toContain(p.unit);
    }
  });

  it('shoulder breadth lies in the ANSUR II range (37–41 cm), the back at the crests in 28–32 cm', () => {
    expect(UPPER_BODY.shoulderBreadth.value).toBeGreaterThanOrEqual(370);
    expect(UPPER_BODY.shoulderBreadth.value).toBeLessThanOrEqual(410);
    expect(UPPER_BODY.backWidthAtCrests.value).toBeGreaterThanOrEqual(280);
    expect(UPPER_BODY.backWidthAtCrests.value).toBeLessThanOrEqual(320);
  });

  it('the scapula sits at T2 / T3 / T7 with its medial border 5–8 cm from the midline (Sobush 1996)', () => {
    expect(UPPER_BODY.scapulaSuperiorAngleLevel.value).toBe('T2');
    expect(UPPER_BODY.scapulaSpineLevel.value).toBe('T3');
    expect(UPPER_BODY.scapulaInferiorAngleLevel.value).toBe('T7');
    expect(UPPER_BODY.scapulaMedialBorder.value).toBeGreaterThanOrEqual(50);
    expect(UPPER_BODY.scapulaMedialBorder.value).toBeLessThanOrEqual(80);
  });

  it('prone lordosis: within the standing range 50° ± 11°, and it is the curve the model is built with', () => {
    expect(Math.abs(UPPER_BODY.proneLordosis.value - GLOBAL.lumbarLordosis.value)).toBeLessThanOrEqual(11);
    const modelled = (Object.keys(SEGMENTAL_LORDOSIS) as (keyof typeof SEGMENTAL_LORDOSIS)[]).reduce((a, k) => a + modelledLordosis(k), 0);
    expect(modelled).toBeCloseTo(UPPER_BODY.proneLordosis.value, 9);
  });
});

describe('the body plan follows the table', () => {
  it('places the scapula at its levels and the acromia at the shoulder breadth', () => {
    const tip = (id: string) => plan.byId.get(id)!.spinousTip[1];
    expect(plan.scapula.superiorAngle[1]).toBeCloseTo(tip('T2'), 12);
    expect(plan.scapula.spineRoot[1]).toBeCloseTo(tip('T3'), 12);
    expect(plan.scapula.inferiorAngle[1]).toBeCloseTo(tip('T7'), 12);
    expect(plan.scapula.spineRoot[0]).toBeCloseTo(UPPER_BODY.scapulaMedialBorder.value / 1000, 12);
    // Skin over the acromion (≈ 12 mm) on both sides makes the biacromial breadth.
    expect(2 * plan.scapula.acromion[0] + 0.024).toBeCloseTo(UPPER_BODY.shoulderBreadth.value / 1000, 9);
    // C7 is the top of the chain, above the superior angle; the 12th rib's tip as tabulated.
    expect(plan.c7Tip[1]).toBeGreaterThan(plan.scapula.superiorAngle[1]);
    const rib = ribPath(plan, 12);
    const t12 = plan.byId.get('T12')!;
    expect(rib[rib.length - 1]![0]).toBeCloseTo(UPPER_BODY.rib12TipLateral.value / 1000, 12);
    expect(t12.center[1] - rib[rib.length - 1]![1]).toBeCloseTo(UPPER_BODY.rib12TipDrop.value / 1000, 12);
  });
});

describe('committed model: the whole back', () => {
  let skin: Float32Array;
  beforeAll(async () => {
    skin = (await loadStructureMesh('skin')).positions;
  });
  const band = (P: Float32Array, y0: number, y1: number, f: (x: number, z: number) => boolean = () => true) => {
    let maxAbsX = 0;
    let minZ = Infinity;
    for (let i = 0; i < P.length; i += 3) {
      const x = P[i]!;
      const y = P[i + 1]!;
      const z = P[i + 2]!;
      if (y < y0 || y > y1 || !f(x, z)) continue;
      maxAbsX = Math.max(maxAbsX, Math.abs(x));
      minZ = Math.min(minZ, z);
    }
    return { maxAbsX, minZ };
  };

  it('reaches from mid-thigh to the head (C7 on the skin, the head above it)', () => {
    let top = -Infinity;
    let bottom = Infinity;
    for (let i = 1; i < skin.length; i += 3) {
      top = Math.max(top, skin[i]!);
      bottom = Math.min(bottom, skin[i]!);
    }
    expect(top).toBeGreaterThan(lm('C7').skin[1] + 0.2);
    expect(bottom).toBeLessThan(-0.5);
  });

  it('the back at the crests is as wide as the table says (± 15 mm)', () => {
    const w = 2 * band(skin, -0.004, 0.004).maxAbsX;
    expect(Math.abs(w - UPPER_BODY.backWidthAtCrests.value / 1000)).toBeLessThan(0.015);
  });

  it('the shoulders: wider than the acromia by the deltoids (0–6 cm), not wider', () => {
    const ac = plan.scapula.acromion;
    const w = 2 * band(skin, ac[1] - 0.05, ac[1] + 0.02).maxAbsX;
    const b = UPPER_BODY.shoulderBreadth.value / 1000;
    expect(w).toBeGreaterThan(b);
    expect(w).toBeLessThan(b + 0.06);
  });

  it('the chest and thighs rest on the table (the prone supports lie on the front of the skin, ± 5 mm)', () => {
    const chest = band(skin, PRONE_SUPPORT.chest[1] - 0.01, PRONE_SUPPORT.chest[1] + 0.01, (x) => Math.abs(x) < 0.03).minZ;
    const thigh = band(skin, PRONE_SUPPORT.thigh[1] - 0.01, PRONE_SUPPORT.thigh[1] + 0.01).minZ;
    expect(Math.abs(chest - PRONE_SUPPORT.chest[2])).toBeLessThan(0.005);
    expect(Math.abs(thigh - PRONE_SUPPORT.thigh[2])).toBeLessThan(0.005);
  });

  it('the arms rest on the table: their lowest points within 6 mm of the table top, never floating or sunk deeper', async () => {
    for (const name of ['arm-left', 'arm-right']) {
      const P = (await loadStructureMesh(name)).positions;
      let gap = Infinity;
      for (let i = 0; i < P.length; i += 3) if (P[i + 1]! < 0.2) gap = Math.min(gap, P[i + 2]! - tableZ(P[i + 1]!));
      expect(gap, name).toBeGreaterThan(-0.006);
      expect(gap, name).toBeLessThan(0.006);
      let minX = Infinity;
      for (let i = 0; i < P.length; i += 3) if (P[i + 1]! < 0.1) minX = Math.min(minX, Math.abs(P[i]!));
      // Beside the lumbar region (below L1), clear of the flank (the waist is ≈ 13.5–15 cm out).
      expect(minX, name).toBeGreaterThan(0.16);
    }
  });

  it('the proportional back cun is measured on the model: midline → medial border of the scapula = 3 cun', () => {
    const cun = file.cun!;
    expect(cun).toBeDefined();
    const border = Math.abs(lm('scapula-medial-border-right').skin[0]);
    expect(border).toBeCloseTo(cun.medialBorderToMidline_m, 3);
    expect(cun.m * 3).toBeCloseTo(cun.medialBorderToMidline_m, 5);
    expect(cun.cm).toBeCloseTo(cun.m * 100, 2);
    // About a thumb's width (WHO: 1 cun ≈ the patient's thumb, ≈ 2 cm).
    expect(cun.cm).toBeGreaterThan(1.6);
    expect(cun.cm).toBeLessThan(2.7);
    expect(Math.abs(lm('scapula-medial-border-left').skin[0])).toBeCloseTo(border, 3);
  });

  it('keeps the lumbar-sacral skin where it was before the whole back (landmarks of the previous model, ± 1.5 mm)', () => {
    // Skin points of data/anatomy/landmarks.json at the last lumbar-only model (commit c2bb406).
    const before: Record<string, [number, number, number]> = {
      T10: [0, 0.173854, 0.105752],
      L2: [0, 0.07225, 0.103853],
      L4: [0, 0, 0.103175],
      S2: [0, -0.089258, 0.11154],
      'psis-right': [0.042, -0.089258, 0.12349],
      'iliac-crest-top-left': [-0.146633, 0.010854, 0.029508],
      coccyx: [0, -0.17458, 0.070819],
    };
    for (const [id, p] of Object.entries(before)) {
      const q = lm(id).skin;
      expect(Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]), id).toBeLessThan(0.0015);
    }
  });
});
