import { BufferAttribute, BufferGeometry } from 'three';
import { chartPoint, evalChart, type SurfaceChart } from '../domain/motion/chart';
import type { ChartPath } from '../domain/motion/chartPath';

/** Ribbon half-width, and how far it floats above the skin to avoid z-fighting, metres. */
const HALF_WIDTH_M = 0.007;
const LIFT_M = 0.0015;

/**
 * A flat ribbon following a path on the skin. Attributes: `aAlong` = arc length in metres
 * (for arrows), `aProgress` = 0→1 along the path (for fading the part already done),
 * `aAcross` = −1…1 across the ribbon.
 */
export function buildPathRibbon(chart: SurfaceChart, path: ChartPath): BufferGeometry {
  const n = path.n;
  const pos = new Float32Array(n * 2 * 3);
  const along = new Float32Array(n * 2);
  const progress = new Float32Array(n * 2);
  const across = new Float32Array(n * 2);
  const cp = chartPoint();
  const prev = chartPoint();
  for (let i = 0; i < n; i++) {
    const j = Math.min(n - 1, i + 1);
    const k = Math.max(0, i - 1);
    evalChart(chart, path.u[j]!, path.y[j]!, prev);
    const tx0 = prev.p[0];
    const ty0 = prev.p[1];
    const tz0 = prev.p[2];
    evalChart(chart, path.u[k]!, path.y[k]!, prev);
    let tx = tx0 - prev.p[0];
    let ty = ty0 - prev.p[1];
    let tz = tz0 - prev.p[2];
    evalChart(chart, path.u[i]!, path.y[i]!, cp);
    const [nx, ny, nz] = cp.ns;
    // side = normal × tangent
    let sx = ny * tz - nz * ty;
    let sy = nz * tx - nx * tz;
    let sz = nx * ty - ny * tx;
    const sl = Math.hypot(sx, sy, sz) || 1;
    sx /= sl;
    sy /= sl;
    sz /= sl;
    tx = ty = tz = 0;
    for (let side = 0; side < 2; side++) {
      const sign = side === 0 ? -1 : 1;
      const o = (i * 2 + side) * 3;
      pos[o] = cp.p[0] + nx * LIFT_M + sx * HALF_WIDTH_M * sign;
      pos[o + 1] = cp.p[1] + ny * LIFT_M + sy * HALF_WIDTH_M * sign;
      pos[o + 2] = cp.p[2] + nz * LIFT_M + sz * HALF_WIDTH_M * sign;
      along[i * 2 + side] = path.s[i]!;
      progress[i * 2 + side] = path.length > 0 ? path.s[i]! / path.length : 0;
      across[i * 2 + side] = sign;
    }
  }
  const index: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = i * 2;
    index.push(a, a + 2, a + 1, a + 1, a + 2, a + 3);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('aAlong', new BufferAttribute(along, 1));
  g.setAttribute('aProgress', new BufferAttribute(progress, 1));
  g.setAttribute('aAcross', new BufferAttribute(across, 1));
  g.setIndex(index);
  g.computeBoundingSphere();
  return g;
}
