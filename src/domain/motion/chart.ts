/**
 * Surface chart: a 2D coordinate system on the skin of the back, built once per surface.
 *
 * Coordinates (u, y):
 * - y is the height in the body frame (metres), so a vertebral level maps to the y of its
 *   landmark's skin point;
 * - u is the signed distance from the midline measured like a TAPE MEASURE laid over the skin
 *   along the horizontal section y = const (+u toward the person's right = +X, −u toward the
 *   left). A tape bridges the spinal groove and the gluteal cleft instead of dipping into them,
 *   so "3 cm from the midline" means the same thing above and below the top of the cleft.
 *
 * Each row is built by walking over the skin from the midline in small steps (step →
 * re-project), taking the outer convex envelope of the walk (the tape line), putting a node
 * every `du` of tape length and dropping it onto the skin (closest point). Where the tape
 * bridges a groove the node stays on the tape and records its `gap` above the skin; an actor
 * there rides above the skin (no contact). Shallow furrows (< GAP_DEEP_M) are followed. Between nodes the chart is bilinear, so a point is
 * off the skin by the chord sag only (≈ du²/8R). The chart is plain typed arrays: `evalChart`
 * is pure and allocation-free, so `sample()` can map any chart coordinate to the skin 60×/s.
 */
import type { Vec3 } from '../anatomy/types';
import type { SkinSurface, SurfaceHit } from '../surface';
import { type MVec3, clamp } from './vec';

export interface SurfaceChart {
  y0: number;
  dy: number;
  rows: number;
  /** u of column 0 (= −uMax). */
  u0: number;
  du: number;
  cols: number;
  /**
   * rows × cols × 3 node positions, metres: the skin point under the tape-measure line, or — over
   * a deep groove the tape bridges (gap > GAP_DEEP_M) — the point of the tape itself.
   */
  pos: Float64Array;
  /** rows × cols × 3 unit outward normals. */
  nrm: Float64Array;
  /** Normals averaged over ±`smoothRadius` (used for lifted actors: no wobble over the groove). */
  nrmSmooth: Float64Array;
  smoothRadius: number;
  /** rows × cols: height of the tape above the skin where it bridges a groove (0 elsewhere), m. */
  gap: Float64Array;
  /** rows × cols: 1 when the node came from a clean walk, 0 when it was clamped. */
  valid: Uint8Array;
  /**
   * rows × cols × 3 tangents ∂p/∂u and ∂p/∂y AT THE NODES (central differences over the two
   * neighbours, one-sided at the chart's edges). evalChart returns the derivative of the cubic
   * (Catmull-Rom) through a cell's nodes with these tangents, so the tangents are continuous
   * over the chart and equal these at the nodes. The cell's own finite differences jumped where a
   * point crossed into the next row or column (median 4.5°, 5 % over 18°, 81° at the spinal
   * groove on the real back), and a hand whose forward came from them turned in one frame
   * (tests/unit/motion/chartTangents.test.ts).
   */
  tu: Float64Array;
  ty: Float64Array;
}

export interface ChartOptions {
  yMin: number;
  yMax: number;
  /** Half-width of the chart over the skin (default 0.30 m: past the greater trochanters). */
  uMax?: number;
  /** Node spacing along u (default 0.01 m). */
  du?: number;
  /** Row spacing (default 0.01 m). */
  dy?: number;
  /** Walking step (default 0.01 m). */
  walkStep?: number;
  /** Half-size of the normal-averaging window (default 0.04 m). */
  smoothRadius?: number;
}

/**
 * A node whose tape point is farther than this from the skin bridges a deep groove (the spinal
 * groove, the gluteal cleft): it stays on the tape and actors there cannot touch the skin.
 * Shallower furrows and dimples (beside the erectors, over the sacral foramina) are followed: a
 * finger reaches into them. Metres (1.6 cm: only the deepest middle of the groove and the cleft).
 */
export const GAP_DEEP_M = 0.016;

/** Midline skin depth z as a function of height y (from the vertebral landmarks). */
export type MidlineZ = (y: number) => number;

/** Stride multipliers tried in turn by the walk. */
const WALK_RETRIES = [1, 0.5, 2] as const;

interface WalkPoint {
  /** False when the walk did not go over the skin from the previous point (a side restart). */
  link: boolean;
  x: number;
  z: number;
  p: MVec3;
  n: MVec3;
}

/** Walk over the skin along the section y = const from `from`, towards dir (±X), for `reach` m. */
function walkSide(surface: SkinSurface, y: number, from: SurfaceHit, dir: 1 | -1, h: number, reach: number): WalkPoint[] {
  const out: WalkPoint[] = [];
  let p: MVec3 = [from.point[0], from.point[1], from.point[2]];
  let n: MVec3 = [from.normal[0], from.normal[1], from.normal[2]];
  let s = 0;
  let guard = 0;
  while (s < reach && guard++ < 4 * Math.ceil(reach / h)) {
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
    // A step that lands on the far wall of a narrow groove (or nowhere new) is retried with a
    // shorter and a longer stride before the walk gives up.
    let hit: SurfaceHit | null = null;
    let seg = 0;
    for (const k of WALK_RETRIES) {
      const cand = surface.closestPoint([p[0] + k * h * tx, y, p[2] + k * h * tz]);
      const c = cand.point;
      const d = Math.hypot(c[0] - p[0], c[1] - p[1], c[2] - p[2]);
      if (d <= 3 * k * h && d > 1e-6 && (c[0] - p[0]) * tx + (c[2] - p[2]) * tz > 0) {
        hit = cand;
        seg = d;
        break;
      }
    }
    if (!hit) break;
    const q = hit.point;
    s += seg;
    p = [q[0], q[1], q[2]];
    n = [hit.normal[0], hit.normal[1], hit.normal[2]];
    out.push({ link: true, x: p[0], z: p[2], p, n });
  }
  return out;
}

const toWalkPoint = (h: SurfaceHit, link = true): WalkPoint => ({
  link,
  x: h.point[0],
  z: h.point[2],
  p: [h.point[0], h.point[1], h.point[2]],
  n: [h.normal[0], h.normal[1], h.normal[2]],
});

/**
 * Walk over the skin along the section y = const, to ±reach (arc length) either side of the
 * midline. When the midline skin point is on the wall of a deep narrow groove (the gluteal
 * cleft), each side starts from a point a few cm out instead: the tape bridges the gap.
 */
function walkRow(surface: SkinSurface, y: number, zMid: number, h: number, reach: number): WalkPoint[] {
  const start = surface.closestPoint([0, y, zMid]);
  if (start.normal[2] >= 0.5) {
    const left = walkSide(surface, y, start, -1, h, reach);
    const right = walkSide(surface, y, start, 1, h, reach);
    return [...left.reverse(), toWalkPoint(start), ...right];
  }
  const sideStart = (dir: 1 | -1): SurfaceHit => {
    let best = surface.closestPoint([dir * 0.02, y, zMid + 0.03]);
    for (const x of [0.03, 0.045, 0.06]) {
      if (best.normal[2] >= 0.5) break;
      best = surface.closestPoint([dir * x, y, zMid + 0.03]);
    }
    return best;
  };
  const ls = sideStart(-1);
  const rs = sideStart(1);
  const left = walkSide(surface, y, ls, -1, h, reach - Math.abs(ls.point[0]));
  const right = walkSide(surface, y, rs, 1, h, reach - Math.abs(rs.point[0]));
  return [...left.reverse(), toWalkPoint(ls), toWalkPoint(rs, false), ...right];
}

/**
 * The tape-measure line of a section: the walk's outer convex envelope over the back (it bridges
 * the spinal groove and the gluteal cleft), then the raw walk beyond the envelope's ends.
 * Returns indices into `pts`, increasing from the left end to the right end.
 */
function tapeLine(pts: readonly WalkPoint[]): number[] {
  const n = pts.length;
  if (n < 3) return pts.map((_, i) => i);
  const order = pts.map((_, i) => i).sort((a, b) => {
    const pa = pts[a] as WalkPoint;
    const pb = pts[b] as WalkPoint;
    return pa.x - pb.x || pa.z - pb.z;
  });
  const cross = (o: number, a: number, b: number): number => {
    const po = pts[o] as WalkPoint;
    const pa = pts[a] as WalkPoint;
    const pb = pts[b] as WalkPoint;
    return (pa.x - po.x) * (pb.z - po.z) - (pa.z - po.z) * (pb.x - po.x);
  };
  // Andrew's monotone chain, counter-clockwise in the (x, z) plane.
  const lower: number[] = [];
  for (const i of order) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as number, lower[lower.length - 1] as number, i) <= 0) lower.pop();
    lower.push(i);
  }
  const upper: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as number, upper[upper.length - 1] as number, i) <= 0) upper.pop();
    upper.push(i);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  const m = hull.length;
  let top = 0;
  for (let k = 1; k < m; k++) if ((pts[hull[k] as number] as WalkPoint).z > (pts[hull[top] as number] as WalkPoint).z) top = k;
  // Counter-clockwise from the top goes left (walk index falling), clockwise goes right.
  const left: number[] = [];
  let prev = hull[top] as number;
  for (let k = 1; k < m; k++) {
    const i = hull[(top + k) % m] as number;
    if (i >= prev) break;
    left.push(i);
    prev = i;
  }
  const right: number[] = [];
  prev = hull[top] as number;
  for (let k = 1; k < m; k++) {
    const i = hull[(top - k + m) % m] as number;
    if (i <= prev) break;
    right.push(i);
    prev = i;
  }
  const first = left.length ? (left[left.length - 1] as number) : (hull[top] as number);
  const last = right.length ? (right[right.length - 1] as number) : (hull[top] as number);
  const line: number[] = [];
  for (let i = 0; i < first; i++) line.push(i);
  line.push(...left.reverse(), hull[top] as number, ...right);
  for (let i = last + 1; i < n; i++) line.push(i);
  return line;
}

/**
 * Build the chart. Each row: walk over the skin along y = const, take its tape-measure line
 * (outer envelope, bridging grooves), put a node every `du` of tape length from where the tape
 * crosses x = 0, and drop each node onto the skin (closest point) unless the tape bridges a
 * groove there.
 */
export function buildChart(surface: SkinSurface, midlineZ: MidlineZ, options: ChartOptions): SurfaceChart {
  const du = options.du ?? 0.01;
  const dy = options.dy ?? 0.01;
  const uMax = options.uMax ?? 0.3;
  const h = options.walkStep ?? 0.01;
  const half = Math.round(uMax / du);
  const cols = 2 * half + 1;
  const rows = Math.max(2, Math.ceil((options.yMax - options.yMin) / dy) + 1);
  const y0 = options.yMin;
  const pos = new Float64Array(rows * cols * 3);
  const nrm = new Float64Array(rows * cols * 3);
  const gap = new Float64Array(rows * cols);
  const valid = new Uint8Array(rows * cols);

  for (let r = 0; r < rows; r++) {
    const y = y0 + r * dy;
    const pts = walkRow(surface, y, midlineZ(y), h, uMax + 0.05);
    const lineIdx = tapeLine(pts);
    const line = lineIdx.map((i) => pts[i] as WalkPoint);
    // Tape length along the line and where it crosses the midline.
    const acc = [0];
    for (let i = 1; i < line.length; i++) {
      const a = (line[i - 1] as WalkPoint).p;
      const b = (line[i] as WalkPoint).p;
      acc.push((acc[i - 1] as number) + Math.hypot(b[0] - a[0], b[2] - a[2]));
    }
    let s0 = 0;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as WalkPoint;
      const b = line[i] as WalkPoint;
      if (a.x <= 0 && b.x >= 0) {
        const f = b.x > a.x ? -a.x / (b.x - a.x) : 0;
        s0 = (acc[i - 1] as number) + f * ((acc[i] as number) - (acc[i - 1] as number));
        break;
      }
    }
    const total = acc[acc.length - 1] as number;
    let seg = 1;
    for (let c = 0; c < cols; c++) {
      const want = s0 + (c - half) * du;
      const ok = want >= 0 && want <= total && line.length > 1;
      const s = Math.min(Math.max(want, 0), total);
      while (seg < line.length - 1 && (acc[seg] as number) < s) seg++;
      const a = line[Math.max(seg - 1, 0)] as WalkPoint;
      const b = line[Math.min(seg, line.length - 1)] as WalkPoint;
      const sa = acc[Math.max(seg - 1, 0)] as number;
      const sb = acc[Math.min(seg, line.length - 1)] as number;
      const f = sb > sa ? (s - sa) / (sb - sa) : 0;
      const tape: MVec3 = [a.p[0] + (b.p[0] - a.p[0]) * f, y, a.p[2] + (b.p[2] - a.p[2]) * f];
      const o = (r * cols + c) * 3;
      valid[r * cols + c] = ok ? 1 : 0;
      const ia = lineIdx[Math.max(seg - 1, 0)] as number;
      const ib = lineIdx[Math.min(seg, line.length - 1)] as number;
      if (Math.abs(ib - ia) <= 1 && (pts[Math.max(ia, ib)] as WalkPoint).link) {
        // Between two consecutive walk points the tape lies on the skin (chord sag ≪ 1 mm).
        pos.set([a.p[0] + (b.p[0] - a.p[0]) * f, a.p[1] + (b.p[1] - a.p[1]) * f, tape[2]], o);
        const nx = a.n[0] + (b.n[0] - a.n[0]) * f;
        const ny = a.n[1] + (b.n[1] - a.n[1]) * f;
        const nz = a.n[2] + (b.n[2] - a.n[2]) * f;
        const nl = Math.hypot(nx, ny, nz) || 1;
        nrm.set([nx / nl, ny / nl, nz / nl], o);
        gap[r * cols + c] = 0;
        continue;
      }
      const hit = surface.closestPoint(tape);
      if (hit.distance <= GAP_DEEP_M) {
        pos.set(hit.point, o);
        nrm.set(hit.normal, o);
        gap[r * cols + c] = 0;
      } else {
        // The tape bridges a groove here: keep the tape point, outward normal of the tape.
        const dx = b.p[0] - a.p[0];
        const dz = b.p[2] - a.p[2];
        const l = Math.hypot(dx, dz) || 1;
        pos.set(tape, o);
        nrm.set([-dz / l, 0, dx / l], o);
        gap[r * cols + c] = hit.distance;
      }
    }
  }
  const smoothRadius = options.smoothRadius ?? 0.04;
  const nrmSmooth = smoothNormals(nrm, rows, cols, Math.max(0, Math.round(smoothRadius / du)), Math.max(0, Math.round(smoothRadius / dy)));
  const { tu, ty } = nodeTangents(pos, rows, cols, du, dy);
  return { y0, dy, rows, u0: -half * du, du, cols, pos, nrm, nrmSmooth, smoothRadius, gap, valid, tu, ty };
}

/** Tangents at the nodes: central differences, one-sided at the chart's edges. */
function nodeTangents(pos: Float64Array, rows: number, cols: number, du: number, dy: number): { tu: Float64Array; ty: Float64Array } {
  const tu = new Float64Array(pos.length);
  const ty = new Float64Array(pos.length);
  for (let r = 0; r < rows; r++) {
    const r0 = Math.max(0, r - 1);
    const r1 = Math.min(rows - 1, r + 1);
    for (let c = 0; c < cols; c++) {
      const c0 = Math.max(0, c - 1);
      const c1 = Math.min(cols - 1, c + 1);
      const o = (r * cols + c) * 3;
      const ou0 = (r * cols + c0) * 3;
      const ou1 = (r * cols + c1) * 3;
      const oy0 = (r0 * cols + c) * 3;
      const oy1 = (r1 * cols + c) * 3;
      const su = c1 > c0 ? (c1 - c0) * du : 1;
      const sy = r1 > r0 ? (r1 - r0) * dy : 1;
      for (let k = 0; k < 3; k++) {
        tu[o + k] = ((pos[ou1 + k] as number) - (pos[ou0 + k] as number)) / su;
        ty[o + k] = ((pos[oy1 + k] as number) - (pos[oy0 + k] as number)) / sy;
      }
    }
  }
  return { tu, ty };
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
  /** Height of `p` above the skin where the chart bridges a groove (0 on the skin), m. */
  gap: number;
  /** ∂p/∂u (unit-ish: u is arc length); continuous over the chart (see SurfaceChart.tu). */
  pu: MVec3;
  /** ∂p/∂y, likewise. */
  py: MVec3;
}

export const chartPoint = (): ChartPoint => ({ p: [0, 0, 0], n: [0, 0, 1], ns: [0, 0, 1], gap: 0, pu: [1, 0, 0], py: [0, 1, 0] });

/**
 * Evaluation of the chart at (u, y), clamped to its extent. Allocation-free. Position, normals and
 * gap are bilinear; the tangents are the Catmull-Rom derivative (see SurfaceChart.tu): all are
 * continuous in (u, y), so a hand whose forward comes from them does not turn in one frame where
 * its contact crosses into the next cell.
 */
export function evalChart(chart: SurfaceChart, u: number, y: number, out: ChartPoint): ChartPoint {
  const { cols, rows, pos, nrm, nrmSmooth, tu, ty } = chart;
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
  // Hermite derivative weights: of the cell's difference (per metre) and of its two nodes' tangents.
  const hu = (6 * a * (1 - a)) / chart.du;
  const gu0 = 1 - 4 * a + 3 * a * a;
  const gu1 = 3 * a * a - 2 * a;
  const hy = (6 * b * (1 - b)) / chart.dy;
  const gy0 = 1 - 4 * b + 3 * b * b;
  const gy1 = 3 * b * b - 2 * b;
  const g = chart.gap;
  const j00 = r * cols + c;
  out.gap =
    w00 * (g[j00] as number) + w01 * (g[j00 + 1] as number) + w10 * (g[j00 + cols] as number) + w11 * (g[j00 + cols + 1] as number);
  for (let k = 0; k < 3; k++) {
    const p00 = pos[i00 + k] as number;
    const p01 = pos[i01 + k] as number;
    const p10 = pos[i10 + k] as number;
    const p11 = pos[i11 + k] as number;
    out.p[k] = w00 * p00 + w01 * p01 + w10 * p10 + w11 * p11;
    // Tangents: the derivative of the cubic (Hermite) through the cell's two nodes with the
    // nodes' tangents, along u (pu) or y (py), linear across: the node's tangent at each node (so
    // continuous into the next cell), close to the cell's own chord in between.
    out.pu[k] =
      (1 - b) * (hu * (p01 - p00) + gu0 * (tu[i00 + k] as number) + gu1 * (tu[i01 + k] as number)) +
      b * (hu * (p11 - p10) + gu0 * (tu[i10 + k] as number) + gu1 * (tu[i11 + k] as number));
    out.py[k] =
      (1 - a) * (hy * (p10 - p00) + gy0 * (ty[i00 + k] as number) + gy1 * (ty[i10 + k] as number)) +
      a * (hy * (p11 - p01) + gy0 * (ty[i01 + k] as number) + gy1 * (ty[i11 + k] as number));
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
