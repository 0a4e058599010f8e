import type { TimelineMeta } from './store';

/** Index of the step playing at time t (the next step at an exact boundary). */
export function stepAt(meta: TimelineMeta, t: number): number {
  const steps = meta.steps;
  for (let i = steps.length - 1; i >= 0; i--) if (t >= steps[i]!.start) return i;
  return 0;
}

/** Start of the next step, or the end of the technique after the last one. */
export function nextStepStart(meta: TimelineMeta, t: number): number {
  const i = stepAt(meta, t);
  return i + 1 < meta.steps.length ? meta.steps[i + 1]!.start : meta.duration;
}

/**
 * Start of the current step, or of the previous one when we are within `graceS` of the
 * current step's start (like a music player's "previous").
 */
export function prevStepStart(meta: TimelineMeta, t: number, graceS = 1): number {
  const i = stepAt(meta, t);
  const cur = meta.steps[i]!;
  if (t - cur.start > graceS || i === 0) return cur.start;
  return meta.steps[i - 1]!.start;
}

/** Wraps time into the current step when looping it. */
export function loopWithinStep(meta: TimelineMeta, stepIndex: number, t: number): number {
  const s = meta.steps[stepIndex];
  if (!s || s.end <= s.start) return t;
  if (t < s.end) return t;
  return s.start + ((t - s.start) % (s.end - s.start));
}

export function formatTime(t: number): string {
  const s = Math.max(0, Math.floor(t));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
