/**
 * HandoutCourse — the course plan kept in this browser, as a table for the handout (or a line
 * saying there is none). Props: `plan: CoursePlan | null`.
 */
import { useTranslation } from 'react-i18next';
import type { CoursePlan } from '../../domain/course/plan';
import { loadLibrary } from '../../data/library';
import { useLocalized } from '../../i18n/useLocalized';
import { useViewer } from '../../state/store';

export function HandoutCourse({ plan }: { plan: CoursePlan | null }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const user = useViewer((s) => s.userTechniques);
  if (!plan)
    return (
      <section className="handout-course" data-testid="handout-course">
        <h2>{t('share.handout.course')}</h2>
        <p>{t('share.handout.courseNone')}</p>
      </section>
    );
  const all = [...loadLibrary().techniques, ...user];
  const names = plan.techniqueIds.map((id) => {
    const x = all.find((y) => y.id === id);
    return x ? loc(x.title) : id;
  });
  return (
    <section className="handout-course" data-testid="handout-course">
      <h2>{t('course.planTitle', { n: plan.sessions.length })}</h2>
      <p>
        {names.join(' · ')} — {t('course.planDates', { from: plan.startDate, to: plan.endDate })}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('course.table.n')}</th>
            <th>{t('course.table.date')}</th>
            <th>{t('course.table.minutes')}</th>
            <th>{t('course.table.pressure')}</th>
            <th>{t('course.table.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.sessions.map((s) => (
            <tr key={s.index}>
              <td>{s.index}</td>
              <td>{s.date}</td>
              <td>{s.minutes}</td>
              <td>{t(`course.pressure.${s.pressure}`)}</td>
              <td>{s.notes.map((n) => t(`course.notes.${n}`)).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('course.repeat', { months: plan.repeatAfterMonths, date: plan.repeatFrom })}</p>
      <p className="handout-safety">{t('course.stopNote')}</p>
    </section>
  );
}
