/** Closest-point and ray queries on an indexed triangle mesh (brute force, exact). */
import type { V3 } from './vec.ts';

export interface TriMesh {
  positions: Float32Array;
  indices: Uint32Array;
  normals?: Float32Array;
}

export interface MeshHit {
  point: V3;
  distance: number;
  triangle: number;
  /** Barycentric weights of the hit in its triangle. */
  bary: V3;
}

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5). */
export function closestOnTriangle(p: V3, a: V3, b: V3, c: V3): { point: V3; bary: V3 } {
  const ab: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const ac: V3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const ap: V3 = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const dt = (u: V3, v: V3): number => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const at = (u: number, v: number, w: number): { point: V3; bary: V3 } => ({
    point: [a[0] * u + b[0] * v + c[0] * w, a[1] * u + b[1] * v + c[1] * w, a[2] * u + b[2] * v + c[2] * w],
    bary: [u, v, w],
  });
  const d1 = dt(ab, ap);
  const d2 = dt(ac, ap);
  if (d1 <= 0 && d2 <= 0) return at(1, 0, 0);
  const bp: V3 = [p[0] - b[0], p[1] - b[1], p[2] - b[2]];
  const d3 = dt(ab, bp);
  const d4 = dt(ac, bp);
  if (d3 >= 0 && d4 <= d3) return at(0, 1, 0);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3);
    return at(1 - v, v, 0);
  }
  const cp: V3 = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
  const d5 = dt(ab, cp);
  const d6 = dt(ac, cp);
  if (d6 >= 0 && d5 <= d6) return at(0, 0, 1);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6);
    return at(1 - w, 0, w);
  }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return at(0, 1 - w, w);
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom;
  const w = vc * denom;
  return at(1 - v - w, v, w);
}

function vert(m: TriMesh, i: number): V3 {
  return [m.positions[i * 3] as number, m.positions[i * 3 + 1] as number, m.positions[i * 3 + 2] as number];
}

export function closestPoint(m: TriMesh, p: V3): MeshHit {
  let best: MeshHit = { point: p, distance: Infinity, triangle: -1, bary: [1, 0, 0] };
  for (let t = 0; t < m.indices.length / 3; t++) {
    const a = vert(m, m.indices[t * 3] as number);
    const b = vert(m, m.indices[t * 3 + 1] as number);
    const c = vert(m, m.indices[t * 3 + 2] as number);
    // Cheap reject on the bounding sphere of the triangle.
    const cx = (a[0] + b[0] + c[0]) / 3;
    const cy = (a[1] + b[1] + c[1]) / 3;
    const cz = (a[2] + b[2] + c[2]) / 3;
    const r = Math.max(Math.hypot(a[0] - cx, a[1] - cy, a[2] - cz), Math.hypot(b[0] - cx, b[1] - cy, b[2] - cz), Math.hypot(c[0] - cx, c[1] - cy, c[2] - cz));
    if (Math.hypot(p[0] - cx, p[1] - cy, p[2] - cz) - r > best.distance) continue;
    const q = closestOnTriangle(p, a, b, c);
    const d = Math.hypot(q.point[0] - p[0], q.point[1] - p[1], q.point[2] - p[2]);
    if (d < best.distance) best = { point: q.point, distance: d, triangle: t, bary: q.bary };
  }
  return best;
}

/** First hit of the ray o + t·dir (t > 0) with the mesh (Möller–Trumbore, both faces). */
export function raycast(m: TriMesh, o: V3, dir: V3): MeshHit | null {
  let best: MeshHit | null = null;
  for (let t = 0; t < m.indices.length / 3; t++) {
    const a = vert(m, m.indices[t * 3] as number);
    const b = vert(m, m.indices[t * 3 + 1] as number);
    const c = vert(m, m.indices[t * 3 + 2] as number);
    const e1: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const e2: V3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const pv: V3 = [dir[1] * e2[2] - dir[2] * e2[1], dir[2] * e2[0] - dir[0] * e2[2], dir[0] * e2[1] - dir[1] * e2[0]];
    const det = e1[0] * pv[0] + e1[1] * pv[1] + e1[2] * pv[2];
    if (Math.abs(det) < 1e-14) continue;
    const inv = 1 / det;
    const tv: V3 = [o[0] - a[0], o[1] - a[1], o[2] - a[2]];
    const u = (tv[0] * pv[0] + tv[1] * pv[1] + tv[2] * pv[2]) * inv;
    if (u < 0 || u > 1) continue;
    const qv: V3 = [tv[1] * e1[2] - tv[2] * e1[1], tv[2] * e1[0] - tv[0] * e1[2], tv[0] * e1[1] - tv[1] * e1[0]];
    const v = (dir[0] * qv[0] + dir[1] * qv[1] + dir[2] * qv[2]) * inv;
    if (v < 0 || u + v > 1) continue;
    const dist = (e2[0] * qv[0] + e2[1] * qv[1] + e2[2] * qv[2]) * inv;
    if (dist <= 0 || (best && dist >= best.distance)) continue;
    best = {
      point: [o[0] + dir[0] * dist, o[1] + dir[1] * dist, o[2] + dir[2] * dist],
      distance: dist,
      triangle: t,
      bary: [1 - u - v, u, v],
    };
  }
  return best;
}

/** Interpolated unit normal at a hit (vertex normals if present, else the face normal). */
export function normalAt(m: TriMesh, hit: MeshHit): V3 {
  const i0 = m.indices[hit.triangle * 3] as number;
  const i1 = m.indices[hit.triangle * 3 + 1] as number;
  const i2 = m.indices[hit.triangle * 3 + 2] as number;
  let n: V3;
  if (m.normals) {
    const N = m.normals;
    const [u, v, w] = hit.bary;
    n = [
      (N[i0 * 3] as number) * u + (N[i1 * 3] as number) * v + (N[i2 * 3] as number) * w,
      (N[i0 * 3 + 1] as number) * u + (N[i1 * 3 + 1] as number) * v + (N[i2 * 3 + 1] as number) * w,
      (N[i0 * 3 + 2] as number) * u + (N[i1 * 3 + 2] as number) * v + (N[i2 * 3 + 2] as number) * w,
    ];
  } else {
    const a = vert(m, i0);
    const b = vert(m, i1);
    const c = vert(m, i2);
    const e1: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const e2: V3 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
  }
  const l = Math.hypot(n[0], n[1], n[2]) || 1;
  return [n[0] / l, n[1] / l, n[2] / l];
}
