/**
 * A rough flat map of the lower back in cm, used ONLY by the lint to reason about distances from
 * the midline and stroke directions. x = + towards the patient's right, y = + up, origin at the
 * tip of the L4 spinous process (about Tuffier's line). The motion engine places points on the
 * real model from its landmarks; these figures are typical adult values, not the model's.
 */
import { VERTEBRAL_LEVELS, type VertebralLevel } from '../anatomy/types';
import type { AcupointsFile } from './acupoints';
import { resolvePoint, type ResolvedPoint } from './points';
import type { AnatomicalPoint, PathSpec, PointSide } from './schema';
import { KIDNEY_AREA_DEF, NAMED_BAND_EDGES, linePolyline } from './landmarks';

export interface PlanePoint {
  x: number;
  y: number;
}

/** Approximate height of each spinous process tip above L4's, cm. */
export const LEVEL_Y_CM: Readonly<Record<VertebralLevel, number>> = {
  T10: 20.2,
  T11: 17.4,
  T12: 14.4,
  L1: 10.9,
  L2: 7.3,
  L3: 3.7,
  L4: 0,
  L5: -3.4,
  S1: -6.6,
  S2: -9.0,
  S3: -11.2,
  S4: -13.2,
};

/** Fraction of the gap to the next level down where a spinous process's lower border lies. */
export const LOWER_BORDER_FRACTION = 0.35;

const LANDMARK_XY: Readonly<Record<string, PlanePoint>> = {
  'iliac-crest-top-left': { x: -12, y: 0.5 },
  'iliac-crest-top-right': { x: 12, y: 0.5 },
  'psis-left': { x: -4.5, y: LEVEL_Y_CM.S2 },
  'psis-right': { x: 4.5, y: LEVEL_Y_CM.S2 },
  'greater-trochanter-left': { x: -17, y: -22 },
  'greater-trochanter-right': { x: 17, y: -22 },
  'sacral-hiatus': { x: 0, y: -15 },
  coccyx: { x: 0, y: -19 },
};

function levelY(level: VertebralLevel, at: 'spinous-process' | 'lower-border'): number {
  const y = LEVEL_Y_CM[level];
  if (at === 'spinous-process') return y;
  const next = VERTEBRAL_LEVELS[VERTEBRAL_LEVELS.indexOf(level) + 1];
  const gap = next ? y - LEVEL_Y_CM[next] : 2;
  return y - LOWER_BORDER_FRACTION * gap;
}

function landmarkXY(id: string): PlanePoint {
  if (id in LEVEL_Y_CM) return { x: 0, y: LEVEL_Y_CM[id as VertebralLevel] };
  return LANDMARK_XY[id] ?? { x: 0, y: 0 };
}

/**
 * Height of a band edge on the flat map, cm: a level's spinous process, or (format 2) the height
 * of the named landmark (the 12th rib's tip, the crest's top, the PSIS, the gluteal fold…).
 */
export function bandEdgeY(edge: string): number {
  if (edge in LEVEL_Y_CM) return LEVEL_Y_CM[edge as VertebralLevel];
  const lm = NAMED_BAND_EDGES[edge as keyof typeof NAMED_BAND_EDGES];
  if (lm === undefined) return 0;
  return planeOf({ landmark: lm as AnatomicalPoint['landmark'] }, 'right').y;
}

/** Position of a resolved point on the flat map. */
export function planeOfResolved(r: ResolvedPoint): PlanePoint {
  let base: PlanePoint;
  switch (r.anchor.kind) {
    case 'level':
      base = { x: 0, y: levelY(r.anchor.level, r.anchor.at) };
      break;
    case 'landmark':
      base = landmarkXY(r.anchor.id);
      break;
    case 'between': {
      const a = landmarkXY(r.anchor.from);
      const b = landmarkXY(r.anchor.to);
      base = { x: a.x + (b.x - a.x) * r.anchor.t, y: a.y + (b.y - a.y) * r.anchor.t };
      break;
    }
  }
  return { x: base.x + r.dxCm, y: base.y + r.dyCm };
}

export function planeOf(
  p: AnatomicalPoint,
  side: PointSide,
  acupoints?: AcupointsFile,
): PlanePoint {
  return planeOfResolved(resolvePoint(p, side, acupoints ? { acupoints } : {}));
}

const sgn = (s: PointSide) => (s === 'right' ? 1 : -1);

/** The path as a polyline (or outline) on the flat map, for one side. */
export function pathPolyline(
  path: PathSpec,
  side: PointSide,
  acupoints?: AcupointsFile,
): PlanePoint[] {
  const P = (p: AnatomicalPoint) => planeOf(p, side, acupoints);
  switch (path.shape) {
    case 'line':
      return pathPolyline(linePolyline(path), side, acupoints);
    case 'polyline': {
      const pts = path.points.map(P);
      const first = pts[0];
      return path.closed && first ? [...pts, first] : pts;
    }
    case 'zigzag': {
      const a = P(path.from);
      const b = P(path.to);
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const nx = -dy / len;
      const ny = dx / len;
      const pts: PlanePoint[] = [a];
      const k = 2 * path.zigs;
      for (let i = 0; i < k; i++) {
        const t = (i + 0.5) / k;
        const s = i % 2 === 0 ? 1 : -1;
        pts.push({
          x: a.x + dx * t + nx * path.amplitude_cm * s,
          y: a.y + dy * t + ny * path.amplitude_cm * s,
        });
      }
      pts.push(b);
      return pts;
    }
    case 'spiral': {
      const c = P(path.center);
      const n = Math.max(8, Math.ceil(path.turns * 24));
      const pts: PlanePoint[] = [];
      for (let i = 0; i <= n; i++) {
        const t = i / n;
        const r = path.radius_cm * (path.direction === 'outward' ? t : 1 - t);
        const a = t * path.turns * 2 * Math.PI * (path.rotation === 'clockwise' ? -1 : 1);
        pts.push({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
      }
      return pts;
    }
    case 'circle': {
      const c = P(path.center);
      const pts: PlanePoint[] = [];
      for (let i = 0; i <= 32; i++) {
        const a = (i / 32) * 2 * Math.PI;
        pts.push({ x: c.x + path.radius_cm * Math.cos(a), y: c.y + path.radius_cm * Math.sin(a) });
      }
      return pts;
    }
    case 'band': {
      const top = bandEdgeY(path.from_level);
      const bottom = bandEdgeY(path.to_level);
      const s = sgn(side);
      const xi = s * path.lateral_from_cm;
      const xo = s * path.lateral_to_cm;
      return [
        { x: xi, y: top },
        { x: xo, y: top },
        { x: xo, y: bottom },
        { x: xi, y: bottom },
        { x: xi, y: top },
      ];
    }
  }
}

/** Smallest |x| (distance from the midline) along a polyline, cm; 0 if it crosses the midline. */
export function minMidlineDistance(pts: readonly PlanePoint[]): number {
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as PlanePoint;
    best = Math.min(best, Math.abs(p.x));
    const q = pts[i + 1];
    if (q && Math.sign(p.x) !== Math.sign(q.x) && p.x !== 0 && q.x !== 0) return 0;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Kidney area and lymph watershed (DESIGN.md §7)
// ---------------------------------------------------------------------------------------------

/**
 * The kidney area on the flat map, one side: below the 12th rib, about T11 to L3, lateral to
 * the erector spinae. x (cm from the midline) from the lateral border of the erector spinae
 * (about 6 cm) to the flank (about 12 cm); y from the L3 spinous process up to T11's.
 */
export const KIDNEY_AREA = {
  xFrom: KIDNEY_AREA_DEF.lateralFromCm,
  xTo: KIDNEY_AREA_DEF.lateralToCm,
  yFrom: LEVEL_Y_CM[KIDNEY_AREA_DEF.toLevel],
  yTo: LEVEL_Y_CM[KIDNEY_AREA_DEF.fromLevel],
} as const;

/**
 * The lymph watershed of the back's skin, about L1–L2: above y = WATERSHED_TOP_Y the skin
 * drains to the armpit (axillary) nodes, below y = WATERSHED_BOTTOM_Y to the groin (superficial
 * inguinal) nodes; in between (the L1–L2 band itself) either way.
 */
export const WATERSHED_TOP_Y = LEVEL_Y_CM.L1;
export const WATERSHED_BOTTOM_Y = LEVEL_Y_CM.L2;

const EPS = 0.05;
const inKidneyArea = (p: PlanePoint) =>
  Math.abs(p.x) > KIDNEY_AREA.xFrom + EPS &&
  Math.abs(p.x) < KIDNEY_AREA.xTo - EPS &&
  p.y > KIDNEY_AREA.yFrom + EPS &&
  p.y < KIDNEY_AREA.yTo - EPS;

/** The polyline with extra points so that no piece is longer than `stepCm`. */
export function densify(pts: readonly PlanePoint[], stepCm = 0.25): PlanePoint[] {
  const out: PlanePoint[] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] as PlanePoint;
    const b = pts[i + 1];
    out.push(a);
    if (!b) break;
    const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / stepCm);
    for (let k = 1; k < n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}

/**
 * A point of the path (or of the area it covers) inside the kidney area, or undefined. A band
 * covers its whole rectangle, a circle its disc; other paths are the line the hand follows.
 */
export function kidneyAreaHit(path: PathSpec, side: PointSide, acupoints?: AcupointsFile): PlanePoint | undefined {
  if (path.shape === 'band') {
    const s = sgn(side);
    const x0 = Math.max(path.lateral_from_cm, KIDNEY_AREA.xFrom);
    const x1 = Math.min(path.lateral_to_cm, KIDNEY_AREA.xTo);
    const y0 = Math.max(bandEdgeY(path.to_level), KIDNEY_AREA.yFrom);
    const y1 = Math.min(bandEdgeY(path.from_level), KIDNEY_AREA.yTo);
    return x1 - x0 > EPS && y1 - y0 > EPS ? { x: (s * (x0 + x1)) / 2, y: (y0 + y1) / 2 } : undefined;
  }
  const pts = densify(pathPolyline(path, side, acupoints));
  if (path.shape === 'circle') {
    const c = planeOf(path.center, side, acupoints);
    // The disc: its centre, and the points half-way to the rim.
    pts.push(c, ...pts.map((p) => ({ x: (p.x + c.x) / 2, y: (p.y + c.y) / 2 })));
  }
  return pts.find(inKidneyArea);
}

/** A single point inside the kidney area? */
export const pointInKidneyArea = (p: PlanePoint): boolean => inKidneyArea(p);

export interface LymphFlowCheck {
  /** Total travel upwards below the watershed (towards the armpit instead of the groin), cm. */
  upBelow: number;
  /** Total travel downwards above the watershed (towards the groin instead of the armpit), cm. */
  downAbove: number;
  /** Total travel towards the spine, cm (lymph of the back runs from the spine out to the flanks). */
  inward: number;
  /** Where each wrong-way travel happens: the lowest and highest y of those pieces, cm. */
  where: { upBelow?: [number, number]; downAbove?: [number, number]; inward?: [number, number] };
}

/**
 * Follows the WHOLE path (every piece, not just its ends) and adds up the travel against lymph
 * flow: up below the watershed, down above it, towards the spine anywhere. A closed loop or a
 * stroke that doubles back in the middle is caught.
 */
export function lymphFlowCheck(pts: readonly PlanePoint[]): LymphFlowCheck {
  const d = densify(pts);
  const r: LymphFlowCheck = { upBelow: 0, downAbove: 0, inward: 0, where: {} };
  for (let i = 0; i + 1 < d.length; i++) {
    const a = d[i] as PlanePoint;
    const b = d[i + 1] as PlanePoint;
    const ym = (a.y + b.y) / 2;
    const dy = b.y - a.y;
    const inward = Math.abs(a.x) - Math.abs(b.x);
    const add = (k: 'upBelow' | 'downAbove' | 'inward', v: number) => {
      r[k] += v;
      const w = r.where[k];
      const lo = Math.min(a.y, b.y);
      const hi = Math.max(a.y, b.y);
      r.where[k] = w ? [Math.min(w[0], lo), Math.max(w[1], hi)] : [lo, hi];
    };
    if (dy > 0 && ym < WATERSHED_BOTTOM_Y) add('upBelow', dy);
    if (dy < 0 && ym > WATERSHED_TOP_Y) add('downAbove', -dy);
    // Crossing the midline is not travel towards the spine on the far side's own lymph.
    if (inward > 0 && Math.sign(a.x) === Math.sign(b.x)) add('inward', inward);
  }
  return r;
}

/** The vertebral level nearest to a height on the flat map (for messages). */
export function levelNear(y: number): VertebralLevel {
  let best: VertebralLevel = 'L4';
  for (const l of VERTEBRAL_LEVELS) if (Math.abs(LEVEL_Y_CM[l] - y) < Math.abs(LEVEL_Y_CM[best] - y)) best = l;
  return best;
}
