/** The illustrated step list says what format 2 adds: new moves, positions, contacts, ramps, static cups, "shown slowed". */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../../src/i18n';
import { ACUPOINTS } from '../../../src/domain/technique/acupoints';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { stepFigure } from '../../../src/ui/illustration/stepFigure';
import { figureLabel, moveNameKey, stepDetails, type Translate } from '../../../src/ui/illustration/stepWords';

const DIR = join(__dirname, '../../../data/techniques-v2');

function translator(lang: 'en' | 'ru'): { t: Translate; missing: string[] } {
  const fixed = i18next.getFixedT(lang);
  const missing: string[] = [];
  const t: Translate = (key, params) => {
    const plural = params && 'count' in params;
    const ok = plural ? i18next.exists(`${key}_other`, { lng: lang, fallbackLng: false }) : i18next.exists(key, { lng: lang, fallbackLng: false });
    if (!ok) missing.push(`${lang}:${key}`);
    return fixed(key, params ?? {});
  };
  return { t, missing };
}

/** The format-2 techniques: waiting in data/techniques-v2 or already in the library. */
const LIBRARY = join(__dirname, '../../../data/techniques');
const FORMAT2 = ['classic-seated-back', 'classic-side-lying-lumbar', 'classic-wringing-percussion', 'cupping-static-both-sides', 'thai-heel-walk'];
const techniques = FORMAT2.map((id) => `${id}.json`)
  .map((n) => {
    const file = readdirSync(DIR).includes(n) ? join(DIR, n) : join(LIBRARY, n);
    const r = parseTechnique(JSON.parse(readFileSync(file, 'utf8')), n);
    if (!r.ok) throw new Error(n);
    return r.technique;
  });

describe('format-2 words in the illustrated step list', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`${lang}: every step of the format-2 techniques has words and a figure, no missing keys`, () => {
      const { t, missing } = translator(lang);
      for (const tech of techniques) {
        tech.steps.forEach((step, i) => {
          expect(stepDetails(step, t).length).toBeGreaterThan(1);
          const fig = stepFigure(step, ACUPOINTS);
          expect(fig.polylines.length + fig.presses.length + fig.areas.length, `${tech.id} ${i}`).toBeGreaterThan(0);
          expect(figureLabel(step, i, fig, t)).not.toMatch(/format\.|illustration\.|{{/);
          expect(t(moveNameKey(step.move))).not.toMatch(/\./);
        });
      }
      expect(missing).toEqual([]);
    });
  }

  it('a 400/min hacking says it is shown slowed, with both rates; a ramp, a position and a contact are named', () => {
    const { t } = translator('en');
    const w = techniques.find((x) => x.id === 'classic-wringing-percussion')!;
    const hack = w.steps.find((s) => s.move === 'percussion' && s.style === 'hacking')!;
    expect(stepDetails(hack, t)).toContain('shown slowed: really 400 a minute, shown at 180 a minute');
    expect(stepDetails(w.steps[0]!, t)).toContain('pressure grows from light pressure to medium pressure');
    const side = techniques.find((x) => x.id === 'classic-side-lying-lumbar')!;
    expect(stepDetails({ ...side.steps[0]!, position: 'side-lying-left' }, t)).toContain('lying on the left side, a pillow between the knees');
    const thai = techniques.find((x) => x.id === 'thai-heel-walk')!;
    expect(stepDetails(thai.steps[1]!, t)).toContain('with the heel of the palm');
    const cups = techniques.find((x) => x.id === 'cupping-static-both-sides')!;
    expect(stepDetails(cups.steps.find((s) => s.move === 'set-cup')!, t)).toContain('the cup stays on');
  });
});
