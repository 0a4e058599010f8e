import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../../src/i18n';
import { ACUPOINTS } from '../../../src/domain/technique/acupoints';
import { checkTechnique } from '../../../src/domain/technique/check';
import type { Step } from '../../../src/domain/technique/schema';
import { stepFigure } from '../../../src/ui/illustration/stepFigure';
import { figureLabel, stepDetails, type Translate } from '../../../src/ui/illustration/stepWords';

const DIR = join(__dirname, '..', '..', '..', 'data', 'techniques');
const STEPS: { name: string; step: Step; index: number }[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const t = checkTechnique(JSON.parse(readFileSync(join(DIR, f), 'utf8')), f).technique;
    if (!t) throw new Error(`${f} does not load`);
    return t.steps.map((step, index) => ({ name: `${f} step ${index + 1}`, step, index }));
  });

function translator(lang: 'en' | 'ru'): { t: Translate; missing: string[] } {
  const fixed = i18next.getFixedT(lang);
  const missing: string[] = [];
  const t: Translate = (key, params) => {
    const base = key.replace(/^illustration\./, '');
    const plural = params && 'count' in params;
    const exists = plural
      ? i18next.exists(`${key}_other`, { lng: lang, fallbackLng: false })
      : i18next.exists(key, { lng: lang, fallbackLng: false });
    if (!exists) missing.push(`${lang}:${base}`);
    return fixed(key, params ?? {});
  };
  return { t, missing };
}

describe('illustrated steps in words', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`${lang}: every step has its pressure / repetitions / hold in words, no missing keys`, () => {
      const { t, missing } = translator(lang);
      for (const { name, step, index } of STEPS) {
        const details = stepDetails(step, t);
        const label = figureLabel(step, index, stepFigure(step, ACUPOINTS), t);
        for (const s of [...details, label]) {
          expect(s, name).not.toMatch(/illustration\.|{{|}}|undefined|NaN/);
        }
        expect(details.length, name).toBeGreaterThanOrEqual(2);
        // Percussion names its style (hacking, pounding…) first, then the pressure.
        if ('pressure' in step)
          expect(details[step.move === 'percussion' ? 1 : 0], name).toBe(t(`illustration.pressure.${step.pressure}`));
        if ('hold_s' in step) expect(details.join(' '), name).toContain(String(step.hold_s));
        if ('repetitions' in step)
          expect(details.join(' '), name).toContain(String(step.repetitions));
        expect(label, name).toContain(String(index + 1));
      }
      expect(missing).toEqual([]);
    });
  }

  it('describes the drawing: where, and which way the hands go', () => {
    const { t } = translator('en');
    const stroke = STEPS.find(
      ({ step }) => step.move === 'effleurage' && step.path.shape === 'polyline' && step.path.points[0]?.level === 'L1',
    )!;
    expect(figureLabel(stroke.step, 0, stepFigure(stroke.step, ACUPOINTS), t)).toBe(
      'Drawing of step 1, Gliding strokes: on both sides of the spine, from L1 to L4, 3 to 14 cm from the spine; moving down and outwards.',
    );
    const gb30 = STEPS.find(
      ({ step }) => step.move === 'point-press' && step.points[0]?.acupoint === 'GB30',
    )!;
    expect(figureLabel(gb30.step, 4, stepFigure(gb30.step, ACUPOINTS), t)).toBe(
      'Drawing of step 5, Point pressure: on both sides of the spine, at the buttock, 11 cm from the spine; 1 place to press on each side.',
    );
  });

  it('Russian plurals', () => {
    const { t } = translator('ru');
    expect(t('illustration.times', { count: 1 })).toBe('1 раз');
    expect(t('illustration.times', { count: 3 })).toBe('3 раза');
    expect(t('illustration.times', { count: 120 })).toBe('120 раз');
    expect(t('illustration.passes', { count: 8 })).toBe('8 проходов');
  });
});

describe('the drawing described in words agrees with the compiled motion', async () => {
  const { loadLibrary } = await import('../../../src/data/library');
  const { measurer, pathEnds } = await import('../words/measure');
  const { measure } = await measurer();
  const { t } = translator('en');
  it('strokes and cup glides: "down" / "outwards" only where the compiled path goes so; circles turn the same way', () => {
    let checked = 0;
    for (const tech of loadLibrary().techniques) {
      const m = measure(tech);
      tech.steps.forEach((step, i) => {
        const g = m.steps[i]!;
        const label = figureLabel(step, i, stepFigure(step, ACUPOINTS), t);
        const where = `${tech.id} step ${i + 1}: ${label}`;
        if (g.rotation && /circling (clockwise|anticlockwise)/.test(label)) {
          checked++;
          expect(label.includes(g.rotation === 'clockwise' ? 'circling clockwise' : 'circling anticlockwise'), where).toBe(true);
        }
        if (g.pattern !== 'glide') return;
        const how = /; moving ([a-z-]+(?: and [a-z]+)?)/.exec(label)?.[1] ?? '';
        for (const e of pathEnds(m, i)) {
          if (/down/.test(how)) expect(e.y1 < e.y0 - 0.01, where).toBe(true);
          if (/\bup/.test(how)) expect(e.y1 > e.y0 + 0.01, where).toBe(true);
          if (/outward/.test(how)) expect(e.out1 > e.out0 + 0.01, where).toBe(true);
          if (/inward/.test(how)) expect(e.out1 < e.out0 - 0.01, where).toBe(true);
          if (how) checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(40);
  });
});
