/**
 * Export writes a file the validator accepts and that reads back equal — for every library
 * technique opened in the studio — and refuses a draft with errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, checkDraft, diagnosticsAt, diagnosticTarget, editAt, exportTechnique, newTechnique, parseJsonPath, pointIndexOf, stepPointPaths } from '../../../src/domain/authoring';
import { checkTechniqueBytes } from '../../../src/domain/technique/check';
import { parseTechniqueText } from '../../../src/domain/technique/parse';

const DIR = 'data/techniques';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('exportTechnique', () => {
  it('the library has techniques to test', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s: exported text passes the validator gate and reads back deep-equal', (f) => {
    const r = parseTechniqueText(readFileSync(`${DIR}/${f}`, 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not parse`);
    const t = r.technique;
    const out = exportTechnique(t);
    if (!out.ok) throw new Error(out.errors.map((e) => e.message).join('; '));
    expect(out.fileName).toBe(`${t.id}.json`);
    // What `npm run validate` runs on a file: bytes → gate → lint.
    const v = checkTechniqueBytes(new TextEncoder().encode(out.text), out.fileName);
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(v.diagnostics.map((d) => d.code)).not.toContain('id-file-name');
    expect(v.technique).toEqual(t);
    expect(out.text.endsWith('}\n')).toBe(true);
  });

  it('refuses a draft with errors and returns the gate’s errors at their paths', () => {
    let t = newTechnique();
    t = applyEdit(t, { kind: 'set-step-field', step: 0, path: ['caption', 'ru'], value: '' });
    t = applyEdit(t, { kind: 'set-step-field', step: 0, path: ['repetitions'], value: 0 });
    const out = exportTechnique(t);
    expect(out.ok).toBe(false);
    const errs = out.ok ? [] : out.errors;
    expect(errs.map((e) => e.path).sort()).toEqual(['steps[0].caption.ru', 'steps[0].repetitions']);
    expect(errs).toEqual(checkDraft(t).errors);
    expect(diagnosticsAt(errs, 0, ['caption'])).toHaveLength(1);
    expect(diagnosticsAt(errs, 0)).toHaveLength(2);
    expect(diagnosticsAt(errs, null)).toHaveLength(0);
    expect(diagnosticTarget(errs.find((e) => e.path.endsWith('ru'))!)).toEqual({ step: 0, path: ['caption', 'ru'] });
  });

  it('a cleared number (NaN in the form) is an error, not a crash', () => {
    const t = applyEdit(newTechnique(), { kind: 'set-meta', path: ['duration_min'], value: Number.NaN });
    expect(checkDraft(t).errors.map((e) => e.path)).toEqual(['duration_min']);
  });

  it('lint errors keep their paths too (a point press on the spine)', () => {
    let t = applyEdit(newTechnique(), { kind: 'add-step', move: 'point-press' });
    t = applyEdit(t, { kind: 'set-point', step: 1, path: ['points', 0], point: { level: 'L4' } });
    const c = checkDraft(t);
    expect(c.errors.length).toBeGreaterThan(0);
    expect(c.errors.every((e) => diagnosticTarget(e).step === 1 && diagnosticTarget(e).path[0] === 'points')).toBe(true);
  });

  it('parseJsonPath reads the gate’s paths back', () => {
    expect(parseJsonPath('steps[3].path.points[1].level')).toEqual(['steps', 3, 'path', 'points', 1, 'level']);
    expect(parseJsonPath('')).toEqual([]);
    expect(parseJsonPath('title["en"]')).toEqual(['title', 'en']);
  });
});

describe('editAt and pointIndexOf', () => {
  it('a root path becomes the edit that sets it', () => {
    const t = newTechnique();
    expect(editAt(['title', 'ru'], 'Моя')).toEqual({ kind: 'set-meta', path: ['title', 'ru'], value: 'Моя' });
    expect(editAt(['steps', 0, 'pressure'], 'medium')).toEqual({ kind: 'set-step-field', step: 0, path: ['pressure'], value: 'medium' });
    expect(editAt(['steps', 0, 'move'], 'effleurage')).toEqual({ kind: 'change-move', step: 0, move: 'effleurage' });
    expect(editAt(['steps', 0, 'move'], 'fly')).toBeNull();
    expect(editAt(['steps'], [])).toBeNull();
    expect(applyEdit(t, editAt(['steps', 0, 'repetitions'], 7)!).steps[0]).toMatchObject({ repetitions: 7 });
  });

  it('points of a step are indexed in stepPointPaths order', () => {
    const t = applyEdit(newTechnique(), { kind: 'add-step', move: 'cup-glide' });
    const step = t.steps[1]!;
    expect(stepPointPaths(step)).toEqual([
      ['path', 'points', 0],
      ['path', 'points', 1],
    ]);
    expect(pointIndexOf(step, ['path', 'points', 1])).toBe(1);
    expect(pointIndexOf(step, ['at'])).toBeNull();
  });
});
