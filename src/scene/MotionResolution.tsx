import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/** Frames slower than this while the camera moves (about 20 fps) switch to the moving resolution. */
const SLOW_FRAME_S = 0.05;
/** Slow frames in a row before the resolution drops (one slow frame may be a shader compile). */
const SLOW_FRAMES = 2;
/** The pixel ratio while moving, as a fraction of the page's own. */
export const MOVING_DPR_FACTOR = 0.5;

/**
 * Issue 13 §6, orbit: with software WebGL (or a weak GPU) a frame of the lit body and its table
 * costs its pixels (fill bound: half the pixel ratio draws the same view ≈ 2.5× faster in
 * SwiftShader). While the camera moves (orbit, zoom, a view's transition) and frames come slower
 * than ≈ 20 fps, the view is drawn at half the pixel ratio; once the pointer lets go and the
 * camera rests, the full resolution comes back (one sharp frame). A fast GPU never drops. No allocation per frame.
 */
export function MotionResolution() {
  const controls = useThree((s) => s.controls) as unknown as EventTarget | null;
  const setDpr = useThree((s) => s.setDpr);
  const initialDpr = useThree((s) => s.viewport.initialDpr);
  const state = useRef({ moving: false, held: false, slow: 0, lowered: false });

  useEffect(() => {
    const ctl = controls as unknown as {
      addEventListener?: (type: string, fn: () => void) => void;
      removeEventListener?: (type: string, fn: () => void) => void;
    } | null;
    if (!ctl?.addEventListener || !ctl.removeEventListener) return;
    const s = state.current;
    const wake = () => {
      s.moving = true;
      s.slow = 0;
    };
    // While the pointer holds the camera it may rest between moves: keep the resolution until
    // it is let go and the camera has come to rest (no sharp/blurred flicker mid-drag).
    // A press that never moves the camera (a click placing a point) sends no 'wake' and so no
    // 'sleep': the hold alone must not mark the camera as moving, or the release never restores.
    const hold = () => {
      s.held = true;
      s.slow = 0;
    };
    const rest = () => {
      s.moving = false;
      s.slow = 0;
      if (s.lowered && !s.held) {
        s.lowered = false;
        setDpr(initialDpr); // R3F resizes the drawing buffer and draws a frame
      }
    };
    const release = () => {
      s.held = false;
      if (!s.moving) rest();
    };
    ctl.addEventListener('wake', wake);
    ctl.addEventListener('sleep', rest);
    ctl.addEventListener('controlstart', hold);
    ctl.addEventListener('controlend', release);
    return () => {
      ctl.removeEventListener?.('wake', wake);
      ctl.removeEventListener?.('sleep', rest);
      ctl.removeEventListener?.('controlstart', hold);
      ctl.removeEventListener?.('controlend', release);
      if (s.lowered) {
        s.lowered = false;
        setDpr(initialDpr);
      }
    };
  }, [controls, setDpr, initialDpr]);

  useFrame((_, delta) => {
    const s = state.current;
    if (!(s.moving || s.held) || s.lowered) return;
    s.slow = delta > SLOW_FRAME_S ? s.slow + 1 : 0;
    if (s.slow >= SLOW_FRAMES) {
      s.lowered = true;
      setDpr(initialDpr * MOVING_DPR_FACTOR);
    }
  });
  return null;
}
