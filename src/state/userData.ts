/**
 * The user's own data, kept ONLY in this browser (localStorage, key `handpath.user`), never sent
 * anywhere: red-flag answers, the acute-pain switch, the learning mode and a saved course plan.
 *
 * A small zustand store with `persist`. Storage may be blocked (private mode, strict settings):
 * then the store still works for the visit and nothing is saved.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StateStorage, type StorageValue } from 'zustand/middleware';
import type { RedFlagId } from '../domain/safety/ids';
import type { CoursePlan } from '../domain/course/plan';

/** Who is learning: a patient (plain words) or a trainee (anatomy, figures, reasons). */
export type LearningMode = 'patient' | 'trainee';

/** The answer to one red-flag question. Unanswered questions are absent. */
export type RedFlagAnswer = 'yes' | 'no';
export type RedFlagAnswers = Partial<Record<RedFlagId, RedFlagAnswer>>;

export interface UserDataState {
  redFlagAnswers: RedFlagAnswers;
  /** ISO time of the last completed red-flag check (null: never done). */
  redFlagCheckedAt: string | null;
  acutePain: boolean;
  mode: LearningMode;
  coursePlan: CoursePlan | null;
  setRedFlagAnswer: (id: RedFlagId, answer: RedFlagAnswer) => void;
  /** Mark the check as completed now (or at `at`). */
  completeRedFlagCheck: (at?: Date) => void;
  clearRedFlagAnswers: () => void;
  setAcutePain: (on: boolean) => void;
  setMode: (mode: LearningMode) => void;
  saveCoursePlan: (plan: CoursePlan | null) => void;
  /** Forget everything stored on this device. */
  forgetAll: () => void;
}

export const USER_DATA_STORAGE_KEY = 'handpath.user';
/** Bump when the stored shape changes; `migrate` keeps what is still valid. */
export const USER_DATA_VERSION = 1;

const initial = {
  redFlagAnswers: {} as RedFlagAnswers,
  redFlagCheckedAt: null as string | null,
  acutePain: false,
  mode: 'patient' as LearningMode,
  coursePlan: null as CoursePlan | null,
};
/** The defaults (nothing stored); also each field's fallback when its stored value is malformed. */
export const USER_DATA_DEFAULTS: Readonly<typeof initial> = initial;
export type StoredUserData = typeof initial;

// ---------------------------------------------------------------------------------------------
// Writing: a full or blocked storage is a message, never an exception
// ---------------------------------------------------------------------------------------------

/** What could not be saved, for the message the user sees. */
export type StorageProblemKind = 'quota' | 'unavailable';
export type StorageProblemTopic = 'plan' | 'technique' | 'settings';
export interface StorageProblem {
  kind: StorageProblemKind;
  what: StorageProblemTopic;
  /** Increments on each failure, so the same message shown twice is noticed. */
  seq: number;
}

interface StorageProblemState {
  problem: StorageProblem | null;
  report: (kind: StorageProblemKind, what: StorageProblemTopic) => void;
  clear: () => void;
}

/** The last failed save (not persisted). */
export const useStorageProblem = create<StorageProblemState>()((set) => ({
  problem: null,
  report: (kind, what) => set((s) => ({ problem: { kind, what, seq: (s.problem?.seq ?? 0) + 1 } })),
  clear: () => set({ problem: null }),
}));

/** 'quota' for a full storage (every browser's name and legacy codes), else 'unavailable'. */
export function storageErrorKind(e: unknown): StorageProblemKind {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  const code = typeof e === 'object' && e !== null && 'code' in e ? Number((e as { code: unknown }).code) : 0;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
    ? 'quota'
    : 'unavailable';
}

/** What the next write is about (set around a store action; writes are synchronous). */
let writing: StorageProblemTopic = 'settings';

/** localStorage when it is usable, else a no-op storage (nothing saved, nothing thrown). */
function safeStorage(): StateStorage {
  const noop: StateStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  try {
    if (typeof localStorage === 'undefined') return noop;
    const probe = '__handpath_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
  } catch {
    return noop;
  }
  return {
    getItem: (name) => {
      try {
        return localStorage.getItem(name);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value);
      } catch (e) {
        useStorageProblem.getState().report(storageErrorKind(e), writing);
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // nothing to do: the value stays until the storage works again
      }
    },
  };
}

/**
 * Stored JSON that does not even parse is treated as nothing stored. What parses is read through
 * the zod schemas of userDataSchema.ts, loaded here on demand: zod stays out of the first download
 * (issue 13 §6), so the store hydrates asynchronously, a moment after the page starts
 * (`userDataReady`; the parts of the page that write to it render after that).
 */
function tolerantJsonStorage(): PersistStorage<StoredUserData> | undefined {
  const json = createJSONStorage<StoredUserData>(safeStorage);
  if (!json) return undefined;
  return {
    ...json,
    getItem: async (name: string) => {
      let stored: StorageValue<StoredUserData> | null;
      try {
        stored = await json.getItem(name);
      } catch {
        return null;
      }
      if (stored === null || typeof stored !== 'object') return null;
      const { sanitizeUserData } = await import('./userDataSchema');
      let state: unknown;
      try {
        state = stored.state;
      } catch {
        state = undefined;
      }
      return { state: sanitizeUserData(state), version: typeof stored.version === 'number' ? stored.version : USER_DATA_VERSION };
    },
  };
}

export const useUserData = create<UserDataState>()(
  persist(
    (set) => ({
      ...initial,
      setRedFlagAnswer: (id, answer) => set((s) => ({ redFlagAnswers: { ...s.redFlagAnswers, [id]: answer } })),
      completeRedFlagCheck: (at = new Date()) => set({ redFlagCheckedAt: at.toISOString() }),
      clearRedFlagAnswers: () => set({ redFlagAnswers: {}, redFlagCheckedAt: null }),
      setAcutePain: (acutePain) => set({ acutePain }),
      setMode: (mode) => set({ mode }),
      saveCoursePlan: (coursePlan) => {
        writing = 'plan';
        try {
          set({ coursePlan });
        } finally {
          writing = 'settings';
        }
      },
      forgetAll: () => set({ ...initial, redFlagAnswers: {} }),
    }),
    {
      name: USER_DATA_STORAGE_KEY,
      version: USER_DATA_VERSION,
      storage: tolerantJsonStorage(),
      partialize: (s) => ({
        redFlagAnswers: s.redFlagAnswers,
        redFlagCheckedAt: s.redFlagCheckedAt,
        acutePain: s.acutePain,
        mode: s.mode,
        coursePlan: s.coursePlan,
      }),
      // getItem above has already kept only the well-formed fields (of any version)
      migrate: (persisted) => persisted as StoredUserData,
      // nothing (readable) stored: the defaults
      merge: (persisted, current) => ({ ...current, ...initial, redFlagAnswers: {}, ...(persisted as StoredUserData | undefined) }),
    },
  ),
);

/** Resolves once the stored state has been read back (at once if it already has). */
export function userDataReady(): Promise<void> {
  if (useUserData.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = useUserData.persist.onFinishHydration(() => {
      off();
      resolve();
    });
  });
}
