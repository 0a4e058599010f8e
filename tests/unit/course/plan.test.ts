import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CoursePlanError,
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
    expect(field({ sessionMinutes: { first: 10, last: 30 } })).toBe('sessionMinutes');
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
