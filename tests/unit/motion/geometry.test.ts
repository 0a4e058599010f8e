/**
 * The mesh SkinSurface (three-mesh-bvh), the surface chart and resolvePoint, on the stand-in
 * back whose exact shape is known (and on the real back when present, for the chart).
 */
import { describe, expect, it } from 'vitest';
import { createMeshSurface } from '../../../src/geometry/meshSurface';
import { chartInverse, chartPoint, evalChart, prepareAnatomy, resolvePoint } from '../../../src/domain/motion';
import { backPoint, buildSyntheticBack } from './fixtures/syntheticBack';
import { testAnatomies } from './fixtures/anatomy';

describe('createMeshSurface', () => {
  const back = buildSyntheticBack();

  it('finds the closest skin point and a smooth outward normal', () => {
    for (const [theta, y] of [
      [0, 0],
      [0.6, 0.1],
      [-0.9, -0.15],
      [1.4, 0.2],
    ] as const) {
      const p = backPoint(theta, y);
      const q = backPoint(theta + 1e-4, y);
      const r = backPoint(theta, y + 1e-4);
      // Analytic normal = (∂p/∂θ × ∂p/∂y) normalised.
      const tu = [q[0] - p[0], q[1] - p[1], q[2] - p[2]];
      const tv = [r[0] - p[0], r[1] - p[1], r[2] - p[2]];
      const n = [
        (tu[1] as number) * (tv[2] as number) - (tu[2] as number) * (tv[1] as number),
        (tu[2] as number) * (tv[0] as number) - (tu[0] as number) * (tv[2] as number),
        (tu[0] as number) * (tv[1] as number) - (tu[1] as number) * (tv[0] as number),
      ];
      const l = Math.hypot(...n);
      const nn = n.map((v) => v / l) as [number, number, number];
      const out: [number, number, number] = [p[0] + 0.01 * nn[0], p[1] + 0.01 * nn[1], p[2] + 0.01 * nn[2]];
      const hit = back.surface.closestPoint(out);
      expect(hit.distance).toBeGreaterThan(0.0095);
      expect(hit.distance).toBeLessThan(0.0105);
      expect(Math.hypot(hit.point[0] - p[0], hit.point[1] - p[1], hit.point[2] - p[2])).toBeLessThan(0.002);
      expect(hit.normal[0] * nn[0] + hit.normal[1] * nn[1] + hit.normal[2] * nn[2]).toBeGreaterThan(0.99);
      expect(Math.hypot(...hit.normal)).toBeCloseTo(1, 9);
    }
  });

  it('does not modify the caller arrays (the BVH reorders its own copy)', () => {
    const pos = back.positions.slice();
    const idx = back.indices.slice();
    createMeshSurface(pos, idx);
    expect(pos).toEqual(back.positions);
    expect(idx).toEqual(back.indices);
  });

  it('raycasts toward the body and rejects bad input', () => {
    const hit = back.surface.raycastTowardBody([0.05, 0.05, 1], [0, 0, -1]);
    expect(hit).not.toBeNull();
    expect(hit?.normal[2]).toBeGreaterThan(0.5);
    expect(back.surface.raycastTowardBody([0.05, 0.05, 1], [0, 0, 1])).toBeNull();
    expect(() => createMeshSurface(new Float32Array(4), new Uint32Array(3))).toThrow();
    expect(() => createMeshSurface(new Float32Array(9), new Uint32Array(0))).toThrow();
  });
});

describe('surface chart', { timeout: 60_000 }, async () => {
  for (const an of await testAnatomies()) {
    it(`${an.name} back: nodes lie on the skin (except bridges over deep grooves), u is tape length, inverse round-trips`, () => {
      const a = prepareAnatomy(an.anatomy);
      const c = a.chart;
      const half = (c.cols - 1) / 2;
      const cp = chartPoint();
      let maxOff = 0;
      let checked = 0;
      let bridged = 0;
      for (let r = 0; r < c.rows; r += 3) {
        const y = c.y0 + r * c.dy;
        // Central ±15 cm: must be a clean walk.
        for (let k = -15; k <= 15; k++) {
          expect(c.valid[r * c.cols + half + k]).toBe(1);
          evalChart(c, k * c.du, y, cp);
          if (cp.gap > 0) {
            // A bridge over a deep groove: the tape is above the skin by about the gap.
            bridged++;
            expect(an.surface.closestPoint(cp.p).distance).toBeLessThanOrEqual(cp.gap + 1e-6);
            continue;
          }
          maxOff = Math.max(maxOff, an.surface.closestPoint(cp.p).distance);
          checked++;
        }
        evalChart(c, 0, y, cp);
        expect(Math.abs(cp.p[0])).toBeLessThan(0.004);
        // 10 cm of tape ≥ 10 cm of straight chord, and not much more.
        const a0 = [...evalChart(c, 0, y, cp).p];
        const a1 = [...evalChart(c, 0.1, y, cp).p];
        const chord = Math.hypot((a1[0] as number) - (a0[0] as number), (a1[2] as number) - (a0[2] as number));
        expect(chord).toBeLessThanOrEqual(0.105); // nodes are dropped from the tape onto the skin: a few mm off
        expect(chord).toBeGreaterThan(0.08);
      }
      // Mid-cell points too (the sag of the bilinear patch).
      for (let i = 0; i < 200; i++) {
        const u = -0.15 + (0.3 * ((i * 37) % 200)) / 200 + 0.0037;
        const y = c.y0 + 0.02 + ((c.dy * (c.rows - 5)) * ((i * 53) % 200)) / 200 + 0.0041;
        evalChart(c, u, y, cp);
        if (cp.gap > 0) continue;
        const [iu, iy] = chartInverse(c, cp.p);
        expect(Math.abs(iu - u)).toBeLessThan(0.004);
        expect(iy).toBe(cp.p[1]);
        maxOff = Math.max(maxOff, an.surface.closestPoint(cp.p).distance);
        checked++;
      }
      expect(bridged).toBeLessThan(checked / 5);
      console.log(`[motion] ${an.name} chart ${c.rows}×${c.cols}: max node/patch distance to skin ${(maxOff * 1000).toFixed(3)} mm over ${checked} points (${bridged} bridge points over deep grooves skipped)`);
      expect(maxOff).toBeLessThan(0.0025);
    });
  }
});

describe('resolvePoint', async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const A = an.anatomy;
  const lm = (id: string) => {
    const l = an.landmarks.find((x) => x.id === id);
    if (!l) throw new Error(id);
    return l;
  };

  it('a level is the skin over its spinous process; lateral offsets are measured over the skin; left is −X', () => {
    const l3 = resolvePoint({ level: 'L3' }, A);
    expect(Math.hypot(...l3.point.map((v, i) => v - (lm('L3').skin[i] as number)))).toBeLessThan(0.003);
    expect(l3.chart[0]).toBe(0);
    const r = resolvePoint({ level: 'L3', lateral_cm: 5 }, A, 'right');
    const l = resolvePoint({ level: 'L3', lateral_cm: 5 }, A, 'left');
    expect(r.chart[0]).toBeCloseTo(0.05, 9);
    expect(r.point[0]).toBeGreaterThan(0.04);
    expect(r.point[0]).toBeLessThanOrEqual(0.0505); // x ≤ distance over the skin
    expect(l.point[0]).toBeCloseTo(-r.point[0], 2);
    expect(resolvePoint({ level: 'L3', lateral_cm: 5, side: 'left' }, A, 'right').point[0]).toBeLessThan(0);
    expect(an.surface.closestPoint(r.point).distance).toBeLessThan(1e-6);
    expect(r.normal[2]).toBeGreaterThan(0.5);
  });

  it('every landmark has a chart coordinate that maps back next to it (trochanters included)', () => {
    const a = prepareAnatomy(A);
    const cp = chartPoint();
    for (const l of an.landmarks) {
      const c = a.landmarkChart.get(l.id);
      expect(c, l.id).toBeDefined();
      if (!c) continue;
      evalChart(a.chart, c[0], c[1], cp);
      // Midline points at the bottom of a deep groove the tape bridges (sacral hiatus, S2 on the
      // real back) are reached only approximately: nothing touches them anyway.
      if (cp.gap > 0) {
        expect(l.side, l.id).toBe('midline');
        continue;
      }
      expect(Math.hypot(...cp.p.map((v, i) => v - (l.skin[i] as number))), l.id).toBeLessThan(0.008);
    }
  });

  it('cun → cm with the table default (the model\'s proportional cun, 2.17 cm); lower border is a third of the way down', () => {
    const bl23 = resolvePoint({ acupoint: 'BL23' }, A, 'left');
    expect(bl23.chart[0]).toBeCloseTo(-0.01 * 1.5 * 2.17, 9);
    const y2 = lm('L2').skin[1];
    const y3 = lm('L3').skin[1];
    expect(bl23.chart[1]).toBeCloseTo(y2 + (y3 - y2) / 3, 9);
    expect(resolvePoint({ level: 'L2', lateral_cun: 1.5 }, A).chart[0]).toBeCloseTo(0.01 * 1.5 * 2.17, 9);
    expect(resolvePoint({ level: 'L2', lateral_cun: 1.5 }, { ...A, cunCm: 2.5 }).chart[0]).toBeCloseTo(0.0375, 9);
    expect(resolvePoint({ level: 'L2', vertical_cm: 2 }, A).chart[1]).toBeCloseTo(lm('L2').skin[1] + 0.02, 9);
  });

  it('landmarks by id (paired ones take the side), acupoints between landmarks, GV4 never pressed', () => {
    const psis = resolvePoint({ landmark: 'psis' }, A, 'right');
    expect(Math.hypot(...psis.point.map((v, i) => v - (lm('psis-right').skin[i] as number)))).toBeLessThan(0.003);
    const out = resolvePoint({ landmark: 'psis', lateral_cm: 3 }, A, 'right');
    expect(out.chart[0] - psis.chart[0]).toBeCloseTo(0.03, 9);
    const inward = resolvePoint({ landmark: 'psis-left', lateral_cm: -2 }, A, 'right');
    expect(inward.chart[0]).toBeGreaterThan(resolvePoint({ landmark: 'psis-left' }, A).chart[0]);
    const gb30 = resolvePoint({ acupoint: 'GB30' }, A, 'left');
    expect(gb30.point[0]).toBeLessThan(-0.05);
    expect(gb30.noPressure).toBe(false);
    const gv4 = resolvePoint({ acupoint: 'GV4' }, A, 'right');
    expect(gv4.noPressure).toBe(true);
    expect(gv4.chart[0]).toBe(0);
  });
});
