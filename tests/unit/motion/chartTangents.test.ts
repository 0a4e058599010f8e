/**
 * The chart's tangents ∂p/∂u and ∂p/∂y are continuous (issue 9: hands that do not jump between
 * frames). They were the finite differences of each 1 cm cell, so they jumped where a point crossed
 * into the next row or column: on the real back by 4.5° at the median cell edge, 18° at the 95th
 * percentile, 81° over the spinal groove — and a hand whose forward came from them (fist, palm edge,
 * knead) turned by that in one frame. Now they are the derivative of the cubic through the cell's
 * nodes with the nodes' central differences as their tangents (continuous across cell edges).
 */
import { describe, expect, it } from 'vitest';
import { chartPoint, evalChart, prepareAnatomy, type ChartPoint } from '../../../src/domain/motion';
import { testAnatomies } from './fixtures/anatomy';

const deg = (a: readonly number[], b: readonly number[]): number => {
  const d = (a[0] as number) * (b[0] as number) + (a[1] as number) * (b[1] as number) + (a[2] as number) * (b[2] as number);
  return (Math.acos(Math.min(1, Math.max(-1, d / (Math.hypot(...a) * Math.hypot(...b))))) * 180) / Math.PI;
};

describe('surface chart tangents', async () => {
  for (const an of await testAnatomies()) {
    /** Largest turn of pu or py between the two sides of any interior row or column edge, ±eps. */
    const edgeJump = (eps: number): { worst: number; where: string; checks: number } => {
      const c = prepareAnatomy(an.anatomy).chart;
      const cp: ChartPoint = chartPoint();
      let worst = 0;
      let where = '';
      let checks = 0;
      const step = (u0: number, y0: number, u1: number, y1: number, key: 'pu' | 'py'): void => {
        const a = [...evalChart(c, u0, y0, cp)[key]];
        const b = [...evalChart(c, u1, y1, cp)[key]];
        const j = deg(a, b);
        checks++;
        if (j > worst) {
          worst = j;
          where = `${key} at u=${u0.toFixed(3)} y=${y0.toFixed(3)}`;
        }
      };
      // Over the back (|u| ≤ 15 cm), every interior row and column edge, at an off-node point.
      for (let r = 1; r < c.rows - 1; r++) {
        for (let k = -15; k <= 15; k++) {
          const yEdge = c.y0 + r * c.dy;
          const uEdge = k * c.du;
          const uIn = uEdge + 0.37 * c.du;
          const yIn = yEdge + 0.37 * c.dy;
          step(uIn, yEdge - eps, uIn, yEdge + eps, 'py');
          step(uIn, yEdge - eps, uIn, yEdge + eps, 'pu');
          step(uEdge - eps, yIn, uEdge + eps, yIn, 'pu');
          step(uEdge - eps, yIn, uEdge + eps, yIn, 'py');
        }
      }
      return { worst, where, checks };
    };

    it(`${an.name} back: no jump where a point crosses a cell edge`, () => {
      const near = edgeJump(1e-6);
      const nearer = edgeJump(1e-7);
      expect(near.checks).toBeGreaterThan(1000);
      // main 032baad (each cell's own differences): 81.4° on the real back (pu at the midline,
      // y = 0.189), 23° on the synthetic one, whatever the step: a jump. Now a few hundredths of
      // a degree across 2 µm, and ten times less across 0.2 µm: continuous.
      expect(near.worst, near.where).toBeLessThan(0.1);
      expect(nearer.worst, nearer.where).toBeLessThan(0.2 * near.worst + 1e-4);
    });

    it(`${an.name} back: at a node the tangents are the central slopes (not one side's)`, () => {
      const c = prepareAnatomy(an.anatomy).chart;
      const cp: ChartPoint = chartPoint();
      const lo = chartPoint();
      const hi = chartPoint();
      let worst = 0;
      for (let r = 1; r < c.rows - 1; r++) {
        for (let k = -25; k <= 25; k++) {
          const y = c.y0 + r * c.dy;
          const u = k * c.du;
          evalChart(c, u, y, cp);
          evalChart(c, u - c.du, y, lo);
          evalChart(c, u + c.du, y, hi);
          worst = Math.max(worst, deg([...cp.pu], [hi.p[0] - lo.p[0], hi.p[1] - lo.p[1], hi.p[2] - lo.p[2]]));
          evalChart(c, u, y - c.dy, lo);
          evalChart(c, u, y + c.dy, hi);
          worst = Math.max(worst, deg([...cp.py], [hi.p[0] - lo.p[0], hi.p[1] - lo.p[1], hi.p[2] - lo.p[2]]));
        }
      }
      // main 032baad: 51° on the real back, 12° on the synthetic one (the next cell's difference).
      expect(worst).toBeLessThan(0.01);
    });
  }
});
