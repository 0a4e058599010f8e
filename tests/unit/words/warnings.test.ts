/**
 * The warnings list of the details panel: lint and compiler warnings, each with its step, in
 * both languages; an unknown code keeps the checker's own message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../../src/i18n';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { lintWarnings, warningList, type Translate } from '../../../src/ui/words/warnings';
import { measurer } from './measure';

const { measure } = await measurer();

function withWarnings() {
  const t = JSON.parse(readFileSync('data/techniques/cupping-lumbar.json', 'utf8'));
  t.steps = t.steps.filter((s: { move: string }) => s.move !== 'apply-oil');
  const stroke = t.steps.findIndex((s: { move: string }) => s.move === 'effleurage');
  t.steps[stroke].path.points.reverse();
  const r = parseTechnique(t, 'cupping-lumbar.json');
  if (!r.ok) throw new Error('fixture does not parse');
  return { technique: r.technique, stroke, cup: t.steps.findIndex((s: { move: string }) => s.move === 'set-cup') };
}

const tr = (lang: 'en' | 'ru') => {
  const t = i18next.getFixedT(lang) as Translate;
  return { t, exists: (k: string) => i18next.exists(k, { lng: lang, fallbackLng: false }) };
};

describe('warnings list', () => {
  it('lint warnings land on their steps, in English and Russian', () => {
    const f = withWarnings();
    const lint = lintWarnings(f.technique);
    for (const lang of ['en', 'ru'] as const) {
      const { t, exists } = tr(lang);
      const list = warningList(f.technique, lint, [], t, exists);
      const lymph = list.find((w) => w.code === 'against-lymph-flow')!;
      const oil = list.find((w) => w.code === 'cup-without-oil')!;
      expect(lymph.stepIndex).toBe(f.stroke);
      expect(oil.stepIndex).toBe(f.cup);
      expect(lymph.where).toBe(lang === 'en' ? `Step ${f.stroke + 1}: Gliding strokes` : `Шаг ${f.stroke + 1}: Поглаживание`);
      expect(lymph.text).toMatch(lang === 'en' ? /against the lymph flow/ : /против тока лимфы/);
      expect(oil.text).not.toBe(oil.message);
    }
  });

  it('compiler warnings are translated with their figures; unknown codes keep the message', () => {
    // A rub across a band that starts on the midline: the compiler keeps the palms off the spine.
    const tech = JSON.parse(readFileSync('data/techniques/classic-warming-rub.json', 'utf8'));
    tech.steps[1].path.lateral_from_cm = 0;
    const r = parseTechnique(tech, 'classic-warming-rub.json');
    if (!r.ok) throw new Error('library file does not parse');
    const motion = measure(r.technique).timeline.warnings;
    expect(motion.filter((w) => w.stepIndex === 1).map((w) => w.code)).toEqual(['path-over-spine']);
    const { t, exists } = tr('ru');
    const w = warningList(r.technique, [], motion, t, exists).find((x) => x.stepIndex === 1);
    expect(w!.text).toMatch(/остистыми отростками.*4\.0 см/);
    expect(w!.where).toMatch(/^Шаг 2: /);
    const unknown = warningList(r.technique, [{ file: 'x.json', path: 'steps[0].pressure', severity: 'warning', code: 'kidney-new-rule', message: 'a new rule' }], [], t, exists);
    expect(unknown[0]).toMatchObject({ text: 'a new rule', stepIndex: 0 });
  });
});
