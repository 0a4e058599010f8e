/**
 * The camera of an exported video, frame by frame, with no clock: it follows the steps the way
 * the live camera rig does (src/scene/CameraRig.tsx: each step framed from the preset view's
 * direction, `fitView` at the video's aspect) and moves between framings with the same smooth
 * damping (camera-controls' SmoothDamp, smoothTime 0.35 s), stepped by exactly 1 / fps. So a
 * video is the same however slow the machine is. Pure (no three), tested in node.
 */
import { fitView, type CameraView } from '../domain/anatomy/views';
import type { TimelineMeta } from '../state/store';
import { stepAt } from '../state/timelineNav';

/** The rig's framing figures (src/scene/CameraRig.tsx). */
export const FRAME_MARGIN = 0.12;
export const MIN_DISTANCE = 0.25;
export const MAX_DISTANCE = 3;
export const SMOOTH_TIME_S = 0.35;

type Vec3 = [number, number, number];

export interface CameraPathOptions {
  meta: Pick<TimelineMeta, 'steps'>;
  preset: CameraView;
  fovDeg: number;
  aspect: number;
}

/** The framing goal at technique time t (the preset when the step has no box). */
export function goalAt(o: CameraPathOptions, t: number): CameraView {
  const i = stepAt(o.meta as TimelineMeta, t);
  const box = o.meta.steps[i]?.box;
  if (!box) return o.preset;
  return fitView(box, o.preset, {
    fovDeg: o.fovDeg,
    aspect: o.aspect,
    margin: FRAME_MARGIN,
    minDistance: MIN_DISTANCE,
    maxDistance: MAX_DISTANCE,
  });
}

/** Critically damped smoothing of one value (Unity's SmoothDamp, as camera-controls uses). */
function smoothDamp(current: number, goal: number, velocity: number[], k: number, smoothTime: number, dt: number): number {
  const omega = 2 / smoothTime;
  const x = omega * dt;
  const exp = 1 / (1 + x + 0.48 * x * x + 0.235 * x * x * x);
  const change = current - goal;
  const temp = (velocity[k]! + omega * change) * dt;
  velocity[k] = (velocity[k]! - omega * temp) * exp;
  return goal + (change + temp) * exp;
}

/**
 * A stateful follower: `next(t)` gives the camera for the next frame (the first call starts on
 * the goal; later calls move towards the goal by one frame of 1 / fps).
 */
export function createCameraPath(o: CameraPathOptions, fps: number) {
  const pos: Vec3 = [0, 0, 0];
  const target: Vec3 = [0, 0, 0];
  const vel = [0, 0, 0, 0, 0, 0];
  let started = false;
  const dt = 1 / fps;
  return {
    next(t: number): CameraView {
      const g = goalAt(o, t);
      if (!started) {
        started = true;
        for (let k = 0; k < 3; k++) {
          pos[k] = g.position[k]!;
          target[k] = g.target[k]!;
        }
      } else {
        for (let k = 0; k < 3; k++) {
          pos[k] = smoothDamp(pos[k]!, g.position[k]!, vel, k, SMOOTH_TIME_S, dt);
          target[k] = smoothDamp(target[k]!, g.target[k]!, vel, 3 + k, SMOOTH_TIME_S, dt);
        }
      }
      return { position: [pos[0], pos[1], pos[2]], target: [target[0], target[1], target[2]] };
    },
  };
}
