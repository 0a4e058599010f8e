/**
 * The checker's messages in words a teacher understands, in English or Russian. The gate's own
 * messages name JSON fields and types ("too small: expected at least 1, found 0"); shown next to
 * their field in the studio, they become "Too small: at least 1." Warnings that already have
 * plain words in the app (words.warnings.code.*) reuse them; the rest are in the `authoring`
 * locale part. Anything unknown falls back to the checker's message.
 */
import type { DraftDiagnostic } from '../../domain/authoring/check';
import type { Diagnostic } from '../../domain/technique/diagnostics';
import { i18next } from '../../i18n';
import { getPrecaution } from '../../domain/safety/load';
import type { PrecautionId } from '../../domain/safety/ids';

export type TeacherLang = 'en' | 'ru';

const LANGUAGE_NAMES: Record<TeacherLang, Record<TeacherLang, string>> = {
  en: { en: 'English', ru: 'Russian' },
  ru: { en: 'английском', ru: 'русском' },
};

const OWN_LINT_CODES = new Set([
  'midline-pressure',
  'point-press-too-close',
  'no-pressure-point',
  'kidney-area',
  'cup-on-midline',
  'cure-claim',
  'hold-too-long',
  'zero-repetitions',
  'step-too-long',
  'no-cup-to-remove',
  'course-stages',
  'motion-failed',
]);

/** The last key of a diagnostic path ('steps[0].caption.ru' → 'ru'). */
const lastKey = (path: string): string => /([A-Za-z_$][\w$]*)$/.exec(path)?.[1] ?? '';

/** A teacher's message for a diagnostic (never throws; the checker's message when nothing fits). */
export function teacherMessage(d: Diagnostic | DraftDiagnostic, lang: TeacherLang): string {
  const t = (key: string, params: Record<string, string | number> = {}) => i18next.t(key, { lng: lang, ...params });
  const has = (key: string) => i18next.exists(key, { lng: lang });
  const own = (key: string, params?: Record<string, string | number>) => (has(`authoring.diag.${key}`) ? t(`authoring.diag.${key}`, params) : d.message);
  const expected = d.expected ?? '';
  const options = /one of: (.*)$/.exec(expected)?.[1];
  const key = lastKey(d.path);
  try {
    switch (d.code) {
      case 'too-small': {
        if ((key === 'en' || key === 'ru') && /character/.test(expected)) return own('missing-translation', { language: LANGUAGE_NAMES[lang][key] });
        if (/character/.test(expected)) return own('empty-text');
        const min = /at least (-?[\d.]+)/.exec(expected)?.[1];
        if (min === undefined) return own('other');
        return /item/.test(expected) ? own('too-few', { min }) : own('too-small', { min });
      }
      case 'too-big': {
        const max = /at most (-?[\d.]+)/.exec(expected)?.[1];
        if (max === undefined) return own('other');
        if (/character/.test(expected)) return own('too-long', { max });
        return /item/.test(expected) ? own('too-many', { max }) : own('too-big', { max });
      }
      case 'missing-field':
        return options ? own('missing-choice', { options }) : own('missing-field');
      case 'invalid-type':
        return /whole number/.test(expected) ? own('whole-number') : own('other');
      case 'invalid-value':
        return options ? own('invalid-value', { options }) : own('other');
      case 'invalid-format':
        return key === 'id' ? own('invalid-format') : own('other');
      case 'unknown-field':
        return own('unknown-field');
      case 'invalid':
        if (/tempo/.test(d.message)) return own('tempo-one');
        if (/anchor/.test(d.message)) return own('point-anchor');
        if (/lateral_from_cm|from_level/.test(d.message)) return own('band-order');
        return d.message;
      case 'missing-precaution': {
        const list = [...d.message.matchAll(/"([a-z-]+)"/g)]
          .map((m) => getPrecaution(m[1] as PrecautionId)?.title[lang] ?? m[1])
          .join(', ');
        return own('missing-precaution', { list });
      }
      default:
        break;
    }
    if (OWN_LINT_CODES.has(d.code)) return own(d.code);
    const words = `words.warnings.code.${d.code}`;
    if (has(words)) return t(words, 'params' in d && d.params ? d.params : {});
  } catch {
    // fall through to the checker's message
  }
  return d.message;
}
