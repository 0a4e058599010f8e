import { describe, expect, it } from 'vitest';
import {
  acutePainReasons,
  acutePainSources,
  filterForAcutePain,
  hiddenInAcutePain,
  stepAcutePainReasons,
  SAFETY,
} from '../../../src/domain/safety';
import { loadLibrary } from '../../../src/data/library';
import { RESOURCES } from '../../../src/i18n';
import type { Step, Technique } from '../../../src/domain/technique/schema';

const library = loadLibrary().techniques;
const byId = (id: string): Technique => {
  const t = library.find((x) => x.id === id);
  if (!t) throw new Error(`no library technique ${id}`);
  return t;
};
/** The same technique with one step changed (to show the filter reads the steps, not the id). */
const withStep = (t: Technique, i: number, patch: Partial<Step>): Technique => ({
  ...t,
  steps: t.steps.map((s, k) => (k === i ? ({ ...s, ...patch } as Step) : s)),
});

describe('acute-pain filter (DESIGN §7: hide by intensity and modality, keep light stroking)', () => {
  it('keeps the three gentle techniques for patients (light stroking and rubbing only)', () => {
    for (const id of ['gentle-back-stroking', 'classic-finishing-effleurage', 'classic-warming-rub'])
      expect(acutePainReasons(byId(id)), id).toEqual([]);
  });

  it('hides cupping, acupressure, Thai, chopping, fist kneading and honey pull, each with its reason', () => {
    const first = (id: string) => hiddenInAcutePain(byId(id));
    expect(first('cupping-lumbar')).toEqual({ id: 'cupping' });
    expect(first('thai-lumbosacral')).toEqual({ id: 'thai' });
    expect(first('point-lumbosacral')).toMatchObject({ id: 'pressing-move', move: 'point-press', step: 2 });
    expect(first('classic-edge-of-palm')).toMatchObject({ id: 'percussion', move: 'edge-of-palm-stroke', step: 2 });
    expect(first('classic-knead-fists')).toMatchObject({ id: 'forceful-move', move: 'knead-fist', step: 1 });
    expect(first('honey-lumbar')).toMatchObject({ id: 'forceful-move', move: 'honey-press-pull', step: 3 });
    // Thai lists every reason it has, modality first, then its firm kneading.
    expect(acutePainReasons(byId('thai-lumbosacral')).map((r) => r.id)).toEqual(['thai', 'firm-pressure', 'pressing-move', 'medium-pressure']);
  });

  it('with the switch on, exactly the light-stroking techniques of the library stay', () => {
    const { shown, hidden } = filterForAcutePain(library, true);
    expect(shown.map((t) => t.id).sort()).toEqual(['classic-finishing-effleurage', 'classic-warming-rub', 'gentle-back-stroking']);
    expect(hidden).toHaveLength(library.length - 3);
    for (const h of hidden) expect(h.reasons[0]).toEqual(h.reason);
  });

  it('decides from the steps: the same gentle technique is hidden once a step gets firm, medium, chopping or a cup', () => {
    const gentle = byId('gentle-back-stroking');
    expect(hiddenInAcutePain(withStep(gentle, 0, { pressure: 'firm' }))).toMatchObject({ id: 'firm-pressure', step: 0 });
    expect(hiddenInAcutePain(withStep(gentle, 1, { pressure: 'medium' }))).toMatchObject({ id: 'medium-pressure', step: 1, move: 'rub' });
    const chop = { move: 'edge-of-palm-stroke', style: 'chop', pressure: 'light', hand_shape: 'edge-of-palm' } as Partial<Step>;
    expect(hiddenInAcutePain(withStep(gentle, 1, chop))).toMatchObject({ id: 'percussion', step: 1 });
    const cup = { move: 'set-cup', suction: 'light', at: { level: 'L3', lateral_cm: 6 }, cup_diameter_cm: 5, duration_s: 10 } as unknown as Partial<Step>;
    expect(hiddenInAcutePain({ type: 'classic', steps: [...gentle.steps, cup as Step] })).toMatchObject({ id: 'cupping', step: gentle.steps.length });
  });

  it('light oiling and light strokes have no reason; strong suction counts as firm', () => {
    expect(stepAcutePainReasons({ move: 'apply-oil' } as Step, 0)).toEqual([]);
    expect(stepAcutePainReasons({ move: 'cup-glide', suction: 'strong' } as Step, 4).map((r) => r.id)).toEqual(['cupping', 'firm-pressure']);
  });

  it('every reason has text in both languages; the rule is Handpath\'s own: no published source, its provenance (seed quote, brief §7) kept in data/safety', () => {
    const ids = ['cupping', 'thai', 'firm-pressure', 'percussion', 'forceful-move', 'pressing-move', 'medium-pressure'];
    for (const lang of ['en', 'ru'] as const) {
      const reasons = (RESOURCES[lang] as { safetyLogic: { acute: { reason: Record<string, string> } } }).safetyLogic.acute.reason;
      for (const id of ids) expect(reasons[id], `${lang}: ${id}`).toBeTruthy();
    }
    expect(acutePainSources()).toEqual([]);
    const rule = SAFETY.precautions.precautions.find((p) => p.id === 'acute-pain')!;
    expect(rule.provenance).toMatch(/acute pain should avoid the power of massage/);
    expect(rule.provenance).toMatch(/section 7/);
  });
});
