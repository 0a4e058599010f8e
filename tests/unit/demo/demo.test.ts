import { describe, expect, it } from 'vitest';
import { testAnatomies, testTechniques } from '../motion/fixtures/anatomy';
import { compile } from '../../../src/domain/motion/compile';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { stepDurationS, stepCycles, stepsDurationS } from '../../../src/domain/technique/duration';
import {
  DEFAULT_DEMO_OPTIONS,
  demoStep,
  demoTechnique,
  fullMinutes,
  stepDose,
  techniqueAtLength,
} from '../../../src/domain/technique/demo';
import type { Step } from '../../../src/domain/technique/schema';

const O = DEFAULT_DEMO_OPTIONS;
const all = testTechniques();
const library = all.filter((t) => t.source === 'data');

/** Everything of a step except its dose (what a demo may change). */
function shape(step: Step): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...step };
  for (const k of ['repetitions', 'hold_s', 'rest_s', 'duration_s', 'tempo']) delete rest[k];
  return rest;
}

/** Cycles per minute of a cyclic step (the tempo the learner copies). */
const rate = (s: Step) => (stepCycles(s) * 60) / stepDurationS(s);

describe('demoTechnique (pure transform)', () => {
  it('the library is there to test', () => {
    expect(library.length).toBeGreaterThanOrEqual(10);
  });

  it.each(all.map((t) => [t.file, t.technique] as const))('%s: every step kept, in order, same move and path', (_f, tech) => {
    const d = demoTechnique(tech);
    expect(d.technique.id).toBe(tech.id);
    expect(d.technique.steps).toHaveLength(tech.steps.length);
    expect(d.steps).toHaveLength(tech.steps.length);
    tech.steps.forEach((s, i) => {
      const ds = d.technique.steps[i]!;
      expect(ds.move).toBe(s.move);
      expect(shape(ds)).toEqual(shape(s));
    });
  });

  it.each(all.map((t) => [t.file, t.technique] as const))('%s: repetitions 1…full, holds shortened, durations cut', (_f, tech) => {
    const d = demoTechnique(tech);
    tech.steps.forEach((s, i) => {
      const ds = d.technique.steps[i]!;
      const { full, demo } = d.steps[i]!;
      expect(full).toEqual(stepDose(s));
      expect(demo).toEqual(stepDose(ds));
      expect(demo.repetitions).toBeGreaterThanOrEqual(1);
      expect(demo.repetitions).toBeLessThanOrEqual(full.repetitions);
      expect(Number.isInteger(demo.repetitions)).toBe(true);
      expect(demo.holdS).toBeLessThanOrEqual(Math.min(full.holdS, O.maxHoldS));
      if (full.holdS > 0) expect(demo.holdS).toBeGreaterThan(0);
      expect(demo.durationS).toBeGreaterThan(0);
      expect(demo.durationS).toBeLessThanOrEqual(full.durationS + 1e-9);
      if (ds.move === 'point-press' && s.move === 'point-press') {
        expect(ds.points).toEqual(s.points);
        expect(ds.rest_s).toBeLessThanOrEqual(O.maxRestS);
      }
      if (ds.move === 'palm-press' && s.move === 'palm-press') expect(ds.stations).toBe(s.stations);
      if ('tempo' in ds && 'tempo' in s) expect(rate(ds)).toBeCloseTo(rate(s), 6);
      // A step keeps a few repetitions unless one repetition alone is longer than a demo step.
      const per = full.durationS / full.repetitions;
      if (per * O.minRepetitions <= O.maxStepS) {
        expect(demo.repetitions).toBeGreaterThanOrEqual(Math.min(O.minRepetitions, full.repetitions));
      }
    });
    expect(d.fullS).toBeCloseTo(stepsDurationS(tech), 9);
    expect(d.demoS).toBeCloseTo(stepsDurationS(d.technique), 9);
    expect(d.demoS).toBeLessThanOrEqual(d.fullS + 1e-9);
  });

  it.each(library.map((t) => [t.file, t.technique] as const))('%s: the demo is a valid technique file', (f, tech) => {
    const r = parseTechnique(JSON.parse(JSON.stringify(demoTechnique(tech).technique)), f);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });

  it('a 58-minute session becomes a few minutes; every library demo is under 5 minutes', () => {
    const full = library.find((t) => t.technique.id === 'classic-full-session')!.technique;
    expect(fullMinutes(full)).toBe(58);
    const d = demoTechnique(full);
    expect(d.fullS / 60).toBeCloseTo(58, 6);
    expect(d.demoS).toBeGreaterThan(90);
    expect(d.demoS).toBeLessThan(240);
    for (const t of library) expect(demoTechnique(t.technique).demoS, t.file).toBeLessThan(300);
  });

  it('does not change its input', () => {
    const tech = library[0]!.technique;
    const before = JSON.stringify(tech);
    demoTechnique(tech);
    expect(JSON.stringify(tech)).toBe(before);
    expect(techniqueAtLength(tech, 'full')).toBe(tech);
  });

  it('fast moves repeat long enough to be seen, slow ones are cut to one repetition at most', () => {
    const rub = library.flatMap((t) => t.technique.steps).find((s) => s.move === 'rub' && s.repetitions >= 100)!;
    const dr = demoStep(rub);
    expect(stepDurationS(dr)).toBeGreaterThanOrEqual(O.minStepS - 1e-9);
    expect(stepDurationS(dr)).toBeLessThanOrEqual(O.maxStepS);
    const press: Step = {
      move: 'point-press',
      caption: { en: 'x', ru: 'х' },
      side: 'both',
      hands: 'both',
      hand_shape: 'thumb',
      points: [{ acupoint: 'BL23' }],
      pressure: 'medium',
      hold_s: 15,
      rest_s: 5,
      repetitions: 5,
    };
    const dp = demoStep(press);
    expect(dp).toMatchObject({ hold_s: O.maxHoldS, rest_s: O.maxRestS });
    // (4 + 2 + 1) s a round: two rounds fit in 16 s.
    expect(stepDose(dp)).toEqual({ repetitions: 2, holdS: 4, durationS: 14 });
    // A step that already fits stays as it is.
    const few: Step = { ...press, hold_s: 2, rest_s: 1, repetitions: 2 };
    expect(demoStep(few)).toEqual(few);
  });
});

describe('the compiler plays the demo technique', () => {
  it('same steps in order, shorter timeline, repetitions as the demo dose says', async () => {
    const [a] = await testAnatomies();
    for (const t of library) {
      const d = demoTechnique(t.technique);
      const full = compile(t.technique, a!.anatomy);
      const demo = compile(d.technique, a!.anatomy);
      expect(demo.steps.map((s) => s.move)).toEqual(full.steps.map((s) => s.move));
      expect(demo.duration).toBeLessThan(full.duration);
      demo.steps.forEach((s, i) => {
        expect(s.duration).toBeCloseTo(d.steps[i]!.demo.durationS, 6);
        // The timeline counts repetitions × sides done one after the other; the ratio is the file's.
        const sides = full.steps[i]!.repetitions / d.steps[i]!.full.repetitions;
        expect(s.repetitions).toBe(d.steps[i]!.demo.repetitions * sides);
      });
    }
  });

  it('adds no compiler warning the full technique does not have', async () => {
    const [a] = await testAnatomies();
    for (const t of library) {
      // Warnings are objects ({code, stepIndex, params, message}): compare their messages.
      const full = new Set(compile(t.technique, a!.anatomy).warnings.map((w) => w.message));
      const extra = compile(demoTechnique(t.technique).technique, a!.anatomy).warnings.filter((w) => !full.has(w.message));
      expect(extra, t.file).toEqual([]);
    }
  });
});

