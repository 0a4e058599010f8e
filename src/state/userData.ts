/**
 * The user's own data, kept ONLY in this browser (localStorage, key `handpath.user`), never sent
 * anywhere: red-flag answers, the acute-pain switch, the learning mode and a saved course plan.
 *
 * A small zustand store with `persist`. Storage may be blocked (private mode, strict settings):
 * then the store still works for the visit and nothing is saved.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StateStorage } from 'zustand/middleware';
import { z } from 'zod';
import { RED_FLAG_IDS, type RedFlagId } from '../domain/safety/ids';
import {
  MAX_SESSIONS,
  MAX_SESSION_MINUTES,
  MIN_SESSIONS,
  MIN_SESSION_MINUTES,
  PRESSURE_ORDER,
  parseDate,
  type CoursePlan,
  type SessionNoteId,
} from '../domain/course/plan';
import type { Pressure } from '../domain/technique/schema';

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

const SESSION_NOTE_IDS = ['doctor-advice', 'start-gently', 'pressure-up', 'longer', 'last-session'] as const satisfies readonly SessionNoteId[];

const initial = {
  redFlagAnswers: {} as RedFlagAnswers,
  redFlagCheckedAt: null as string | null,
  acutePain: false,
  mode: 'patient' as LearningMode,
  coursePlan: null as CoursePlan | null,
};

// ---------------------------------------------------------------------------------------------
// Reading back: everything from storage goes through a zod schema, field by field
// ---------------------------------------------------------------------------------------------

const DateSchema = z.string().refine((d) => parseDate(d) !== null, 'a calendar date YYYY-MM-DD');

/** A saved course plan, as `planCourse` makes it. Anything else is dropped (no plan). */
export const StoredCoursePlanSchema = z
  .object({
    version: z.literal(1),
    techniqueIds: z.array(z.string().min(1).max(80)).min(1).max(100),
    frequency: z.enum(['daily', 'every-other-day']),
    sessions: z
      .array(
        z.object({
          index: z.int().min(1).max(MAX_SESSIONS),
          date: DateSchema,
          minutes: z.number().min(MIN_SESSION_MINUTES).max(MAX_SESSION_MINUTES),
          pressure: z.enum(PRESSURE_ORDER as [Pressure, ...Pressure[]]),
          intensity: z.number().min(0).max(1),
          notes: z.array(z.enum(SESSION_NOTE_IDS)).max(SESSION_NOTE_IDS.length),
        }),
      )
      .min(MIN_SESSIONS)
      .max(MAX_SESSIONS)
      .refine((list) => list.every((x, i) => x?.index === i + 1), 'sessions numbered 1, 2, 3…'),
    startDate: DateSchema,
    endDate: DateSchema,
    repeatFrom: DateSchema,
    repeatAfterMonths: z.int().min(1).max(24),
  })
  .refine(
    (p) => Array.isArray(p.sessions) && p.sessions[0]?.date === p.startDate && p.sessions.at(-1)?.date === p.endDate,
    'the first and last sessions fall on the start and end dates',
  );

/**
 * The stored state, each field with its own fallback: one malformed field never costs the others.
 * `now` bounds `redFlagCheckedAt`: a completed check is a valid ISO time, not in the future.
 */
export function storedUserDataSchema(now: Date) {
  return z.object({
    redFlagAnswers: z
      .record(z.string(), z.unknown())
      .transform((r) => {
        const out: RedFlagAnswers = {};
        for (const id of RED_FLAG_IDS) {
          const v = Object.prototype.hasOwnProperty.call(r, id) ? r[id] : undefined;
          if (v === 'yes' || v === 'no') out[id] = v;
        }
        return out;
      })
      .catch(() => ({})),
    redFlagCheckedAt: z
      .iso.datetime({ offset: true })
      .refine((s) => {
        const at = Date.parse(s);
        return Number.isFinite(at) && at <= now.getTime();
      })
      .nullable()
      .catch(null),
    acutePain: z.boolean().catch(false),
    mode: z.enum(['patient', 'trainee']).catch('patient'),
    coursePlan: StoredCoursePlanSchema.nullable().catch(null),
  });
}

export type StoredUserData = typeof initial;

/**
 * Keep only well-formed fields of a stored value (older, hand-edited or hostile storage): each
 * field is read and checked on its own, so one bad field (even one whose getter throws) falls
 * back to its default and the others are kept. Never throws.
 */
export function sanitizeUserData(raw: unknown, now: Date = new Date()): StoredUserData {
  const out: StoredUserData = { ...initial, redFlagAnswers: {} };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const fields = storedUserDataSchema(now).shape;
  for (const key of Object.keys(fields) as (keyof StoredUserData)[]) {
    try {
      const value: unknown = Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
      const r = fields[key].safeParse(value);
      if (r.success) (out as Record<string, unknown>)[key] = r.data;
    } catch {
      // a throwing getter or proxy: this field keeps its default
    }
  }
  return out;
}

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

/** Stored JSON that does not even parse is treated as nothing stored. */
function tolerantJsonStorage(): PersistStorage<StoredUserData> | undefined {
  const json = createJSONStorage<StoredUserData>(safeStorage);
  if (!json) return undefined;
  return {
    ...json,
    getItem: (name: string) => {
      try {
        const v = json.getItem(name);
        return v instanceof Promise ? v.catch(() => null) : v;
      } catch {
        return null;
      }
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
      migrate: (persisted) => sanitizeUserData(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitizeUserData(persisted) }),
    },
  ),
);
