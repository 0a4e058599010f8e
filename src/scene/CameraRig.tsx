import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CameraControls } from '@react-three/drei';
import type { PerspectiveCamera } from 'three';
import { CAMERA_VIEWS } from '../state/anatomy';
import { useViewer, type TimelineMeta } from '../state/store';
import { playback } from '../state/playback';
import { stepAt } from '../state/timelineNav';
import { fitView, type CameraView } from '../domain/anatomy/views';
import { exposeCamera } from './debugHandle';
import { clearSight, poseBox, poseView, therapistOccluder } from '../domain/anatomy/positions';
import { sceneHandles } from '../state/sceneHandles';
import { tablePose } from './TablePose';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const MIN_DISTANCE = 0.25;
const MAX_DISTANCE = 3;
/** Part of the half-view kept free round a framed step. */
const FRAME_MARGIN = 0.12;

/**
 * Orbit / zoom / pan (mouse and touch) with limits, and smooth moves to the preset views.
 *
 * Following the work: while a technique is shown and `follow` is on, each step is framed as it
 * comes — the camera looks from the current preset's direction at the box of the step's paths
 * (with room for the hands) from just far enough to see all of it. Turning, panning or zooming
 * hands the camera to the user (follow goes off); the Follow button gives it back.
 */
export function CameraRig() {
  const ref = useRef<CameraControls>(null);
  const view = useViewer((s) => s.view);
  const nonce = useViewer((s) => s.viewNonce);
  const follow = useViewer((s) => s.follow);
  const meta = useViewer((s) => s.timeline);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const first = useRef(true);
  /** What was framed last: the timeline and step (re-framed when either changes). */
  const framed = useRef<{ meta: TimelineMeta | null; step: number; pose: unknown }>({ meta: null, step: -1, pose: null });

  /** The camera for now: the preset view, or the current step framed from its direction. */
  const goal = (): CameraView => {
    const s = useViewer.getState();
    // Presets are aimed in the body frame; the body lies in the room in the current position.
    const { pose, supports: furniture } = tablePose.current;
    // While a technique is shown, the therapist's shoulders are kept out of the line of sight too
    // (side-lying, the back views look from where the therapist stands).
    const th = sceneHandles.therapist;
    const supports = s.timeline && th.on ? [...furniture, therapistOccluder(pose, th.shoulderL, th.shoulderR)] : furniture;
    const preset = poseView(CAMERA_VIEWS[s.view], pose, undefined, supports);
    const m = s.timeline;
    if (!s.follow || !m) {
      framed.current = { meta: null, step: -1, pose: tablePose.current };
      return preset;
    }
    const i = stepAt(m, playback.t);
    framed.current = { meta: m, step: i, pose: tablePose.current };
    const box = m.steps[i]?.box;
    if (!box) return preset;
    const el = gl.domElement;
    const fit = fitView(poseBox(pose, box), preset, {
      fovDeg: camera.fov,
      aspect: el.clientWidth / Math.max(el.clientHeight, 1),
      margin: FRAME_MARGIN,
      minDistance: MIN_DISTANCE,
      maxDistance: MAX_DISTANCE,
    });
    // Nothing of the table or chair between the camera and the step.
    return clearSight(fit.position, fit.target, supports);
  };
  const aim = (animate: boolean) => {
    const controls = ref.current;
    if (!controls) return;
    const g = goal();
    void controls.setLookAt(...g.position, ...g.target, animate && !prefersReducedMotion());
  };
  const aimRef = useRef(aim);
  aimRef.current = aim;

  // A preset chosen (or "reset view"): its direction, framing the step when following.
  useEffect(() => {
    const animate = !first.current;
    first.current = false;
    aimRef.current(animate);
  }, [view, nonce]);

  // A technique shown, its length switched, or following turned back on.
  useEffect(() => {
    if (follow) aimRef.current(true);
  }, [meta, follow]);

  // The user takes the camera: following stops. (A wheel zoom emits only 'control'.)
  useEffect(() => {
    const controls = ref.current;
    if (!controls) return;
    const takeOver = () => {
      if (useViewer.getState().follow) useViewer.getState().setFollow(false);
    };
    controls.addEventListener('controlstart', takeOver);
    controls.addEventListener('control', takeOver);
    exposeCamera(gl, camera, () => ref.current?.getTarget(ref.current.camera.position.clone()) ?? null);
    return () => {
      controls.removeEventListener('controlstart', takeOver);
      controls.removeEventListener('control', takeOver);
    };
  }, [gl, camera]);

  // A new step while following: frame it (checked per frame, no allocation unless it changed).
  useFrame(() => {
    const s = useViewer.getState();
    const m = s.timeline;
    if (!s.follow || !m) return;
    const f = framed.current;
    if (f.meta !== m || stepAt(m, playback.t) !== f.step || f.pose !== tablePose.current) aimRef.current(true);
  });

  return (
    <CameraControls
      ref={ref}
      makeDefault
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
      minPolarAngle={0.12 * Math.PI}
      maxPolarAngle={0.88 * Math.PI}
      smoothTime={0.35}
      draggingSmoothTime={0.08}
    />
  );
}
