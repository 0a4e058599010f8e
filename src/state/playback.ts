/**
 * The per-frame playback clock (racing-game pattern: a mutable object, not React state).
 * The player driver advances `t` inside useFrame; UI controls write `t` and call
 * `requestFrame()` so a paused scene redraws once. Listeners get the time at most once per
 * drawn frame, for HUD text written through refs.
 */
import { createMotionSample } from '../domain/motion/blankSample';
import type { TimelineMeta } from './store';
import { stepAt } from './timelineNav';

export const playback = {
  /** Technique time, seconds. */
  t: 0,
  /** The pose sampled for the last drawn frame (written in place by the scene). */
  sample: createMotionSample(), // its own small module: the sampler loads with the technique
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

/**
 * Wall-clock playback (issue 13 §8): technique time advances by the wall time between drawn
 * frames times the speed, however few frames are drawn (a slow renderer at 5 frames a second
 * still plays 2× at 2×). Time while the page is hidden is not played (a hidden tab does not jump
 * ahead when it comes back), nor is time while paused. One step is capped at `maxStep` seconds
 * only against stalls the page is not told of (a debugger, a sleeping laptop).
 */
export interface PlaybackClock {
  /** Wall seconds → technique seconds to add this frame (0 when not playing). */
  advance(playing: boolean, speed: number): number;
  /** The page was hidden (visibilitychange): stop counting until it is shown again. */
  hide(): void;
  /** The page is shown again. */
  show(): void;
  /** Forget the last frame (e.g. a seek or a new technique): the next frame adds nothing. */
  reset(): void;
}

export const MAX_CLOCK_STEP = 1;

/** A clock over `now()` in milliseconds (performance.now in the app; injected in tests). */
export function createPlaybackClock(now: () => number, maxStep = MAX_CLOCK_STEP): PlaybackClock {
  let last: number | null = null;
  let hiddenAt: number | null = null;
  return {
    advance(playing, speed) {
      const t = now();
      if (!playing || hiddenAt !== null) {
        last = null;
        return 0;
      }
      const prev = last;
      last = t;
      if (prev === null) return 0;
      return Math.min(Math.max(0, (t - prev) / 1000), maxStep) * speed;
    },
    hide() {
      if (hiddenAt === null) hiddenAt = now();
    },
    show() {
      if (hiddenAt === null) return;
      // Shift the last frame by the hidden span: only the visible time is played.
      if (last !== null) last += now() - hiddenAt;
      hiddenAt = null;
    },
    reset() {
      last = null;
    },
  };
}

/** The app's clock; the scene's playback driver calls `advance` once per drawn frame. */
export const playbackClock = createPlaybackClock(() => performance.now());

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () =>
    document.visibilityState === 'hidden' ? playbackClock.hide() : playbackClock.show(),
  );
}

/** Starts counting from the moment play is pressed (not from the first frame drawn after it). */
export function startPlaybackClock(): void {
  playbackClock.reset();
  playbackClock.advance(true, 0);
}
