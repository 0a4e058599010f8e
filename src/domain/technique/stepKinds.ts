/**
 * Step kinds, without zod: the demo length (demo.ts) needs them, and the course plan that the
 * first frame reads uses the demo; the technique schema (zod) is not needed for the first frame.
 * Re-exported by schema.ts.
 */
import type { Step, StepOf } from './schema';

export const PREP_MOVES = ['apply-oil', 'apply-honey', 'set-cup', 'remove-cup'] as const;
export type PrepStep = StepOf<(typeof PREP_MOVES)[number]>;
export const isPrepStep = (s: Step): s is PrepStep => (PREP_MOVES as readonly string[]).includes(s.move);
/** Moves with a hold per repetition (`hold_s`). */
export type HoldStep = StepOf<'point-press' | 'palm-press' | 'vibration' | 'stretch'>;
export const isHoldStep = (s: Step): s is HoldStep =>
  s.move === 'point-press' || s.move === 'palm-press' || s.move === 'vibration' || s.move === 'stretch';
