/**
 * Cups left on the skin must not overlap: two 5 cm cups set at L2 and L3 on the same side (3.5–4 cm
 * apart) were drawn one inside the other in the static-cups technique. The compiler warns.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/domain/motion';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { testAnatomies } from './fixtures/anatomy';

const cups = (levels: string[], lateral: number) => ({
  id: 'fx-cups-overlap',
  format_version: 2,
  title: { en: 'Cups', ru: 'Банки' },
  summary: { en: 'Cups left on.', ru: 'Банки оставлены.' },
  type: 'cupping',
  regions: ['lumbar'],
  level: 'therapist',
  duration_min: 2,
  precautions: ['acute-pain'],
  sources: [{ title: 'fixture' }],
  steps: [
    { move: 'apply-oil', area: { shape: 'band', from_level: 'L1', to_level: 'L5', lateral_from_cm: 3, lateral_to_cm: 9 }, duration_s: 20, caption: { en: 'Oil', ru: 'Масло' } },
    ...levels.map((level) => ({
      move: 'set-cup',
      side: 'right',
      at: { level, lateral_cm: lateral },
      suction: 'medium',
      cup_diameter_cm: 5,
      duration_s: 10,
      leave_on: true,
      caption: { en: 'Set a cup', ru: 'Поставьте банку' },
    })),
    ...levels.map((level) => ({ move: 'remove-cup', side: 'right', at: { level, lateral_cm: lateral }, duration_s: 10, caption: { en: 'Take the cup off', ru: 'Снимите банку' } })),
  ],
});

describe('cups left on the skin', async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const compiled = (levels: string[]) => {
    const r = parseTechnique(cups(levels, 6), 'fx.json');
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    return compile(r.technique, an.anatomy);
  };
  it('two 5 cm cups one level apart overlap: a cups-overlap warning names both steps and the distances', () => {
    const w = compiled(['L2', 'L3']).warnings.filter((x) => x.code === 'cups-overlap');
    expect(w).toHaveLength(1);
    expect(w[0]?.stepIndex).toBe(2);
    expect(w[0]?.params.step).toBe(2);
    expect(Number(w[0]?.params.cm)).toBeLessThan(5);
    expect(Number(w[0]?.params.need)).toBe(5);
  });
  it('two levels apart they stand side by side: no warning', () => {
    expect(compiled(['L2', 'L4']).warnings.filter((x) => x.code === 'cups-overlap')).toEqual([]);
  });
});
