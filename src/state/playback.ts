/**
 * The per-frame playback clock (racing-game pattern: a mutable object, not React state).
 * The player driver advances `t` inside useFrame; UI controls write `t` and call
 * `requestFrame()` so a paused scene redraws once. Listeners get the time at most once per
 * drawn frame, for HUD text written through refs.
 */
import { createMotionSample } from '../domain/motion/sample';
import type { TimelineMeta } from './store';
import { stepAt } from './timelineNav';

export const playback = {
  /** Technique time, seconds. */
  t: 0,
  /** The pose sampled for the last drawn frame (written in place by the scene). */
  sample: createMotionSample(),
  /**
   * A time from a link, for the technique the link named (only that one starts there; any other
   * technique starts at 0 and drops it). See takePendingT.
   */
  pendingT: null as { techniqueId: string; t: number } | null,
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

/**
 * The link's time if the link named this technique (clamped to its duration), else null. Either
 * way the pending time is used up: a link's time never carries over to another technique.
 */
export function takePendingT(techniqueId: string, duration: number): number | null {
  const p = playback.pendingT;
  playback.pendingT = null;
  return p && p.techniqueId === techniqueId ? Math.min(Math.max(0, p.t), duration) : null;
}

/**
 * The same moment in another version (demo ↔ full) of a technique: the same step, the same
 * fraction of the way through it.
 */
export function mapTimeAcross(from: TimelineMeta, to: TimelineMeta, t: number): number {
  const i = stepAt(from, t);
  const a = from.steps[i];
  const b = to.steps[i];
  if (!a || !b) return 0;
  const f = a.end > a.start ? Math.min(Math.max((t - a.start) / (a.end - a.start), 0), 1) : 0;
  return Math.min(b.start + f * (b.end - b.start), to.duration);
}

/** Jump to a technique time and redraw. */
export function seek(t: number, duration: number): void {
  playback.t = Math.min(Math.max(0, t), duration);
  playback.requestFrame();
}
