import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

type Dispatcher = {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
};

/**
 * Movement regression (R3F's `performance`): while the user drags the view, frames are drawn at
 * the Canvas's `performance.min` share of the pixel ratio; full resolution comes back
 * `performance.debounce` ms (200) after the last move, so every still picture is sharp. The
 * software renderer is fill-bound: a full-screen skin costs per pixel (issue 13 §6, orbit interval).
 */
export function MovementRegress() {
  const controls = useThree((s) => s.controls) as unknown as Dispatcher | null;
  const regress = useThree((s) => s.performance.regress);
  const current = useThree((s) => s.performance.current);
  const initialDpr = useThree((s) => s.viewport.initialDpr);
  const setDpr = useThree((s) => s.setDpr);
  useEffect(() => {
    if (!controls) return;
    // npm run bench sets __handpathFullRes to measure the static scene at full resolution
    // (the playing technique is compared with it); nothing else does.
    const onControl = () => {
      if (!(window as { __handpathFullRes?: boolean }).__handpathFullRes) regress();
    };
    // 'control': camera-controls' event for user input only (not the rig's own transitions)
    controls.addEventListener('control', onControl);
    return () => controls.removeEventListener('control', onControl);
  }, [controls, regress]);
  useEffect(() => setDpr(current * initialDpr), [current, initialDpr, setDpr]);
  return null;
}
