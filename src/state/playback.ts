/**
 * The per-frame playback clock (racing-game pattern: a mutable object, not React state).
 * The player driver advances `t` inside useFrame; UI controls write `t` and call
 * `requestFrame()` so a paused scene redraws once. Listeners get the time at most once per
 * drawn frame, for HUD text written through refs.
 */
import { createMotionSample } from '../domain/motion/sample';

export const playback = {
  /** Technique time, seconds. */
  t: 0,
  /** The pose sampled for the last drawn frame (written in place by the scene). */
  sample: createMotionSample(),
  /** Time to start the next technique at (a restored link), else it starts at 0. */
  pendingT: null as number | null,
  /** Set by the scene: asks R3F for one frame (frameloop="demand"). */
  requestFrame: () => {},
};

type Listener = (t: number) => void;
const listeners = new Set<Listener>();

export function onPlaybackFrame(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function emitPlaybackFrame(): void {
  for (const fn of listeners) fn(playback.t);
}

/** Jump to a technique time and redraw. */
export function seek(t: number, duration: number): void {
  playback.t = Math.min(Math.max(0, t), duration);
  playback.requestFrame();
}
