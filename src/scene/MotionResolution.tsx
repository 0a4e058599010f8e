import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

// Loaded on the first slow movement (not in the first download); until it is there, frames are
// drawn as usual at full resolution.
const MovingFrame = lazy(() => import('./MovingFrame'));

/** Frames slower than this while the camera moves (about 20 fps) switch to the moving resolution. */
const SLOW_FRAME_S = 0.05;
/** Slow frames in a row before the resolution drops (one slow frame may be a shader compile). */
const SLOW_FRAMES = 2;
/** The resolution while moving, as a fraction of the drawing buffer's. */
export const MOVING_DPR_FACTOR = 0.5;

/**
 * Issue 13 §6, orbit: with software WebGL (or a weak GPU) a frame of the lit body and its table
 * costs its pixels, and the canvas's multisampling (MSAA) about doubles that cost in SwiftShader.
 * While the camera moves (orbit, zoom, a view's transition) and frames come slower than ≈ 20 fps,
 * the scene is drawn into an off-screen image of half the resolution WITHOUT multisampling, which
 * one textured quad then scales onto the canvas (A/B in SwiftShader, one run: half resolution with
 * MSAA 160–180 ms a frame, without 74–77 ms). Once the pointer lets go and the camera rests, the
 * full, antialiased picture comes back (one sharp frame). A fast GPU never drops. The canvas keeps
 * its size (no drawing-buffer reallocation); `data-moving-resolution` on it says which is drawn
 * (MovingFrame.tsx draws the moving frames).
 * No allocation per frame.
 */
export function MotionResolution() {
  const controls = useThree((s) => s.controls) as unknown as EventTarget | null;
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const setEvents = useThree((s) => s.setEvents);
  const state = useRef({ moving: false, held: false, slow: 0, lowered: false });
  const [lowered, setLowered] = useState(false);

  useEffect(() => {
    const ctl = controls as unknown as {
      addEventListener?: (type: string, fn: () => void) => void;
      removeEventListener?: (type: string, fn: () => void) => void;
    } | null;
    if (!ctl?.addEventListener || !ctl.removeEventListener) return;
    const s = state.current;
    // While the pointer drags the camera, the pointer's moves are not hovers: R3F would raycast
    // the model on every one (the 52k-triangle skin without a BVH: ≈ 20 ms of the main thread a
    // move in Chromium, a frame's budget several times over). Pointer events are off from the
    // first camera move of a drag until the button is let go (a capturing listener on the window
    // turns them back on before R3F sees the pointerup, so a click is never lost).
    let eventsOff = false;
    const eventsOn = () => {
      if (!eventsOff) return;
      eventsOff = false;
      setEvents({ enabled: true });
    };
    const wake = () => {
      s.moving = true;
      s.slow = 0;
      if (s.held && !eventsOff) {
        eventsOff = true;
        setEvents({ enabled: false });
      }
    };
    // While the pointer holds the camera it may rest between moves: keep the resolution until
    // it is let go and the camera has come to rest (no sharp/blurred flicker mid-drag).
    // A press that never moves the camera (a click placing a point) sends no 'wake' and so no
    // 'sleep': the hold alone must not mark the camera as moving, or the release never restores.
    const hold = () => {
      s.held = true;
      s.slow = 0;
      if (s.moving && !eventsOff) {
        eventsOff = true;
        setEvents({ enabled: false });
      }
    };
    const rest = () => {
      s.moving = false;
      s.slow = 0;
      if (s.lowered && !s.held) {
        s.lowered = false;
        setLowered(false);
        invalidate(); // the full, antialiased frame
      }
    };
    const release = () => {
      s.held = false;
      eventsOn();
      if (!s.moving) rest();
    };
    ctl.addEventListener('wake', wake);
    ctl.addEventListener('sleep', rest);
    ctl.addEventListener('controlstart', hold);
    ctl.addEventListener('controlend', release);
    window.addEventListener('pointerup', eventsOn, true);
    window.addEventListener('pointercancel', eventsOn, true);
    return () => {
      window.removeEventListener('pointerup', eventsOn, true);
      window.removeEventListener('pointercancel', eventsOn, true);
      eventsOn();
      ctl.removeEventListener?.('wake', wake);
      ctl.removeEventListener?.('sleep', rest);
      ctl.removeEventListener?.('controlstart', hold);
      ctl.removeEventListener?.('controlend', release);
      if (s.lowered) {
        s.lowered = false;
        setLowered(false);
        invalidate();
      }
    };
  }, [controls, invalidate, setEvents]);

  useEffect(() => {
    canvas.dataset.movingResolution = lowered ? String(MOVING_DPR_FACTOR) : '1';
  }, [canvas, lowered]);

  useFrame((_, delta) => {
    const s = state.current;
    if (!(s.moving || s.held) || s.lowered) return;
    s.slow = delta > SLOW_FRAME_S ? s.slow + 1 : 0;
    if (s.slow >= SLOW_FRAMES) {
      s.lowered = true;
      setLowered(true); // once per movement, not per frame
    }
  });
  return lowered ? (
    <Suspense fallback={null}>
      <MovingFrame factor={MOVING_DPR_FACTOR} />
    </Suspense>
  ) : null;
}

