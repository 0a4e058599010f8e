/**
 * Vibration (format 2): the hand rests on one place and trembles. One bout = lean in (ramp) →
 * tremble for `hold` s → ease off (rest, the hand stays lightly on the skin). The tremble runs at
 * the SHOWN rate (tempo.ts: slowed when the real rate is above what 60 frames a second can show)
 * with a small amplitude across the body, the pressure pulsing a little with it.
 */
import { clamp, smooth01 } from '../vec';

export interface VibrateProgram {
  kind: 'vibrate';
  /** Half-amplitude of the tremble across the body, metres. */
  amplitude: number;
  /** Shown trembles per second. */
  hz: number;
  ramp: number;
  hold: number;
  rest: number;
}

export interface VibrateOut {
  /** Shift across the body (chart u), metres. */
  du: number;
  load: number;
  hold: number;
}

/** Pressure kept between bouts, as a fraction of the peak (the hand rests on the skin). */
export const VIBRATE_REST_LOAD = 0.2;

export const vibratePeriod = (p: VibrateProgram): number => p.ramp + p.hold + p.rest;

export function evalVibrate(p: VibrateProgram, t: number, bouts: number, out: VibrateOut): VibrateOut {
  const T = vibratePeriod(p);
  let k = Math.floor(t / Math.max(T, 1e-9));
  if (k >= bouts) k = bouts - 1;
  let tt = clamp(t - k * T, 0, T);
  out.du = 0;
  out.hold = 0;
  if (tt < p.ramp) {
    out.load = VIBRATE_REST_LOAD + (1 - VIBRATE_REST_LOAD) * smooth01(tt / p.ramp);
  } else if ((tt -= p.ramp) < p.hold) {
    const s = Math.sin(2 * Math.PI * p.hz * tt);
    out.du = p.amplitude * s;
    out.load = 0.9 + 0.1 * s;
    out.hold = p.hold - tt;
  } else {
    tt -= p.hold;
    out.load = 1 - (1 - VIBRATE_REST_LOAD) * smooth01(tt / Math.max(p.rest, 1e-9));
  }
  return out;
}
