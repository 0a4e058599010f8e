/**
 * "My techniques": kept through a key-value backend (IndexedDB in the app, a Map here), read back
 * through the gate, never hidden behind a library technique or each other.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  asFreeTechnique,
  configureUserTechniques,
  copyId,
  copyTitle,
  readStoredTechniques,
  useUserTechniques,
  type StoredTechniqueRecord,
  type TechniqueBackend,
} from '../../../src/state/userTechniques';
import { useViewer } from '../../../src/state/store';
import { loadLibrary } from '../../../src/data/library';
import { checkTechnique } from '../../../src/domain/technique/check';

const LIB = 'classic-warming-rub';
const fileText = (id = LIB) => readFileSync(`data/techniques/${id}.json`, 'utf8');
const libraryIds = new Set(loadLibrary().techniques.map((t) => t.id));

class MemoryBackend implements TechniqueBackend {
  map = new Map<string, unknown>();
  failSet: Error | null = null;
  failEntries = false;
  async entries(): Promise<[IDBValidKey, unknown][]> {
    if (this.failEntries) throw new DOMException('blocked', 'InvalidStateError');
    return [...this.map];
  }
  async set(key: string, value: StoredTechniqueRecord) {
    if (this.failSet) throw this.failSet;
    this.map.set(key, structuredClone(value));
  }
  async del(key: string) {
    this.map.delete(key);
  }
}

let backend: MemoryBackend;
function fresh(map?: Map<string, unknown>) {
  backend = new MemoryBackend();
  if (map) backend.map = map;
  configureUserTechniques({ backend });
  useUserTechniques.setState({ status: 'idle', entries: [], broken: [], saveProblem: null });
  useViewer.setState({ userTechniques: [], techniqueId: null });
}

function edited(id: string, title: string) {
  const j = JSON.parse(fileText());
  j.id = id;
  j.title = { en: title, ru: `${title} (ру)` };
  return JSON.stringify(j);
}

describe('copy naming', () => {
  it('copyId: -copy, then -copy-2…, kebab-case and at most 80 characters', () => {
    expect(copyId('a', new Set())).toBe('a-copy');
    expect(copyId('a', new Set(['a-copy']))).toBe('a-copy-2');
    expect(copyId('a-copy', new Set(['a-copy']))).toBe('a-copy-2');
    expect(copyId('a-copy-2', new Set(['a-copy', 'a-copy-2']))).toBe('a-copy-3');
    const long = copyId('x'.repeat(79) + '-y', new Set());
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('copyTitle says "my copy" in both languages and fits the title limit', () => {
    expect(copyTitle({ en: 'Warming rub', ru: 'Растирание' }, 1)).toEqual({ en: 'Warming rub (my copy)', ru: 'Растирание (моя копия)' });
    expect(copyTitle({ en: 'A', ru: 'Б' }, 3)).toEqual({ en: 'A (my copy 3)', ru: 'Б (моя копия 3)' });
    const big = copyTitle({ en: 'x'.repeat(2000), ru: 'я'.repeat(2000) }, 2);
    expect(big.en.length).toBeLessThanOrEqual(2000);
    expect(big.ru.endsWith('(моя копия 2)')).toBe(true);
  });

  it('a copy of a library technique still passes the gate', () => {
    const lib = loadLibrary().techniques.find((t) => t.id === LIB)!;
    const { technique, copyOf } = asFreeTechnique(lib, libraryIds);
    expect(copyOf).toBe(LIB);
    expect(technique.id).toBe(`${LIB}-copy`);
    expect(checkTechnique(technique, 'x.json').technique).toBeDefined();
  });
});

describe('useUserTechniques', () => {
  beforeEach(() => fresh());

  it('keeps an opened file, lists it after a new load, and mirrors it to the player list', async () => {
    const r = await useUserTechniques.getState().open(edited('my-own-rub', 'My own rub'), 'mine.json');
    expect(r).toEqual({ ok: true, id: 'my-own-rub', saved: true });
    expect(backend.map.has('my-own-rub')).toBe(true);
    expect(useViewer.getState().userTechniques.map((t) => t.id)).toEqual(['my-own-rub']);
    // "Reload": a new session over the same storage.
    fresh(backend.map);
    expect(useUserTechniques.getState().status).toBe('idle');
    await useUserTechniques.getState().load();
    expect(useUserTechniques.getState().status).toBe('ready');
    expect(useUserTechniques.getState().entries.map((e) => [e.technique.id, e.fileName])).toEqual([['my-own-rub', 'mine.json']]);
    expect(useViewer.getState().userTechniques[0]!.title.en).toBe('My own rub');
  });

  it('a file with a library id becomes a named copy, and that copy is what is kept', async () => {
    const text = edited(LIB, 'My edited warming rub');
    const r = await useUserTechniques.getState().open(text, `${LIB}.json`);
    expect(r).toMatchObject({ ok: true, id: `${LIB}-copy`, copyOf: LIB });
    const entry = useUserTechniques.getState().entries[0]!;
    expect(entry.technique.title).toEqual({ en: 'My edited warming rub (my copy)', ru: 'My edited warming rub (ру) (моя копия)' });
    const lib = loadLibrary().techniques.find((t) => t.id === LIB)!;
    expect(entry.technique.title.en).not.toBe(lib.title.en);
    fresh(backend.map);
    await useUserTechniques.getState().load();
    expect(useUserTechniques.getState().entries.map((e) => [e.technique.id, e.copyOf])).toEqual([[`${LIB}-copy`, LIB]]);
  });

  it('two different files with one id are both kept; the same file opened again is not duplicated', async () => {
    const a = await useUserTechniques.getState().open(edited('mine', 'First'), 'a.json');
    const b = await useUserTechniques.getState().open(edited('mine', 'Second'), 'b.json');
    const again = await useUserTechniques.getState().open(edited('mine', 'First'), 'a.json');
    expect([a, b, again].map((r) => r.ok && r.id)).toEqual(['mine', 'mine-copy', 'mine']);
    expect(useUserTechniques.getState().entries.map((e) => e.technique.title.en)).toEqual(['First', 'Second (my copy)']);
    expect([...backend.map.keys()].sort()).toEqual(['mine', 'mine-copy']);
  });

  it('remove forgets it in storage and closes it when it is shown', async () => {
    await useUserTechniques.getState().open(edited('gone-soon', 'Gone'), 'g.json');
    useViewer.getState().selectTechnique('gone-soon');
    await useUserTechniques.getState().remove('gone-soon');
    expect(backend.map.size).toBe(0);
    expect(useUserTechniques.getState().entries).toEqual([]);
    expect(useViewer.getState().userTechniques).toEqual([]);
    expect(useViewer.getState().techniqueId).toBeNull();
  });

  it('broken stored records become error cards, the good ones still load', async () => {
    const good = JSON.parse(fileText());
    good.id = 'good-one';
    const stored = new Map<string, unknown>([
      ['good-one', { version: 1, fileName: 'g.json', savedAt: '2026-01-01T00:00:00Z', technique: good }],
      ['not-a-record', 'hello'],
      ['null', null],
      ['bad-technique', { version: 1, fileName: 'b.json', savedAt: '2026-01-02T00:00:00Z', technique: { ...good, id: 'bad-technique', steps: [{ move: 'rubb' }] } }],
      ['wrong-version', { version: 7, fileName: 'w.json', savedAt: 'x', technique: good }],
    ]);
    fresh(stored);
    await useUserTechniques.getState().load();
    const s = useUserTechniques.getState();
    expect(s.entries.map((e) => e.technique.id)).toEqual(['good-one']);
    expect(s.broken.map((b) => b.key).sort()).toEqual(['bad-technique', 'not-a-record', 'null', 'wrong-version']);
    expect(s.broken.find((b) => b.key === 'bad-technique')!.errors[0]!.path).toMatch(/steps\[0\]/);
    await s.remove('null');
    expect(useUserTechniques.getState().broken.map((b) => b.key)).not.toContain('null');
    expect(backend.map.has('null')).toBe(false);
  });

  it('a stored technique whose id the library now uses is renamed to a copy (and re-stored)', async () => {
    const lib = JSON.parse(fileText());
    fresh(new Map([[LIB, { version: 1, fileName: 'old.json', savedAt: '2026-01-01T00:00:00Z', technique: lib }]]));
    await useUserTechniques.getState().load();
    expect(useUserTechniques.getState().entries.map((e) => e.technique.id)).toEqual([`${LIB}-copy`]);
    expect([...backend.map.keys()]).toEqual([`${LIB}-copy`]);
  });

  it('renaming a clashing record never overwrites another one', async () => {
    const lib = JSON.parse(fileText());
    const mine = { ...lib, id: `${LIB}-copy`, title: { en: 'Already my copy', ru: 'Уже моя копия' } };
    fresh(
      new Map<string, unknown>([
        // Older record under a library id (stored before the library had it), newer one under -copy.
        [LIB, { version: 1, fileName: 'old.json', savedAt: '2026-01-01T00:00:00Z', technique: { ...lib, title: { en: 'Old', ru: 'Старое' } } }],
        [`${LIB}-copy`, { version: 1, fileName: 'copy.json', savedAt: '2026-02-01T00:00:00Z', technique: mine }],
      ]),
    );
    await useUserTechniques.getState().load();
    const titles = Object.fromEntries(useUserTechniques.getState().entries.map((e) => [e.technique.id, e.technique.title.en]));
    expect(titles).toEqual({ [`${LIB}-copy`]: 'Already my copy', [`${LIB}-copy-2`]: 'Old (my copy 2)' });
    expect([...backend.map.keys()].sort()).toEqual([`${LIB}-copy`, `${LIB}-copy-2`]);
    expect((backend.map.get(`${LIB}-copy`) as StoredTechniqueRecord).fileName).toBe('copy.json');
  });

  it('readStoredTechniques never throws, whatever the rows hold', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const r = readStoredTechniques([[1, hostile], [['k'], { version: 1 }], ['x', undefined]], libraryIds);
    expect(r.entries).toEqual([]);
    expect(r.broken).toHaveLength(3);
  });

  it('a full storage is a message: the technique still plays for this visit', async () => {
    backend.failSet = new DOMException('full', 'QuotaExceededError');
    const r = await useUserTechniques.getState().open(edited('big-one', 'Big'), 'big.json');
    expect(r).toEqual({ ok: true, id: 'big-one', saved: false });
    expect(useUserTechniques.getState().saveProblem).toEqual({ kind: 'quota', title: { en: 'Big', ru: 'Big (ру)' } });
    expect(useViewer.getState().userTechniques.map((t) => t.id)).toEqual(['big-one']);
  });

  it('an unusable storage: status "unavailable", files still open for the visit', async () => {
    backend.failEntries = true;
    await useUserTechniques.getState().load();
    expect(useUserTechniques.getState().status).toBe('unavailable');
    const r = await useUserTechniques.getState().open(edited('visit-only', 'Visit'), 'v.json');
    expect(r).toMatchObject({ ok: true, id: 'visit-only', saved: false });
    expect(useUserTechniques.getState().saveProblem?.kind).toBe('unavailable');
  });

  it('a broken file is refused with the gate errors and nothing is stored', async () => {
    const r = await useUserTechniques.getState().open('{"id": "x",', 'broken.json');
    expect(r.ok).toBe(false);
    expect(backend.map.size).toBe(0);
  });
});
