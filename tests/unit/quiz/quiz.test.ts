import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acupointPositions, lookupLandmarks, midlineXAt } from '../../../src/domain/quiz/geometry';
import {
  QUIZ_QUESTIONS,
  findQuestion,
  scoreChoice,
  scoreTap,
  type ChoiceQuestion,
  type TapAvoidQuestion,
  type TapPointQuestion,
} from '../../../src/domain/quiz/questions';
import { RESOURCES } from '../../../src/i18n';
import { fixtureLandmarks } from './fixture';
import type { Vec3 } from '../../../src/domain/anatomy/types';
import { ACUPOINTS } from '../../../src/domain/technique/acupoints';

/** 1 cun in metres: the model's proportional back cun (2.17 cm), as the acupoint table carries it. */
const CUN_M = ACUPOINTS.cun_cm / 100;

const lm = lookupLandmarks(fixtureLandmarks());
const bl23 = findQuestion('tap-bl23') as TapPointQuestion;
const never = findQuestion('never-press') as TapAvoidQuestion;

type Tree = { [k: string]: string | Tree };
const get = (t: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((n, p) => (typeof n === 'object' && n !== null ? (n as Tree)[p] : undefined), t);

describe('quiz geometry', () => {
  it('places BL23 1.5 cun (3.25 cm with the model\'s 2.17 cm cun) either side, a third of the way from L2 down to L3', () => {
    const pts = acupointPositions('BL23', lm);
    expect(pts.map((p) => p.side).sort()).toEqual(['left', 'right']);
    const L2 = lm.get('L2')!.skin[1];
    const L3 = lm.get('L3')!.skin[1];
    for (const p of pts) {
      expect(Math.abs(p.position[0])).toBeCloseTo(1.5 * CUN_M, 5);
      expect(p.position[1]).toBeCloseTo(L2 + (L3 - L2) / 3, 5);
    }
  });

  it('places GV4 once, on the midline', () => {
    const pts = acupointPositions('GV4', lm);
    expect(pts).toHaveLength(1);
    expect(pts[0]!.position[0]).toBe(0);
  });

  it('interpolates the midline between tilted vertebrae', () => {
    const tilted = fixtureLandmarks().map((l) => (l.id === 'L3' ? { ...l, skin: [0.01, l.skin[1], l.skin[2]] as Vec3 } : l));
    const t = lookupLandmarks(tilted);
    const y3 = t.get('L3')!.skin[1];
    const y4 = t.get('L4')!.skin[1];
    expect(midlineXAt(y3, t)).toBeCloseTo(0.01, 6);
    expect(midlineXAt((y3 + y4) / 2, t)).toBeCloseTo(0.005, 6);
  });
});

describe('scoreTap', () => {
  const target = acupointPositions('BL23', lm).find((p) => p.side === 'right')!.position;

  it('accepts a tap on BL23 on either side and within tolerance', () => {
    expect(scoreTap(bl23, target, lm).correct).toBe(true);
    expect(scoreTap(bl23, [-target[0], target[1], target[2]], lm).correct).toBe(true);
    const near: Vec3 = [target[0] + 0.015, target[1] - 0.015, target[2]];
    const r = scoreTap(bl23, near, lm);
    expect(r.correct).toBe(true);
    expect(r.params.distance).toBeCloseTo(2.1, 1);
  });

  it('rejects a tap on the spine and says which way to move', () => {
    const r = scoreTap(bl23, [0, target[1], target[2]], lm);
    expect(r.correct).toBe(false);
    expect(r.explainKey).toBe('quiz.tap.pointWrong.too-close-in');
    expect(r.params.distance).toBeCloseTo(1.5 * ACUPOINTS.cun_cm, 1);
    expect(scoreTap(bl23, [target[0], target[1] + 0.05, 0.1], lm).explainKey).toBe('quiz.tap.pointWrong.too-high');
    expect(scoreTap(bl23, [target[0] + 0.06, target[1], 0.1], lm).explainKey).toBe('quiz.tap.pointWrong.too-far-out');
  });

  it('"never press" is right on the midline from L1 to S1 and wrong beside it or outside the levels', () => {
    const y = (id: string) => lm.get(id)!.skin[1];
    expect(scoreTap(never, [0.01, y('L3'), 0.1], lm).correct).toBe(true);
    expect(scoreTap(never, [-0.019, y('S1'), 0.1], lm).correct).toBe(true);
    expect(scoreTap(never, [0.03, y('L3'), 0.1], lm)).toMatchObject({ correct: false, explainKey: 'quiz.tap.avoid.beside' });
    expect(scoreTap(never, [0, y('T11'), 0.1], lm)).toMatchObject({ correct: false, explainKey: 'quiz.tap.avoid.above' });
    expect(scoreTap(never, [0, y('S3'), 0.1], lm)).toMatchObject({ correct: false, explainKey: 'quiz.tap.avoid.below' });
  });

  it('property: a paired point scores the same for mirrored taps; "never press" matches |x| ≤ 2 cm inside the levels', () => {
    const top = lm.get('L1')!.skin[1] + 0.015;
    const bottom = lm.get('S1')!.skin[1] - 0.015;
    fc.assert(
      fc.property(fc.double({ min: -0.2, max: 0.2, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true }), (x, y) => {
        const a = scoreTap(bl23, [x, y, 0.1], lm);
        const b = scoreTap(bl23, [-x, y, 0.1], lm);
        expect(a.correct).toBe(b.correct);
        const n = scoreTap(never, [x, y, 0.1], lm);
        expect(n.correct).toBe(Math.abs(x) <= 0.02 && y <= top && y >= bottom);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('question bank', () => {
  it('has unique ids, a correct option among the options, and at least one of each kind', () => {
    const ids = QUIZ_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUIZ_QUESTIONS) if (q.kind === 'choice') expect(q.options).toContain(q.correct);
    expect(new Set(QUIZ_QUESTIONS.map((q) => q.kind))).toEqual(new Set(['choice', 'tap-point', 'tap-avoid']));
  });

  it('scores choices', () => {
    const q = findQuestion('effleurage-direction') as ChoiceQuestion;
    expect(scoreChoice(q, 'outward-down').correct).toBe(true);
    expect(scoreChoice(q, 'upward').correct).toBe(false);
  });

  it('every question, option and explanation has text in English and Russian', () => {
    for (const lang of ['en', 'ru'] as const) {
      const t = RESOURCES[lang]!;
      for (const q of QUIZ_QUESTIONS) {
        expect(typeof get(t, `quiz.q.${q.id}.prompt`), `${lang} ${q.id}`).toBe('string');
        if (q.kind === 'choice') {
          expect(typeof get(t, `quiz.q.${q.id}.explain`), `${lang} ${q.id}`).toBe('string');
          for (const o of q.options) expect(typeof get(t, `quiz.q.${q.id}.options.${o}`), `${lang} ${q.id}.${o}`).toBe('string');
        }
      }
      for (const k of ['pointRight', 'pointWrong.too-high', 'pointWrong.too-low', 'pointWrong.too-far-out', 'pointWrong.too-close-in', 'avoid.right', 'avoid.beside', 'avoid.above', 'avoid.below']) {
        expect(typeof get(t, `quiz.tap.${k}`), `${lang} ${k}`).toBe('string');
      }
    }
  });
});

describe('on the real model landmarks (data/anatomy/landmarks.json)', async () => {
  const json = (await import('../../../data/anatomy/landmarks.json')).default;
  const { landmarksFromJson } = await import('../../../src/domain/quiz/geometry');
  const real = lookupLandmarks(landmarksFromJson(json));

  it('has every level and paired landmark the quiz needs', () => {
    for (const id of ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'greater-trochanter-left', 'sacral-hiatus']) expect(real.has(id), id).toBe(true);
  });

  it('BL23 is 1.5 cun (about 3.25 cm) either side of the midline, between L2 and L3', () => {
    for (const p of acupointPositions('BL23', real)) {
      expect(Math.abs(p.position[0])).toBeCloseTo(1.5 * CUN_M, 3);
      expect(p.position[1]).toBeLessThan(real.get('L2')!.skin[1]);
      expect(p.position[1]).toBeGreaterThan(real.get('L3')!.skin[1]);
    }
  });

  it('scores taps: on BL23 right, on the L3 spinous process right for "never press", beside it wrong', () => {
    const bl = acupointPositions('BL23', real)[0]!.position;
    expect(scoreTap(bl23, bl, real).correct).toBe(true);
    const l3 = real.get('L3')!.skin;
    expect(scoreTap(never, l3, real).correct).toBe(true);
    expect(scoreTap(never, [l3[0] + 0.035, l3[1], l3[2]], real).correct).toBe(false);
    expect(scoreTap(bl23, l3, real).correct).toBe(false);
  });
});

describe('GB30 and BL52 on the real model', async () => {
  const json = (await import('../../../data/anatomy/landmarks.json')).default;
  const { landmarksFromJson } = await import('../../../src/domain/quiz/geometry');
  const real = lookupLandmarks(landmarksFromJson(json));
  it('GB30 lies on the buttock between the sacral hiatus and the trochanter; a tap there scores right', () => {
    const q = findQuestion('tap-gb30') as TapPointQuestion;
    const pts = acupointPositions('GB30', real);
    expect(pts).toHaveLength(2);
    for (const p of pts) {
      expect(Math.abs(p.position[0])).toBeGreaterThan(0.08);
      expect(Math.abs(p.position[0])).toBeLessThan(0.16);
      expect(p.position[1]).toBeLessThan(real.get('S2')!.skin[1]);
      expect(scoreTap(q, p.position, real).correct).toBe(true);
    }
    expect(scoreTap(q, real.get('S2')!.skin, real).correct).toBe(false);
  });
  it('BL52 is 3 cun (about 6.5 cm) out at the level of BL23', () => {
    const b52 = acupointPositions('BL52', real)[1]!.position;
    const b23 = acupointPositions('BL23', real)[1]!.position;
    expect(Math.abs(b52[0])).toBeCloseTo(3 * CUN_M, 3);
    expect(b52[1]).toBeCloseTo(b23[1], 6);
  });
});
