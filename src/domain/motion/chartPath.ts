/**
 * Paths on the skin, expressed in chart coordinates (u, y) and parametrised by 3D arc length.
 *
 * A path is authored as a 2D polyline in the chart (see chart.ts), resampled densely (every
 * `spacing` metres of chart distance), mapped onto the skin through the chart, and its
 * cumulative 3D arc length tabulated. `evalPath(path, s)` then returns the chart coordinate at
 * arc length s (binary search + linear interpolation), allocation-free.
 */
import { type SurfaceChart, chartPoint, evalChart } from './chart';

export interface ChartPath {
  /** Number of samples. */
  n: number;
  u: Float64Array;
  y: Float64Array;
  /** Cumulative 3D arc length at each sample, metres (s[0] = 0). */
  s: Float64Array;
  /** Total 3D length, metres. */
  length: number;
}

/** Chart point as [u, y]. */
export type ChartXY = readonly [number, number];

/** Default resampling step of a path (chart metres). */
export const PATH_SPACING_M = 0.003;

export function buildChartPath(chart: SurfaceChart, points: readonly ChartXY[], spacing = PATH_SPACING_M): ChartPath {
  if (points.length === 0) throw new Error('buildChartPath: empty path');
  const us: number[] = [];
  const ys: number[] = [];
  const first = points[0] as ChartXY;
  us.push(first[0]);
  ys.push(first[1]);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as ChartXY;
    const b = points[i] as ChartXY;
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (d < 1e-9) continue;
    const m = Math.max(1, Math.ceil(d / spacing));
    for (let k = 1; k <= m; k++) {
      const f = k / m;
      us.push(a[0] + (b[0] - a[0]) * f);
      ys.push(a[1] + (b[1] - a[1]) * f);
    }
  }
  const n = us.length;
  const u = Float64Array.from(us);
  const y = Float64Array.from(ys);
  const s = new Float64Array(n);
  const cp = chartPoint();
  evalChart(chart, u[0] as number, y[0] as number, cp);
  let px = cp.p[0];
  let py = cp.p[1];
  let pz = cp.p[2];
  for (let i = 1; i < n; i++) {
    evalChart(chart, u[i] as number, y[i] as number, cp);
    s[i] = (s[i - 1] as number) + Math.hypot(cp.p[0] - px, cp.p[1] - py, cp.p[2] - pz);
    px = cp.p[0];
    py = cp.p[1];
    pz = cp.p[2];
  }
  return { n, u, y, s, length: s[n - 1] as number };
}

/** Preallocated result of evalPath. */
export interface PathPoint {
  u: number;
  y: number;
  /** Unit tangent in chart space (du/dl, dy/dl). */
  tu: number;
  ty: number;
}

export const pathPoint = (): PathPoint => ({ u: 0, y: 0, tu: 0, ty: 1 });

/** Chart coordinate at arc length s (clamped to [0, length]). Allocation-free. */
export function evalPath(path: ChartPath, s: number, out: PathPoint): PathPoint {
  const { n, u, y } = path;
  // The tangent is always written (never left from a previous call): sampling stays pure.
  out.tu = 0;
  out.ty = 1;
  if (n === 1) {
    out.u = u[0] as number;
    out.y = y[0] as number;
    return out;
  }
  const ss = path.s;
  const sc = s <= 0 ? 0 : s >= path.length ? path.length : s;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((ss[mid] as number) <= sc) lo = mid;
    else hi = mid;
  }
  const s0 = ss[lo] as number;
  const s1 = ss[hi] as number;
  const f = s1 > s0 ? (sc - s0) / (s1 - s0) : 0;
  const u0 = u[lo] as number;
  const y0 = y[lo] as number;
  const du = (u[hi] as number) - u0;
  const dy = (y[hi] as number) - y0;
  out.u = u0 + du * f;
  out.y = y0 + dy * f;
  const l = Math.hypot(du, dy);
  if (l > 1e-12) {
    out.tu = du / l;
    out.ty = dy / l;
  } else {
    // Zero-length sample (repeated points): use the chord of the whole path, else "up".
    const cu = (u[n - 1] as number) - (u[0] as number);
    const cy = (y[n - 1] as number) - (y[0] as number);
    const cl = Math.hypot(cu, cy);
    if (cl > 1e-12) {
      out.tu = cu / cl;
      out.ty = cy / cl;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Path shapes in chart space. All take and return chart points [u, y] in metres.

/** Straight segments through the given points. */
export function polylineShape(points: readonly ChartXY[]): ChartXY[] {
  return points.slice();
}

/**
 * Zig-zag from a to b: `teeth` full teeth of half-width `amplitude` across the a→b direction.
 */
export function zigzagShape(a: ChartXY, b: ChartXY, amplitude: number, teeth: number): ChartXY[] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l = Math.hypot(dx, dy) || 1;
  const nx = -dy / l;
  const ny = dx / l;
  const out: ChartXY[] = [a];
  const m = Math.max(1, Math.round(teeth)) * 2;
  for (let k = 1; k < m; k++) {
    const f = k / m;
    const side = k % 2 === 1 ? 1 : -1;
    out.push([a[0] + dx * f + nx * amplitude * side, a[1] + dy * f + ny * amplitude * side]);
  }
  out.push(b);
  return out;
}

/** Archimedean spiral around `center` from radius r0 to r1 over `turns` turns. */
export function spiralShape(center: ChartXY, r0: number, r1: number, turns: number, startAngle = 0): ChartXY[] {
  const segs = Math.max(8, Math.ceil(Math.abs(turns) * 48));
  const out: ChartXY[] = [];
  for (let k = 0; k <= segs; k++) {
    const f = k / segs;
    const r = r0 + (r1 - r0) * f;
    const a = startAngle + 2 * Math.PI * turns * f;
    out.push([center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)]);
  }
  return out;
}

/** Full circle of radius r around `center`, starting at angle `startAngle`. */
export function circleShape(center: ChartXY, r: number, startAngle = 0, turns = 1): ChartXY[] {
  return spiralShape(center, r, r, turns, startAngle);
}

/**
 * Serpentine covering the band between two heights and two lateral offsets (boustrophedon),
 * with `lanes` passes running across (u) from the top down.
 */
export function bandShape(yTop: number, yBottom: number, uA: number, uB: number, lanes: number): ChartXY[] {
  const n = Math.max(1, Math.round(lanes));
  const out: ChartXY[] = [];
  for (let k = 0; k < n; k++) {
    const y = n === 1 ? (yTop + yBottom) / 2 : yTop + ((yBottom - yTop) * k) / (n - 1);
    if (k % 2 === 0) out.push([uA, y], [uB, y]);
    else out.push([uB, y], [uA, y]);
  }
  return out;
}
