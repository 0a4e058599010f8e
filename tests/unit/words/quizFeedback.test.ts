/**
 * Quiz feedback for a missed tap says where the point really is: GB30 is out on the buttock,
 * so a tap too close to the middle is never told "it lies beside the spine" (the issue's
 * complaint); BL23 keeps its "beside the spine, never on it".
 */
import { describe, expect, it } from 'vitest';
import json from '../../../data/anatomy/landmarks.json';
import { RESOURCES } from '../../../src/i18n';
import { acupointPositions, landmarksFromJson, lookupLandmarks } from '../../../src/domain/quiz/geometry';
import { findQuestion, onButtock, scoreTap, type TapPointQuestion } from '../../../src/domain/quiz/questions';

const lm = lookupLandmarks(landmarksFromJson(json));
const text = (lang: 'en' | 'ru', key: string): string => {
  let node: unknown = RESOURCES[lang];
  for (const k of key.split('.')) node = (node as Record<string, unknown>)[k];
  return String(node);
};

describe('quiz feedback from where the point is', () => {
  const gb30 = findQuestion('tap-gb30') as TapPointQuestion;
  const bl23 = findQuestion('tap-bl23') as TapPointQuestion;
  const right = (id: 'GB30' | 'BL23') => acupointPositions(id, lm).find((p) => p.side === 'right')!.position;

  it('GB30 is on the buttock, BL23 is not', () => {
    expect(onButtock(right('GB30'), lm)).toBe(true);
    expect(onButtock(right('BL23'), lm)).toBe(false);
  });

  it('a tap between GB30 and the sacrum: "further out on the buttock", never "beside the spine"', () => {
    const p = right('GB30');
    const r = scoreTap(gb30, [p[0] - 0.07, p[1], p[2]], lm);
    expect(r.correct).toBe(false);
    expect(r.explainKey).toBe('words.quiz.buttock.too-close-in');
    for (const lang of ['en', 'ru'] as const) {
      expect(text(lang, r.explainKey)).not.toMatch(/beside the spine|рядом с позвоночником/);
      expect(text(lang, r.explainKey)).toMatch(/buttock|ягодиц/);
    }
    const out = scoreTap(gb30, [p[0] + 0.07, p[1], p[2]], lm);
    expect(out.explainKey).toBe('words.quiz.buttock.too-far-out');
  });

  it('BL23 keeps its words: further from the spine, beside it, never on it', () => {
    const p = right('BL23');
    const r = scoreTap(bl23, [p[0] - 0.028, p[1], p[2]], lm);
    expect(r.explainKey).toBe('quiz.tap.pointWrong.too-close-in');
    expect(text('en', r.explainKey)).toMatch(/beside the spine/);
  });
});
