/**
 * The words of every step agree with the path the motion plays (DESIGN.md §6: "the words
 * matching the measured direction"): every library technique and the all-moves fixture are
 * compiled on the real back, and each direction word is checked against the compiled paths
 * themselves (not against the measure that produced the word).
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/data/library';
import { i18next } from '../../../src/i18n';
import { parseTechnique } from '../../../src/domain/technique/parse';
import type { Technique } from '../../../src/domain/technique/schema';
import { describeStep, directionOf, type Lang, type Translate } from '../../../src/ui/learn/describeStep';
import { ALL_MOVES } from '../content/fixtureTechniques';
import { measurer, pathEnds } from './measure';

const library = loadLibrary().techniques;
const techniques: Technique[] = [...library, ALL_MOVES];
const { back, measure } = await measurer();

/** Direction words in each language: [word pattern, what must hold of every path]. */
const WORDS: Record<Lang, Array<[RegExp, string]>> = {
  en: [
    [/\boutwards\b|away from the spine/, 'out'],
    [/\binwards\b|towards the spine/, 'in'],
    [/\bdown(?:wards)?\b/, 'down'],
    [/\bup(?:wards)?\b/, 'up'],
  ],
  ru: [
    [/наружу|от позвоночника/, 'out'],
    [/внутрь|к позвоночнику/, 'in'],
    [/\bвниз\b|сверху вниз/, 'down'],
    [/\bвверх\b|снизу вверх/, 'up'],
  ],
};
/** A component counts when it moves at least 1 cm. */
const MIN = 0.01;

function holds(kind: string, e: { out0: number; out1: number; y0: number; y1: number }): boolean {
  switch (kind) {
    case 'out':
      return e.out1 - e.out0 > MIN;
    case 'in':
      return e.out0 - e.out1 > MIN;
    case 'down':
      return e.y0 - e.y1 > MIN;
    default:
      return e.y1 - e.y0 > MIN;
  }
}

/** The direction phrase minus the reason (the reason names the lymph flow, not the path). */
const directionPhrase = (v: string) => v.split(' — ')[0]!;

describe(`step words match the measured paths (${back} back)`, () => {
  let checked = 0;
  for (const tech of techniques) {
    it(tech.id, () => {
      const m = measure(tech);
      tech.steps.forEach((step, i) => {
        const g = m.steps[i]!;
        const ends = pathEnds(m, i);
        for (const lang of ['en', 'ru'] as const) {
          const where = `${tech.id} step ${i + 1} (${step.move}) ${lang}`;
          const tr = describeStep(step, 'trainee', lang, g);
          const pa = describeStep(step, 'patient', lang, g);
          const dir = tr.details.find((d) => d.id === 'direction');
          const phrases = [dir ? directionPhrase(dir.value) : '', pa.text.replace(step.caption[lang], '')];
          for (const text of phrases) {
            // Words about the pattern of a rub ("up and down", "side to side") describe the
            // oscillation, not the travel; only the travel words are checked against the path.
            const travel = text
              .replace(/back and forth along the spine|up and down beside the spine|side to side[^;.]*|вперёд-назад вдоль позвоночника|вверх и вниз рядом с позвоночником|из стороны в сторону[^;.]*/g, '')
              .replace(/\bfrom [^;]*$|\bот [^;]*$/g, '');
            for (const [re, kind] of WORDS[lang]) {
              if (!re.test(travel)) continue;
              checked++;
              expect(ends.length, `${where}: "${text}" but no path`).toBeGreaterThan(0);
              for (const e of ends) expect(holds(kind, e), `${where}: "${text}" says ${kind}, path ${JSON.stringify(e)}`).toBe(true);
            }
          }
          // Nothing is "beside the spine" when every press is on the buttock.
          if (g.presses.length > 0 && g.presses.every((p) => p.region === 'buttock')) {
            expect(dir?.value, where).not.toMatch(/beside the spine|рядом с позвоночником/);
            expect(dir?.value, where).toMatch(/buttock|ягодиц|ягодичн/);
          }
        }
        const d = directionOf(step, g);
        if (d?.reason.endsWith('lymph-groin')) {
          for (const e of ends) expect(e.y1 < e.y0 - MIN || e.out1 > e.out0 + MIN, `${tech.id} step ${i + 1}`).toBe(true);
        }
      });
    });
  }
  it('checked direction words', () => {
    console.log(`[words] ${back} back: ${techniques.length} techniques, ${techniques.reduce((n, t) => n + t.steps.length, 0)} steps, ${checked} direction words checked against their paths`);
    expect(checked).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------------------------
// The three wrong texts, reproduced on purpose-built steps.

const tx = (en: string, ru: string) => ({ en, ru });
function technique(steps: unknown[]): Technique {
  const r = parseTechnique(
    {
      id: 'fixture-words',
      format_version: 1,
      title: tx('Words', 'Слова'),
      summary: tx('Fixture', 'Тест'),
      type: 'classic',
      regions: ['lumbar'],
      level: 'student',
      duration_min: 3,
      precautions: ['acute-pain'],
      sources: [{ title: 'fixture' }],
      steps,
    },
    'fixture-words.json',
  );
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.technique;
}
const cap = tx('Stroke', 'Поглаживание');
const strokeTowardsSpineUp = {
  move: 'effleurage',
  caption: cap,
  path: { shape: 'polyline', points: [{ landmark: 'iliac-crest-top', lateral_cm: 2 }, { level: 'L3', lateral_cm: 8 }, { level: 'T12', lateral_cm: 3 }] },
  pressure: 'light',
  repetitions: 6,
  tempo: { cycles_per_min: 10 },
};
const strokeUpFromSacrum = {
  move: 'effleurage',
  caption: cap,
  path: { shape: 'polyline', points: [{ level: 'S1', lateral_cm: 5 }, { level: 'L1', lateral_cm: 5 }, { level: 'T11', lateral_cm: 5 }] },
  pressure: 'light',
  repetitions: 6,
  tempo: { cycles_per_min: 10 },
};
const gb30 = { move: 'point-press', caption: cap, points: [{ acupoint: 'GB30' }], pressure: 'medium', hold_s: 12, repetitions: 2 };

describe('the wrong texts of the issue', () => {
  const tech = technique([strokeTowardsSpineUp, strokeUpFromSacrum, gb30]);
  const m = measure(tech);
  const en = (i: number, mode: 'patient' | 'trainee') => describeStep(tech.steps[i]!, mode, 'en', m.steps[i]);
  const ru = (i: number, mode: 'patient' | 'trainee') => describeStep(tech.steps[i]!, mode, 'ru', m.steps[i]);
  const dir = (d: ReturnType<typeof en>) => d.details.find((x) => x.id === 'direction')!.value;

  it('a stroke towards the spine is said to go towards it, and against the lymph flow', () => {
    expect(dir(en(0, 'trainee'))).toMatch(/^strokes inwards and up, towards the spine/);
    expect(dir(en(0, 'trainee'))).not.toMatch(/away from the spine/);
    expect(dir(en(0, 'trainee'))).toMatch(/against the usual lymph flow/);
    expect(en(0, 'patient').text).toMatch(/move in towards the spine and up/);
    expect(en(0, 'patient').text).not.toMatch(/away from the spine/);
    expect(dir(ru(0, 'trainee'))).toMatch(/внутрь и вверх, к позвоночнику/);
  });

  it('a stroke going up is never "from the lower ribs down"', () => {
    const where = en(1, 'patient').details.find((x) => x.id === 'where')!.value;
    expect(where).not.toMatch(/ down to /);
    // The spine guard keeps the palm 7 cm out, beside (not over) the sacrum: the words start
    // where the hands do, and name the way they go.
    expect(m.steps[1]!.regions).toEqual(['ribs', 'waist', 'lowBack']);
    expect(where).toMatch(/from the lower back above the pelvis up to the lower ribs/);
    expect(dir(en(1, 'trainee'))).toMatch(/^strokes upwards/);
    expect(ru(1, 'patient').details.find((x) => x.id === 'where')!.value).toMatch(/вверх/);
  });

  it('GB30 on the buttock is not "beside the spine"', () => {
    for (const mode of ['patient', 'trainee'] as const) {
      const all = [en(2, mode).text, ...en(2, mode).details.map((x) => x.value)].join('\n');
      expect(all).not.toMatch(/beside the spine|never on the spine itself/);
    }
    expect(dir(en(2, 'trainee'))).toMatch(/on the buttock muscles, well away from the spine/);
    expect(en(2, 'trainee').details.find((x) => x.id === 'area')!.value).toMatch(/on the buttock/);
    expect(en(2, 'patient').details.find((x) => x.id === 'where')!.value).toMatch(/^On both sides, well clear of the spine: the buttocks$/);
    expect(dir(ru(2, 'trainee'))).toMatch(/на ягодичных мышцах/);
  });

  it('every word exists in both languages (no raw keys)', () => {
    const seen: string[] = [];
    for (const lang of ['en', 'ru'] as const) {
      const fixed = i18next.getFixedT(lang);
      const t: Translate = (key, params) => {
        if (!i18next.exists(key, { ...(params ?? {}), lng: lang, fallbackLng: false })) seen.push(`${lang}:${key}`);
        return fixed(key, params ?? {});
      };
      for (const tt of [tech, ...techniques]) {
        const mm = measure(tt);
        tt.steps.forEach((s, i) => {
          describeStep(s, 'patient', lang, mm.steps[i], t);
          describeStep(s, 'trainee', lang, mm.steps[i], t);
        });
      }
    }
    expect(seen).toEqual([]);
  });
});
