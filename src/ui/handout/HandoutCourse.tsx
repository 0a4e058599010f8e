/**
 * HandoutCourse — the course plan kept in this browser, as a table for the handout (or a line
 * saying there is none). Props: `plan: CoursePlan | null`. The table is the planner's own
 * (CourseTable), so the handout and the Learn tab say the same thing.
 */
import { useTranslation } from 'react-i18next';
import type { CoursePlan } from '../../domain/course/plan';
import { loadLibrary } from '../../data/library';
import { useLocalized } from '../../i18n/useLocalized';
import { useViewer } from '../../state/store';
import { CourseTable } from '../learn/CourseTable';
import { formatCourseDate } from '../learn/courseDates';

export function HandoutCourse({ plan }: { plan: CoursePlan | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
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
      <h2>{t('course.planTitle', { count: plan.sessions.length })}</h2>
      <p>
        {names.join(' · ')} — {t('course.planDates', { from: formatCourseDate(plan.startDate, lang, 'long'), to: formatCourseDate(plan.endDate, lang, 'long') })}
      </p>
      <CourseTable plan={plan} formatDate={(d) => formatCourseDate(d, lang, 'short')} />
      <p>{t('course.repeat', { count: plan.repeatAfterMonths, date: formatCourseDate(plan.repeatFrom, lang, 'long') })}</p>
      <p className="handout-safety">{t('course.stopNote')}</p>
    </section>
  );
}
