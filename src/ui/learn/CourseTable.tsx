/**
 * CourseTable — the sessions of a course plan as a table: number, date, minutes, pressure, notes.
 * One table for the planner (Learn tab) and the printed handout, so both say the same thing.
 *
 * Props: `plan: CoursePlan`; `formatDate: (isoDate: string) => string`.
 */
import { useTranslation } from 'react-i18next';
import type { CoursePlan } from '../../domain/course/plan';

export interface CourseTableProps {
  plan: CoursePlan;
  formatDate: (isoDate: string) => string;
}

export function CourseTable({ plan, formatDate }: CourseTableProps) {
  const { t } = useTranslation();
  return (
    <div className="hp-table-wrap">
      <table className="hp-plan-table">
        <thead>
          <tr>
            <th scope="col">{t('course.table.n')}</th>
            <th scope="col">{t('course.table.date')}</th>
            <th scope="col">{t('course.table.minutes')}</th>
            <th scope="col">{t('course.table.pressure')}</th>
            <th scope="col">{t('course.table.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.sessions.map((s) => (
            <tr key={s.index}>
              <td>{s.index}</td>
              <td className="hp-nowrap">{formatDate(s.date)}</td>
              <td className="hp-nowrap">{t('course.minutes', { count: s.minutes })}</td>
              <td>
                <span className={`hp-pressure ${s.pressure}`}>{t(`course.pressure.${s.pressure}`)}</span>
              </td>
              <td>{s.notes.map((n) => t(`course.notes.${n}`)).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
