/**
 * Placement on the skin, through the authoring domain (src/domain/authoring/placement.ts: its
 * search against the motion engine's own resolvePoint, so a placed point lands where it was
 * clicked): thin wrappers taking the step's side.
 */
import type { Vec3 } from '../../../domain/anatomy/types';
import type { AnatomicalPoint, StepSide } from '../../../domain/technique/schema';
import type { MotionAnatomy } from '../../../domain/motion/anatomy';
import { nudgePoint as nudge, placeOnSkin as place, pointToSkin as toSkin } from '../../../domain/authoring/placement';

export interface Placement {
  point: AnatomicalPoint;
  /** What it snapped to ('BL23', 'L4', 'psis'…), if anything. */
  snapped?: string;
}

const resolvedSide = (s: StepSide | undefined) => (s === 'left' ? 'left' : 'right');

/** A clicked skin point (body frame, m) → an anatomical point (snapped when near a level, landmark or acupoint). */
export function placeOnSkin(anatomy: MotionAnatomy, xyz: Vec3, stepSide?: StepSide): Placement {
  const r = place(anatomy, xyz, stepSide === 'left' || stepSide === 'right' ? { side: stepSide } : {});
  return r.snapped ? { point: r.point, snapped: r.snapped.id } : { point: r.point };
}

/** Where a point lies on the skin (for its handle). */
export function pointToSkin(anatomy: MotionAnatomy, point: AnatomicalPoint, stepSide: StepSide): Vec3 {
  return toSkin(anatomy, point, resolvedSide(stepSide));
}

/** Move a point over the skin by dx (cm, + towards the patient's right) and dy (cm, + up). */
export function nudgePoint(anatomy: MotionAnatomy, point: AnatomicalPoint, stepSide: StepSide, dxCm: number, dyCm: number): AnatomicalPoint {
  return nudge(anatomy, point, dxCm, dyCm, resolvedSide(stepSide));
}
