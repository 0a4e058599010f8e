import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import landmarksJson from '../../../data/anatomy/landmarks.json';
import { acupointPositions, landmarksFromJson, lookupLandmarks, planeDistance } from '../../../src/domain/quiz/geometry';
import { QUIZ_QUESTIONS, findQuestion, scoreChoice, scoreTap, type ChoiceQuestion, type TapAvoidQuestion, type TapPointQuestion } from '../../../src/domain/quiz/questions';
import {
  answerTargets,
  cursorBounds,
  cursorStart,
  describeCursor,
  keepRight,
  moveCursor,
  questionLandmarks,
  skinZAt,
} from '../../../src/domain/quiz/marks';
import { fixtureLandmarks } from './fixture';
import type { Vec3 } from '../../../src/domain/anatomy/types';

const lm = lookupLandmarks(fixtureLandmarks());
const real = lookupLandmarks(landmarksFromJson(landmarksJson));
const gb30 = findQuestion('tap-gb30') as TapPointQuestion;
const bl23 = findQuestion('tap-bl23') as TapPointQuestion;
const never = findQuestion('never-press') as TapAvoidQuestion;

describe('quiz: landmarks a question needs', () => {
  it('GB30 is found from the sacral hiatus and the greater trochanters (both sides)', () => {
    expect(questionLandmarks(gb30, real).sort()).toEqual(['greater-trochanter-left', 'greater-trochanter-right', 'sacral-hiatus']);
  });
  it('BL23 from L2; "never press" from its top and bottom levels; a choice question needs none', () => {
    expect(questionLandmarks(bl23, real)).toEqual(['L2']);
    expect(questionLandmarks(never, real)).toEqual(['L1', 'S1']);
    expect(questionLandmarks(QUIZ_QUESTIONS.find((q) => q.kind === 'choice')!, real)).toEqual([]);
  });
  it('every tap question of the bank names at least one landmark that exists in the model', () => {
    for (const q of QUIZ_QUESTIONS.filter((x) => x.kind !== 'choice')) {
      const ids = questionLandmarks(q, real);
      expect(ids.length, q.id).toBeGreaterThan(0);
      for (const id of ids) expect(real.has(id), `${q.id}: ${id}`).toBe(true);
    }
  });
  it('leaves out landmarks the model lacks', () => {
    const partial = lookupLandmarks(fixtureLandmarks().filter((l) => !l.id.startsWith('greater-trochanter')));
    expect(questionLandmarks(gb30, partial)).toEqual(['sacral-hiatus']);
  });
});

describe('quiz: the marks after an answer', () => {
  it('a paired point is marked on both sides, where scoring puts it', () => {
    const { spots, strip } = answerTargets(bl23, real);
    expect(strip).toBeNull();
    expect(spots.map((s) => s.side).sort()).toEqual(['left', 'right']);
    for (const s of spots) {
      const r = scoreTap(bl23, s.position, real);
      expect(r.correct).toBe(true);
      expect(r.params.distance).toBe(0);
    }
    expect(spots).toEqual(acupointPositions('BL23', real));
  });
  it('"never press" is marked as the midline strip from L1 to S1, and its middle scores right', () => {
    const { spots, strip } = answerTargets(never, real);
    expect(strip).not.toBeNull();
    expect(strip![0][1]).toBeCloseTo(real.get('L1')!.skin[1], 6);
    expect(strip![1][1]).toBeCloseTo(real.get('S1')!.skin[1], 6);
    expect(spots).toHaveLength(1);
    expect(scoreTap(never, spots[0]!.position, real).correct).toBe(true);
  });
});

describe('quiz: a right answer stays right', () => {
  const q = findQuestion('session-start') as ChoiceQuestion;
  it('a later wrong try does not replace a right answer', () => {
    const right = scoreChoice(q, q.correct);
    const wrong = scoreChoice(q, q.options.find((o) => o !== q.correct)!);
    expect(keepRight(right, wrong)).toBe(right);
    expect(keepRight(undefined, wrong)).toBe(wrong);
    expect(keepRight(wrong, right)).toBe(right);
  });
  it('for taps too: right at BL23, then a tap on the spine, still right', () => {
    const [spot] = acupointPositions('BL23', real);
    const first = scoreTap(bl23, spot!.position, real);
    const second = scoreTap(bl23, [0, spot!.position[1], spot!.position[2]], real);
    expect(second.correct).toBe(false);
    expect(keepRight(first, second).correct).toBe(true);
  });
});

describe('quiz: the keyboard cursor', () => {
  it('starts on the midline at L3', () => {
    const p = cursorStart(lm);
    expect(p[0]).toBeCloseTo(0, 9);
    expect(p[1]).toBeCloseTo(lm.get('L3')!.skin[1], 9);
    expect(describeCursor(p, lm)).toEqual({ side: 'midline', offCm: 0, level: 'L3', dyCm: 0 });
  });
  it('moves in whole centimetres; → is the person\'s right (+X), ↑ is up', () => {
    const p = moveCursor(moveCursor(cursorStart(lm), 2, 0, lm), 0, -1, lm);
    expect(p[0]).toBeCloseTo(0.02, 9);
    expect(p[1]).toBeCloseTo(lm.get('L3')!.skin[1] - 0.01, 9);
    expect(describeCursor(p, lm)).toMatchObject({ side: 'right', offCm: 2, level: 'L3', dyCm: -1 });
    expect(describeCursor(moveCursor(p, -5, 0, lm), lm)).toMatchObject({ side: 'left', offCm: 3 });
  });
  it('reaches BL23 from the start in a few presses, and that answer scores right', () => {
    // The real model: L3 → a third below L2 is about 2.3 cm up; 1.5 cun = 3 cm to the side.
    let p = cursorStart(real);
    for (let i = 0; i < 2; i++) p = moveCursor(p, 0, 1, real);
    for (let i = 0; i < 3; i++) p = moveCursor(p, 1, 0, real);
    expect(scoreTap(bl23, p, real).correct).toBe(true);
    // …and GB30 with Shift steps (5 cm) and a few 1 cm steps.
    const target = acupointPositions('GB30', real).find((s) => s.side === 'right')!.position;
    let c = cursorStart(real);
    const dx = Math.round((target[0] - c[0]) * 100);
    const dy = Math.round((target[1] - c[1]) * 100);
    c = moveCursor(c, dx, dy, real);
    expect(planeDistance(c, target)).toBeLessThan(0.01);
    expect(scoreTap(gb30, c, real).correct).toBe(true);
  });
  it('stays inside the landmarks\' box grown by 5 cm, and on the skin', () => {
    const b = cursorBounds(lm);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 })), { maxLength: 60 }), (moves) => {
        let p: Vec3 = cursorStart(lm);
        for (const [dx, dy] of moves) p = moveCursor(p, dx, dy, lm);
        expect(p[0]).toBeGreaterThanOrEqual(b.min[0] - 1e-9);
        expect(p[0]).toBeLessThanOrEqual(b.max[0] + 1e-9);
        expect(p[1]).toBeGreaterThanOrEqual(b.min[1] - 1e-9);
        expect(p[1]).toBeLessThanOrEqual(b.max[1] + 1e-9);
        expect(p[2]).toBeCloseTo(skinZAt(p[0], p[1], lm), 12);
      }),
    );
  });
  it('skin depth is exact at a landmark and between the landmarks\' depths elsewhere', () => {
    const zs = [...real.values()].map((l) => l.skin[2]);
    for (const l of real.values()) expect(skinZAt(l.skin[0], l.skin[1], real)).toBeCloseTo(l.skin[2], 9);
    const z = skinZAt(0.05, -0.05, real);
    expect(z).toBeGreaterThanOrEqual(Math.min(...zs));
    expect(z).toBeLessThanOrEqual(Math.max(...zs));
  });
});
