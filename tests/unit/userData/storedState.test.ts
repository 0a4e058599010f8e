/**
 * The stored user state (localStorage `handpath.user`) is read back through a zod schema that
 * falls back field by field: one malformed field never costs the others, and nothing stored can
 * make the app throw.
 */
import { describe, expect, it } from 'vitest';
import { storageErrorKind } from '../../../src/state/userData';
import { sanitizeUserData, StoredCoursePlanSchema } from '../../../src/state/userDataSchema';
import { planCourse } from '../../../src/domain/course/plan';

const NOW = new Date('2026-06-01T12:00:00Z');
const plan = planCourse({ techniqueIds: ['classic-warming-rub'], startDate: '2026-06-02', sessionMinutes: { first: 15, last: 30 } });
const good = {
  redFlagAnswers: { age: 'yes', 'night-pain': 'no' },
  redFlagCheckedAt: '2026-05-30T08:00:00.000Z',
  acutePain: true,
  mode: 'trainee',
  coursePlan: plan,
};
const DEFAULTS = { redFlagAnswers: {}, redFlagCheckedAt: null, acutePain: false, mode: 'patient', coursePlan: null };

describe('sanitizeUserData: per-field fallback', () => {
  it('keeps a well-formed stored state as it is', () => {
    expect(sanitizeUserData(good, NOW)).toEqual(good);
  });

  it('gives the defaults for anything that is not an object', () => {
    for (const raw of [null, undefined, 'x', 42, true, [], [good]]) expect(sanitizeUserData(raw, NOW)).toEqual(DEFAULTS);
  });

  it('a malformed course plan drops only the plan', () => {
    const bad: unknown[] = [
      { ...plan, sessions: [] },
      { ...plan, sessions: 'many' },
      { ...plan, sessions: [null, ...plan.sessions.slice(1)] },
      { ...plan, sessions: plan.sessions.map((s) => ({ ...s, notes: 'x' })) },
      { ...plan, sessions: plan.sessions.map((s) => ({ ...s, date: 'tomorrow' })) },
      { ...plan, sessions: plan.sessions.map((s) => ({ ...s, pressure: 'crushing' })) },
      { ...plan, sessions: plan.sessions.map((s, i) => ({ ...s, index: i * 2 })) },
      { ...plan, sessions: plan.sessions.slice(0, 3) },
      { ...plan, techniqueIds: 'classic-warming-rub' },
      { ...plan, techniqueIds: [] },
      { ...plan, startDate: undefined },
      { ...plan, endDate: '2026-02-30' },
      { ...plan, frequency: 'hourly' },
      { ...plan, version: 2 },
      { sessions: plan.sessions },
      'plan',
    ];
    for (const coursePlan of bad) {
      const out = sanitizeUserData({ ...good, coursePlan }, NOW);
      expect(out.coursePlan, JSON.stringify(coursePlan)?.slice(0, 80)).toBeNull();
      expect(out).toEqual({ ...good, coursePlan: null });
    }
  });

  it('redFlagCheckedAt must be a valid ISO time, not in the future', () => {
    const at = (v: unknown) => sanitizeUserData({ ...good, redFlagCheckedAt: v }, NOW).redFlagCheckedAt;
    expect(at('2026-06-01T11:59:59Z')).toBe('2026-06-01T11:59:59Z');
    expect(at('2026-06-01T14:00:00+03:00')).toBe('2026-06-01T14:00:00+03:00'); // 11:00 UTC
    for (const v of ['yes', '', 'done', '2026-06-01', '2026-13-01T00:00:00Z', '2026-06-01T12:00:01Z', '2999-01-01T00:00:00Z', 'Mon, 01 Jun 2026 10:00:00 GMT', 1748700000000, true, {}, null]) {
      expect(at(v), String(v)).toBeNull();
    }
    // The rest is kept.
    expect(sanitizeUserData({ ...good, redFlagCheckedAt: 'yes' }, NOW)).toEqual({ ...good, redFlagCheckedAt: null });
  });

  it('red-flag answers keep only known questions answered yes or no', () => {
    const out = sanitizeUserData({ ...good, redFlagAnswers: { age: 'yes', 'night-pain': 'maybe', 'made-up': 'yes', __proto__: { 'weight-loss': 'yes' } } }, NOW);
    expect(out.redFlagAnswers).toEqual({ age: 'yes' });
    expect(sanitizeUserData({ ...good, redFlagAnswers: ['yes'] }, NOW).redFlagAnswers).toEqual({});
    expect(sanitizeUserData({ ...good, redFlagAnswers: 'yes' }, NOW)).toEqual({ ...good, redFlagAnswers: {} });
  });

  it('acutePain and mode fall back alone', () => {
    expect(sanitizeUserData({ ...good, acutePain: 'yes' }, NOW)).toEqual({ ...good, acutePain: false });
    expect(sanitizeUserData({ ...good, mode: 'doctor' }, NOW)).toEqual({ ...good, mode: 'patient' });
    expect(sanitizeUserData({ mode: 'trainee' }, NOW)).toEqual({ ...DEFAULTS, mode: 'trainee' });
  });

  it('never throws, even on a value whose getters throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(sanitizeUserData(hostile, NOW)).toEqual(DEFAULTS);
    expect(sanitizeUserData({ ...good, coursePlan: hostile }, NOW)).toEqual({ ...good, coursePlan: null });
  });

  it('the plan schema accepts every plan planCourse makes', () => {
    for (const sessions of [10, 17, 30]) {
      for (const frequency of ['daily', 'every-other-day'] as const) {
        const p = planCourse({ techniqueIds: ['a', 'b'], sessions, frequency, startDate: '2028-02-20', sessionMinutes: { first: 15, last: 60 }, maxPressure: 'medium' });
        expect(StoredCoursePlanSchema.safeParse(p).success).toBe(true);
      }
    }
  });
});

describe('storageErrorKind', () => {
  it('recognises a full storage by name or legacy code', () => {
    expect(storageErrorKind(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(storageErrorKind({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quota');
    expect(storageErrorKind({ code: 22 })).toBe('quota');
    expect(storageErrorKind(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(storageErrorKind('weird')).toBe('unavailable');
  });
});
