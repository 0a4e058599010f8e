import { Vector3, type Camera, type WebGLRenderer } from 'three';
import { ACTOR_IDS, type ActorId } from '../domain/motion/types';
import type { TechniqueLength } from '../domain/technique/demo';
import { playback } from '../state/playback';
import { useViewer } from '../state/store';
import { tablePose } from './TablePose';

/** One actor in `frame()`: metres, model frame (= three.js world coordinates). */
export interface FrameActor {
  id: ActorId;
  active: boolean;
  contact: boolean;
  point: [number, number, number];
  pressure: number;
}

/** What `window.__handpath.frame()` returns: the pose drawn in the last frame. */
export interface FrameInfo {
  techniqueId: string | null;
  t: number;
  duration: number;
  length: TechniqueLength | null;
  stepIndex: number;
  actors: FrameActor[];
}

/** What `window.__handpath.camera()` returns (model frame, metres). */
export interface CameraInfo {
  position: [number, number, number];
  /** The point the camera looks at (the orbit target). */
  target: [number, number, number];
  /** The camera follows the steps (false once the user took over). */
  follow: boolean;
}

export interface DebugHandle {
  lastFrame: () => { calls: number; triangles: number };
  /** Asks for one more frame of the unchanged scene (the bench times the static scene with it). */
  redraw: () => void;
  frame: () => FrameInfo;
  camera: () => CameraInfo;
  /** Model-frame points → CSS pixels in the canvas (x right, y down), through the body's current
   * position on the table and the current camera. */
  project: (points: readonly (readonly [number, number, number])[]) => [number, number][];
}

/** Builds `frame()` from the playback sample: an object is made only when it is called. */
export function readFrame(): FrameInfo {
  const s = useViewer.getState();
  const meta = s.timeline;
  const smp = playback.sample;
  return {
    techniqueId: meta ? meta.techniqueId : null,
    t: meta ? smp.t : 0,
    duration: meta ? meta.duration : 0,
    length: meta ? (meta.length ?? s.length) : null,
    stepIndex: meta ? smp.stepIndex : -1,
    actors: meta
      ? ACTOR_IDS.map((id) => {
          const a = smp[id];
          return { id, active: a.active, contact: a.contact, point: [a.point[0], a.point[1], a.point[2]], pressure: a.pressure };
        })
      : [],
  };
}

const round = (v: Vector3): [number, number, number] => [v.x, v.y, v.z];

type HandleWindow = { __handpath?: Partial<DebugHandle> };

/**
 * Read-only figures for the benchmark and browser tests, exposed as `window.__handpath`
 * (documented in README, "Test handle"): the last frame's draw calls and triangles and the pose
 * drawn (`frame()`); `redraw()` requests one frame of the unchanged scene. Holds no app state and changes none.
 */
export function exposeRenderStats(gl: WebGLRenderer, invalidate: () => void): void {
  const w = window as unknown as HandleWindow;
  w.__handpath = {
    ...w.__handpath,
    lastFrame: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
    redraw: () => invalidate(),
    frame: readFrame,
  };
}

/** Adds `camera()` and `project()` (set up by the camera rig, which owns the orbit target). */
export function exposeCamera(gl: WebGLRenderer, camera: Camera, target: () => Vector3 | null): void {
  const w = window as unknown as HandleWindow;
  w.__handpath = {
    ...w.__handpath,
    frame: readFrame,
    camera: () => {
      // In the model frame, like frame() and project() (the body lies posed on the table).
      const toBody = tablePose.matrix.clone().invert();
      const tg = target();
      return {
        position: round(camera.position.clone().applyMatrix4(toBody)),
        target: tg ? round(tg.clone().applyMatrix4(toBody)) : [0, 0, 0],
        follow: useViewer.getState().follow,
      };
    },
    project: (points) => {
      const r = gl.domElement.getBoundingClientRect();
      const v = new Vector3();
      return points.map((p) => {
        // Model frame → room (the body lies on the table in the current position) → screen.
        v.set(p[0], p[1], p[2]).applyMatrix4(tablePose.matrix).project(camera);
        return [((v.x + 1) / 2) * r.width, ((1 - v.y) / 2) * r.height];
      });
    },
  };
}
