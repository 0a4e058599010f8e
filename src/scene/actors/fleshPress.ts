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
 * beyond it); this grid 0 / 5, 3.3 mm. A hand standing on its ulnar edge (palm-edge strokes:
 * chopping, sawing) presses the same way with its hypothenar and the wrist's ulnar side, on a grid
 * along that edge (which of the two presses follows the skin's normal at the contact, in the palm's
 * frame). `pressFlesh` is the same arithmetic on the CPU: the node-side checks measure exactly what
 * the shader draws.
 */
import { Vector2, Vector3, Vector4, type BufferGeometry, type Matrix4, type MeshStandardMaterial } from 'three';
import type { MeshSurface } from '../../geometry/meshSurface';

/** Flesh may sink this far past the pressure dent before it is pushed out, metres. */
export const FLESH_SLACK_M = 0;
/** The most the flesh is pushed out, metres (a pad's soft tissue compresses about this much). */
export const FLESH_MAX_M = 0.005;

/** The palm's palmar skin, palm frame z (HAND_GEOMETRY.palm.halfThicknessPalmar and its pad). */
const PALMAR_Z = -0.0147;
/** Nodes of the grid: NX along its first axis, NY along its second (the same count in both modes). */
const NX = 6;
const NY = 5;
/**
 * The two grids (palm frame = the mesh's frame, metres): first node and spacing along each axis,
 * and where along the pressing axis the nodes' queries start.
 * - `palm`: over the palmar side, a = x from the thenar to the hypothenar (−85…+41 mm), b = y from
 *   the wrist below the crease to the fingers' roots (−35…150 mm); heights along +z.
 * - `edge`: over the ulnar edge (a hand standing on it: palm-edge strokes, chopping, sawing),
 *   a = y from the wrist to the little finger's knuckle (−45…90 mm), b = z across the edge's
 *   thickness (−12…+12 mm); heights along −x (the skin lies beyond the edge, at +x).
 */
export const FLESH_GRID = {
  palm: { a0: -0.085, sa: 0.0252, b0: -0.035, sb: 0.04625, at: PALMAR_Z, nx: NX, ny: NY },
  edge: { a0: -0.045, sa: 0.027, b0: -0.012, sb: 0.006, at: -0.035, nx: NX, ny: NY },
} as const;
/** Slopes are held to this (a node off the body's side must not fling its neighbours about). */
const MAX_SLOPE = 1.5;
/** The skin's normal (palm frame) must face the pressing side this much, at the contact and at every node. */
const FACING = 0.3;

/** Per-hand state the shader reads; mutated in place. */
export interface FleshUniforms {
  /** 1: pressing (a hand on the skin, given the skin); 0: the drawn hand as skinned. */
  uFlOn: { value: number };
  /** 0: the palmar side presses (grid `palm`), 1: the ulnar edge (grid `edge`). */
  uFlM: { value: number };
  /** The grid in use: first node and spacing along a, then along b (FLESH_GRID). */
  uFlO: { value: Vector4 };
  /** The skin's height (along the pressing axis) at the grid's nodes: [NY·i + j], i along a, j along b. */
  uFlH: { value: Float32Array };
  /** The skin's slopes there (dh/da, dh/db, from the foot's normal): [2·(NY·i + j) + 0|1]. */
  uFlG: { value: Float32Array };
  /** Flesh limits: the floor below the skin (dent + slack) and the most it is pushed, metres. */
  uFlF: { value: Vector2 };
}

export function createFleshUniforms(): FleshUniforms {
  return {
    uFlOn: { value: 0 },
    uFlM: { value: 0 },
    uFlO: { value: new Vector4() },
    uFlH: { value: new Float32Array(NX * NY) },
    uFlG: { value: new Float32Array(2 * NX * NY) },
    uFlF: { value: new Vector2() },
  };
}

/**
 * How fleshy each vertex is (0–1) for each mode, from its rest position and normal in the palm's
 * frame (the mesh's frame at rest), interleaved [palm, edge] per vertex:
 * - palm: the palmar side (z below −2 mm, fully from −5 mm) from the wrist (y −37 mm) to the
 *   fingers' roots;
 * - edge: the ulnar side (rest normal facing +x, from 0.5, fully from 0.8; x beyond 15 mm) from
 *   the wrist (y −45 mm) to the little finger's knuckle (y 90 mm) — the hypothenar and the
 *   wrist's ulnar side.
 * The fingers beyond and the back of the hand are left as they are.
 */
export function fleshWeights(geometry: BufferGeometry): Float32Array {
  const pos = geometry.getAttribute('position');
  const nrm = geometry.getAttribute('normal');
  const out = new Float32Array(2 * pos.count);
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const z = pos.getZ(i);
    const palmar = z < -0.002 ? Math.min(1, (-0.002 - z) / 0.003) : 0;
    out[2 * i] = y > -0.037 && y < 0.15 ? palmar : 0;
    const ulnar = Math.min(1, Math.max(0, (nrm.getX(i) - 0.5) / 0.3));
    out[2 * i + 1] = x > 0.015 && y > -0.045 && y < 0.09 ? ulnar : 0;
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
attribute vec2 flesh;
uniform float uFlOn;
uniform float uFlM;
uniform vec4 uFlO;
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
float fw = uFlM > 0.5 ? flesh.y : flesh.x;
if (uFlOn > 0.5 && fw > 0.0) {
  vec3 fq = uFlM > 0.5 ? vec3(transformed.y, transformed.z, -transformed.x) : transformed;
  float fs = clamp((fq.x - uFlO.x) / uFlO.y, 0.0, ${NX - 1}.0);
  float ft = clamp((fq.y - uFlO.z) / uFlO.w, 0.0, ${NY - 1}.0);
  int fi = int(min(floor(fs), ${NX - 2}.0));
  int fj = int(min(floor(ft), ${NY - 2}.0));
  fs -= float(fi);
  ft -= float(fj);
  int fk = ${NY} * fi + fj;
  int fk2 = fk + ${NY};
  float fa = flHermite(uFlH[fk], uFlG[fk].y * uFlO.w, uFlH[fk + 1], uFlG[fk + 1].y * uFlO.w, ft);
  float fb = flHermite(uFlH[fk2], uFlG[fk2].y * uFlO.w, uFlH[fk2 + 1], uFlG[fk2 + 1].y * uFlO.w, ft);
  float fma = mix(uFlG[fk].x, uFlG[fk + 1].x, ft) * uFlO.y;
  float fmb = mix(uFlG[fk2].x, uFlG[fk2 + 1].x, ft) * uFlO.y;
  float fneed = flHermite(fa, fma, fb, fmb, fs) - uFlF.x - fq.z;
  if (fneed > 0.0) {
    float fd = min(fneed, uFlF.y) * fw;
    if (uFlM > 0.5) transformed.x -= fd;
    else transformed.z += fd;
  }
}`,
      );
  };
}

/** The skin's height along the pressing axis under grid point (a, b), as the shader interpolates it. */
export function fleshHeight(u: FleshUniforms, a: number, b: number): number {
  const o = u.uFlO.value;
  let s = Math.min(Math.max((a - o.x) / o.y, 0), NX - 1);
  let t = Math.min(Math.max((b - o.z) / o.w, 0), NY - 1);
  const i = Math.min(Math.floor(s), NX - 2);
  const j = Math.min(Math.floor(t), NY - 2);
  s -= i;
  t -= j;
  const e = u.uFlH.value;
  const g = u.uFlG.value;
  const k = NY * i + j;
  const k2 = k + NY;
  const ha = hermite(e[k] as number, (g[2 * k + 1] as number) * o.w, e[k + 1] as number, (g[2 * k + 3] as number) * o.w, t);
  const hb = hermite(e[k2] as number, (g[2 * k2 + 1] as number) * o.w, e[k2 + 1] as number, (g[2 * k2 + 3] as number) * o.w, t);
  const ma = ((g[2 * k] as number) + ((g[2 * k + 2] as number) - (g[2 * k] as number)) * t) * o.y;
  const mb = ((g[2 * k2] as number) + ((g[2 * k2 + 2] as number) - (g[2 * k2] as number)) * t) * o.y;
  return hermite(ha, ma, hb, mb, s);
}

/** Cubic Hermite between h0 (slope m0) at t = 0 and h1 (slope m1) at t = 1: exact on a parabola. */
function hermite(h0: number, m0: number, h1: number, m1: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * h0 + (t3 - 2 * t2 + t) * m0 + (3 * t2 - 2 * t3) * h1 + (t3 - t2) * m1;
}

/**
 * The CPU twin of the shader: skinned vertex `v` (the mesh's frame), whose fleshiness is `palm` on
 * the palmar side and `edge` on the ulnar edge (fleshWeights), pressed in place.
 */
export function pressFlesh(u: FleshUniforms, palm: number, edge: number, v: Vector3): Vector3 {
  const edgeMode = u.uFlM.value > 0.5;
  const w = edgeMode ? edge : palm;
  if (u.uFlOn.value < 0.5 || w <= 0) return v;
  const need = edgeMode ? fleshHeight(u, v.y, v.z) - u.uFlF.value.x + v.x : fleshHeight(u, v.x, v.y) - u.uFlF.value.x - v.z;
  if (need > 0) {
    const d = Math.min(need, u.uFlF.value.y) * w;
    if (edgeMode) v.x -= d;
    else v.z += d;
  }
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
 * Measures the skin under the hand (the surface's frame is the rig's parent space) into the
 * shader's uniforms. `meshToParent` maps the mesh's (= the palm's) frame to the parent, and
 * `parentToMesh` back; `skinNormal` is the skin's normal at the contact (parent frame): where it
 * faces the palmar side the palm's grid is measured, where it faces the ulnar edge the edge's,
 * otherwise nothing presses. `dent` is the pressure dent, metres. No allocation.
 */
export function fitFlesh(u: FleshUniforms, meshToParent: Matrix4, parentToMesh: Matrix4, surface: MeshSurface, skinNormal: Vector3, dent: number): void {
  u.uFlOn.value = 0;
  _n.copy(skinNormal).transformDirection(parentToMesh);
  const edgeMode = -_n.x > _n.z;
  if ((edgeMode ? -_n.x : _n.z) < FACING) return;
  const grid = edgeMode ? FLESH_GRID.edge : FLESH_GRID.palm;
  const e = u.uFlH.value;
  const g = u.uFlG.value;
  for (let i = 0; i < NX; i++)
    for (let j = 0; j < NY; j++) {
      const a = grid.a0 + i * grid.sa;
      const b = grid.b0 + j * grid.sb;
      if (edgeMode) _t.set(-grid.at, a, b);
      else _t.set(a, b, grid.at);
      _t.applyMatrix4(meshToParent);
      _in[0] = _t.x;
      _in[1] = _t.y;
      _in[2] = _t.z;
      surface.closestPointInto(_in, _qp, _qn);
      // the foot and its normal in the palm's frame, as (a, b, height) of this mode
      _f.set(_qp[0] as number, _qp[1] as number, _qp[2] as number).applyMatrix4(parentToMesh);
      _n.set(_qn[0] as number, _qn[1] as number, _qn[2] as number).transformDirection(parentToMesh);
      if (edgeMode) {
        _f.set(_f.y, _f.z, -_f.x);
        _n.set(_n.y, _n.z, -_n.x);
      }
      // (skin turned away from the pressing side — past the flank: no height to press against)
      if (_n.z < FACING) return;
      const k = NY * i + j;
      // the tangent plane's height at the node
      e[k] = _f.z + (_n.x * (_f.x - a) + _n.y * (_f.y - b)) / _n.z;
      g[2 * k] = clampSlope(-_n.x / _n.z);
      g[2 * k + 1] = clampSlope(-_n.y / _n.z);
    }
  u.uFlM.value = edgeMode ? 1 : 0;
  u.uFlO.value.set(grid.a0, grid.sa, grid.b0, grid.sb);
  u.uFlF.value.set(dent + FLESH_SLACK_M, FLESH_MAX_M);
  u.uFlOn.value = 1;
}
