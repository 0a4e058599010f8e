/**
 * Anatomical point → chart coordinate → skin point + normal.
 *
 * - level: the skin point over the spinous process tip of that vertebra (its landmark's skin
 *   point height, u = 0); `at: 'lower-border'` moves a third of the way down to the next level.
 * - lateral offset: measured OVER THE SKIN along the horizontal section (chart u), away from the
 *   midline, on the point's side (left = −X). `lateral_cun` × cunCm (default 2.17 cm, the
 *   acupoints file's `cun_cm`).
 * - landmark: its skin point; paired landmarks written without '-left'/'-right' take the side;
 *   `lateral_cm` moves away from the midline (negative: towards it).
 * - acupoint: its definition in acupoints.json (level + offset, or a fraction between two
 *   landmarks), then the point's own offsets on top.
 * - vertical_cm: along the height (+ up, towards the head).
 */
import type { Vec3, VertebralLevel } from '../anatomy/types';
import { VERTEBRAL_LEVELS } from '../anatomy/types';
import type { AnatomicalPoint } from '../technique/schema';
import { PAIRED_LANDMARKS, type DerivedLandmark } from '../technique/schema';
import { DERIVED_LANDMARK_DEFS, isDerivedLandmark, landmarkBase } from '../technique/landmarks';
import { type MotionAnatomy, type PreparedAnatomy, prepareAnatomy } from './anatomy';
import { chartPoint, evalChart } from './chart';
import type { ChartXY } from './chartPath';

export type ResolvedSide = 'left' | 'right';

export interface ResolvedPoint {
  /** Chart coordinate [u, y] (u signed: + right). */
  chart: ChartXY;
  /** Skin point, metres, body frame. */
  point: Vec3;
  /** Outward unit normal. */
  normal: Vec3;
  /** True for points the product never presses (e.g. GV4 on the midline). */
  noPressure: boolean;
}

const sideSign = (s: ResolvedSide): 1 | -1 => (s === 'left' ? -1 : 1);

function levelHeight(a: PreparedAnatomy, level: VertebralLevel, at: 'spinous-process' | 'lower-border'): number {
  const y = a.levelY.get(level);
  if (y === undefined) throw new Error(`motion: no landmark for vertebral level ${level}`);
  if (at !== 'lower-border') return y;
  const i = VERTEBRAL_LEVELS.indexOf(level);
  const below = VERTEBRAL_LEVELS[i + 1];
  const above = VERTEBRAL_LEVELS[i - 1];
  const yb = below !== undefined ? a.levelY.get(below) : undefined;
  if (yb !== undefined) return y + (yb - y) / 3;
  const ya = above !== undefined ? a.levelY.get(above) : undefined;
  return ya !== undefined ? y - (ya - y) / 3 : y;
}

function landmarkChart(a: PreparedAnatomy, id: string, side: ResolvedSide): readonly [number, number] {
  const full = (PAIRED_LANDMARKS as readonly string[]).includes(id) ? `${id}-${side}` : id;
  const c = a.landmarkChart.get(full);
  if (!c) throw new Error(`motion: landmark "${full}" is missing from landmarks.json`);
  return c;
}

function landmarkSkin(a: PreparedAnatomy, id: string, side: ResolvedSide): Vec3 {
  const full = (PAIRED_LANDMARKS as readonly string[]).includes(id) ? `${id}-${side}` : id;
  const l = a.landmarks.get(full);
  if (!l) throw new Error(`motion: landmark "${full}" is missing from landmarks.json`);
  return l.skin;
}

/** The chart u whose skin point has body-frame x at height y (bisection along the row). */
function chartUAtX(a: PreparedAnatomy, x: number, y: number): number {
  const sgn = x < 0 ? -1 : 1;
  const cp = chartPoint();
  const uMax = -a.chart.u0;
  let lo = 0;
  let hi = uMax;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    evalChart(a.chart, sgn * mid, y, cp);
    if (sgn * cp.p[0] < sgn * x) lo = mid;
    else hi = mid;
  }
  return sgn * ((lo + hi) / 2);
}

function isMidline(a: PreparedAnatomy, id: string): boolean {
  return a.landmarks.get(id)?.side === 'midline';
}

/**
 * Chart coordinate of an anatomical point. `stepSide` is the side the step is being resolved
 * for (a point's own `side` wins).
 */
export function resolveChart(
  point: AnatomicalPoint,
  a: PreparedAnatomy,
  stepSide: ResolvedSide = 'right',
): { chart: ChartXY; noPressure: boolean } {
  const side: ResolvedSide = point.side ?? stepSide;
  const s = sideSign(side);
  const lateral = (point.lateral_cm ?? 0) / 100 + ((point.lateral_cun ?? 0) * a.cunCm) / 100;
  const vertical = (point.vertical_cm ?? 0) / 100;
  let u: number;
  let y: number;
  let noPressure = false;
  const derived = point.landmark !== undefined ? landmarkBase(point.landmark) : undefined;
  if (point.level !== undefined) {
    u = s * lateral;
    y = levelHeight(a, point.level, point.at ?? 'spinous-process');
  } else if (derived && isDerivedLandmark(derived.base)) {
    // A landmark derived from the generated ones (technique/landmarks.ts), like an acupoint.
    const ds = sideSign(derived.side ?? side);
    const def = DERIVED_LANDMARK_DEFS[derived.base as DerivedLandmark];
    if (def.kind === 'level') {
      u = ds * (def.lateral_cm / 100 + lateral);
      y = levelHeight(a, def.level, def.at) + def.vertical_cm / 100;
    } else {
      const sd: ResolvedSide = derived.side ?? side;
      const pa = landmarkSkin(a, def.from, sd);
      const pb = landmarkSkin(a, def.to, sd);
      const x = pa[0] + (pb[0] - pa[0]) * def.t;
      y = pa[1] + (pb[1] - pa[1]) * def.t + def.vertical_cm / 100;
      u = chartUAtX(a, x, y);
      u += (Math.abs(u) > 0.005 ? Math.sign(u) : ds) * lateral;
    }
  } else if (point.landmark !== undefined) {
    const [lu, ly] = landmarkChart(a, point.landmark, side);
    // Away from the midline: a lateral landmark's own side; a midline one, the point's side.
    const away = isMidline(a, point.landmark) ? s : Math.sign(lu) || s;
    u = lu + away * lateral;
    y = ly;
  } else if (point.acupoint !== undefined) {
    const def = a.source.acupoints.acupoints.find((p) => p.id === point.acupoint);
    if (!def) throw new Error(`motion: acupoint "${point.acupoint}" is missing from acupoints.json`);
    noPressure = def.no_pressure;
    const loc = def.location;
    if (loc.kind === 'level') {
      const base = (loc.lateral_cm ?? 0) / 100 + ((loc.lateral_cun ?? 0) * a.cunCm) / 100;
      const sign = def.paired ? s : 0;
      u = sign * (base + lateral);
      y = levelHeight(a, loc.level, loc.at);
    } else {
      // "Two thirds of the way from A to B" is measured on the straight line between the two
      // landmarks as seen from behind (a therapist marks it on the prone patient), not along
      // the skin: interpolate x and y, then find the skin point with that x on the chart row.
      // (Interpolating tape lengths runs round the hip: GB30 landed on the side of the
      // trochanter, outside the outline seen from behind.)
      const pa = landmarkSkin(a, loc.from, side);
      const pb = landmarkSkin(a, loc.to, side);
      const x = pa[0] + (pb[0] - pa[0]) * loc.t;
      y = pa[1] + (pb[1] - pa[1]) * loc.t;
      u = chartUAtX(a, x, y);
      const away = Math.abs(u) > 0.005 ? Math.sign(u) : def.paired ? s : 0;
      u += away * lateral;
    }
  } else {
    throw new Error('motion: a point needs an anchor (level, landmark or acupoint)');
  }
  return { chart: [u, y + vertical], noPressure };
}

/** Resolve an anatomical point to a skin point and normal (projected onto the surface). */
export function resolvePoint(
  point: AnatomicalPoint,
  anatomy: MotionAnatomy | PreparedAnatomy,
  stepSide: ResolvedSide = 'right',
): ResolvedPoint {
  const a = 'chart' in anatomy ? anatomy : prepareAnatomy(anatomy);
  const { chart, noPressure } = resolveChart(point, a, stepSide);
  if (point.landmark !== undefined && !point.lateral_cm && !point.lateral_cun && !point.vertical_cm) {
    // A landmark as such: its own skin point (e.g. the bottom of the PSIS dimple).
    const side: ResolvedSide = point.side ?? stepSide;
    const id = (PAIRED_LANDMARKS as readonly string[]).includes(point.landmark) ? `${point.landmark}-${side}` : point.landmark;
    const l = a.landmarks.get(id);
    if (l) return { chart, point: l.skin, normal: l.normal, noPressure };
  }
  const cp = evalChart(a.chart, chart[0], chart[1], chartPoint());
  // Over a bridged groove the chart point is above the skin: drop it along the normal first.
  const hit = a.source.surface.closestPoint([
    cp.p[0] - cp.gap * cp.n[0],
    cp.p[1] - cp.gap * cp.n[1],
    cp.p[2] - cp.gap * cp.n[2],
  ]);
  return { chart, point: hit.point, normal: hit.normal, noPressure };
}
