/**
 * Placement on the skin (thin adapter until the authoring domain's placeOnSkin lands): a
 * body-frame skin point → an anatomical point through the motion engine's own chart inverse, and
 * back through its own resolver, so a point placed lands where it was clicked. Pure TS.
 */
import type { Vec3, VertebralLevel } from '../../../domain/anatomy/types';
import { VERTEBRAL_LEVELS } from '../../../domain/anatomy/types';
import { ACUPOINT_IDS, type AnatomicalPoint, type StepSide } from '../../../domain/technique/schema';
import { prepareAnatomy, type MotionAnatomy, type PreparedAnatomy } from '../../../domain/motion/anatomy';
import { chartInverse } from '../../../domain/motion/chart';
import { resolveChart, resolvePoint, type ResolvedSide } from '../../../domain/motion/resolve';

/** Snap to an acupoint within this distance (m, over the chart). */
export const SNAP_ACUPOINT_M = 0.012;
/** Round offsets under this (cm) to 0: on the level, on the midline. */
export const SNAP_ZERO_CM = 0.6;

const r1 = (v: number) => Math.round(v * 10) / 10;

export interface Placement {
  point: AnatomicalPoint;
  /** What it snapped to (an acupoint id or a level), if anything. */
  snapped?: string;
}

function nearestLevel(a: PreparedAnatomy, y: number): VertebralLevel {
  let best: VertebralLevel = 'L3';
  let bestD = Infinity;
  for (const l of VERTEBRAL_LEVELS) {
    const ly = a.levelY.get(l);
    if (ly === undefined) continue;
    const d = Math.abs(ly - y);
    if (d < bestD) {
      bestD = d;
      best = l;
    }
  }
  return best;
}

/** The anatomical point of a chart coordinate (u signed, + right). */
export function pointOfChart(a: PreparedAnatomy, u: number, y: number, snap = true): Placement {
  if (snap) {
    for (const id of ACUPOINT_IDS) {
      for (const side of ['left', 'right'] as const) {
        const c = resolveChart({ acupoint: id, side }, a, side).chart;
        if (Math.hypot(c[0] - u, c[1] - y) < SNAP_ACUPOINT_M) {
          const paired = Math.abs(c[0]) > 0.003;
          return { point: paired ? { acupoint: id, side } : { acupoint: id }, snapped: id };
        }
      }
    }
  }
  const level = nearestLevel(a, y);
  const ly = a.levelY.get(level)!;
  let lateral = r1(Math.abs(u) * 100);
  let vertical = r1((y - ly) * 100);
  let snapped: string | undefined;
  if (snap && Math.abs(vertical) < SNAP_ZERO_CM) {
    vertical = 0;
    snapped = level;
  }
  if (snap && lateral < SNAP_ZERO_CM) lateral = 0;
  const point: AnatomicalPoint = { level };
  if (lateral !== 0) {
    point.lateral_cm = lateral;
    point.side = u < 0 ? 'left' : 'right';
  }
  if (vertical !== 0) point.vertical_cm = vertical;
  return snapped ? { point, snapped } : { point };
}

/** A clicked skin point (body frame, m) → an anatomical point. */
export function placeOnSkin(anatomy: MotionAnatomy, xyz: Vec3, snap = true): Placement {
  const a = prepareAnatomy(anatomy);
  const [u, y] = chartInverse(a.chart, xyz);
  return pointOfChart(a, u, y, snap);
}

const sideOf = (s: StepSide): ResolvedSide => (s === 'left' ? 'left' : 'right');

/** Where a point lies on the skin (for its handle). */
export function pointToSkin(anatomy: MotionAnatomy, point: AnatomicalPoint, stepSide: StepSide): Vec3 {
  return resolvePoint(point, anatomy, sideOf(stepSide)).point;
}

/** Move a point over the skin by dx (cm, + towards the patient's right) and dy (cm, + up). */
export function nudgePoint(anatomy: MotionAnatomy, point: AnatomicalPoint, stepSide: StepSide, dxCm: number, dyCm: number): AnatomicalPoint {
  const a = prepareAnatomy(anatomy);
  const [u, y] = resolveChart(point, a, sideOf(stepSide)).chart;
  return pointOfChart(a, u + dxCm / 100, y + dyCm / 100, false).point;
}
