/**
 * Demo and full length (DESIGN.md §7 "Demo vs full length").
 *
 * A full session lasts up to an hour; a learner needs the whole shape of a technique in a few
 * minutes. `demoTechnique(technique)` is a pure transform: it returns a technique of the same
 * format with every step kept, in order, and each step's dose cut down:
 *
 * - cyclic moves keep their real tempo (the rate the learner copies) and do fewer repetitions:
 *   at least a few (`minRepetitions`) and enough to last `minStepS`, but no more than fit in
 *   `maxStepS` (a single slow repetition, e.g. one long stroke, is never cut);
 * - presses keep every point or station and shorten the hold to `maxHoldS` (and the pause to
 *   `maxRestS`), with fewer rounds by the same rule;
 * - preparation (oil, honey, setting a cup) lasts at most `maxPrepS`.
 *
 * Never more than the full dose, never less than one repetition. Alongside, it records per step
 * the full dose and the demo dose (repetitions, hold, duration) so the player can say both
 * ("repetition 2 of 3 in this demo; 200 in a full session"). Durations come from
 * `stepDurationS` (./duration.ts), the one source of step durations.
 *
 * The motion compiler simply compiles the demo technique.
 */
import { stepDurationS, stepsDurationS } from './duration';
import { isHoldStep, isPrepStep } from './stepKinds';
import type { Step, Technique } from './schema';

/** Which version of a technique plays. */
export { TECHNIQUE_LENGTHS, type TechniqueLength } from './lengths';
import type { TechniqueLength } from './lengths';

export interface DemoOptions {
  /** A step shows at least this many repetitions (or all of them, when the file has fewer). */
  minRepetitions: number;
  /** Fast moves repeat until the step lasts this long, s. */
  minStepS: number;
  /** Repetitions stop once the step would last longer than this, s (one repetition always stays). */
  maxStepS: number;
  /** Longest hold of a press, s. */
  maxHoldS: number;
  /** Longest pause between presses, s. */
  maxRestS: number;
  /** Longest preparation step (apply oil or honey, set a cup), s. */
  maxPrepS: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  minRepetitions: 3,
  minStepS: 8,
  maxStepS: 16,
  maxHoldS: 4,
  maxRestS: 1,
  maxPrepS: 8,
};

/** How much of a step is done: repetitions (rounds for presses), hold per press, duration. */
export interface StepDose {
  /** Repetitions as the file counts them (`repetitions`; 1 for preparation steps). */
  repetitions: number;
  /** Hold of each press, s (0 for moves without holds). */
  holdS: number;
  /** Duration of the step, s (`stepDurationS`). */
  durationS: number;
}

export interface StepLength {
  full: StepDose;
  demo: StepDose;
}

export interface DemoResult {
  /** The demo technique: same id and steps in the same order, doses cut down. */
  technique: Technique;
  /** Per step, in order: the full dose and the demo dose. */
  steps: StepLength[];
  /** Σ step durations, s, of the full technique and of the demo (transitions not included). */
  fullS: number;
  demoS: number;
}

/** The dose of a step as written. */
export function stepDose(step: Step): StepDose {
  return {
    repetitions: isPrepStep(step) ? 1 : step.repetitions,
    holdS: isHoldStep(step) ? step.hold_s : 0,
    durationS: stepDurationS(step),
  };
}

/** Repetitions for a demo: a few, at least `minStepS` long, at most `maxStepS`, within 1…full. */
function demoRepetitions(full: number, repS: number, o: DemoOptions): number {
  const per = Math.max(repS, 1e-6);
  const want = Math.max(o.minRepetitions, Math.ceil(o.minStepS / per));
  const cap = Math.max(1, Math.floor(o.maxStepS / per));
  return Math.max(1, Math.min(full, want, cap));
}

/** The demo version of one step (a new object; the input is not changed). */
export function demoStep(step: Step, options: DemoOptions = DEFAULT_DEMO_OPTIONS): Step {
  const o = options;
  switch (step.move) {
    case 'apply-oil':
    case 'apply-honey':
    case 'set-cup':
    case 'remove-cup':
      return { ...step, duration_s: Math.min(step.duration_s, o.maxPrepS) };
    case 'vibration':
    case 'stretch': {
      const short = { ...step, hold_s: Math.min(step.hold_s, o.maxHoldS) };
      const oneS = stepDurationS({ ...short, repetitions: 1 });
      return { ...short, repetitions: demoRepetitions(step.repetitions, oneS, o) };
    }
    case 'point-press': {
      const short = {
        ...step,
        hold_s: Math.min(step.hold_s, o.maxHoldS),
        rest_s: Math.min(step.rest_s, o.maxRestS),
      };
      const roundS = stepDurationS({ ...short, repetitions: 1 });
      return { ...short, repetitions: demoRepetitions(step.repetitions, roundS, o) };
    }
    case 'palm-press': {
      const short = { ...step, hold_s: Math.min(step.hold_s, o.maxHoldS) };
      const passS = stepDurationS({ ...short, repetitions: 1 });
      return { ...short, repetitions: demoRepetitions(step.repetitions, passS, o) };
    }
    default: {
      // Cyclic moves: the same tempo, fewer repetitions.
      const full = step.repetitions;
      const reps = demoRepetitions(full, stepDurationS(step) / full, o);
      const tempo =
        step.tempo.duration_s !== undefined
          ? { duration_s: (step.tempo.duration_s * reps) / full }
          : { ...step.tempo };
      return { ...step, repetitions: reps, tempo };
    }
  }
}

/** Demos made with the default options, one per technique object (the player, the caption and
 * the step words must measure the same demo object, so their compile caches agree). */
const defaultDemos = new WeakMap<Technique, DemoResult>();

/** The demo of a technique and the full and demo dose of every step. Pure (memoised for the default options). */
export function demoTechnique(
  technique: Technique,
  options: DemoOptions = DEFAULT_DEMO_OPTIONS,
): DemoResult {
  if (options !== DEFAULT_DEMO_OPTIONS) return makeDemo(technique, options);
  let r = defaultDemos.get(technique);
  if (!r) defaultDemos.set(technique, (r = makeDemo(technique, options)));
  return r;
}

function makeDemo(technique: Technique, options: DemoOptions): DemoResult {
  const steps = technique.steps.map((s) => demoStep(s, options));
  const demo: Technique = { ...technique, steps };
  return {
    technique: demo,
    steps: technique.steps.map((s, i) => ({ full: stepDose(s), demo: stepDose(steps[i]!) })),
    fullS: stepsDurationS(technique),
    demoS: stepsDurationS(demo),
  };
}

/** The technique that plays at a length (the full one is the file itself). */
export function techniqueAtLength(technique: Technique, length: TechniqueLength): Technique {
  return length === 'full' ? technique : demoTechnique(technique).technique;
}

/** Whole minutes for a "full 58 min" label (at least 1). */
export function fullMinutes(technique: Pick<Technique, 'steps'>): number {
  return Math.max(1, Math.round(stepsDurationS(technique) / 60));
}
