/**
 * "My techniques": technique files the user opened, kept in this browser (IndexedDB through
 * idb-keyval, database `handpath`, store `techniques`, one record per technique id), never sent
 * anywhere.
 *
 * - What is read back goes through the same gate as a library file (`checkTechnique`, i.e.
 *   `parseTechnique` + lint); a stored record that fails becomes an error card, never a crash.
 * - A user technique never hides behind another: a file whose id is a library id or the id of
 *   one of "my techniques" is kept as a clearly named copy (`<id>-copy`, title "… (my copy)" in
 *   both languages), so what plays is what the user opened.
 * - A full or unusable storage is a message (the technique still plays for this visit).
 *
 * The list is mirrored into `useViewer.userTechniques` (what the player, the chooser and links use);
 * `status` says whether the stored list has been read yet, so a link to one of my techniques is not
 * declared unknown before it is.
 */
import { create } from 'zustand';
import { z } from 'zod';
import { createStore, del, entries, set as idbSet, type UseStore } from 'idb-keyval';
import { checkTechnique, checkTechniqueText } from '../domain/technique/check';
import type { Diagnostic } from '../domain/technique/diagnostics';
import type { LocalizedText, Technique } from '../domain/technique/schema';
import { i18next } from '../i18n';
import { useViewer } from './store';
import { storageErrorKind, type StorageProblemKind } from './userData';
import { loadLibrary } from '../data/library';

/** Largest technique file a user may open (text is parsed as JSON, never executed). */
export const MAX_USER_FILE_BYTES = 256 * 1024;
/** At most this many of my techniques are kept (each is at most MAX_USER_FILE_BYTES). */
export const MAX_USER_TECHNIQUES = 100;
const MAX_ID = 80;
const MAX_TITLE = 2000;

export interface UserTechniqueEntry {
  technique: Technique;
  /** Name of the file it came from. */
  fileName: string;
  /** Lint warnings (shown, not blocking). */
  warnings: Diagnostic[];
  /** The id written in the file, when it was kept as a copy under another id. */
  copyOf?: string;
}

/** Keys of the authoring studio's drafts with errors, kept in the same store but never listed here. */
export const DRAFT_KEY_PREFIX = 'draft:';

/** A stored record that could not be used: shown as an error card with a "remove" button. */
export interface BrokenStoredTechnique {
  key: string;
  errors: Diagnostic[];
}

/** One record of the store, as written. */
export const StoredTechniqueRecordSchema = z.object({
  version: z.literal(1),
  fileName: z.string().min(1).max(300),
  savedAt: z.string().max(40),
  copyOf: z.string().max(MAX_ID).optional(),
  /** The technique as the gate returned it (re-checked by the gate when read back). */
  technique: z.unknown(),
});
export type StoredTechniqueRecord = z.infer<typeof StoredTechniqueRecordSchema>;

/** Where records live. idb-keyval in the browser; a Map in tests. */
export interface TechniqueBackend {
  entries(): Promise<[IDBValidKey, unknown][]>;
  set(key: string, value: StoredTechniqueRecord): Promise<void>;
  del(key: string): Promise<void>;
}

let idbStore: UseStore | undefined;
export const idbBackend: TechniqueBackend = {
  entries: () => entries((idbStore ??= createStore('handpath', 'techniques'))),
  set: (key, value) => idbSet(key, value, (idbStore ??= createStore('handpath', 'techniques'))),
  del: (key) => del(key, (idbStore ??= createStore('handpath', 'techniques'))),
};

// ---------------------------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------------------------

/** `<id>-copy`, `<id>-copy-2`, … not in `taken`, at most 80 characters, still kebab-case. */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  const base = id.replace(/-copy(?:-\d+)?$/, '') || 'technique';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const head = base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '');
    const candidate = `${head}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "Title (my copy)" / "Название (моя копия)", numbered from the second copy on. */
export function copyTitle(title: LocalizedText, n: number): LocalizedText {
  const one = (lng: 'en' | 'ru') => {
    const suffix = i18next.t(n <= 1 ? 'persist.copyTitle' : 'persist.copyTitleN', { lng, title: '', n });
    const text = title[lng].slice(0, MAX_TITLE - suffix.length);
    return i18next.t(n <= 1 ? 'persist.copyTitle' : 'persist.copyTitleN', { lng, title: text, n });
  };
  return { en: one('en'), ru: one('ru') };
}

/** The technique under a free id: itself when its id is free, else a named copy. */
export function asFreeTechnique(t: Technique, taken: ReadonlySet<string>): { technique: Technique; copyOf?: string } {
  if (!taken.has(t.id)) return { technique: t };
  const id = copyId(t.id, taken);
  const m = /-copy-(\d+)$/.exec(id);
  const n = m ? Number(m[1]) : 1;
  return { technique: { ...t, id, title: copyTitle(t.title, n) }, copyOf: t.id };
}

function brokenRecord(key: string, code: string, message: string): BrokenStoredTechnique {
  return { key, errors: [{ file: key, path: '', severity: 'error', code, message }] };
}

/**
 * Read stored records back through the gate. Never throws. Ids that clash with the library (a
 * newer library may have gained the id) or with each other become copies here as well.
 */
export function readStoredTechniques(
  rows: readonly (readonly [unknown, unknown])[],
  libraryIds: ReadonlySet<string>,
): { entries: UserTechniqueEntry[]; broken: BrokenStoredTechnique[]; renamed: { from: string; record: StoredTechniqueRecord; key: string }[] } {
  const broken: BrokenStoredTechnique[] = [];
  const good: { key: string; rec: StoredTechniqueRecord; technique: Technique; warnings: Diagnostic[] }[] = [];
  const sorted = [...rows].sort((a, b) => savedAtOf(a[1]).localeCompare(savedAtOf(b[1])));
  for (const [rawKey, value] of sorted) {
    const key = typeof rawKey === 'string' ? rawKey : String(rawKey);
    if (key.startsWith(DRAFT_KEY_PREFIX)) continue; // the studio's unfinished drafts (src/state/editor/drafts.ts)
    try {
      const rec = StoredTechniqueRecordSchema.safeParse(value);
      if (!rec.success) {
        broken.push(brokenRecord(key, 'stored-record', i18next.t('persist.brokenRecord')));
        continue;
      }
      const r = checkTechnique(rec.data.technique, rec.data.fileName);
      if (!r.technique) {
        broken.push({ key, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ ...d, file: key })) });
        continue;
      }
      good.push({ key, rec: rec.data, technique: r.technique, warnings: r.diagnostics.filter((d) => d.severity === 'warning') });
    } catch (e) {
      broken.push(brokenRecord(key, 'unreadable', e instanceof Error ? e.message.slice(0, 200) : 'unreadable'));
    }
  }
  // First the records stored under their own, free id keep it (oldest first); the others become
  // copies under ids that are neither a library id nor any stored key (so renaming never overwrites).
  const kept = new Set<string>();
  const taken = new Set(libraryIds);
  for (const g of good) {
    if (g.technique.id === g.key && !taken.has(g.key)) {
      kept.add(g.key);
      taken.add(g.key);
    }
  }
  for (const [k] of rows) if (typeof k === 'string') taken.add(k);
  const entries: UserTechniqueEntry[] = [];
  const renamed: { from: string; record: StoredTechniqueRecord; key: string }[] = [];
  for (const g of good) {
    const free = kept.has(g.key) ? { technique: g.technique } : asFreeTechnique(g.technique, taken);
    taken.add(free.technique.id);
    const copyOf = ('copyOf' in free ? free.copyOf : undefined) ?? g.rec.copyOf;
    entries.push({ technique: free.technique, fileName: g.rec.fileName, warnings: g.warnings, ...(copyOf ? { copyOf } : {}) });
    if (free.technique.id !== g.key) {
      renamed.push({ from: g.key, key: free.technique.id, record: { ...g.rec, technique: free.technique, ...(copyOf ? { copyOf } : {}) } });
    }
  }
  return { entries, broken, renamed };
}

function savedAtOf(v: unknown): string {
  try {
    const s = (v as { savedAt?: unknown } | null)?.savedAt;
    return typeof s === 'string' ? s : '';
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------------------------

export type OpenResult =
  | { ok: true; id: string; copyOf?: string; saved: boolean }
  | { ok: false; errors: Diagnostic[] };

export interface UserTechniquesState {
  /** 'loading' until the stored list has been read; 'unavailable' if storage cannot be used. */
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  entries: UserTechniqueEntry[];
  broken: BrokenStoredTechnique[];
  /** The last save that failed, for the message next to "Open a technique file". */
  saveProblem: { kind: StorageProblemKind; title: LocalizedText } | null;
  /** Read the stored list (once; later calls return the same promise). */
  load: () => Promise<void>;
  /** Check a file's text and keep it (as a copy if its id is taken). */
  open: (text: string, fileName: string) => Promise<OpenResult>;
  /** Forget one of my techniques (or a broken record) by its id / key. */
  remove: (id: string) => Promise<void>;
  dismissSaveProblem: () => void;
}

let backend: TechniqueBackend = idbBackend;
let libraryIds: () => ReadonlySet<string> = () => new Set(loadLibrary().techniques.map((t) => t.id));
let loading: Promise<void> | undefined;

/** The backend records are kept in (the authoring studio saves there too). */
export const userTechniquesBackend = (): TechniqueBackend => backend;
/** The library's ids (a technique saved by the authoring studio never takes one). */
export const userTechniquesLibraryIds = (): ReadonlySet<string> => libraryIds();

/** Wire the store (the app: idb-keyval and the library ids; tests: a memory backend). */
export function configureUserTechniques(options: { backend?: TechniqueBackend; libraryIds?: () => ReadonlySet<string> }): void {
  if (options.backend) backend = options.backend;
  if (options.libraryIds) libraryIds = options.libraryIds;
  loading = undefined;
}

function mirror(list: readonly UserTechniqueEntry[]) {
  const now = useViewer.getState().userTechniques;
  const next = list.map((e) => e.technique);
  // Unchanged (e.g. nothing stored): no new array, so nothing re-renders or redraws.
  if (now.length === next.length && now.every((t, i) => t === next[i])) return;
  useViewer.setState({ userTechniques: next });
}

export const useUserTechniques = create<UserTechniquesState>()((set, get) => {
  const commit = (entries: UserTechniqueEntry[], extra: Partial<UserTechniquesState> = {}) => {
    set({ entries, ...extra });
    mirror(entries);
  };

  return {
    status: 'idle',
    entries: [],
    broken: [],
    saveProblem: null,

    load: () => {
      loading ??= (async () => {
        set({ status: 'loading' });
        let rows: [IDBValidKey, unknown][];
        try {
          rows = await backend.entries();
        } catch {
          set({ status: 'unavailable' });
          return;
        }
        const r = readStoredTechniques(rows, libraryIds());
        // Keep what was opened during the load too (it is already in `entries`).
        const opened = get().entries.filter((e) => !r.entries.some((x) => x.technique.id === e.technique.id));
        commit([...r.entries, ...opened], { broken: r.broken, status: 'ready' });
        for (const x of r.renamed) {
          try {
            await backend.set(x.key, x.record);
            await backend.del(x.from);
          } catch {
            // kept under its old key; it is renamed again on the next load
          }
        }
      })();
      return loading;
    },

    open: async (text, fileName) => {
      const r = checkTechniqueText(text, fileName, MAX_USER_FILE_BYTES);
      if (!r.technique) return { ok: false, errors: r.diagnostics.filter((d) => d.severity === 'error') };
      // Decide the id against the stored list, not a half-read one.
      await get()
        .load()
        .catch(() => undefined);
      const same = get().entries.find(
        (e) => e.copyOf === undefined && e.technique.id === r.technique!.id && JSON.stringify(e.technique) === JSON.stringify(r.technique),
      );
      if (same) return { ok: true, id: same.technique.id, saved: true };
      const taken = new Set([...libraryIds(), ...get().entries.map((e) => e.technique.id), ...get().broken.map((b) => b.key)]);
      const free = asFreeTechnique(r.technique, taken);
      const entry: UserTechniqueEntry = {
        technique: free.technique,
        fileName,
        warnings: r.diagnostics.filter((d) => d.severity === 'warning'),
        ...(free.copyOf ? { copyOf: free.copyOf } : {}),
      };
      commit([...get().entries, entry], { saveProblem: null });
      let saved = true;
      if (get().status === 'unavailable') {
        saved = false;
        set({ saveProblem: { kind: 'unavailable', title: free.technique.title } });
      } else if (get().entries.length > MAX_USER_TECHNIQUES) {
        saved = false;
        set({ saveProblem: { kind: 'quota', title: free.technique.title } });
      } else {
        try {
          await backend.set(free.technique.id, {
            version: 1,
            fileName,
            savedAt: new Date().toISOString(),
            technique: free.technique,
            ...(free.copyOf ? { copyOf: free.copyOf } : {}),
          });
        } catch (e) {
          saved = false;
          const kind = storageErrorKind(e);
          set({ saveProblem: { kind, title: free.technique.title } });
        }
      }
      return { ok: true, id: free.technique.id, saved, ...(free.copyOf ? { copyOf: free.copyOf } : {}) };
    },

    remove: async (id) => {
      // Deleted from storage first, then from the list: once it is gone from the screen, a
      // reload cannot bring it back (an unfinished IndexedDB delete is dropped by a reload).
      try {
        await backend.del(id);
      } catch {
        // gone for this visit; it may come back after a reload if the storage refused
      }
      commit(
        get().entries.filter((e) => e.technique.id !== id),
        { broken: get().broken.filter((b) => b.key !== id) },
      );
      if (useViewer.getState().techniqueId === id) useViewer.getState().selectTechnique(null);
    },

    dismissSaveProblem: () => set({ saveProblem: null }),
  };
});
