/**
 * Edits as the studio makes them (generated from its forms: every move, every field of the
 * move's form, values in and out of the allowed ranges, points, path points, steps added,
 * duplicated, deleted, moved, moves changed):
 * - applyEdit never mutates its input;
 * - after any sequence, undoing every edit in the store gives back the original technique
 *   exactly, and redoing gives back the edited one;
 * - every sequence ends in a draft that either exports a file the gate accepts and that reads
 *   back equal, or shows the gate's errors (never throws, never exports something invalid).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyEdit,
  checkDraft,
  defaultPath,
  exportTechnique,
  moveFields,
  newTechnique,
  pointListPath,
  stepPointPaths,
  techniqueFields,
  type Edit,
  type FieldSpec,
  type JsonValue,
} from '../../../src/domain/authoring';
import { checkTechniqueText } from '../../../src/domain/technique/check';
import { parseTechniqueText } from '../../../src/domain/technique/parse';
import { ACUPOINT_IDS, LANDMARK_IDS, MOVES, type AnatomicalPoint, type MoveName, type PathShape, type Technique } from '../../../src/domain/technique/schema';
import { VERTEBRAL_LEVELS } from '../../../src/domain/anatomy/types';
import { editorHistory, useEditorStore } from '../../../src/state/editor/editorStore';

const DIR = 'data/techniques';
const library: Technique[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const r = parseTechniqueText(readFileSync(`${DIR}/${f}`, 'utf8'), f);
    if (!r.ok) throw new Error(f);
    return r.technique;
  });
const starts = [newTechnique(), ...library];

/** Random numbers an edit is made from (interpreted against the technique at that moment). */
interface Recipe {
  kind: number;
  a: number;
  b: number;
  pick: number;
  move: MoveName;
  x: number;
  text: string;
  flag: boolean;
  point: AnatomicalPoint;
}

const pointArb: fc.Arbitrary<AnatomicalPoint> = fc
  .record({
    anchor: fc.oneof(
      fc.constantFrom(...VERTEBRAL_LEVELS).map((level) => ({ level }) as AnatomicalPoint),
      fc.constantFrom(...LANDMARK_IDS).map((landmark) => ({ landmark }) as AnatomicalPoint),
      fc.constantFrom(...ACUPOINT_IDS).map((acupoint) => ({ acupoint }) as AnatomicalPoint),
    ),
    lateral: fc.option(fc.integer({ min: -20, max: 150 }).map((v) => v / 10), { nil: undefined }),
    vertical: fc.option(fc.integer({ min: -100, max: 100 }).map((v) => v / 10), { nil: undefined }),
    side: fc.option(fc.constantFrom('left' as const, 'right' as const), { nil: undefined }),
  })
  .map(({ anchor, lateral, vertical, side }) => ({
    ...anchor,
    ...(lateral !== undefined ? { lateral_cm: lateral } : {}),
    ...(vertical !== undefined ? { vertical_cm: vertical } : {}),
    ...(side ? { side } : {}),
  }));

const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  kind: fc.nat(99),
  a: fc.nat(50),
  b: fc.nat(50),
  pick: fc.nat(1000),
  move: fc.constantFrom(...MOVES),
  // Mostly inside [0, 1] (a value in range), sometimes outside (a value typed out of range).
  x: fc.oneof({ weight: 5, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.double({ min: -2, max: 3, noNaN: true }) }),
  text: fc.oneof(fc.constant(''), fc.constantFrom('Slowly', 'Медленно', '  ', 'Cures sciatica'), fc.string({ maxLength: 12 })),
  flag: fc.boolean(),
  point: pointArb,
});

/** A value for a form field, as the field's control would give it. */
function valueFor(f: FieldSpec, r: Recipe): JsonValue | undefined {
  if (!f.required && r.pick % 11 === 0) return undefined; // cleared
  const n = (lo: number, hi: number, int: boolean) => {
    const v = lo + r.x * (hi - lo);
    return int ? Math.round(v) : Math.round(v * 10) / 10;
  };
  switch (f.kind) {
    case 'enum':
      return (f.options ?? [])[r.pick % (f.options?.length ?? 1)] ?? null;
    case 'enum-list':
      return (f.options ?? []).filter((_, i) => ((r.pick >> i % 10) & 1) === 1) as JsonValue;
    case 'number':
    case 'integer':
      return n(f.min ?? 0, f.max ?? 100, f.kind === 'integer');
    case 'boolean':
      return r.flag;
    case 'text':
      return r.text;
    case 'localized':
      return { en: r.flag ? r.text : 'Text', ru: r.flag ? 'Текст' : r.text };
    case 'localized-list':
      return r.flag ? [] : [{ en: 'Careful', ru: r.text }];
    case 'point':
      return r.point as JsonValue;
    case 'points':
      return r.flag ? [r.point as JsonValue] : [];
    case 'path':
      return defaultPath((f.shapes ?? ['polyline'])[r.pick % (f.shapes?.length ?? 1)] as PathShape) as unknown as JsonValue;
    case 'object': {
      const c = f.children?.[r.pick % (f.children?.length ?? 1)];
      return c ? { [c.key]: valueFor({ ...c, required: true }, r) ?? null } : {};
    }
    case 'list':
      return r.flag ? [] : undefined;
  }
}

/** The edit a recipe makes on `t` (as the studio would: from the current technique's forms). */
function editFrom(t: Technique, r: Recipe): Edit {
  const n = t.steps.length;
  const s = n > 0 ? r.a % n : 0;
  const step = t.steps[s];
  switch (r.kind % 12) {
    case 0: {
      const f = techniqueFields()[r.pick % techniqueFields().length] as FieldSpec;
      if (f.kind === 'localized') return { kind: 'set-meta', path: [f.key, r.flag ? 'en' : 'ru'], value: r.text };
      return { kind: 'set-meta', path: f.path, value: valueFor(f, r) };
    }
    case 1:
      return { kind: 'add-step', move: r.move, index: r.b % (n + 1) };
    case 2:
      return { kind: 'duplicate-step', index: s };
    case 3:
      return { kind: 'delete-step', index: s };
    case 4:
      return { kind: 'move-step', from: s, to: n > 0 ? r.b % n : 0 };
    case 5:
    case 6:
    case 7: {
      if (!step) return { kind: 'add-step', move: r.move };
      const fields = moveFields(step.move).filter((f) => f.key !== 'move');
      const f = fields[r.pick % fields.length] as FieldSpec;
      if (f.kind === 'localized') return { kind: 'set-step-field', step: s, path: [f.key, r.flag ? 'en' : 'ru'], value: r.text };
      if (f.kind === 'object' && f.children?.length) {
        const c = f.children[r.b % f.children.length] as FieldSpec;
        return { kind: 'set-step-field', step: s, path: c.path, value: valueFor(c, r) };
      }
      return { kind: 'set-step-field', step: s, path: f.path, value: valueFor(f, r) };
    }
    case 8:
      return { kind: 'change-move', step: s, move: r.move };
    case 9: {
      const paths = step ? stepPointPaths(step) : [];
      const p = paths[r.b % Math.max(1, paths.length)];
      return p ? { kind: 'set-point', step: s, path: p, point: r.point } : { kind: 'change-move', step: s, move: r.move };
    }
    default: {
      const list = step ? pointListPath(step) : undefined;
      const len = list && step ? ((list.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], step) as unknown[]).length ?? 0) : 0;
      const which = r.kind % 4;
      if (which === 0) return { kind: 'insert-path-point', step: s, index: r.b % (len + 1), point: r.point };
      if (which === 1) return { kind: 'set-path-point', step: s, index: len ? r.b % len : 0, point: r.point };
      if (which === 2) return { kind: 'delete-path-point', step: s, index: len ? r.b % len : 0 };
      return { kind: 'move-path-point', step: s, from: len ? r.b % len : 0, to: len ? r.pick % len : 0 };
    }
  }
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

const startArb = fc.constantFrom(...starts.map((_, i) => i));
const seqArb = fc.array(recipeArb, { minLength: 1, maxLength: 14 });

describe('edits', () => {
  beforeEach(() => useEditorStore.getState().close());

  it('applyEdit never mutates its input (deep-frozen techniques)', () => {
    fc.assert(
      fc.property(startArb, seqArb, (si, seq) => {
        let t = deepFreeze(structuredClone(starts[si] as Technique));
        for (const r of seq) {
          const before = JSON.stringify(t);
          const e = editFrom(t, r);
          const next = applyEdit(t, e);
          expect(JSON.stringify(t)).toBe(before);
          t = deepFreeze(next);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('undoing every edit gives back the original technique exactly; redoing gives the edited one', () => {
    fc.assert(
      fc.property(startArb, seqArb, (si, seq) => {
        const original = starts[si] as Technique;
        const s = useEditorStore.getState();
        s.start(original, { mine: true });
        const started = useEditorStore.getState().technique;
        let changed = 0;
        for (const r of seq) {
          const t = useEditorStore.getState().technique as Technique;
          useEditorStore.getState().apply(editFrom(t, r));
          if (useEditorStore.getState().technique !== t) changed++;
          // Selecting is not an undo step.
          useEditorStore.getState().select(r.b, r.flag ? 0 : null);
        }
        const edited = useEditorStore.getState().technique;
        const history = useEditorStore.temporal.getState();
        expect(history.pastStates).toHaveLength(changed);
        for (let i = 0; i < changed; i++) editorHistory.undo();
        expect(editorHistory.canUndo()).toBe(false);
        expect(useEditorStore.getState().technique).toBe(started);
        expect(useEditorStore.getState().technique).toEqual(original);
        for (let i = 0; i < changed; i++) editorHistory.redo();
        expect(useEditorStore.getState().technique).toBe(edited);
        // The selection stays inside the technique.
        const { selectedStep } = useEditorStore.getState();
        expect(selectedStep).toBeLessThan(Math.max(1, (edited as Technique).steps.length));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('every edit sequence exports a file the gate accepts (reading back equal), or shows the gate’s errors', () => {
    let exported = 0;
    let refused = 0;
    fc.assert(
      fc.property(startArb, seqArb, (si, seq) => {
        let t = starts[si] as Technique;
        for (const r of seq) t = applyEdit(t, editFrom(t, r));
        const out = exportTechnique(t);
        const c = checkDraft(t);
        if (out.ok) {
          exported++;
          expect(c.errors).toEqual([]);
          const back = checkTechniqueText(out.text, out.fileName);
          expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(back.technique).toEqual(out.technique);
          expect(JSON.parse(out.text)).toEqual(out.technique);
        } else {
          refused++;
          expect(out.errors.length).toBeGreaterThan(0);
          expect(out.errors).toEqual(c.errors);
          expect(c.technique).toBeUndefined();
          // The same errors the app's import gate gives for the same file.
          const imported = checkTechniqueText(JSON.stringify(t), `${t.id}.json`);
          expect(imported.technique).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
    // Both outcomes are exercised.
    expect(exported).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, 60_000);
});
