/**
 * Messages at their field, in a teacher's words, in English and Russian: no JSON jargon, the
 * app's existing words reused for warnings (with the motion compiler's figures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, checkDraft, newTechnique, type Edit } from '../../../src/domain/authoring';
import { prepareAnatomy, type PreparedAnatomy } from '../../../src/domain/motion';
import { teacherMessage } from '../../../src/state/editor/teacherMessage';
import { i18next } from '../../../src/i18n';
import { testAnatomies } from '../motion/fixtures/anatomy';

const errorsOf = (...edits: Edit[]) => checkDraft(edits.reduce(applyEdit, newTechnique())).errors;
const CYRILLIC = /[а-яё]/i;
const JARGON = /expected|found|field "|steps\[|_cm|_s\b|lateral_|"/;

describe('teacherMessage', () => {
  it.each([
    ['missing Russian caption', [{ kind: 'set-step-field', step: 0, path: ['caption', 'ru'], value: '' }], 'The Russian text is missing.', 'Нет текста на языке: русском.'],
    ['zero repetitions', [{ kind: 'set-step-field', step: 0, path: ['repetitions'], value: 0 }], 'Too small: at least 1.', 'Слишком мало: не меньше 1.'],
    ['a fraction of a repetition', [{ kind: 'set-step-field', step: 0, path: ['repetitions'], value: 2.5 }], 'Use a whole number.', 'Нужно целое число.'],
    ['too wide a band', [{ kind: 'set-step-field', step: 0, path: ['path', 'lateral_to_cm'], value: 99 }], 'Too large: at most 30.', 'Слишком много: не больше 30.'],
    ['no steps', [{ kind: 'delete-step', index: 0 }], 'Add at least 1.', 'Добавьте не меньше 1.'],
    ['both tempos', [{ kind: 'set-step-field', step: 0, path: ['tempo', 'duration_s'], value: 30 }], /not both/, /не оба/],
    ['a cure claim', [{ kind: 'set-meta', path: ['summary', 'en'], value: 'This cures sciatica' }], /no promises of recovery/, /не обещает выздоровления/],
  ] as [string, Edit[], string | RegExp, string | RegExp][])('%s', (_name, edits, en, ru) => {
    const errs = errorsOf(...edits);
    expect(errs).toHaveLength(1);
    const d = errs[0]!;
    const e = teacherMessage(d, 'en');
    const r = teacherMessage(d, 'ru');
    if (typeof en === 'string') expect(e).toBe(en);
    else expect(e).toMatch(en);
    if (typeof ru === 'string') expect(r).toBe(ru);
    else expect(r).toMatch(ru);
    expect(e).not.toBe(d.message);
    expect(e).not.toMatch(JARGON);
    expect(r).toMatch(CYRILLIC);
  });

  it('a missing precaution names it in the reader’s language', () => {
    const [d] = errorsOf({ kind: 'set-meta', path: ['type'], value: 'cupping' });
    expect(d?.code).toBe('missing-precaution');
    expect(teacherMessage(d!, 'ru')).toMatch(CYRILLIC);
    expect(teacherMessage(d!, 'en')).toMatch(/^This type of massage must list its precautions: add .+/);
    expect(teacherMessage(d!, 'en')).not.toMatch(/"/);
  });

  it('a point press on the spine: the lint’s error in plain words, both languages', () => {
    const errs = errorsOf({ kind: 'add-step', move: 'point-press' }, { kind: 'set-point', step: 1, path: ['points', 0], point: { level: 'L4', lateral_cm: 1 } });
    expect(errs.map((e) => e.code)).toEqual(['point-press-too-close']);
    expect(teacherMessage(errs[0]!, 'en')).toMatch(/Too close to the spine/);
    expect(teacherMessage(errs[0]!, 'ru')).toMatch(/Слишком близко к позвоночнику/);
  });

  it('an unknown code falls back to the checker’s message', () => {
    const d = { file: 'x.json', path: '', severity: 'error' as const, code: 'something-new', message: 'the checker says so' };
    expect(teacherMessage(d, 'ru')).toBe('the checker says so');
  });

  it('the authoring part has the same keys in both languages', () => {
    const en = i18next.getResource('en', 'translation', 'authoring.diag') as Record<string, string>;
    const ru = i18next.getResource('ru', 'translation', 'authoring.diag') as Record<string, string>;
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('checkDraft with an anatomy: the motion compiler’s warnings, at their step, with their figures', () => {
  let a: PreparedAnatomy;
  beforeAll(async () => {
    a = prepareAnatomy((await testAnatomies())[0]!.anatomy);
  }, 120_000);

  it('a stroke across the spine warns path-over-spine at its step, in the app’s words with the cm', () => {
    let t = applyEdit(newTechnique(), { kind: 'add-step', move: 'effleurage' });
    t = applyEdit(t, { kind: 'set-step-field', step: 1, path: ['path', 'points'], value: [
      { level: 'L2', lateral_cm: 6, side: 'left' },
      { level: 'L2', lateral_cm: 6, side: 'right' },
    ] });
    const plain = checkDraft(t);
    expect(plain.errors).toEqual([]);
    const c = checkDraft(t, undefined, { anatomy: a });
    const w = c.warnings.find((x) => x.code === 'path-over-spine');
    expect(w?.path).toBe('steps[1]');
    expect(w?.params?.cm).toBeDefined();
    expect(plain.warnings.some((x) => x.code === 'path-over-spine')).toBe(false);
    expect(teacherMessage(w!, 'en')).toContain(`${w!.params!.cm} cm`);
    expect(teacherMessage(w!, 'ru')).toContain(`${w!.params!.cm} см`);
    expect(c.technique).toBeDefined();
  });
});
