/**
 * The user's own data, kept ONLY in this browser (localStorage, key `handpath.user`), never sent
 * anywhere: red-flag answers, the acute-pain switch, the learning mode and a saved course plan.
 *
 * A small zustand store with `persist`. Storage may be blocked (private mode, strict settings):
 * then the store still works for the visit and nothing is saved.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
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

/** localStorage when it is usable, else a no-op storage (nothing saved, nothing thrown). */
function safeStorage(): StateStorage {
  const noop: StateStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  try {
    if (typeof localStorage === 'undefined') return noop;
    const probe = '__handpath_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return noop;
  }
}

/** Keep only well-formed fields of a stored value (older or hand-edited storage). */
export function sanitizeUserData(raw: unknown): Partial<typeof initial> {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<typeof initial> = {};
  if (typeof r.redFlagAnswers === 'object' && r.redFlagAnswers !== null) {
    const answers: RedFlagAnswers = {};
    for (const [k, v] of Object.entries(r.redFlagAnswers as Record<string, unknown>)) {
      if (v === 'yes' || v === 'no') (answers as Record<string, RedFlagAnswer>)[k] = v;
    }
    out.redFlagAnswers = answers;
  }
  if (typeof r.redFlagCheckedAt === 'string') out.redFlagCheckedAt = r.redFlagCheckedAt;
  if (typeof r.acutePain === 'boolean') out.acutePain = r.acutePain;
  if (r.mode === 'patient' || r.mode === 'trainee') out.mode = r.mode;
  if (typeof r.coursePlan === 'object' && r.coursePlan !== null && Array.isArray((r.coursePlan as { sessions?: unknown }).sessions)) {
    out.coursePlan = r.coursePlan as CoursePlan;
  }
  return out;
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
      saveCoursePlan: (coursePlan) => set({ coursePlan }),
      forgetAll: () => set({ ...initial, redFlagAnswers: {} }),
    }),
    {
      name: USER_DATA_STORAGE_KEY,
      version: USER_DATA_VERSION,
      storage: createJSONStorage(safeStorage),
      partialize: (s) => ({
        redFlagAnswers: s.redFlagAnswers,
        redFlagCheckedAt: s.redFlagCheckedAt,
        acutePain: s.acutePain,
        mode: s.mode,
        coursePlan: s.coursePlan,
      }),
      migrate: (persisted) => sanitizeUserData(persisted) as UserDataState,
      merge: (persisted, current) => ({ ...current, ...sanitizeUserData(persisted) }),
    },
  ),
);
