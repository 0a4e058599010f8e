/**
 * The studio's store: start (new / copy of a library technique / one of mine), selection outside
 * the undo history, save into "my techniques" (a draft with errors is kept, flagged, and never
 * listed as one of my techniques), export refuses errors, import goes through the gate.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { newTechnique } from '../../../src/domain/authoring';
import { parseTechniqueText } from '../../../src/domain/technique/parse';
import type { Technique } from '../../../src/domain/technique/schema';
import { deleteDraft, loadDrafts } from '../../../src/state/editor/drafts';
import { editorHistory, HISTORY_LIMIT, useEditorStore } from '../../../src/state/editor/editorStore';
import { useViewer } from '../../../src/state/store';
import {
  configureUserTechniques,
  readStoredTechniques,
  useUserTechniques,
  type StoredTechniqueRecord,
  type TechniqueBackend,
} from '../../../src/state/userTechniques';

class MemoryBackend implements TechniqueBackend {
  map = new Map<string, unknown>();
  async entries(): Promise<[IDBValidKey, unknown][]> {
    return [...this.map];
  }
  async set(key: string, value: StoredTechniqueRecord) {
    this.map.set(key, structuredClone(value));
  }
  async del(key: string) {
    this.map.delete(key);
  }
}

const LIB = 'classic-warming-rub';
const text = readFileSync(`data/techniques/${LIB}.json`, 'utf8');
const lib = (() => {
  const r = parseTechniqueText(text, `${LIB}.json`);
  if (!r.ok) throw new Error('library file');
  return r.technique;
})();
const S = () => useEditorStore.getState();
const T = () => S().technique as Technique;

let backend: MemoryBackend;
beforeEach(() => {
  backend = new MemoryBackend();
  configureUserTechniques({ backend, libraryIds: () => new Set([LIB]) });
  useUserTechniques.setState({ status: 'ready', entries: [], broken: [], saveProblem: null });
  useViewer.setState({ userTechniques: [] });
  S().close();
});

describe('start', () => {
  it('new: a valid technique under a free id, no history', () => {
    S().start(null, { takenIds: new Set(['my-technique']) });
    expect(T().id).toBe('my-technique-copy');
    expect(T().steps).toEqual(newTechnique().steps);
    expect(editorHistory.canUndo()).toBe(false);
    expect(S().dirty).toBe(false);
  });

  it('a library technique: a copy under a free id (the library file is never touched)', () => {
    S().start(lib, { takenIds: new Set([LIB]) });
    expect(T().id).toBe(`${LIB}-copy`);
    expect(T().steps).toEqual(lib.steps);
    expect(T().steps).not.toBe(lib.steps);
    expect(S().sourceId).toBeUndefined();
  });

  it('one of mine: same id, saving replaces it', () => {
    S().start(lib, { mine: true });
    expect(T().id).toBe(LIB);
    expect(S().sourceId).toBe(LIB);
  });
});

describe('apply, select, undo', () => {
  it('selection is not an undo step; add/duplicate select the new step; undo keeps the selection inside', () => {
    S().start(null);
    S().apply({ kind: 'add-step', move: 'point-press' });
    expect(S().selectedStep).toBe(1);
    S().select(0);
    S().select(1, 0);
    expect(useEditorStore.temporal.getState().pastStates).toHaveLength(1);
    expect(S().selectedPoint).toBe(0);
    editorHistory.undo();
    expect(T().steps).toHaveLength(1);
    expect(S().selectedStep).toBe(0);
    expect(S().selectedPoint).toBeNull();
    editorHistory.redo();
    expect(T().steps).toHaveLength(2);
  });

  it('an edit that changes nothing is not an undo step', () => {
    S().start(null);
    S().apply({ kind: 'delete-step', index: 7 });
    S().apply({ kind: 'set-step-field', step: 0, path: ['pressure'], value: 'light' });
    expect(editorHistory.canUndo()).toBe(false);
    expect(S().dirty).toBe(false);
    S().apply({ kind: 'set-step-field', step: 0, path: ['pressure'], value: 'medium' });
    expect(S().dirty).toBe(true);
    expect(editorHistory.canUndo()).toBe(true);
  });

  it(`the history keeps the last ${HISTORY_LIMIT} edits`, () => {
    S().start(null);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) S().apply({ kind: 'set-step-field', step: 0, path: ['repetitions'], value: i + 1 });
    expect(useEditorStore.temporal.getState().pastStates).toHaveLength(HISTORY_LIMIT);
  });
});

describe('save, export, import', () => {
  it('a valid technique is saved as one of my techniques (listed at once, read back by the gate)', async () => {
    S().start(lib, { takenIds: new Set([LIB]) });
    S().apply({ kind: 'set-meta', path: ['title', 'en'], value: 'Gentler warming' });
    const r = await S().saveDraft();
    expect(r).toMatchObject({ saved: true, draft: false, key: `${LIB}-copy`, errors: [] });
    expect(S().dirty).toBe(false);
    expect(S().sourceId).toBe(`${LIB}-copy`);
    expect(useUserTechniques.getState().entries.map((e) => e.technique.title.en)).toEqual(['Gentler warming']);
    expect(useViewer.getState().userTechniques.map((t) => t.id)).toEqual([`${LIB}-copy`]);
    const read = readStoredTechniques([...backend.map], new Set([LIB]));
    expect(read.broken).toEqual([]);
    expect(read.entries.map((e) => e.technique)).toEqual([T()]);
    // Renaming the id and saving again replaces the record (no second copy).
    S().apply({ kind: 'set-meta', path: ['id'], value: 'gentler-warming' });
    await S().saveDraft();
    expect([...backend.map.keys()]).toEqual(['gentler-warming']);
    expect(useUserTechniques.getState().entries.map((e) => e.technique.id)).toEqual(['gentler-warming']);
  });

  it('a draft with errors is saved flagged, not listed among my techniques, and cannot be exported', async () => {
    S().start(null);
    S().apply({ kind: 'set-step-field', step: 0, path: ['caption', 'ru'], value: '' });
    const r = await S().saveDraft();
    expect(r).toMatchObject({ saved: true, draft: true, key: 'draft:my-technique' });
    expect(r?.errors.map((e) => e.path)).toEqual(['steps[0].caption.ru']);
    expect(useUserTechniques.getState().entries).toEqual([]);
    const read = readStoredTechniques([...backend.map], new Set());
    expect(read.entries).toEqual([]);
    expect(read.broken).toEqual([]);
    const drafts = await loadDrafts();
    expect(drafts.map((d) => [d.key, d.technique])).toEqual([['draft:my-technique', T()]]);
    const out = S().exportJson();
    expect(typeof out).toBe('object');
    expect(typeof out === 'object' ? out.errors.map((e) => e.path) : []).toEqual(['steps[0].caption.ru']);
    // Fixed and saved: the draft record goes, the technique is one of mine.
    S().apply({ kind: 'set-step-field', step: 0, path: ['caption', 'ru'], value: 'Растирание' });
    await S().saveDraft();
    expect([...backend.map.keys()]).toEqual(['my-technique']);
    await deleteDraft('my-technique'); // not a draft key: ignored
    expect(backend.map.size).toBe(1);
  });

  it('export → import gives the same technique back', () => {
    S().start(lib, { mine: true });
    S().apply({ kind: 'add-step', move: 'effleurage' });
    const before = T();
    const out = S().exportJson();
    expect(typeof out).toBe('string');
    S().close();
    const r = S().importJson(out as string, `${before.id}.json`);
    expect(r.ok).toBe(true);
    expect(T()).toEqual(before);
    expect(editorHistory.canUndo()).toBe(false);
  });

  it('import of a broken file returns the gate’s errors and leaves the editor as it was', () => {
    S().start(null);
    const t = T();
    const r = S().importJson('{"id": "x", "steps": [}', 'x.json');
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain('json-syntax');
    expect(T()).toBe(t);
  });
});

describe('gestures', () => {
  it('a drag (many point edits between beginGesture and endGesture) is one undo step', () => {
    S().start(null);
    S().apply({ kind: 'add-step', move: 'point-press' });
    const before = T();
    S().beginGesture();
    for (let i = 1; i <= 12; i++) S().apply({ kind: 'set-point', step: 1, path: ['points', 0], point: { level: 'L4', lateral_cm: 4 + i / 10 } });
    S().beginGesture(); // ignored while one is under way
    S().endGesture();
    const after = T();
    expect(after.steps[1]).toMatchObject({ points: [{ level: 'L4', lateral_cm: 5.2 }] });
    expect(useEditorStore.temporal.getState().pastStates).toHaveLength(2);
    editorHistory.undo();
    expect(T()).toBe(before);
    editorHistory.redo();
    expect(T()).toBe(after);
    // Later edits are recorded again, one by one.
    S().apply({ kind: 'set-step-field', step: 1, path: ['hold_s'], value: 9 });
    expect(useEditorStore.temporal.getState().pastStates).toHaveLength(3);
  });

  it('a gesture that changed nothing adds no step', () => {
    S().start(null);
    S().beginGesture();
    S().endGesture();
    expect(editorHistory.canUndo()).toBe(false);
  });
});

describe('ids on save', () => {
  it('an imported library file is saved under a free id, never the library’s (an undoable edit)', async () => {
    const r = S().importJson(text, `${LIB}.json`);
    expect(r.ok).toBe(true);
    expect(T().id).toBe(LIB);
    const saved = await S().saveDraft();
    expect(saved?.key).toBe(`${LIB}-copy`);
    expect(T().id).toBe(`${LIB}-copy`);
    expect([...backend.map.keys()]).toEqual([`${LIB}-copy`]);
    editorHistory.undo();
    expect(T().id).toBe(LIB);
  });

  it('one of mine keeps its id when saved again', async () => {
    useUserTechniques.setState({ entries: [{ technique: { ...lib, id: 'mine' }, fileName: 'mine.json', warnings: [] }] });
    S().start({ ...lib, id: 'mine' }, { mine: true });
    S().apply({ kind: 'set-step-field', step: 0, path: ['repetitions'], value: 3 });
    const saved = await S().saveDraft();
    expect(saved?.key).toBe('mine');
    expect(useUserTechniques.getState().entries.map((e) => e.technique.id)).toEqual(['mine']);
  });
});
