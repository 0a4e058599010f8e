/**
 * Stretch / traction between two hands (format 2). Each hand's path runs from where it sets
 * down to where the stretch ends; one repetition = set down → lean in (pressure ramps) → slide
 * apart under pressure → hold → release → lift and come back over the skin to the start.
 * Pure, allocation-free: writes into `out`.
 */
import { type PathPoint, type ChartPath, evalPath, pathPoint } from '../chartPath';
import { clamp, smooth01 } from '../vec';

export interface StretchProgram {
  kind: 'stretch';
  /** Per repetition, s. */
  ramp: number;
  slide: number;
  hold: number;
  release: number;
  back: number;
}

export interface StretchOut {
  u: number;
  y: number;
  lift: number;
  /** 0–1 of the piece's peak pressure. */
  load: number;
  /** Seconds left of the hold (0 outside it). */
  hold: number;
  /** Fraction of the path reached (0–1), and the way it is going (for the ribbon). */
  f: number;
  dir: 1 | -1 | 0;
}

/** Lift of the hand coming back to the start, metres. */
export const STRETCH_RETURN_LIFT_M = 0.015;

const pp: PathPoint = pathPoint();

export const stretchPeriod = (p: StretchProgram): number => p.ramp + p.slide + p.hold + p.release + p.back;

export function evalStretch(p: StretchProgram, path: ChartPath, t: number, reps: number, out: StretchOut): StretchOut {
  const T = stretchPeriod(p);
  let k = Math.floor(t / Math.max(T, 1e-9));
  if (k >= reps) k = reps - 1;
  let tt = clamp(t - k * T, 0, T);
  let f = 0;
  let load = 0;
  let lift = 0;
  let dir: 1 | -1 | 0 = 0;
  out.hold = 0;
  if (tt < p.ramp) {
    load = smooth01(tt / p.ramp);
  } else if ((tt -= p.ramp) < p.slide) {
    load = 1;
    f = smooth01(tt / p.slide);
    dir = 1;
  } else if ((tt -= p.slide) < p.hold) {
    load = 1;
    f = 1;
    out.hold = p.hold - tt;
  } else if ((tt -= p.hold) < p.release) {
    load = 1 - smooth01(tt / p.release);
    f = 1;
  } else {
    tt -= p.release;
    const g = p.back > 0 ? tt / p.back : 1;
    f = 1 - smooth01(g);
    lift = STRETCH_RETURN_LIFT_M * Math.sin(Math.PI * clamp(g, 0, 1));
  }
  evalPath(path, f * path.length, pp);
  out.u = pp.u;
  out.y = pp.y;
  out.lift = lift;
  out.load = lift > 0 ? 0 : load;
  out.f = f;
  out.dir = dir;
  return out;
}
