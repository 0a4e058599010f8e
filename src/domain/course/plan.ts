/**
 * Course planning: a course of massage sessions whose intensity grows from session to session.
 *
 * Rules (DESIGN.md §1, from the seed article, as guidance rather than prescription):
 * - a course is at least 10 sessions in a row (daily, or every other day);
 * - a session lasts 15 min … 1 h (usually); intensity (pressure, then length) grows session to session;
 * - what a session holds is the chosen techniques: its minutes follow their full length (the same
 *   whole minutes the technique cards show), never more; its pressure never goes above theirs;
 * - the first sessions only on a doctor's advice;
 * - the course may be repeated after about 6 months.
 *
 * Pure: no clock, no storage, no React. Dates are calendar dates 'YYYY-MM-DD' computed in UTC.
 */
import { fullMinutes } from '../technique/demo';
import type { Pressure, Step } from '../technique/schema';

export const MIN_SESSIONS = 10;
export const MAX_SESSIONS = 30;
/** The shortest session a plan may hold (a single short technique), minutes. */
export const MIN_SESSION_MINUTES = 1;
export const MAX_SESSION_MINUTES = 60;
/** The seed's usual session, minutes: shorter sessions are allowed but said so. */
export const USUAL_SESSION_MINUTES = { min: 15, max: 60 } as const;
/** The first session does this share of the chosen techniques (fewer repetitions), growing to all of them. */
export const FIRST_SESSION_SHARE = 2 / 3;
export const DEFAULT_REPEAT_AFTER_MONTHS = 6;
export const PRESSURE_ORDER: readonly Pressure[] = ['light', 'medium', 'firm'];

export type CourseFrequency = 'daily' | 'every-other-day';

/** Notes attached to a session (each is a UI string under learn.course.notes.<id>). */
export type SessionNoteId = 'doctor-advice' | 'start-gently' | 'pressure-up' | 'longer' | 'last-session';

export interface PlanCourseOptions {
  /** Techniques done in each session (ids of data/techniques), at least one. */
  techniqueIds: readonly string[];
  /** Number of sessions, MIN_SESSIONS…MAX_SESSIONS (default 10). */
  sessions?: number;
  /** First session's date, 'YYYY-MM-DD'. */
  startDate: string;
  /** Length of the first and of the last session, minutes, each 1…60, first ≤ last (see `sessionMinutesFor`). */
  sessionMinutes: { first: number; last: number };
  /** Strongest pressure the course reaches (default 'firm'; 'light' keeps every session light). */
  maxPressure?: Pressure;
  frequency?: CourseFrequency;
  repeatAfterMonths?: number;
}

export interface CourseSession {
  /** 1-based. */
  index: number;
  date: string;
  minutes: number;
  pressure: Pressure;
  /** 0 (first session) … 1 (last), strictly growing. */
  intensity: number;
  notes: SessionNoteId[];
}

export interface CoursePlan {
  version: 1;
  techniqueIds: string[];
  frequency: CourseFrequency;
  sessions: CourseSession[];
  startDate: string;
  endDate: string;
  /** About when to repeat the course (endDate + repeatAfterMonths). */
  repeatFrom: string;
  repeatAfterMonths: number;
}

export class CoursePlanError extends Error {
  constructor(
    readonly field: keyof PlanCourseOptions,
    message: string,
  ) {
    super(message);
    this.name = 'CoursePlanError';
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse 'YYYY-MM-DD' to a UTC date; null if malformed or not a real calendar date. */
export function parseDate(s: string): Date | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export function formatDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

export function addDays(date: string, days: number): string {
  const d = parseDate(date);
  if (!d) throw new RangeError(`not a date: "${date}"`);
  return formatDate(new Date(d.getTime() + days * 86_400_000));
}

/** Add calendar months; the day is clamped to the end of the month (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const d = parseDate(date);
  if (!d) throw new RangeError(`not a date: "${date}"`);
  const total = d.getUTCMonth() + months;
  const y = d.getUTCFullYear() + Math.floor(total / 12);
  const m = ((total % 12) + 12) % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDate(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

/** Today's date in the user's time zone, 'YYYY-MM-DD' (the only impure helper; pass `now`). */
export function localToday(now: Date = new Date()): string {
  return formatDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/**
 * Plan a course. Throws `CoursePlanError` (with the offending field) on invalid options.
 *
 * Intensity grows in two ways: pressure steps up light → medium → firm in equal thirds of the
 * course (capped at `maxPressure`), and the session length grows from `first` to `last` minutes
 * (whole minutes, never shrinking). The first session carries the doctor's-advice note.
 */
export function planCourse(options: PlanCourseOptions): CoursePlan {
  const n = options.sessions ?? MIN_SESSIONS;
  const frequency = options.frequency ?? 'daily';
  const repeatAfterMonths = options.repeatAfterMonths ?? DEFAULT_REPEAT_AFTER_MONTHS;
  const maxPressure = options.maxPressure ?? 'firm';
  const { first, last } = options.sessionMinutes;

  if (options.techniqueIds.length === 0) throw new CoursePlanError('techniqueIds', 'choose at least one technique');
  if (!Number.isInteger(n) || n < MIN_SESSIONS || n > MAX_SESSIONS) {
    throw new CoursePlanError('sessions', `a course has ${MIN_SESSIONS}…${MAX_SESSIONS} sessions, got ${n}`);
  }
  if (!parseDate(options.startDate)) throw new CoursePlanError('startDate', `not a date: "${options.startDate}"`);
  for (const m of [first, last]) {
    if (!Number.isFinite(m) || m < MIN_SESSION_MINUTES || m > MAX_SESSION_MINUTES) {
      throw new CoursePlanError(
        'sessionMinutes',
        `a session lasts ${MIN_SESSION_MINUTES}…${MAX_SESSION_MINUTES} min, got ${m}`,
      );
    }
  }
  if (first > last) throw new CoursePlanError('sessionMinutes', 'the first session cannot be longer than the last');
  if (!Number.isInteger(repeatAfterMonths) || repeatAfterMonths < 1 || repeatAfterMonths > 24) {
    throw new CoursePlanError('repeatAfterMonths', `repeat after 1…24 months, got ${repeatAfterMonths}`);
  }

  const topRank = PRESSURE_ORDER.indexOf(maxPressure);
  const step = frequency === 'daily' ? 1 : 2;
  const sessions: CourseSession[] = [];
  let prevMinutes = 0;
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const rank = Math.min(topRank, Math.floor((i * 3) / n));
    const raw = first + (last - first) * t;
    const minutes = Math.min(last, Math.max(prevMinutes, first, Math.round(raw)));
    const pressure = PRESSURE_ORDER[rank]!;
    const notes: SessionNoteId[] = [];
    if (i === 0) notes.push('doctor-advice', 'start-gently');
    const prev = sessions[i - 1];
    if (prev && prev.pressure !== pressure) notes.push('pressure-up');
    if (prev && minutes > prev.minutes && prev.pressure === pressure) notes.push('longer');
    if (i === n - 1) notes.push('last-session');
    sessions.push({ index: i + 1, date: addDays(options.startDate, i * step), minutes, pressure, intensity: t, notes });
    prevMinutes = minutes;
  }
  const endDate = sessions[n - 1]!.date;
  return {
    version: 1,
    techniqueIds: [...options.techniqueIds],
    frequency,
    sessions,
    startDate: options.startDate,
    endDate,
    repeatFrom: addMonths(endDate, repeatAfterMonths),
    repeatAfterMonths,
  };
}

/** Total minutes of a plan. */
export function planTotalMinutes(plan: CoursePlan): number {
  return plan.sessions.reduce((s, x) => s + x.minutes, 0);
}

/** The strongest pressure used in any step of the techniques (strong cup suction counts as firm); 'light' if none. */
export function maxPressureOf(techniques: readonly { steps: readonly Step[] }[]): Pressure {
  let rank = 0;
  for (const t of techniques) {
    for (const s of t.steps) {
      if ('pressure' in s) rank = Math.max(rank, PRESSURE_ORDER.indexOf(s.pressure));
      if ('suction' in s) rank = Math.max(rank, s.suction === 'strong' ? 2 : s.suction === 'medium' ? 1 : 0);
    }
  }
  return PRESSURE_ORDER[rank]!;
}

/** The lower of two pressures. */
export function minPressure(a: Pressure, b: Pressure): Pressure {
  return PRESSURE_ORDER[Math.min(PRESSURE_ORDER.indexOf(a), PRESSURE_ORDER.indexOf(b))]!;
}

/** A chosen technique as the planner sees it: its steps (for length and pressure). */
export interface PlannedTechnique {
  steps: readonly Step[];
}

/** How a session of the chosen techniques goes, and what the planner's fields show. */
export interface SessionSettings {
  /** Σ full length of the chosen techniques, whole minutes as their cards show them (0 if none). */
  techniqueMinutes: number;
  /** First and last session, minutes: the last is the chosen techniques in full, the first a share of them. */
  sessionMinutes: { first: number; last: number };
  /** The strongest pressure the chosen techniques use ('firm' if none are chosen). */
  cap: Pressure;
  /** The strongest pressure the course reaches: the requested one, never above the cap (what the field shows). */
  pressure: Pressure;
  /** Each pressure of the field and whether it may be chosen (not above the cap). */
  options: { pressure: Pressure; allowed: boolean }[];
  /** Whether one session of the chosen techniques is shorter, longer or as long as a usual session. */
  usual: 'short' | 'ok' | 'long';
}

/** First and last session length for techniques that take `techniqueMinutes` in full. */
export function sessionMinutesFor(techniqueMinutes: number): { first: number; last: number } {
  const last = Math.max(MIN_SESSION_MINUTES, Math.round(techniqueMinutes));
  return { first: Math.max(MIN_SESSION_MINUTES, Math.round(last * FIRST_SESSION_SHARE)), last };
}

/**
 * What the planner shows for the chosen techniques and the requested strongest pressure: session
 * minutes from the techniques' full length (Σ `fullMinutes`, the cards' figure), and a pressure
 * field that cannot show more than the cap.
 */
export function sessionSettings(chosen: readonly PlannedTechnique[], requested: Pressure): SessionSettings {
  const techniqueMinutes = chosen.reduce((s, t) => s + fullMinutes({ steps: [...t.steps] }), 0);
  const cap = chosen.length > 0 ? maxPressureOf(chosen) : 'firm';
  const pressure = minPressure(requested, cap);
  const capRank = PRESSURE_ORDER.indexOf(cap);
  const options = PRESSURE_ORDER.map((p, i) => ({ pressure: p, allowed: i <= capRank }));
  const usual =
    techniqueMinutes > USUAL_SESSION_MINUTES.max ? 'long' : techniqueMinutes < USUAL_SESSION_MINUTES.min ? 'short' : 'ok';
  return { techniqueMinutes, sessionMinutes: sessionMinutesFor(techniqueMinutes), cap, pressure, options, usual };
}
