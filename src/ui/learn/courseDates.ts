/** Dates of a course plan ('YYYY-MM-DD') in the reader's language, as the planner and the handout show them. */
export type CourseDateStyle = 'long' | 'short';

export function formatCourseDate(isoDate: string, lang: string, style: CourseDateStyle): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}
