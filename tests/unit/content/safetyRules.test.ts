import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessRedFlags, redFlagQuestions } from '../../../src/ui/safety/assess';
import { filterForAcutePain, hiddenInAcutePain, isStrongTechnique } from '../../../src/ui/safety/acutePain';
import { RED_FLAG_IDS, SAFETY, applicablePrecautions, type RedFlagId } from '../../../src/domain/safety';
import { loadLibrary } from '../../../src/data/library';
import { RESOURCES } from '../../../src/i18n';
import { ALL_MOVES, CLASSIC, FIRM_CUPPING, GENTLE_CUPPING, GENTLE_POINT, HONEY, THAI } from './fixtureTechniques';

const urgency = (id: RedFlagId) => SAFETY.redFlags.red_flags.find((f) => f.id === id)!.urgency;

describe('assessRedFlags', () => {
  it('is clear when every answer is no, and says it is complete', () => {
    const all = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no'])) as Record<RedFlagId, 'no'>;
    expect(assessRedFlags(all)).toEqual({ level: 'clear', reasons: [], unanswered: [], complete: true });
  });

  it('is urgent on saddle numbness, doctor on night pain; urgent wins and reasons list both', () => {
    expect(assessRedFlags({ 'saddle-numbness': 'yes' }).level).toBe('urgent');
    expect(assessRedFlags({ 'night-pain': 'yes' }).level).toBe('doctor');
    const r = assessRedFlags({ 'night-pain': 'yes', 'bladder-bowel': 'yes' });
    expect(r.level).toBe('urgent');
    expect(r.reasons).toEqual(['bladder-bowel', 'night-pain']);
  });

  it('never treats an unanswered question as "no"', () => {
    const r = assessRedFlags({ 'saddle-numbness': 'no' });
    expect(r.complete).toBe(false);
    expect(r.unanswered).toHaveLength(RED_FLAG_IDS.length - 1);
  });

  it('the emergency flags of DESIGN.md §3 are urgent, the rest are "see a doctor"', () => {
    for (const id of ['saddle-numbness', 'bladder-bowel', 'bilateral-sciatica', 'progressive-weakness', 'major-trauma'] as const) expect(urgency(id)).toBe('emergency');
    for (const id of ['fever-unwell', 'weight-loss', 'cancer-history', 'age', 'night-pain', 'immune-suppression'] as const) expect(urgency(id)).toBe('see-doctor');
  });

  it('property: level is the worst urgency among "yes" answers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...RED_FLAG_IDS), fc.constantFrom('yes' as const, 'no' as const)), (answers) => {
        const yes = RED_FLAG_IDS.filter((id) => answers[id] === 'yes');
        const expected = yes.some((id) => urgency(id) === 'emergency') ? 'urgent' : yes.length > 0 ? 'doctor' : 'clear';
        const r = assessRedFlags(answers);
        expect(r.level).toBe(expected);
        expect([...r.reasons].sort()).toEqual([...yes].sort());
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('asks emergency questions first and asks every red flag of the data', () => {
    const q = redFlagQuestions();
    expect(q).toHaveLength(SAFETY.redFlags.red_flags.length);
    const firstDoctor = q.findIndex((f) => f.urgency === 'see-doctor');
    expect(q.slice(firstDoctor).every((f) => f.urgency === 'see-doctor')).toBe(true);
  });
});

describe('acute-pain filter', () => {
  it('hides by modality and intensity: Thai, cupping, firm pressure or strong suction, forceful moves (see tests/unit/safety/acutePain.test.ts)', () => {
    expect(hiddenInAcutePain(CLASSIC)).toMatchObject({ id: 'pressing-move', move: 'knead-palm' });
    expect(hiddenInAcutePain(THAI)).toEqual({ id: 'thai' });
    expect(hiddenInAcutePain(FIRM_CUPPING)).toEqual({ id: 'cupping' });
    expect(hiddenInAcutePain(HONEY)).toMatchObject({ id: 'forceful-move', move: 'honey-press-pull' });
    expect(hiddenInAcutePain(ALL_MOVES)).toEqual({ id: 'cupping' });
  });

  it('hides point pressure and gentle cupping too; listing the acute-pain precaution alone does not hide', () => {
    expect(GENTLE_POINT.precautions).toContain('acute-pain');
    expect(hiddenInAcutePain(GENTLE_POINT)).toMatchObject({ id: 'pressing-move', move: 'point-press' });
    expect(isStrongTechnique(GENTLE_CUPPING)).toBe(true);
  });

  it('filters a list only when the switch is on, keeping order', () => {
    const list = [GENTLE_POINT, CLASSIC, GENTLE_CUPPING, THAI];
    expect(filterForAcutePain(list, false).shown).toEqual(list);
    const on = filterForAcutePain(list, true);
    expect(on.shown).toEqual([]);
    expect(on.hidden.map((h) => h.technique.id)).toEqual([GENTLE_POINT.id, CLASSIC.id, GENTLE_CUPPING.id, THAI.id]);
  });

  it('every library technique is either shown or hidden with a reason that has text', () => {
    for (const t of loadLibrary().techniques) {
      const r = hiddenInAcutePain(t);
      if (t.type === 'cupping' || t.type === 'thai') expect(r, t.id).not.toBeNull();
      if (r) for (const lang of ['en', 'ru'] as const) expect((RESOURCES[lang] as { safetyLogic: { acute: { reason: Record<string, string> } } }).safetyLogic.acute.reason[r.id], t.id).toBeTruthy();
    }
  });
});

describe('precautions shown for each technique', () => {
  it('every library technique gets the always-rules, the ones it lists, with sources and text in both languages', () => {
    const techniques = [...loadLibrary().techniques, ALL_MOVES];
    for (const t of techniques) {
      const ps = applicablePrecautions(t);
      const ids = ps.map((p) => p.id);
      for (const id of ['no-spinous-pressure', 'no-jolts', 'stop-if-leg-pain', ...t.precautions]) expect(ids, t.id).toContain(id);
      for (const p of ps) {
        expect(p.precaution, `${t.id}: ${p.id}`).toBeDefined();
        // A published source, or (a rule of Handpath's own) its provenance, kept in the data file.
        expect(p.precaution!.sources.length > 0 || p.precaution!.provenance !== undefined, `${t.id}: ${p.id}`).toBe(true);
        expect(p.precaution!.text.ru).toMatch(/[а-яё]/i);
      }
    }
  });
});
