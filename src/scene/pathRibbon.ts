import { BufferAttribute, BufferGeometry } from 'three';
import { chartPoint, evalChart, type SurfaceChart } from '../domain/motion/chart';
import type { ChartPath } from '../domain/motion/chartPath';
import { pieceTravel, type PathTravel } from '../domain/motion/evaluate';
import type { MovePiece, Timeline } from '../domain/motion/types';

/**
 * Chevrons on the ribbon: a dark stripe every CHEVRON_PERIOD_M of arc length, bent into a "V"
 * by CHEVRON_SLANT across the ribbon. The fragment shader (PathTrail.tsx) is written from
 * these constants and computes exactly `chevronPhase`; dark where the phase < CHEVRON_DARK.
 */
export const CHEVRON_PERIOD_M = 0.035;
export const CHEVRON_SLANT = 0.25;
export const CHEVRON_DARK = 0.2;

const fract = (x: number): number => x - Math.floor(x);

// Chevrons every 3.5 cm point the way the work goes along the path (uDir, per frame from the
// motion: ping-pong passes turn them round, a lifted return hides them); the part done fades.
// The pattern is chevronPhase() of pathRibbon.ts, tested there.
export const RIBBON_FRAGMENT_SHADER = /* glsl */ `
uniform vec3 uColor;
uniform float uProgress;
uniform float uDir;
varying float vAlong;
varying float vProgress;
varying float vAcross;
void main() {
  float dir = uDir < 0.0 ? -1.0 : 1.0;
  float chevron = fract(dir * vAlong / ${CHEVRON_PERIOD_M.toFixed(4)} + ${CHEVRON_SLANT.toFixed(4)} * abs(vAcross));
  float arrow = (1.0 - smoothstep(${(CHEVRON_DARK - 0.04).toFixed(4)}, ${(CHEVRON_DARK + 0.04).toFixed(4)}, chevron)) * abs(uDir);
  float edge = smoothstep(1.0, 0.7, abs(vAcross));
  float done = dir > 0.0 ? step(vProgress, uProgress) : step(uProgress, vProgress);
  float a = mix(0.8, 0.22, done * abs(uDir)) * edge;
  vec3 c = mix(uColor, vec3(0.35, 0.18, 0.0), arrow * 0.75);
  gl_FragColor = vec4(c, a);
}`;


/**
 * Phase of the chevron pattern at arc length `along` (m) and `across` (−1…1), for arrows shown
 * in direction `dir` (+1: growing arc length). Same formula as the shader
 * (`fract(uDir * vAlong / P + S * abs(vAcross))`).
 */
export function chevronPhase(along: number, across: number, dir: number, slant = CHEVRON_SLANT): number {
  return fract((dir * along) / CHEVRON_PERIOD_M + slant * Math.abs(across));
}

/**
 * Which way the chevrons' tips point along the path (+1 towards growing arc length, −1 back),
 * measured on the pattern itself: the tip of a "V" is its middle (across = 0); it points the way
 * the middle of a dark stripe lies ahead of the same stripe's ends (across = ±1).
 */
export function chevronTipSign(dir: number, slant = CHEVRON_SLANT): 1 | -1 {
  const P = CHEVRON_PERIOD_M;
  const target = CHEVRON_DARK / 2;
  // A point in the middle of a dark stripe on the ribbon's centre line.
  let a0 = 0;
  for (let k = 0; k < 2000; k++) {
    const a = (k / 2000) * P;
    if (Math.abs(chevronPhase(a, 0, dir, slant) - target) < Math.abs(chevronPhase(a0, 0, dir, slant) - target)) a0 = a;
  }
  // The same stripe at the ribbon's edge: the nearest arc length with the same phase.
  let best = 0;
  let bestErr = Infinity;
  for (let k = -1000; k <= 1000; k++) {
    const d = (k / 2000) * P;
    const e = Math.abs(chevronPhase(a0 + d, 1, dir, slant) - target);
    if (e < bestErr - 1e-12 || (Math.abs(e - bestErr) < 1e-12 && Math.abs(d) < Math.abs(best))) {
      bestErr = e;
      best = d;
    }
  }
  return best < 0 ? 1 : -1;
}

/** What the ribbon of a path shows at technique time t: arrow direction and the part done. */
export interface RibbonState {
  /** +1 arrows along growing arc length, −1 against, 0 no arrows (lifted return, no travel). */
  dir: 1 | -1 | 0;
  /** Fraction of the path (0–1) where the work is. */
  progress: number;
}

const _travel: PathTravel = { f: 0, dir: 0 };

/**
 * The ribbon state of `path` at time t: follows the first move piece drawn on that path (before
 * it starts: its start; after it ends: its end). Pure, allocation-free.
 */
export function ribbonState(pieces: readonly MovePiece[], t: number, out: RibbonState): RibbonState {
  let piece: MovePiece | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as MovePiece;
    if (!piece || (t >= p.t0 && t < p.t1) || (t >= p.t1 && p.t1 > piece.t1) || (t < piece.t0 && p.t0 < piece.t0)) piece = p;
    if (t >= p.t0 && t < p.t1) break;
  }
  if (!piece) {
    out.dir = 0;
    out.progress = 0;
    return out;
  }
  pieceTravel(piece, Math.min(Math.max(t, piece.t0), piece.t1 - 1e-6), _travel);
  out.dir = _travel.dir;
  out.progress = _travel.f;
  return out;
}

/** Move pieces of a timeline drawn on `path` (the same ChartPath object), in time order. */
export function piecesOnPath(timeline: Timeline, path: ChartPath): MovePiece[] {
  const out: MovePiece[] = [];
  for (const track of Object.values(timeline.tracks)) {
    for (const p of track) if (p.kind === 'move' && p.path === path) out.push(p);
  }
  return out.sort((a, b) => a.t0 - b.t0);
}

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

/** The next-step marker: a ring of these radii (m) on the skin, lifted off it like the ribbon. */
export const START_RING = { inner: 0.011, outer: 0.016, segments: 32, lift: 0.002 } as const;

/**
 * The next-step marker laid ON the skin around the chart point (u, y): each vertex of a flat
 * ring (`RingGeometry(inner, outer, segments)`: `flat` its positions, x/y in metres) put at the
 * chart point that far along the skin from the centre and lifted by `lift` along the skin's
 * normal there. A flat ring on the skin's tangent plane went under the skin where the back curves
 * away from it (beside the erectors, on the buttock: its outer side hidden, a "C" was drawn).
 */
export function ringOnSkin(chart: SurfaceChart, u: number, y: number, flat: ArrayLike<number>, lift = START_RING.lift): Float32Array {
  const cp = chartPoint();
  evalChart(chart, u, y, cp);
  // y is the body's height, not length on the skin: on a slope one metre of y is more skin
  const perY = 1 / Math.max(0.2, Math.hypot(cp.py[0], cp.py[1], cp.py[2]));
  const out = new Float32Array(flat.length);
  for (let i = 0; i < flat.length; i += 3) {
    evalChart(chart, u + (flat[i] as number), y + (flat[i + 1] as number) * perY, cp);
    for (let k = 0; k < 3; k++) out[i + k] = (cp.p[k] as number) + (cp.n[k] as number) * lift;
  }
  return out;
}
