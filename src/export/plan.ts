/**
 * What an export renders: pure arithmetic, no browser (DESIGN.md §5: time is an explicit number).
 *
 * A range [from, to) of technique time is cut into frames at `fps`: frame i shows technique
 * time `from + i / fps` and lasts 1 / fps in the file. The last frame starts before `to`, so
 * a 2 s range at 10 fps has exactly 20 frames and the file lasts 2 s.
 */
import type { TimelineMeta } from '../state/store';

export type Orientation = 'landscape' | 'portrait';

/** The sizes offered: 1280×720 for screens, 720×1280 for phones. */
export const EXPORT_SIZES: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1280, height: 720 },
  portrait: { width: 720, height: 1280 },
};

export const EXPORT_FPS = [24, 30, 60] as const;

/** The part of a technique to export. */
export type ExportRange =
  | { kind: 'technique' }
  | { kind: 'step'; index: number }
  | { kind: 'range'; from: number; to: number };

export interface FramePlan {
  /** Technique time of the first frame, s. */
  from: number;
  /** End of the range, s (exclusive). */
  to: number;
  fps: number;
  /** Number of frames: ceil((to − from) × fps), at least 1. */
  frames: number;
}

/** Start and end (s) of a range in a timeline, clamped to it; null when it is empty. */
export function resolveRange(meta: Pick<TimelineMeta, 'duration' | 'steps'>, range: ExportRange): { from: number; to: number } | null {
  let from: number;
  let to: number;
  if (range.kind === 'technique') {
    from = 0;
    to = meta.duration;
  } else if (range.kind === 'step') {
    const s = meta.steps[range.index];
    if (!s) return null;
    from = s.start;
    to = s.end;
  } else {
    from = range.from;
    to = range.to;
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  from = Math.min(Math.max(0, from), meta.duration);
  to = Math.min(Math.max(0, to), meta.duration);
  return to > from ? { from, to } : null;
}

/** Frames for a range at a frame rate. */
export function planFrames(from: number, to: number, fps: number): FramePlan {
  // A tiny tolerance so 2 s × 10 fps is 20 frames, not 21 from rounding.
  const frames = Math.max(1, Math.ceil((to - from) * fps - 1e-6));
  return { from, to, fps, frames };
}

/** Technique time shown by frame i. */
export function frameTime(plan: FramePlan, i: number): number {
  return Math.min(plan.from + i / plan.fps, plan.to);
}

/**
 * Seconds left, from the frames done and the time spent on them (null until a few frames give
 * a rate worth showing).
 */
export function secondsLeft(done: number, total: number, elapsedS: number): number | null {
  if (done < 3 || elapsedS <= 0) return null;
  return Math.max(0, ((total - done) * elapsedS) / done);
}
