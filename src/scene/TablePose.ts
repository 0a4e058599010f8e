/**
 * The body's current position in the room (src/domain/anatomy/positions.ts), shared without
 * React state: the posed group (TableScene) writes it when the shown step's position changes,
 * the camera rig and the test handle's `project()` read it. The model frame stays the frame of
 * the motion engine; this is the one place that knows where that frame lies in the room.
 */
import { Matrix4 } from 'three';
import { bodyPose, DEFAULT_POSITION, poseMatrix, type BodyPose } from '../domain/anatomy/positions';

export const POSES = {
  prone: bodyPose('prone'),
  'side-lying-left': bodyPose('side-lying-left'),
  'side-lying-right': bodyPose('side-lying-right'),
  seated: bodyPose('seated'),
} as const;

export const tablePose: {
  /** The pose shown now. */
  current: BodyPose;
  /** Body frame → room (three.js world) of `current`. */
  matrix: Matrix4;
  /** Room → body frame (the skin shader's uniform holds this very object). */
  toBody: Matrix4;
} = {
  current: POSES[DEFAULT_POSITION],
  matrix: new Matrix4().fromArray(poseMatrix(POSES[DEFAULT_POSITION].pose)),
  toBody: new Matrix4().fromArray(poseMatrix(POSES[DEFAULT_POSITION].pose)).invert(),
};

/** Sets the shown pose (returns true when it changed). */
export function setTablePose(p: BodyPose): boolean {
  if (tablePose.current === p) return false;
  tablePose.current = p;
  tablePose.matrix.fromArray(poseMatrix(p.pose));
  tablePose.toBody.copy(tablePose.matrix).invert();
  return true;
}
