/**
 * Surface chart: a 2D coordinate system on the skin of the back, built once per surface.
 *
 * Coordinates (u, y):
 * - y is the height in the body frame (metres), so a vertebral level maps to the y of its
 *   landmark's skin point;
 * - u is the signed distance measured OVER THE SKIN from the midline along the horizontal
 *   section y = const (+u toward the person's right = +X, −u toward the left).
 *
 * Each row y is built by starting on the midline skin point and walking sideways over the
 * surface in small steps (step → re-project onto the skin), recording a node every `du` metres
 * of walked arc length. Between nodes the chart is bilinear; the nodes lie on the skin, so a
 * bilinear point is off the skin by the chord sag only (≈ du²/8R, a fraction of a mm for
 * 1 cm nodes on a 10 cm radius). The chart is plain typed arrays: `evalChart` is pure and
 * allocation-free, so `sample()` can map any chart coordinate to the skin 60×/s.
 */
import type { Vec3 } from '../anatomy/types';
import type { SkinSurface } from '../surface';
import { type MVec3, clamp } from './vec';

export interface SurfaceChart {
  y0: number;
  dy: number;
  rows: number;
  /** u of column 0 (= −uMax). */
  u0: number;
  du: number;
  cols: number;
  /** rows × cols × 3 node positions, metres. */
  pos: Float64Array;
  /** rows × cols × 3 unit outward normals. */
  nrm: Float64Array;
  /** Normals averaged over ±`smoothRadius` (used for lifted actors: no wobble over the groove). */
  nrmSmooth: Float64Array;
  smoothRadius: number;
  /** rows × cols: 1 when the node came from a clean walk, 0 when it was clamped. */
  valid: Uint8Array;
}

export interface ChartOptions {
  yMin: number;
  yMax: number;
  /** Half-width of the chart over the skin (default 0.24 m). */
  uMax?: number;
  /** Node spacing along u (default 0.01 m). */
  du?: number;
  /** Row spacing (default 0.01 m). */
  dy?: number;
  /** Walking step (default 0.005 m). */
  walkStep?: number;
  /** Half-size of the normal-averaging window (default 0.02 m). */
  smoothRadius?: number;
}

/** Midline skin depth z as a function of height y (from the vertebral landmarks). */
export type MidlineZ = (y: number) => number;

export function buildChart(surface: SkinSurface, midlineZ: MidlineZ, options: ChartOptions): SurfaceChart {
  const du = options.du ?? 0.01;
  const dy = options.dy ?? 0.01;
  const uMax = options.uMax ?? 0.24;
  const h = options.walkStep ?? 0.005;
  const half = Math.round(uMax / du);
  const cols = 2 * half + 1;
  const rows = Math.max(2, Math.ceil((options.yMax - options.yMin) / dy) + 1);
  const y0 = options.yMin;
  const pos = new Float64Array(rows * cols * 3);
  const nrm = new Float64Array(rows * cols * 3);
  const valid = new Uint8Array(rows * cols);

  const put = (r: number, c: number, p: Vec3, n: Vec3, ok: boolean): void => {
    const o = (r * cols + c) * 3;
    pos[o] = p[0];
    pos[o + 1] = p[1];
    pos[o + 2] = p[2];
    nrm[o] = n[0];
    nrm[o + 1] = n[1];
    nrm[o + 2] = n[2];
    valid[r * cols + c] = ok ? 1 : 0;
  };

  for (let r = 0; r < rows; r++) {
    const y = y0 + r * dy;
    const start = surface.closestPoint([0, y, midlineZ(y)]);
    put(r, half, start.point, start.normal, true);
    for (const dir of [1, -1] as const) {
      let p: MVec3 = [start.point[0], start.point[1], start.point[2]];
      let n: MVec3 = [start.normal[0], start.normal[1], start.normal[2]];
      let s = 0;
      let k = 1;
      let broken = false;
      let guard = 0;
      while (k <= half && !broken && guard++ < 10 * cols * Math.ceil(du / h)) {
        // Lateral tangent: Y × n = (n.z, 0, −n.x), toward +X for dir = +1.
        let tx = dir * n[2];
        let tz = -dir * n[0];
        const tl = Math.hypot(tx, tz);
        if (tl < 1e-9) {
          tx = dir;
          tz = 0;
        } else {
          tx /= tl;
          tz /= tl;
        }
        const hit = surface.closestPoint([p[0] + h * tx, y, p[2] + h * tz]);
        const q = hit.point;
        const seg = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
        if (seg > 3 * h || seg < 1e-6 || (q[0] - p[0]) * tx + (q[2] - p[2]) * tz <= 0) {
          broken = true;
          break;
        }
        while (k <= half && s + seg >= k * du) {
          const f = (k * du - s) / seg;
          const np: MVec3 = [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f, p[2] + (q[2] - p[2]) * f];
          const nn: MVec3 = [
            n[0] + (hit.normal[0] - n[0]) * f,
            n[1] + (hit.normal[1] - n[1]) * f,
            n[2] + (hit.normal[2] - n[2]) * f,
          ];
          const l = Math.hypot(nn[0], nn[1], nn[2]) || 1;
          put(r, half + dir * k, np, [nn[0] / l, nn[1] / l, nn[2] / l], true);
          k++;
        }
        s += seg;
        p = [q[0], q[1], q[2]];
        n = [hit.normal[0], hit.normal[1], hit.normal[2]];
      }
      // Clamp the rest of the row to the last node reached (flagged invalid).
      for (; k <= half; k++) {
        const prev = (r * cols + half + dir * (k - 1)) * 3;
        put(
          r,
          half + dir * k,
          [pos[prev] as number, pos[prev + 1] as number, pos[prev + 2] as number],
          [nrm[prev] as number, nrm[prev + 1] as number, nrm[prev + 2] as number],
          false,
        );
      }
    }
  }
  const smoothRadius = options.smoothRadius ?? 0.02;
  const nrmSmooth = smoothNormals(nrm, rows, cols, Math.max(0, Math.round(smoothRadius / du)), Math.max(0, Math.round(smoothRadius / dy)));
  return { y0, dy, rows, u0: -half * du, du, cols, pos, nrm, nrmSmooth, smoothRadius, valid };
}

function smoothNormals(nrm: Float64Array, rows: number, cols: number, kc: number, kr: number): Float64Array {
  const out = new Float64Array(nrm.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let x = 0;
      let y = 0;
      let z = 0;
      for (let i = Math.max(0, r - kr); i <= Math.min(rows - 1, r + kr); i++) {
        for (let j = Math.max(0, c - kc); j <= Math.min(cols - 1, c + kc); j++) {
          const o = (i * cols + j) * 3;
          x += nrm[o] as number;
          y += nrm[o + 1] as number;
          z += nrm[o + 2] as number;
        }
      }
      const l = Math.hypot(x, y, z) || 1;
      const o = (r * cols + c) * 3;
      out[o] = x / l;
      out[o + 1] = y / l;
      out[o + 2] = z / l;
    }
  }
  return out;
}

/** Preallocated result of a chart evaluation. */
export interface ChartPoint {
  p: MVec3;
  n: MVec3;
  /** Smoothed normal (see SurfaceChart.nrmSmooth). */
  ns: MVec3;
  /** ∂p/∂u (unit-ish: u is arc length). */
  pu: MVec3;
  /** ∂p/∂y. */
  py: MVec3;
}

export const chartPoint = (): ChartPoint => ({ p: [0, 0, 0], n: [0, 0, 1], ns: [0, 0, 1], pu: [1, 0, 0], py: [0, 1, 0] });

/** Bilinear evaluation of the chart at (u, y), clamped to its extent. Allocation-free. */
export function evalChart(chart: SurfaceChart, u: number, y: number, out: ChartPoint): ChartPoint {
  const { cols, rows, pos, nrm, nrmSmooth } = chart;
  const fc = clamp((u - chart.u0) / chart.du, 0, cols - 1.000001);
  const fr = clamp((y - chart.y0) / chart.dy, 0, rows - 1.000001);
  const c = Math.floor(fc);
  const r = Math.floor(fr);
  const a = fc - c;
  const b = fr - r;
  const i00 = (r * cols + c) * 3;
  const i01 = i00 + 3;
  const i10 = i00 + cols * 3;
  const i11 = i10 + 3;
  const w00 = (1 - a) * (1 - b);
  const w01 = a * (1 - b);
  const w10 = (1 - a) * b;
  const w11 = a * b;
  for (let k = 0; k < 3; k++) {
    const p00 = pos[i00 + k] as number;
    const p01 = pos[i01 + k] as number;
    const p10 = pos[i10 + k] as number;
    const p11 = pos[i11 + k] as number;
    out.p[k] = w00 * p00 + w01 * p01 + w10 * p10 + w11 * p11;
    out.pu[k] = ((1 - b) * (p01 - p00) + b * (p11 - p10)) / chart.du;
    out.py[k] = ((1 - a) * (p10 - p00) + a * (p11 - p01)) / chart.dy;
    out.n[k] =
      w00 * (nrm[i00 + k] as number) +
      w01 * (nrm[i01 + k] as number) +
      w10 * (nrm[i10 + k] as number) +
      w11 * (nrm[i11 + k] as number);
    out.ns[k] =
      w00 * (nrmSmooth[i00 + k] as number) +
      w01 * (nrmSmooth[i01 + k] as number) +
      w10 * (nrmSmooth[i10 + k] as number) +
      w11 * (nrmSmooth[i11 + k] as number);
  }
  const l = Math.hypot(out.n[0], out.n[1], out.n[2]) || 1;
  out.n[0] /= l;
  out.n[1] /= l;
  out.n[2] /= l;
  const ls = Math.hypot(out.ns[0], out.ns[1], out.ns[2]) || 1;
  out.ns[0] /= ls;
  out.ns[1] /= ls;
  out.ns[2] /= ls;
  return out;
}

/**
 * Chart coordinates (u, y) of a skin point (the inverse of evalChart, by searching the row at
 * the point's height). Returns [u, y].
 */
export function chartInverse(chart: SurfaceChart, p: Vec3): [number, number] {
  const y = p[1];
  const tmp = chartPoint();
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < chart.cols; c++) {
    const u = chart.u0 + c * chart.du;
    evalChart(chart, u, y, tmp);
    const d = Math.hypot(tmp.p[0] - p[0], tmp.p[1] - p[1], tmp.p[2] - p[2]);
    if (d < bestD) {
      bestD = d;
      best = u;
    }
  }
  // Refine with a few golden-section steps inside the neighbouring cells.
  let lo = best - chart.du;
  let hi = best + chart.du;
  const dAt = (u: number): number => {
    evalChart(chart, u, y, tmp);
    return Math.hypot(tmp.p[0] - p[0], tmp.p[1] - p[1], tmp.p[2] - p[2]);
  };
  for (let i = 0; i < 30; i++) {
    const m1 = lo + (hi - lo) * 0.382;
    const m2 = lo + (hi - lo) * 0.618;
    if (dAt(m1) < dAt(m2)) hi = m2;
    else lo = m1;
  }
  return [(lo + hi) / 2, y];
}
