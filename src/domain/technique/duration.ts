/**
 * Real (not demo) durations of steps, as the technique file describes them. The motion engine
 * may scale them for a shortened demo; these are the figures shown to the user.
 */
import type { Step, Technique } from './schema';

/** Time to lean into a press and to come out of it, s (together). */
export const PRESS_RAMP_S = 2;
/** Time to move the palm to the next station of a palm-press walk, s. */
export const PALM_STATION_MOVE_S = 1.5;

/** Time for the hands of a stretch to slide apart (and come back unloaded), s. */
export const STRETCH_SLIDE_S = 2;

/** Number of cycles of a cyclic step (what `tempo.cycles_per_min` counts). */
export function stepCycles(step: Step): number {
  switch (step.move) {
    case 'circular-rub':
      return step.repetitions * step.circles;
    case 'apply-oil':
    case 'apply-honey':
    case 'set-cup':
    case 'remove-cup':
      return 1;
    case 'point-press':
      return step.repetitions * step.points.length;
    case 'palm-press':
      return step.repetitions * step.stations;
    default:
      return step.repetitions;
  }
}

/** How many times a press step is done one side after the other (2 when both sides are done by one hand at a time). */
function sequentialSides(step: Step): number {
  return step.side === 'both' && step.hands !== 'both' ? 2 : 1;
}

/**
 * Real duration of a step in seconds.
 * - preparation moves: `duration_s`;
 * - presses: rounds × points (stations) × (hold + ramp/move + rest), doubled when both sides are
 *   pressed one after the other;
 * - cyclic moves: `tempo.duration_s`, or cycles × 60 / `tempo.cycles_per_min`.
 */
export function stepDurationS(step: Step): number {
  switch (step.move) {
    case 'apply-oil':
    case 'apply-honey':
    case 'set-cup':
    case 'remove-cup':
      return step.duration_s;
    case 'vibration':
      return step.repetitions * (step.hold_s + PRESS_RAMP_S) * sequentialSides(step);
    case 'stretch':
      return step.repetitions * (step.hold_s + PRESS_RAMP_S + STRETCH_SLIDE_S) * sequentialSides(step);
    case 'point-press':
      return (
        step.repetitions *
        step.points.length *
        (step.hold_s + PRESS_RAMP_S + step.rest_s) *
        sequentialSides(step)
      );
    case 'palm-press':
      return (
        step.repetitions *
        step.stations *
        (step.hold_s + PALM_STATION_MOVE_S) *
        sequentialSides(step)
      );
    default: {
      const t = step.tempo;
      if (t.duration_s !== undefined) return t.duration_s;
      const cpm = t.cycles_per_min ?? 1;
      return (stepCycles(step) * 60) / cpm;
    }
  }
}

/** Sum of the real durations of all steps, s. */
export function stepsDurationS(technique: Pick<Technique, 'steps'>): number {
  return technique.steps.reduce((sum, s) => sum + stepDurationS(s), 0);
}
