/**
 * Drafts kept in this browser (IndexedDB, database `handpath-editor`, store `drafts`, one record
 * per draft id): a draft may have errors, so it is not one of "my techniques" (which pass the
 * gate) until it is finished.
 */
import { create } from 'zustand';
import { createStore, del, entries, set as idbSet, type UseStore } from 'idb-keyval';
import type { Technique } from '../../domain/technique/schema';

export interface DraftRecord {
  key: string;
  name: string;
  savedAt: string;
  technique: Technique;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('handpath-editor', 'drafts'));

const isRecord = (v: unknown): v is DraftRecord =>
  !!v && typeof v === 'object' && typeof (v as DraftRecord).key === 'string' && typeof (v as DraftRecord).name === 'string' && !!(v as DraftRecord).technique;

export const useDrafts = create<{
  list: DraftRecord[];
  load: () => Promise<void>;
  save: (r: DraftRecord) => Promise<boolean>;
  remove: (key: string) => Promise<void>;
}>()((set, get) => ({
  list: [],
  load: async () => {
    try {
      const rows = await entries(db());
      set({ list: rows.map(([, v]) => v).filter(isRecord).sort((a, b) => a.savedAt.localeCompare(b.savedAt)) });
    } catch {
      // storage unavailable: drafts live for this visit only
    }
  },
  save: async (r) => {
    set({ list: [...get().list.filter((x) => x.key !== r.key), r] });
    try {
      await idbSet(r.key, r, db());
      return true;
    } catch {
      return false;
    }
  },
  remove: async (key) => {
    set({ list: get().list.filter((x) => x.key !== key) });
    try {
      await del(key, db());
    } catch {
      // gone for this visit
    }
  },
}));
