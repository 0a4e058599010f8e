/**
 * Placing points on the body. A click on the skin becomes an ANATOMICAL point (a vertebral level,
 * a landmark or an acupoint, plus lateral_cm / vertical_cm; never xyz), computed with the motion
 * engine's own surface chart (chartInverse, the inverse of what resolvePoint evaluates), so that
 * resolving the stored point lands where the teacher clicked (within 3 mm; a snapped point lands
 * exactly on its snap target).
 *
 * Sides: the patient's sides, +X = the patient's right = the viewer's right when looking at the
 * back. A point is stored RELATIVE (no `side`: it takes its step's side, and is mirrored on a
 * step done on both sides) when it lies on `opts.side` or on the midline; otherwise it carries
 * an absolute `side`. Without `opts.side`, every off-midline point carries its `side`.
 */
import type { Vec3 } from '../anatomy/types';
import { VERTEBRAL_LEVELS, type VertebralLevel } from '../anatomy/types';
import { prepareAnatomy, type MotionAnatomy, type PreparedAnatomy } from '../motion/anatomy';
import { chartInverse } from '../motion/chart';
import { resolveChart, resolvePoint, type ResolvedSide } from '../motion/resolve';
import {
  ACUPOINT_IDS,
  MIDLINE_LANDMARKS,
  PAIRED_LANDMARKS,
  type AnatomicalPoint,
} from '../technique/schema';

export type SnapKind = 'level' | 'landmark' | 'acupoint';

export interface SnapTarget {
  kind: SnapKind;
  /** The anchor id: 'L3', 'psis', 'BL23'… (paired ones without '-left' / '-right'). */
  id: string;
  /** The side of a paired target. */
  side?: ResolvedSide;
}

export interface SnapCandidate extends SnapTarget {
  /** The point stored when snapping to it (side as described at the top of this file). */
  point: AnatomicalPoint;
  /** Where it is on the skin (what resolvePoint gives), metres, body frame. */
  position: Vec3;
  /** Distance from the query point, cm. */
  distanceCm: number;
}

export interface PlaceOptions {
  /** Snap to a level / landmark / acupoint closer than this, cm (default 1.5; 0 = never). */
  snapCm?: number;
  /** The side the point is resolved for (its step's side, or the side being edited of a "both" step). */
  side?: ResolvedSide;
}

export interface Placement {
  point: AnatomicalPoint;
  snapped?: SnapTarget;
}

/** Default snapping radius, cm. */
export const DEFAULT_SNAP_CM = 1.5;
/** Offsets are stored to this precision, cm (0.1 cm = 1 mm). */
export const OFFSET_STEP_CM = 0.1;

const prep = (a: MotionAnatomy | PreparedAnatomy): PreparedAnatomy => ('chart' in a ? a : prepareAnatomy(a));
const roundCm = (v: number): number => {
  const r = Math.round(v / OFFSET_STEP_CM) * OFFSET_STEP_CM;
  const x = Number(r.toFixed(1));
  return Object.is(x, -0) ? 0 : x;
};
const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** `side` on a point: omitted when it equals the relative side (or on the midline). */
function sided(p: AnatomicalPoint, side: ResolvedSide | undefined, relativeSide: ResolvedSide | undefined): AnatomicalPoint {
  const out: AnatomicalPoint = { ...p };
  delete out.side;
  if (side === undefined || side === relativeSide) return out;
  return { ...out, side };
}

interface Target {
  kind: SnapKind;
  id: string;
  side?: ResolvedSide;
  /** The point with an absolute side (for paired targets). */
  point: AnatomicalPoint;
  position: Vec3;
}

const targetCache = new WeakMap<PreparedAnatomy, Target[]>();

function targets(a: PreparedAnatomy): Target[] {
  const hit = targetCache.get(a);
  if (hit) return hit;
  const out: Target[] = [];
  const add = (kind: SnapKind, id: string, point: AnatomicalPoint, side?: ResolvedSide) => {
    try {
      const r = resolvePoint(point, a, side ?? 'right');
      out.push({ kind, id, point, position: r.point, ...(side ? { side } : {}) });
    } catch {
      // not on this model (a missing landmark): not a snap target
    }
  };
  for (const level of VERTEBRAL_LEVELS) if (a.levelY.has(level)) add('level', level, { level });
  // (the derived landmarks — 12th rib, buttock, gluteal fold — are paired landmarks too)
  for (const base of PAIRED_LANDMARKS) {
    for (const side of ['left', 'right'] as const) add('landmark', base, { landmark: base, side }, side);
  }
  for (const id of MIDLINE_LANDMARKS) if (a.landmarks.has(id)) add('landmark', id, { landmark: id });
  for (const id of ACUPOINT_IDS) {
    const def = a.source.acupoints.acupoints.find((p) => p.id === id);
    if (!def) continue;
    if (def.paired) for (const side of ['left', 'right'] as const) add('acupoint', id, { acupoint: id, side }, side);
    else add('acupoint', id, { acupoint: id });
  }
  targetCache.set(a, out);
  return out;
}

/** Levels, landmarks and acupoints within `radiusCm` of the skin point `p`, nearest first. */
export function snapCandidates(
  anatomy: MotionAnatomy | PreparedAnatomy,
  p: Vec3,
  radiusCm: number,
  opts: { side?: ResolvedSide } = {},
): SnapCandidate[] {
  const a = prep(anatomy);
  const out: SnapCandidate[] = [];
  for (const t of targets(a)) {
    const d = dist(t.position, p) * 100;
    if (d > radiusCm) continue;
    out.push({
      kind: t.kind,
      id: t.id,
      ...(t.side ? { side: t.side } : {}),
      point: sided(t.point, t.side, opts.side),
      position: t.position,
      distanceCm: d,
    });
  }
  return out.sort((x, y) => x.distanceCm - y.distanceCm);
}

/** The level whose height is nearest to y. */
function nearestLevel(a: PreparedAnatomy, y: number): { level: VertebralLevel; y: number } {
  let best: { level: VertebralLevel; y: number } | undefined;
  for (const [level, ly] of a.levelY) if (!best || Math.abs(ly - y) < Math.abs(best.y - y)) best = { level, y: ly };
  if (!best) throw new Error('authoring: the anatomy has no vertebral levels');
  return best;
}

/** The level-anchored point at chart coordinate (u, y) (`level` kept when given and in reach). */
function pointAtChart(a: PreparedAnatomy, u: number, y: number, relativeSide: ResolvedSide | undefined, keep?: { level: VertebralLevel; at?: 'spinous-process' | 'lower-border' }): AnatomicalPoint {
  let level: VertebralLevel;
  let yl: number;
  let at: 'spinous-process' | 'lower-border' | undefined;
  const kept = keep ? resolveChart({ level: keep.level, ...(keep.at ? { at: keep.at } : {}) }, a).chart[1] : undefined;
  if (keep && kept !== undefined && Math.abs(y - kept) * 100 <= 29.9) {
    level = keep.level;
    yl = kept;
    at = keep.at;
  } else {
    ({ level, y: yl } = nearestLevel(a, y));
  }
  const lateral = roundCm(Math.min(Math.abs(u) * 100, 30));
  const vertical = roundCm(Math.max(-30, Math.min(30, (y - yl) * 100)));
  const side: ResolvedSide | undefined = lateral === 0 ? undefined : u < 0 ? 'left' : 'right';
  const p: AnatomicalPoint = { level, ...(at ? { at } : {}) };
  if (lateral !== 0) p.lateral_cm = lateral;
  if (vertical !== 0) p.vertical_cm = vertical;
  return sided(p, side, relativeSide);
}

/**
 * The anatomical point for a click on the skin at `p` (body frame, metres): snapped to the
 * nearest level / landmark / acupoint within `snapCm`, else a vertebral level plus lateral and
 * vertical offsets from the motion engine's chart inverse.
 */
export function placeOnSkin(anatomy: MotionAnatomy | PreparedAnatomy, p: Vec3, opts: PlaceOptions = {}): Placement {
  const a = prep(anatomy);
  const snapCm = opts.snapCm ?? DEFAULT_SNAP_CM;
  if (snapCm > 0) {
    const c = snapCandidates(a, p, snapCm, opts.side ? { side: opts.side } : {})[0];
    if (c) return { point: c.point, snapped: { kind: c.kind, id: c.id, ...(c.side ? { side: c.side } : {}) } };
  }
  return { point: inverseOnSkin(a, p, opts.side) };
}

/**
 * The level-anchored point whose resolution (by the engine's own resolvePoint) is nearest to the
 * skin point `p`: start from the chart inverse (the nearest chart point at p's height), then — as
 * the engine drops chart points over a bridged groove and projects them onto the skin, and the
 * skin's height is not the chart row's over the sloping sacrum — a pattern search on (u, y)
 * against the resolved point, then the best of the stored (0.1 cm) values around it.
 */
function inverseOnSkin(a: PreparedAnatomy, p: Vec3, relativeSide: ResolvedSide | undefined): AnatomicalPoint {
  const [u0, y0] = chartInverse(a.chart, p);
  const { level, y: yl } = nearestLevel(a, y0);
  const at = (u: number, y: number): AnatomicalPoint => {
    const lateral = Math.min(Math.abs(u) * 100, 30);
    const vertical = Math.max(-30, Math.min(30, (y - yl) * 100));
    const pt: AnatomicalPoint = { level };
    if (lateral !== 0) pt.lateral_cm = lateral;
    if (vertical !== 0) pt.vertical_cm = vertical;
    if (lateral !== 0) pt.side = u < 0 ? 'left' : 'right';
    return pt;
  };
  const err = (u: number, y: number): number => dist(resolvePoint(at(u, y), a).point, p);
  let bu = u0;
  let by = y0;
  let be = err(bu, by);
  const refine = (): void => {
    // Pattern search down to 0.05 mm.
    for (let h = 0.004; h > 0.00005 && be > 0.00005; ) {
      let moved = false;
      for (const [du, dy] of PATTERN) {
        const e = err(bu + du * h, by + dy * h);
        if (e < be) {
          be = e;
          bu += du * h;
          by += dy * h;
          moved = true;
          break;
        }
      }
      if (!moved) h /= 2;
    }
  };
  refine();
  if (be > 0.0005) {
    // Stuck (a groove, the sloping sacrum): a coarse scan around the chart inverse (±4 cm
    // across, ±2 cm along, 5 mm steps), then the pattern search again.
    for (let du = -0.04; du <= 0.04001; du += 0.005) {
      for (let dy = -0.02; dy <= 0.02001; dy += 0.005) {
        const e = err(u0 + du, y0 + dy);
        if (e < be) {
          be = e;
          bu = u0 + du;
          by = y0 + dy;
        }
      }
    }
    refine();
  }
  // Stored to 0.1 cm: the best of the 3 × 3 stored values around the optimum.
  const ru = roundCm(bu * 100) / 100;
  const ry = yl + roundCm((by - yl) * 100) / 100;
  let best = { u: ru, y: ry, e: Infinity };
  for (const [du, dy] of [[0, 0], ...PATTERN] as const) {
    const u = ru + du * OFFSET_STEP_CM * 0.01;
    const y = ry + dy * OFFSET_STEP_CM * 0.01;
    const e = err(u, y);
    if (e < best.e) best = { u, y, e };
  }
  return pointAtChart(a, best.u, best.y, relativeSide, { level });
}

const PATTERN: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

/** The skin point of an anatomical point (for drawing its handle). */
export function pointToSkin(anatomy: MotionAnatomy | PreparedAnatomy, point: AnatomicalPoint, side: ResolvedSide = 'right'): Vec3 {
  return resolvePoint(point, prep(anatomy), side).point;
}

/** Arrow keys move a point this far over the skin, cm (with Shift: NUDGE_LARGE_CM). */
export const NUDGE_CM = 0.5;
export const NUDGE_LARGE_CM = 2;

/**
 * The point moved over the skin by dxCm towards the patient's right (+X, the viewer's right
 * looking at the back; negative = left) and dyCm up (towards the head). Measured like the
 * format's offsets (over the skin). A point on a level stays on that level (its offsets change);
 * a point on a landmark or an acupoint keeps its anchor when the anchor's offsets can express the
 * move, else it becomes a level-anchored point at the new place. `side` is the side the point
 * is resolved for (its step's side).
 */
export function nudgePoint(
  anatomy: MotionAnatomy | PreparedAnatomy,
  point: AnatomicalPoint,
  dxCm: number,
  dyCm: number,
  side: ResolvedSide = 'right',
): AnatomicalPoint {
  const a = prep(anatomy);
  const [u, y] = resolveChart(point, a, side).chart;
  const tu = u + dxCm / 100;
  const ty = y + dyCm / 100;
  const relative = point.side === undefined ? side : undefined;
  if (point.level !== undefined) {
    return pointAtChart(a, tu, ty, relative, { level: point.level, ...(point.at ? { at: point.at } : {}) });
  }
  // Landmark / acupoint: how does the chart u follow lateral_cm here (+1, −1 or 0)?
  const lateral = (point.lateral_cm ?? 0) + (point.lateral_cun ?? 0) * a.cunCm;
  const base: AnatomicalPoint = { ...point };
  delete base.lateral_cun;
  const probe = resolveChart({ ...base, lateral_cm: lateral + 1 }, a, side).chart[0];
  const away = Math.round((probe - u) * 100);
  if (away === 1 || away === -1) {
    const next: AnatomicalPoint = { ...base };
    const nl = roundCm(lateral + away * dxCm);
    const nv = roundCm((point.vertical_cm ?? 0) + dyCm);
    if (Math.abs(nl) <= 30 && Math.abs(nv) <= 30) {
      if (nl !== 0) next.lateral_cm = nl;
      else delete next.lateral_cm;
      if (nv !== 0) next.vertical_cm = nv;
      else delete next.vertical_cm;
      const got = resolveChart(next, a, side).chart;
      if (Math.hypot(got[0] - tu, got[1] - ty) < 0.002) return next;
    }
  }
  return pointAtChart(a, tu, ty, relative);
}
