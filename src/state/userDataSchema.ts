/**
 * Reading the stored user state back (see userData.ts): everything from storage goes through a
 * zod schema, field by field. Its own module so that zod is not in the first download
 * (issue 13 §6): the store loads it when it hydrates, after the page has started.
 */
import { z } from 'zod';
import { RED_FLAG_IDS } from '../domain/safety/ids';
import {
  MAX_SESSIONS,
  MAX_SESSION_MINUTES,
  MIN_SESSIONS,
  MIN_SESSION_MINUTES,
  PRESSURE_ORDER,
  parseDate,
  type SessionNoteId,
} from '../domain/course/plan';
import type { Pressure } from '../domain/technique/schema';
import { USER_DATA_DEFAULTS, type RedFlagAnswers, type StoredUserData } from './userData';

const SESSION_NOTE_IDS = ['doctor-advice', 'start-gently', 'pressure-up', 'longer', 'last-session'] as const satisfies readonly SessionNoteId[];

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

/**
 * Keep only well-formed fields of a stored value (older, hand-edited or hostile storage): each
 * field is read and checked on its own, so one bad field (even one whose getter throws) falls
 * back to its default and the others are kept. Never throws.
 */
export function sanitizeUserData(raw: unknown, now: Date = new Date()): StoredUserData {
  const out: StoredUserData = { ...USER_DATA_DEFAULTS, redFlagAnswers: {} };
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

