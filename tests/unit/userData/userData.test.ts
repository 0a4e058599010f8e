import { beforeEach, describe, expect, it } from 'vitest';
import { installMemoryStorage } from './memoryStorage';

const storage = installMemoryStorage();

const { useUserData, useStorageProblem, USER_DATA_STORAGE_KEY } = await import('../../../src/state/userData');
const { sanitizeUserData } = await import('../../../src/state/userDataSchema');
const { planCourse } = await import('../../../src/domain/course/plan');

describe('userData store', () => {
  beforeEach(() => useUserData.getState().forgetAll());

  it('persists answers, acute pain, mode and plan to localStorage under one key', () => {
    const s = useUserData.getState();
    s.setRedFlagAnswer('night-pain', 'yes');
    s.setRedFlagAnswer('saddle-numbness', 'no');
    s.completeRedFlagCheck(new Date('2026-03-01T10:00:00Z'));
    s.setAcutePain(true);
    s.setMode('trainee');
    s.saveCoursePlan(planCourse({ techniqueIds: ['a'], startDate: '2026-03-02', sessionMinutes: { first: 15, last: 30 } }));
    const raw = JSON.parse(storage.getItem(USER_DATA_STORAGE_KEY)!);
    expect(raw.state.redFlagAnswers).toEqual({ 'night-pain': 'yes', 'saddle-numbness': 'no' });
    expect(raw.state.redFlagCheckedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(raw.state.acutePain).toBe(true);
    expect(raw.state.mode).toBe('trainee');
    expect(raw.state.coursePlan.sessions).toHaveLength(10);
    expect(Object.keys(raw.state).sort()).toEqual(['acutePain', 'coursePlan', 'mode', 'redFlagAnswers', 'redFlagCheckedAt']);
  });

  it('rehydrates from storage and drops malformed fields', async () => {
    storage.setItem(
      USER_DATA_STORAGE_KEY,
      JSON.stringify({ state: { redFlagAnswers: { age: 'yes', 'night-pain': 'maybe' }, acutePain: 'yes', mode: 'doctor' }, version: 1 }),
    );
    await useUserData.persist.rehydrate();
    const s = useUserData.getState();
    expect(s.redFlagAnswers).toEqual({ age: 'yes' });
    expect(s.acutePain).toBe(false);
    expect(s.mode).toBe('patient');
  });

  it('forgetAll clears everything', () => {
    const s = useUserData.getState();
    s.setRedFlagAnswer('age', 'yes');
    s.setAcutePain(true);
    s.forgetAll();
    expect(useUserData.getState()).toMatchObject({ redFlagAnswers: {}, acutePain: false, mode: 'patient', coursePlan: null, redFlagCheckedAt: null });
  });

  it('sanitizeUserData gives the defaults for non-objects and malformed fields', () => {
    const defaults = { redFlagAnswers: {}, redFlagCheckedAt: null, acutePain: false, mode: 'patient', coursePlan: null };
    expect(sanitizeUserData(null)).toEqual(defaults);
    expect(sanitizeUserData('x')).toEqual(defaults);
    expect(sanitizeUserData({ coursePlan: { sessions: 'no' } })).toEqual(defaults);
  });

  it('a full storage is reported, not thrown: the plan stays for this visit', () => {
    const plan = planCourse({ techniqueIds: ['a'], startDate: '2026-03-02', sessionMinutes: { first: 15, last: 30 } });
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      useStorageProblem.getState().clear();
      expect(() => useUserData.getState().saveCoursePlan(plan)).not.toThrow();
      expect(useUserData.getState().coursePlan).toEqual(plan);
      expect(useStorageProblem.getState().problem).toMatchObject({ kind: 'quota', what: 'plan' });
      expect(() => useUserData.getState().setAcutePain(true)).not.toThrow();
      expect(useStorageProblem.getState().problem).toMatchObject({ kind: 'quota', what: 'settings' });
    } finally {
      storage.setItem = setItem;
      useStorageProblem.getState().clear();
    }
  });

  it('stored text that is not JSON rehydrates as the defaults', async () => {
    useUserData.getState().setMode('trainee');
    storage.setItem(USER_DATA_STORAGE_KEY, '{"state": {"mode": "trainee"');
    await useUserData.persist.rehydrate();
    expect(useUserData.getState().mode).toBe('patient'); // read as nothing stored: the defaults
    storage.setItem(USER_DATA_STORAGE_KEY, JSON.stringify({ state: { coursePlan: { sessions: [] }, mode: 'trainee', redFlagCheckedAt: 'done' }, version: 1 }));
    await useUserData.persist.rehydrate();
    expect(useUserData.getState()).toMatchObject({ coursePlan: null, mode: 'trainee', redFlagCheckedAt: null });
  });
});
