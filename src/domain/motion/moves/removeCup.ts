/**
 * Taking a cup off (format 2): the cup sits with its suction, a finger presses the skin beside
 * the rim to let air in (suction falls), then the cup lifts away. The reverse of 'cup-set'.
 */
import { smooth01 } from '../vec';

export interface CupRemoveOut {
  lift: number;
  /** 0–1 of the piece's suction. */
  load: number;
}

/** Fraction of the step spent letting the air in, then lifting. */
export const CUP_RELEASE_F = 0.5;
export const CUP_REMOVE_LIFT_M = 0.06;

export function evalCupRemove(prog: number, out: CupRemoveOut): CupRemoveOut {
  const airIn = smooth01(prog / CUP_RELEASE_F);
  const up = smooth01((prog - CUP_RELEASE_F - 0.1) / (1 - CUP_RELEASE_F - 0.1));
  out.load = 1 - airIn;
  out.lift = CUP_REMOVE_LIFT_M * up;
  if (out.lift > 0) out.load = 0;
  return out;
}
