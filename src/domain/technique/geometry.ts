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
      const top = LEVEL_Y_CM[path.from_level];
      const bottom = LEVEL_Y_CM[path.to_level];
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
