/**
 * CoursePlanner — plan a course of at least 10 sessions whose intensity grows session to session,
 * print it, keep it in this browser (`useUserData().coursePlan`).
 *
 * Props:
 * - `techniques: { id: string; title: LocalizedText; steps: Step[] }[]` — what can go into the
 *   course (e.g. the library's `Technique`s, already filtered by the acute-pain switch). A session
 *   is the chosen techniques: its minutes follow their full length (the figure on their cards) and
 *   its pressure never goes above theirs — the pressure field cannot show more than that cap;
 * - `today?: string` — 'YYYY-MM-DD' default for the first session (default: the local date).
 *
 * The plan comes from `planCourse` (src/domain/course/plan.ts). Printing uses `@media print` in
 * learn.css: only the plan (`.hp-course-print`) is printed.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CoursePlanError,
  MAX_SESSIONS,
  MIN_SESSIONS,
  localToday,
  planCourse,
  sessionSettings,
  planTotalMinutes,
  type CourseFrequency,
  type CoursePlan,
} from '../../domain/course/plan';
import type { LocalizedText, Pressure, Step } from '../../domain/technique/schema';
import { useStorageProblem, useUserData } from '../../state/userData';
import { CourseTable } from './CourseTable';
import { formatCourseDate } from './courseDates';
import './learn.css';

export interface CoursePlannerProps {
  techniques: readonly { id: string; title: LocalizedText; steps: readonly Step[] }[];
  today?: string;
}

export function CoursePlanner({ techniques, today }: CoursePlannerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const saved = useUserData((s) => s.coursePlan);
  const saveCoursePlan = useUserData((s) => s.saveCoursePlan);
  const id = useId();
  const [selected, setSelected] = useState<string[]>(() => saved?.techniqueIds ?? (techniques[0] ? [techniques[0].id] : []));
  const [sessions, setSessions] = useState(saved?.sessions.length ?? MIN_SESSIONS);
  const [startDate, setStartDate] = useState(today ?? localToday());
  const [frequency, setFrequency] = useState<CourseFrequency>(saved?.frequency ?? 'daily');
  const [maxPressure, setMaxPressure] = useState<Pressure>('firm');
  const [error, setError] = useState<string | null>(null);
  // A full or blocked storage: the plan is shown but not kept (said here, not thrown).
  const storageProblem = useStorageProblem((s) => (s.problem?.what === 'plan' ? s.problem : null));

  const chosen = techniques.filter((x) => selected.includes(x.id));
  const settings = sessionSettings(chosen, maxPressure);
  const effectivePressure = settings.pressure;
  const { first, last } = settings.sessionMinutes;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      const plan = planCourse({ techniqueIds: selected, sessions, startDate, frequency, sessionMinutes: { first, last }, maxPressure: effectivePressure });
      if (useStorageProblem.getState().problem?.what === 'plan') useStorageProblem.getState().clear();
      saveCoursePlan(plan);
      setError(null);
    } catch (err) {
      if (err instanceof CoursePlanError) setError(t(`course.errors.${err.field}`));
      else throw err;
    }
  };

  const toggle = (tid: string) => setSelected((s) => (s.includes(tid) ? s.filter((x) => x !== tid) : [...s, tid]));
  const num = (v: string) => (v === '' ? NaN : Number(v));

  return (
    <section className="panel hp-course" aria-labelledby={`${id}-h`} data-testid="course-planner">
      <h2 id={`${id}-h`}>{t('course.title')}</h2>
      <p>{t('course.intro')}</p>
      <p className="hp-doctor-note" role="note">
        {t('course.doctorFirst')}
      </p>
      <form onSubmit={submit} className="hp-course-form" noValidate>
        <fieldset className="hp-techniques">
          <legend>{t('course.techniques')}</legend>
          {techniques.length === 0 && <p className="hp-muted">{t('course.noTechniques')}</p>}
          {techniques.map((tq) => (
            <label key={tq.id} className="hp-check">
              <input type="checkbox" checked={selected.includes(tq.id)} onChange={() => toggle(tq.id)} />
              <span>{tq.title[lang]}</span>
            </label>
          ))}
        </fieldset>
        <div className="hp-fields">
          <label>
            <span>{t('course.sessions')}</span>
            <input type="number" min={MIN_SESSIONS} max={MAX_SESSIONS} step={1} value={Number.isNaN(sessions) ? '' : sessions} onChange={(e) => setSessions(num(e.target.value))} data-testid="course-sessions" />
          </label>
          <label>
            <span>{t('course.startDate')}</span>
            <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} data-testid="course-start" />
          </label>
          <label>
            <span>{t('course.frequency')}</span>
            <select value={frequency} onChange={(e) => setFrequency(e.target.value as CourseFrequency)}>
              <option value="daily">{t('course.freq.daily')}</option>
              <option value="every-other-day">{t('course.freq.every-other-day')}</option>
            </select>
          </label>
          <label>
            <span>{t('course.maxPressure')}</span>
            <select value={effectivePressure} onChange={(e) => setMaxPressure(e.target.value as Pressure)} data-testid="course-pressure">
              {settings.options.map(({ pressure: p, allowed }) => (
                <option key={p} value={p} disabled={!allowed}>
                  {t(`course.pressure.${p}`)}
                </option>
              ))}
            </select>
            {settings.cap !== 'firm' && chosen.length > 0 && (
              <span className="hp-muted hp-field-note" data-testid="course-pressure-cap">
                {t('course.maxPressureNote', { pressure: t(`course.pressure.${settings.cap}`) })}
              </span>
            )}
          </label>
        </div>
        {chosen.length > 0 && (
          <p className="hp-session-length" data-testid="course-session-length">
            {t('course.sessionLength', { count: settings.techniqueMinutes })}{' '}
            {first < last && t('course.sessionGrowth', { count: first })}
            {settings.usual !== 'ok' && (
              <>
                {' '}
                <span className="hp-muted">
                  {t(`course.usual.${settings.usual}`)}
                </span>
              </>
            )}
          </p>
        )}
        {error && (
          <p className="hp-error" role="alert" data-testid="course-error">
            {error}
          </p>
        )}
        {storageProblem && (
          <p className="hp-error" role="alert" data-testid="course-storage-error">
            {t(`persist.storage.${storageProblem.kind}.plan`)}
          </p>
        )}
        <div className="buttons">
          <button type="submit" className="hp-primary" data-testid="course-make">
            {t('course.make')}
          </button>
        </div>
      </form>
      {saved && <PlanView plan={saved} techniques={techniques} onClear={() => saveCoursePlan(null)} />}
    </section>
  );
}

function PlanView({ plan, techniques, onClear }: { plan: CoursePlan; techniques: CoursePlannerProps['techniques']; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const date = (s: string) => formatCourseDate(s, lang, 'long');
  const short = (s: string) => formatCourseDate(s, lang, 'short');
  const names = plan.techniqueIds.map((tid) => techniques.find((x) => x.id === tid)?.title[lang] ?? tid);
  return (
    <div className="hp-course-print" data-testid="course-plan">
      <h3>{t('course.planTitle', { count: plan.sessions.length })}</h3>
      <p>
        {t('course.planDates', { from: date(plan.startDate), to: date(plan.endDate) })} · {t(`course.freq.${plan.frequency}`)}
      </p>
      <p className="hp-plan-techniques">{names.join(', ')}</p>
      <p className="hp-doctor-note">{t('course.doctorFirst')}</p>
      <CourseTable plan={plan} formatDate={short} />
      <p>{t('course.total', { count: planTotalMinutes(plan) })}</p>
      <p className="hp-repeat">{t('course.repeat', { count: plan.repeatAfterMonths, date: date(plan.repeatFrom) })}</p>
      <p className="hp-muted">{t('course.stopNote')}</p>
      <p className="hp-muted hp-no-print">{t('course.saved')}</p>
      <div className="buttons hp-no-print">
        <button type="button" onClick={() => window.print()} data-testid="course-print">
          {t('course.print')}
        </button>
        <button type="button" onClick={onClear}>
          {t('course.clear')}
        </button>
      </div>
    </div>
  );
}
