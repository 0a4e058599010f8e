/**
 * The hand's soft flesh pressed flat on the skin (drawn only; the oracle's balls are untouched).
 *
 * A palm is rigid along its bones, but its pads — the heel's ulnar corner at the wrist crease, the
 * thenar eminence, the pads under the knuckles — are 5–10 mm of soft tissue that flatten where they
 * press. Placed as a rigid body on a back that curves under it (the buttock beside the sacrum, the
 * flank), the drawn pads went up to 5 mm past the pressure dent into the body (check:sink, 28 of
 * 3262 touching poses after session 11). Here each frame the skin under the palm is measured on
 * a 6 × 5 grid over the palm from the thenar to the hypothenar and from the wrist crease to the
 * fingers' roots (30 closest-point queries: each foot's tangent plane gives the height and the
 * slopes at its node) and interpolated by cubic Hermite patches; in the vertex shader every fleshy
 * vertex deeper than the dent + FLESH_SLACK_M is pushed back out along the palm's normal to that
 * depth, by at most FLESH_MAX_M (a hand deeper than that stays visibly wrong, and check:sink still
 * sees it). Measured (check:sink, 3262 poses at 60 samples / 10751 at 200): 3 × 3 nodes
 * biquadratic 6 over, worst 4.0 mm; 5 × 6 bilinear 6, 3.5 mm (a bilinear patch cuts under a convex
 * muscle); 3 × 3 Hermite 3, 3.9 mm; 4 × 5 Hermite over the palm's middle 0 / 6, 3.4 mm (the thenar
 * beyond it); this grid 0 / 5, 3.3 mm. `pressFlesh` is the same arithmetic on the CPU: the
 * node-side checks measure exactly what the shader draws.
 */
import { Vector2, Vector3, type BufferGeometry, type Matrix4, type MeshStandardMaterial } from 'three';
import type { MeshSurface } from '../../geometry/meshSurface';

/** Flesh may sink this far past the pressure dent before it is pushed out, metres. */
export const FLESH_SLACK_M = 0;
/** The most the flesh is pushed out, metres (a pad's soft tissue compresses about this much). */
export const FLESH_MAX_M = 0.005;

/** The palm's palmar skin, palm frame z (HAND_GEOMETRY.palm.halfThicknessPalmar and its pad). */
const PALMAR_Z = -0.0147;
/** The grid under the palm (palm frame = the mesh's frame, metres): first node, spacing, count. */
const X0 = -0.085;
const SX = 0.0252;
const NX = 6;
const Y0 = -0.01;
const SY = 0.04;
const NY = 5;
/** The grid, for tests: first node (x0, y0), spacing (sx, sy) and count (nx, ny), palm frame. */
export const FLESH_GRID = { x0: X0, sx: SX, nx: NX, y0: Y0, sy: SY, ny: NY, z: PALMAR_Z } as const;
/** Slopes are held to this (a node off the body's side must not fling its neighbours about). */
const MAX_SLOPE = 1.5;

/** Per-hand state the shader reads; mutated in place. */
export interface FleshUniforms {
  /** 1: pressing (a hand on the skin, given the skin); 0: the drawn hand as skinned. */
  uFlOn: { value: number };
  /** The skin's height (palm frame z) at the grid's nodes: [NY·i + j], i across (x), j along (y). */
  uFlH: { value: Float32Array };
  /** The skin's slopes there (dz/dx, dz/dy, from the foot's normal): [2·(NY·i + j) + 0|1]. */
  uFlG: { value: Float32Array };
  /** Flesh limits: the floor below the skin (dent + slack) and the most it is pushed, metres. */
  uFlF: { value: Vector2 };
}

export function createFleshUniforms(): FleshUniforms {
  return { uFlOn: { value: 0 }, uFlH: { value: new Float32Array(NX * NY) }, uFlG: { value: new Float32Array(2 * NX * NY) }, uFlF: { value: new Vector2() } };
}

/**
 * How fleshy each vertex is (0–1), from its rest position in the palm's frame (the mesh's frame at
 * rest): the palmar side (z below −2 mm, fully from −5 mm) from the wrist to the fingers' roots —
 * the part check:sink measures. The fingers beyond and the back of the hand are left as they are.
 */
export function fleshWeights(geometry: BufferGeometry): Float32Array {
  const pos = geometry.getAttribute('position');
  const out = new Float32Array(pos.count);
  for (let i = 0; i < pos.count; i++) {
    const y = pos.getY(i);
    const z = pos.getZ(i);
    const palmar = z < -0.002 ? Math.min(1, (-0.002 - z) / 0.003) : 0;
    out[i] = y > -0.012 && y < 0.15 ? palmar : 0;
  }
  return out;
}

/** The shader side: after skinning, `transformed` (the palm's frame) pushed out of the skin. */
export function injectFlesh(material: MeshStandardMaterial, uniforms: FleshUniforms): void {
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float flesh;
uniform float uFlOn;
uniform float uFlH[${NX * NY}];
uniform vec2 uFlG[${NX * NY}];
uniform vec2 uFlF;
float flHermite(float h0, float m0, float h1, float m1, float t) {
  float t2 = t * t;
  float t3 = t2 * t;
  return (2.0 * t3 - 3.0 * t2 + 1.0) * h0 + (t3 - 2.0 * t2 + t) * m0 + (3.0 * t2 - 2.0 * t3) * h1 + (t3 - t2) * m1;
}`,
      )
      .replace(
        '#include <skinning_vertex>',
        `#include <skinning_vertex>
if (uFlOn > 0.5 && flesh > 0.0) {
  float fs = clamp((transformed.x - (${X0})) / ${SX}, 0.0, ${NX - 1}.0);
  float ft = clamp((transformed.y - (${Y0})) / ${SY}, 0.0, ${NY - 1}.0);
  int fi = int(min(floor(fs), ${NX - 2}.0));
  int fj = int(min(floor(ft), ${NY - 2}.0));
  fs -= float(fi);
  ft -= float(fj);
  int fk = ${NY} * fi + fj;
  int fk2 = fk + ${NY};
  float fa = flHermite(uFlH[fk], uFlG[fk].y * ${SY}, uFlH[fk + 1], uFlG[fk + 1].y * ${SY}, ft);
  float fb = flHermite(uFlH[fk2], uFlG[fk2].y * ${SY}, uFlH[fk2 + 1], uFlG[fk2 + 1].y * ${SY}, ft);
  float fma = mix(uFlG[fk].x, uFlG[fk + 1].x, ft) * ${SX};
  float fmb = mix(uFlG[fk2].x, uFlG[fk2 + 1].x, ft) * ${SX};
  float fh = flHermite(fa, fma, fb, fmb, fs);
  float fneed = fh - uFlF.x - transformed.z;
  if (fneed > 0.0) transformed.z += min(fneed, uFlF.y) * flesh;
}`,
      );
  };
}

/** The skin's height (palm frame z) under palm point (x, y), as the shader interpolates it. */
export function fleshHeight(u: FleshUniforms, x: number, y: number): number {
  let s = Math.min(Math.max((x - X0) / SX, 0), NX - 1);
  let t = Math.min(Math.max((y - Y0) / SY, 0), NY - 1);
  const i = Math.min(Math.floor(s), NX - 2);
  const j = Math.min(Math.floor(t), NY - 2);
  s -= i;
  t -= j;
  const e = u.uFlH.value;
  const g = u.uFlG.value;
  const k = NY * i + j;
  const k2 = k + NY;
  const a = hermite(e[k] as number, (g[2 * k + 1] as number) * SY, e[k + 1] as number, (g[2 * k + 3] as number) * SY, t);
  const b = hermite(e[k2] as number, (g[2 * k2 + 1] as number) * SY, e[k2 + 1] as number, (g[2 * k2 + 3] as number) * SY, t);
  const ma = ((g[2 * k] as number) + ((g[2 * k + 2] as number) - (g[2 * k] as number)) * t) * SX;
  const mb = ((g[2 * k2] as number) + ((g[2 * k2 + 2] as number) - (g[2 * k2] as number)) * t) * SX;
  return hermite(a, ma, b, mb, s);
}

/** Cubic Hermite between h0 (slope m0) at t = 0 and h1 (slope m1) at t = 1: exact on a parabola. */
function hermite(h0: number, m0: number, h1: number, m1: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * h0 + (t3 - 2 * t2 + t) * m0 + (3 * t2 - 2 * t3) * h1 + (t3 - t2) * m1;
}

/** The CPU twin of the shader: a skinned vertex `v` (the mesh's frame) of fleshiness `flesh`, in place. */
export function pressFlesh(u: FleshUniforms, flesh: number, v: Vector3): Vector3 {
  if (u.uFlOn.value < 0.5 || flesh <= 0) return v;
  const need = fleshHeight(u, v.x, v.y) - u.uFlF.value.x - v.z;
  if (need > 0) v.z += Math.min(need, u.uFlF.value.y) * flesh;
  return v;
}

const clampSlope = (m: number) => (m < -MAX_SLOPE ? -MAX_SLOPE : m > MAX_SLOPE ? MAX_SLOPE : m);

// --- the measurement (every frame: scratch only) -----------------------------------------------
const _in: [number, number, number] = [0, 0, 0];
const _qp = [0, 0, 0];
const _qn = [0, 0, 0];
const _t = new Vector3();
const _f = new Vector3();
const _n = new Vector3();

/**
 * Measures the skin under the palm (the surface's frame is the rig's parent space) into the
 * shader's uniforms. `meshToParent` maps the mesh's (= the palm's) frame to the parent, and
 * `parentToMesh` back; `dent` is the pressure dent, metres. No allocation.
 */
export function fitFlesh(u: FleshUniforms, meshToParent: Matrix4, parentToMesh: Matrix4, surface: MeshSurface, dent: number): void {
  const e = u.uFlH.value;
  const g = u.uFlG.value;
  u.uFlOn.value = 0;
  for (let i = 0; i < NX; i++)
    for (let j = 0; j < NY; j++) {
      const x = X0 + i * SX;
      const y = Y0 + j * SY;
      _t.set(x, y, PALMAR_Z).applyMatrix4(meshToParent);
      _in[0] = _t.x;
      _in[1] = _t.y;
      _in[2] = _t.z;
      surface.closestPointInto(_in, _qp, _qn);
      // the foot and its normal in the palm's frame; the tangent plane's height at the node
      _f.set(_qp[0] as number, _qp[1] as number, _qp[2] as number).applyMatrix4(parentToMesh);
      _n.set(_qn[0] as number, _qn[1] as number, _qn[2] as number).transformDirection(parentToMesh);
      // (skin turned away from the palm — past the flank: no height to press against)
      if (_n.z < 0.3) return;
      const h = _f.z + (_n.x * (_f.x - x) + _n.y * (_f.y - y)) / _n.z;
      const k = NY * i + j;
      e[k] = h;
      g[2 * k] = clampSlope(-_n.x / _n.z);
      g[2 * k + 1] = clampSlope(-_n.y / _n.z);
    }
  u.uFlF.value.set(dent + FLESH_SLACK_M, FLESH_MAX_M);
  u.uFlOn.value = 1;
}
