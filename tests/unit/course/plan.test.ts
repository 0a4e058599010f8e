import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadLibrary } from '../../../src/data/library';
import { fullMinutes } from '../../../src/domain/technique/demo';
import {
  CoursePlanError,
  FIRST_SESSION_SHARE,
  planTotalMinutes,
  sessionMinutesFor,
  sessionSettings,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  PRESSURE_ORDER,
  addMonths,
  parseDate,
  planCourse,
  type PlanCourseOptions,
} from '../../../src/domain/course/plan';

const base: PlanCourseOptions = {
  techniqueIds: ['classic-lumbar'],
  startDate: '2026-03-02',
  sessionMinutes: { first: 15, last: 45 },
};

const dayDiff = (a: string, b: string) => (parseDate(b)!.getTime() - parseDate(a)!.getTime()) / 86_400_000;

describe('planCourse', () => {
  it('makes 10 daily sessions by default, light → firm, 15 → 45 min, repeat after 6 months', () => {
    const plan = planCourse(base);
    expect(plan.sessions).toHaveLength(10);
    expect(plan.sessions.map((s) => s.date).slice(0, 3)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(plan.endDate).toBe('2026-03-11');
    expect(plan.repeatFrom).toBe('2026-09-11');
    expect(plan.sessions[0]!.pressure).toBe('light');
    expect(plan.sessions[9]!.pressure).toBe('firm');
    expect(plan.sessions[0]!.minutes).toBe(15);
    expect(plan.sessions[9]!.minutes).toBe(45);
    expect(plan.sessions[0]!.notes).toContain('doctor-advice');
    expect(plan.sessions[9]!.notes).toContain('last-session');
  });

  it('every other day spaces sessions two days apart across a month end', () => {
    const plan = planCourse({ ...base, startDate: '2026-01-28', frequency: 'every-other-day' });
    expect(plan.sessions[1]!.date).toBe('2026-01-30');
    expect(plan.sessions[2]!.date).toBe('2026-02-01');
  });

  it('caps pressure at maxPressure', () => {
    const plan = planCourse({ ...base, maxPressure: 'light' });
    expect(new Set(plan.sessions.map((s) => s.pressure))).toEqual(new Set(['light']));
    const plan2 = planCourse({ ...base, maxPressure: 'medium', sessions: 12 });
    expect(plan2.sessions.at(-1)!.pressure).toBe('medium');
  });

  it('rejects too few sessions, out-of-range minutes, bad dates and no techniques', () => {
    const field = (o: Partial<PlanCourseOptions>) => {
      try {
        planCourse({ ...base, ...o });
        return null;
      } catch (e) {
        return e instanceof CoursePlanError ? e.field : 'other';
      }
    };
    expect(field({ sessions: 9 })).toBe('sessions');
    expect(field({ sessions: 10.5 })).toBe('sessions');
    expect(field({ sessionMinutes: { first: 0, last: 30 } })).toBe('sessionMinutes');
    expect(field({ sessionMinutes: { first: 20, last: 61 } })).toBe('sessionMinutes');
    expect(field({ sessionMinutes: { first: 40, last: 30 } })).toBe('sessionMinutes');
    expect(field({ startDate: '2026-02-30' })).toBe('startDate');
    expect(field({ startDate: '2.3.2026' })).toBe('startDate');
    expect(field({ techniqueIds: [] })).toBe('techniqueIds');
    expect(field({})).toBeNull();
  });

  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('property: intensity grows, bounds hold, dates are consecutive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 30 }),
        fc.integer({ min: 15, max: 60 }),
        fc.integer({ min: 15, max: 60 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.constantFrom('daily' as const, 'every-other-day' as const),
        fc.constantFrom('light' as const, 'medium' as const, 'firm' as const),
        (n, a, b, start, frequency, maxPressure) => {
          const startDate = start.toISOString().slice(0, 10);
          const plan = planCourse({
            techniqueIds: ['x'],
            sessions: n,
            startDate,
            sessionMinutes: { first: Math.min(a, b), last: Math.max(a, b) },
            frequency,
            maxPressure,
          });
          expect(plan.sessions).toHaveLength(n);
          expect(plan.sessions[0]!.date).toBe(startDate);
          const gap = frequency === 'daily' ? 1 : 2;
          for (let i = 0; i < n; i++) {
            const s = plan.sessions[i]!;
            expect(s.index).toBe(i + 1);
            expect(s.minutes).toBeGreaterThanOrEqual(MIN_SESSION_MINUTES);
            expect(s.minutes).toBeLessThanOrEqual(MAX_SESSION_MINUTES);
            expect(PRESSURE_ORDER.indexOf(s.pressure)).toBeLessThanOrEqual(PRESSURE_ORDER.indexOf(maxPressure));
            const p = plan.sessions[i - 1];
            if (p) {
              expect(s.intensity).toBeGreaterThan(p.intensity);
              expect(s.minutes).toBeGreaterThanOrEqual(p.minutes);
              expect(PRESSURE_ORDER.indexOf(s.pressure)).toBeGreaterThanOrEqual(PRESSURE_ORDER.indexOf(p.pressure));
              expect(dayDiff(p.date, s.date)).toBe(gap);
            }
          }
          expect(plan.sessions[0]!.pressure).toBe('light');
          expect(plan.sessions[0]!.notes).toContain('doctor-advice');
          const months = dayDiff(plan.endDate, plan.repeatFrom) / 30.44;
          expect(months).toBeGreaterThan(5.8);
          expect(months).toBeLessThan(6.2);
        },
      ),
      { seed: 20260301, numRuns: 300 },
    );
  });
});

describe('pressure cap from the techniques', () => {
  it('maxPressureOf takes the strongest step pressure (strong suction counts as firm)', async () => {
    const { maxPressureOf, minPressure } = await import('../../../src/domain/course/plan');
    const { ALL_MOVES, GENTLE_POINT, GENTLE_CUPPING } = await import('../content/fixtureTechniques');
    expect(maxPressureOf([GENTLE_POINT])).toBe('medium');
    expect(maxPressureOf([GENTLE_CUPPING])).toBe('medium');
    expect(maxPressureOf([ALL_MOVES])).toBe('firm');
    expect(maxPressureOf([])).toBe('light');
    expect(minPressure('firm', 'medium')).toBe('medium');
    expect(minPressure('light', 'firm')).toBe('light');
  });
});

const library = loadLibrary().techniques;
const byId = (id: string) => library.find((t) => t.id === id)!;

/** Plan as the planner makes it: minutes and pressure from `sessionSettings`. */
function planFor(ids: string[], requested: 'light' | 'medium' | 'firm', sessions = 10) {
  const chosen = ids.map(byId);
  const st = sessionSettings(chosen, requested);
  return { st, plan: planCourse({ techniqueIds: ids, sessions, startDate: '2026-03-02', sessionMinutes: st.sessionMinutes, maxPressure: st.pressure }) };
}

describe('the planner agrees with the chosen techniques', () => {
  it('the library has techniques of every pressure to test with', () => {
    expect(new Set(library.map((t) => sessionSettings([t], 'firm').cap))).toEqual(new Set(['light', 'medium', 'firm']));
  });

  it('repro: techniques totalling 15 min make sessions of at most 15 min (the planner let them grow to 40 while the chosen ones totalled 16)', () => {
    // Three short techniques: 5 + 5 + 5 min on their cards.
    const ids = ['classic-circular-rub', 'classic-finishing-effleurage', 'classic-warming-rub'].filter((id) => library.some((t) => t.id === id));
    const total = ids.reduce((s, id) => s + fullMinutes(byId(id)), 0);
    const { st, plan } = planFor(ids, 'firm');
    expect(total).toBe(15);
    expect(st.techniqueMinutes).toBe(total);
    expect(Math.max(...plan.sessions.map((s) => s.minutes))).toBe(total);
    expect(plan.sessions.at(-1)!.minutes).toBe(total);
    expect(plan.sessions[0]!.minutes).toBe(Math.round(total * FIRST_SESSION_SHARE));
    expect(planTotalMinutes(plan)).toBeLessThanOrEqual(10 * total);
  });

  it('sessionMinutesFor: the last session is the techniques in full, the first a share, never below 1 min', () => {
    expect(sessionMinutesFor(16)).toEqual({ first: 11, last: 16 });
    expect(sessionMinutesFor(58)).toEqual({ first: 39, last: 58 });
    expect(sessionMinutesFor(1)).toEqual({ first: 1, last: 1 });
  });

  it('repro: the strongest pressure shown is never above the cap ("Firm" above "capped at Medium")', () => {
    const medium = library.find((t) => sessionSettings([t], 'firm').cap === 'medium')!;
    const st = sessionSettings([medium], 'firm');
    expect(st.cap).toBe('medium');
    expect(st.pressure).toBe('medium');
    expect(st.options).toEqual([
      { pressure: 'light', allowed: true },
      { pressure: 'medium', allowed: true },
      { pressure: 'firm', allowed: false },
    ]);
    expect(sessionSettings([medium], 'light').pressure).toBe('light');
  });

  it('says when one session is shorter or longer than a usual session (15 min to 1 h)', () => {
    const short = library.find((t) => fullMinutes(t) < 15)!;
    expect(sessionSettings([short], 'firm').usual).toBe('short');
    const long = library.filter((t) => fullMinutes(t) >= 30).slice(0, 3);
    expect(sessionSettings(long, 'firm').usual).toBe('long');
    expect(() => planFor(long.map((t) => t.id), 'firm')).toThrow(CoursePlanError);
  });

  it('property: for any chosen techniques and request, the plan reaches exactly the pressure shown and never exceeds the techniques, in minutes or pressure', () => {
    const ids = library.map((t) => t.id);
    fc.assert(
      fc.property(
        fc.subarray(ids, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('light' as const, 'medium' as const, 'firm' as const),
        fc.integer({ min: 10, max: 30 }),
        (chosen, requested, n) => {
          const st = sessionSettings(chosen.map(byId), requested);
          if (st.techniqueMinutes > MAX_SESSION_MINUTES) return;
          const { plan } = planFor(chosen, requested, n);
          const top = Math.max(...plan.sessions.map((s) => PRESSURE_ORDER.indexOf(s.pressure)));
          expect(PRESSURE_ORDER[top]).toBe(st.pressure);
          expect(PRESSURE_ORDER.indexOf(st.pressure)).toBeLessThanOrEqual(PRESSURE_ORDER.indexOf(st.cap));
          expect(st.options.find((o) => o.pressure === st.pressure)!.allowed).toBe(true);
          expect(plan.sessions.at(-1)!.minutes).toBe(st.techniqueMinutes);
          for (const s of plan.sessions) expect(s.minutes).toBeLessThanOrEqual(st.techniqueMinutes);
        },
      ),
      { seed: 20261130, numRuns: 200 },
    );
  });
});
