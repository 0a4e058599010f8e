/**
 * Signed distance primitives and operators (negative inside, metres). Only approximately
 * Euclidean where noted; the mesher needs the zero set and a well-behaved gradient near it.
 */
import type { V3 } from './vec.ts';

export type Field = (x: number, y: number, z: number) => number;

/** Polynomial smooth minimum (k = blend radius in metres). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth maximum (k = blend radius in metres). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

export function sphere(x: number, y: number, z: number, c: V3, r: number): number {
  return Math.hypot(x - c[0], y - c[1], z - c[2]) - r;
}

/** Ellipsoid, iq's bound-corrected approximation (good near the surface). */
export function ellipsoid(px: number, py: number, pz: number, r: V3): number {
  const k0 = Math.hypot(px / r[0], py / r[1], pz / r[2]);
  const k1 = Math.hypot(px / (r[0] * r[0]), py / (r[1] * r[1]), pz / (r[2] * r[2]));
  if (k1 === 0) return -Math.min(r[0], r[1], r[2]);
  return (k0 * (k0 - 1)) / k1;
}

/** Distance from p to segment ab and the clamped parameter t along it. */
export function segmentT(x: number, y: number, z: number, a: V3, b: V3): { d: number; t: number } {
  const bx = b[0] - a[0];
  const by = b[1] - a[1];
  const bz = b[2] - a[2];
  const px = x - a[0];
  const py = y - a[1];
  const pz = z - a[2];
  const bb = bx * bx + by * by + bz * bz;
  let t = bb > 0 ? (px * bx + py * by + pz * bz) / bb : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return { d: Math.hypot(px - bx * t, py - by * t, pz - bz * t), t };
}

/** Capsule with radius varying linearly from ra (at a) to rb (at b). */
export function cone(x: number, y: number, z: number, a: V3, b: V3, ra: number, rb: number): number {
  const { d, t } = segmentT(x, y, z, a, b);
  return d - (ra + (rb - ra) * t);
}

/** Rounded box centred at the origin with half sizes h and corner radius r. */
export function roundBox(px: number, py: number, pz: number, h: V3, r: number): number {
  const qx = Math.abs(px) - h[0] + r;
  const qy = Math.abs(py) - h[1] + r;
  const qz = Math.abs(pz) - h[2] + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
  return outside + Math.min(Math.max(qx, qy, qz), 0) - r;
}

/** Capped elliptic cylinder along local y (rounded), half height h, radii rx/rz, edge radius r. */
export function roundCylinder(px: number, py: number, pz: number, rx: number, rz: number, h: number, r: number): number {
  const rr = Math.min(rx, rz);
  const e = Math.hypot(px / rx, pz / rz);
  const dRadial = (e - 1) * rr + r;
  const dAxial = Math.abs(py) - h + r;
  return Math.min(Math.max(dRadial, dAxial), 0) + Math.hypot(Math.max(dRadial, 0), Math.max(dAxial, 0)) - r;
}

/** Distance to a polyline with per-vertex radii (hard union of cones: no inflated joints). */
export function polyTube(x: number, y: number, z: number, pts: readonly V3[], radii: readonly number[]): number {
  let d = Infinity;
  for (let i = 0; i < pts.length - 1; i++) {
    const v = cone(x, y, z, pts[i] as V3, pts[i + 1] as V3, radii[i] as number, radii[i + 1] as number);
    if (v < d) d = v;
  }
  return d;
}

/** Gaussian bump. */
export const gauss = (d: number, sigma: number): number => Math.exp(-(d * d) / (2 * sigma * sigma));
