/**
 * Tiny vector helpers over mutable number tuples. Pure, allocation-free when given `out`.
 * (src/domain does not import three.)
 */
import type { Vec3 } from '../anatomy/types';

export type MVec3 = [number, number, number];

export const vec3 = (x = 0, y = 0, z = 0): MVec3 => [x, y, z];

export function set3(out: MVec3, x: number, y: number, z: number): MVec3 {
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return out;
}

export function copy3(out: MVec3, a: Vec3): MVec3 {
  out[0] = a[0];
  out[1] = a[1];
  out[2] = a[2];
  return out;
}

export function sub3(out: MVec3, a: Vec3, b: Vec3): MVec3 {
  return set3(out, a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

export function dot3(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross3(out: MVec3, a: Vec3, b: Vec3): MVec3 {
  return set3(out, a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]);
}

export function len3(a: Vec3): number {
  return Math.hypot(a[0], a[1], a[2]);
}

export function dist3(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Normalise in place; leaves a zero vector as `fallback` (default +Y). */
export function normalize3(out: MVec3, fallback: Vec3 = [0, 1, 0]): MVec3 {
  const l = Math.hypot(out[0], out[1], out[2]);
  if (l > 1e-12) return set3(out, out[0] / l, out[1] / l, out[2] / l);
  return copy3(out, fallback);
}

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Smoothstep 0→1 on [0, 1] (C1 ease in/out). */
export function smooth01(t: number): number {
  const x = clamp(t, 0, 1);
  return x * x * (3 - 2 * x);
}
