import { describe, expect, it } from 'vitest';
import {
  ANATOMY_PARAMS,
  DISC_HEIGHTS,
  GLOBAL,
  INTERSPINOUS_GAPS,
  SEGMENTAL_LORDOSIS,
  VERTEBRAE,
  modelledLordosis,
} from '../../../src/domain/anatomy/params.ts';
import { computeBodyPlan } from '../../../scripts/model/bodyPlan.ts';

describe('anatomy parameter table', () => {
  it('every entry carries a unit and a source', () => {
    const walk = (o: unknown, path: string): void => {
      if (o && typeof o === 'object' && 'value' in o) {
        const e = o as { unit?: unknown; source?: unknown };
        expect(typeof e.unit, path).toBe('string');
        expect(typeof e.source === 'string' && e.source.length > 5, path).toBe(true);
        return;
      }
      if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(ANATOMY_PARAMS, 'params');
  });

  it('lumbar vertebral bodies grow from L1 to L5 (anterior height)', () => {
    const h = (['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((l) => VERTEBRAE[l].anteriorHeight.value);
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeGreaterThan(h[i - 1] as number);
    expect(VERTEBRAE.L1.anteriorHeight.value).toBeCloseTo(27, 0);
    expect(VERTEBRAE.L5.anteriorHeight.value).toBeCloseTo(30, 0);
    expect(VERTEBRAE.L5.posteriorHeight.value).toBeCloseTo(26, 0);
    expect(VERTEBRAE.L5.endplateDepth.value).toBeCloseTo(36, 0);
  });

  it('the L4/5 disc is the tallest and taller than L1/2; heights in published ranges', () => {
    expect(DISC_HEIGHTS['L4/L5'].value).toBeGreaterThan(DISC_HEIGHTS['L1/L2'].value);
    const lumbar = ['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'] as const;
    for (const d of lumbar) expect(DISC_HEIGHTS[d].value).toBeLessThanOrEqual(DISC_HEIGHTS['L4/L5'].value);
    expect(DISC_HEIGHTS['L1/L2'].value).toBeGreaterThanOrEqual(6);
    expect(DISC_HEIGHTS['L1/L2'].value).toBeLessThanOrEqual(11);
    expect(DISC_HEIGHTS['L5/S1'].value).toBeGreaterThanOrEqual(7);
    expect(DISC_HEIGHTS['L5/S1'].value).toBeLessThanOrEqual(13);
  });

  it('interspinous gaps follow the table (12 mm at L2-3, 8 mm at L5-S1)', () => {
    expect(INTERSPINOUS_GAPS.L2.value).toBe(12);
    expect(INTERSPINOUS_GAPS.L5.value).toBe(8);
  });

  it('segmental lordosis keeps its published distribution, most of it at the bottom', () => {
    expect(SEGMENTAL_LORDOSIS['L5/S1'].value).toBe(32);
    const segs = ['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'] as const;
    const m = segs.map((s) => modelledLordosis(s));
    for (let i = 1; i < m.length; i++) expect(m[i]).toBeGreaterThan(m[i - 1] as number);
  });
});

describe('body plan built from the table', () => {
  const plan = computeBodyPlan();
  const deg = (r: number): number => (r * 180) / Math.PI;

  it('total lumbar lordosis (L1 upper endplate to S1 endplate) is within 40–60°', () => {
    const l1 = plan.byId.get('L1');
    expect(l1).toBeDefined();
    // The S1 endplate is tilted forward by the sacral slope; lordosis = L1 tilt − S1 tilt.
    const s1Phi = -GLOBAL.sacralSlope.value;
    const lordosis = deg(l1?.phi ?? 0) - s1Phi;
    expect(lordosis).toBeCloseTo(GLOBAL.lumbarLordosis.value, 6);
    expect(lordosis).toBeGreaterThanOrEqual(40);
    expect(lordosis).toBeLessThanOrEqual(60);
  });

  it("L4 sits on Tuffier's line (the iliac crest tops) within a few mm", () => {
    const l4 = plan.byId.get('L4');
    expect(l4).toBeDefined();
    expect(Math.abs((l4?.spinousTip[1] ?? 1) - plan.crestTop.left[1])).toBeLessThan(0.004);
    expect(Math.abs((l4?.center[1] ?? 1) - plan.tuffierY)).toBeLessThan(0.015);
  });

  it('PSIS lie at the level of S2 and 3–5 cm off the midline', () => {
    const s2 = plan.sacralTubercles[1];
    expect(s2).toBeDefined();
    expect(Math.abs(plan.psis.left[1] - (s2?.[1] ?? 0))).toBeLessThan(0.003);
    expect(plan.psis.right[0]).toBeGreaterThan(0.03);
    expect(plan.psis.right[0]).toBeLessThan(0.05);
  });

  it('spinous processes are spaced by the interspinous gaps of the table', () => {
    const order = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const;
    for (let i = 0; i < order.length; i++) {
      const v = plan.byId.get(order[i] as string);
      const below = i + 1 < order.length ? plan.byId.get(order[i + 1] as string)?.spinousTip : plan.sacralTubercles[0];
      expect(v && below).toBeTruthy();
      if (!v || !below) continue;
      const dist = Math.hypot(v.spinousTip[1] - below[1], v.spinousTip[2] - below[2]);
      // Tip-to-tip distance = the process height + the gap below it.
      expect(dist - v.spinousHeight).toBeCloseTo(INTERSPINOUS_GAPS[order[i] as keyof typeof INTERSPINOUS_GAPS].value / 1000, 4);
    }
  });

  it('vertebrae stack top to bottom with disc gaps between bodies', () => {
    const order = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'];
    for (let i = 1; i < order.length; i++) {
      const a = plan.byId.get(order[i - 1] as string);
      const b = plan.byId.get(order[i] as string);
      expect(a && b).toBeTruthy();
      if (!a || !b) continue;
      const dist = Math.hypot(a.center[1] - b.center[1], a.center[2] - b.center[2]);
      expect(dist).toBeGreaterThan((a.height + b.height) / 2 + 0.004);
      expect(a.spinousTip[1]).toBeGreaterThan(b.spinousTip[1]);
    }
  });
});
