/**
 * Property tests (fast-check, fixed seed): random VALID techniques (through the parse gate) with
 * random paths keep every invariant: on the skin, no pressure on the spinous processes, no
 * jumps, exact durations, deterministic sampling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERTEBRAL_LEVELS } from '../../../src/domain/anatomy/types';
import { compile, sample } from '../../../src/domain/motion';
import { stepDurationS } from '../../../src/domain/technique/duration';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { checkTimeline } from './fixtures/check';
import { testAnatomies } from './fixtures/anatomy';

const cap = { en: 'x', ru: 'x' };
const level = fc.constantFrom(...VERTEBRAL_LEVELS);
const point = fc.oneof(
  fc.record(
    {
      level,
      lateral_cm: fc.double({ min: 0, max: 15, noNaN: true }),
      vertical_cm: fc.double({ min: -3, max: 3, noNaN: true }),
      side: fc.constantFrom('left', 'right'),
    },
    { requiredKeys: ['level'] },
  ),
  fc.record({ acupoint: fc.constantFrom('BL23', 'BL25', 'BL52', 'GV4', 'BL31', 'BL32', 'BL33', 'BL34', 'GB30') }),
  fc.record(
    { landmark: fc.constantFrom('iliac-crest-top', 'psis', 'sacral-hiatus'), lateral_cm: fc.double({ min: 0, max: 5, noNaN: true }) },
    { requiredKeys: ['landmark'] },
  ),
);
const polyline = fc.record({ shape: fc.constant('polyline'), points: fc.array(point, { minLength: 2, maxLength: 5 }) });
const band = fc
  .record({
    a: fc.integer({ min: 0, max: VERTEBRAL_LEVELS.length - 1 }),
    b: fc.integer({ min: 0, max: VERTEBRAL_LEVELS.length - 1 }),
    inner: fc.double({ min: 0, max: 10, noNaN: true }),
    width: fc.double({ min: 2, max: 10, noNaN: true }),
    strokes: fc.constantFrom('along', 'across'),
  })
  .map(({ a, b, inner, width, strokes }) => ({
    shape: 'band',
    from_level: VERTEBRAL_LEVELS[Math.min(a, b)],
    to_level: VERTEBRAL_LEVELS[Math.max(a, b)],
    lateral_from_cm: inner,
    lateral_to_cm: inner + width,
    strokes,
  }));
const zigzag = fc.record({
  shape: fc.constant('zigzag'),
  from: point,
  to: point,
  amplitude_cm: fc.double({ min: 0, max: 5, noNaN: true }),
  zigs: fc.integer({ min: 1, max: 8 }),
});
const spiral = fc.record({
  shape: fc.constant('spiral'),
  center: point,
  radius_cm: fc.double({ min: 1, max: 8, noNaN: true }),
  turns: fc.double({ min: 0.5, max: 4, noNaN: true }),
  direction: fc.constantFrom('outward', 'inward'),
  rotation: fc.constantFrom('clockwise', 'counterclockwise'),
});
const common = {
  caption: fc.constant(cap),
  side: fc.constantFrom('left', 'right', 'both'),
  hands: fc.constantFrom('both', 'left', 'right', 'alternating'),
};
const reps = fc.integer({ min: 1, max: 30 });
const tempo = fc.oneof(
  fc.record({ cycles_per_min: fc.integer({ min: 6, max: 180 }) }),
  fc.record({ duration_s: fc.double({ min: 2, max: 40, noNaN: true }) }),
);
const pressure = fc.constantFrom('light', 'medium', 'firm');

const step = fc.oneof(
  fc.record({ move: fc.constant('rub'), ...common, path: fc.oneof(polyline, band), axis: fc.constantFrom('along-spine', 'across-spine'), pressure, repetitions: reps, tempo }),
  fc.record({ move: fc.constant('circular-rub'), ...common, path: polyline, circles: fc.integer({ min: 1, max: 6 }), pressure, repetitions: fc.integer({ min: 1, max: 4 }), tempo }),
  fc.record({ move: fc.constant('knead-palm'), ...common, path: fc.oneof(polyline, band), pressure, repetitions: reps, tempo }),
  fc.record({ move: fc.constant('knead-fist'), ...common, path: fc.oneof(polyline, band), pressure, repetitions: reps, tempo }),
  fc.record({ move: fc.constant('edge-of-palm-stroke'), ...common, style: fc.constantFrom('saw', 'chop'), path: polyline, pressure, repetitions: reps, tempo }),
  fc.record({ move: fc.constant('effleurage'), ...common, path: polyline, pressure, repetitions: fc.integer({ min: 1, max: 6 }), tempo: fc.record({ cycles_per_min: fc.integer({ min: 4, max: 20 }) }) }),
  fc.record({ move: fc.constant('cup-glide'), ...common, path: fc.oneof(polyline, zigzag, spiral), suction: fc.constantFrom('light', 'medium', 'strong'), repetitions: fc.integer({ min: 1, max: 6 }), tempo: fc.record({ duration_s: fc.double({ min: 5, max: 40, noNaN: true }) }) }),
  fc.record({ move: fc.constant('honey-press-pull'), ...common, path: fc.oneof(polyline, band), pressure, repetitions: reps, tempo: fc.record({ cycles_per_min: fc.integer({ min: 10, max: 40 }) }) }),
  fc.record({ move: fc.constant('point-press'), ...common, points: fc.array(point, { minLength: 1, maxLength: 4 }), pressure, hold_s: fc.double({ min: 1, max: 10, noNaN: true }), repetitions: fc.integer({ min: 1, max: 2 }) }),
  // (A one-second set-cup on both sides cannot move the cup calmly: the compiler warns; not generated.)
  fc.record({ move: fc.constant('set-cup'), ...common, at: point, suction: fc.constantFrom('light', 'medium', 'strong'), duration_s: fc.double({ min: 4, max: 10, noNaN: true }) }),
);

const technique = fc.array(step, { minLength: 1, maxLength: 3 }).map((steps) => ({
  id: 'prop',
  format_version: 1,
  title: cap,
  summary: cap,
  type: 'classic',
  regions: ['lumbar'],
  level: 'student',
  duration_min: 1,
  precautions: [],
  steps,
}));

describe('property: random valid techniques keep the invariants', async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  it(`on the ${an.name} back`, () => {
    let runs = 0;
    let samples = 0;
    let maxContact = 0;
    fc.assert(
      fc.property(technique, (json) => {
        const r = parseTechnique(json, 'prop.json');
        fc.pre(r.ok);
        if (!r.ok) return;
        // Steps shorter than 3 s cannot move calmly (e.g. one hand over both sides in 0.5 s);
        // the compiler warns about those. Not generated here.
        fc.pre(r.technique.steps.every((s) => stepDurationS(s) >= 3));
        const tl = compile(r.technique, an.anatomy);
        const sum = r.technique.steps.reduce((a, s) => a + stepDurationS(s), 0);
        expect(tl.stepsDuration).toBeCloseTo(sum, 6);
        expect(tl.duration).toBeCloseTo(sum + tl.transitionsDuration, 6);
        // Random paths may saw straight along the spine or over the top of the gluteal cleft,
        // where the guard and the groove bridge add lift on top of a fast stroke: 1.5 m/s is
        // allowed here (the shipped techniques are held to 1.2 m/s in techniques.test.ts).
        const rep = checkTimeline(tl, an.surface, an.landmarks, { maxStepM: 0.075 });
        runs++;
        samples += rep.samples;
        maxContact = Math.max(maxContact, rep.maxContactDistance);
        expect(rep.offSkin).toEqual([]);
        expect(rep.midlinePressure).toEqual([]);
        expect(rep.jumps).toEqual([]);
        const t = tl.duration * 0.37;
        expect(JSON.stringify(sample(tl, t))).toBe(JSON.stringify(sample(compile(r.technique, an.anatomy), t)));
      }),
      { seed: 20261125, numRuns: 60, endOnFailure: true },
    );
    console.log(`[motion] property: ${runs} random techniques × ${samples} samples on the ${an.name} back; max contact distance ${(maxContact * 1000).toFixed(3)} mm`);
    expect(runs).toBeGreaterThan(30);
  }, 120_000);
});
