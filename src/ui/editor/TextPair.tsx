import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../domain/technique/schema';

/** A text in English and Russian side by side, with a visible "missing translation" mark. */
export function TextPair({ label, value, onChange, testId, multiline }: {
  label: string;
  value: Partial<LocalizedText> | undefined;
  onChange: (v: LocalizedText) => void;
  testId: string;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  const v = { en: value?.en ?? '', ru: value?.ru ?? '' };
  return (
    <fieldset className="ed-field ed-pair">
      <legend>{label}</legend>
      {(['en', 'ru'] as const).map((lng) => {
        const missing = v[lng].trim() === '';
        const props = {
          value: v[lng],
          lang: lng,
          'aria-invalid': missing || undefined,
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...v, [lng]: e.target.value }),
          'data-testid': `${testId}-${lng}`,
        };
        return (
          <label key={lng} className="ed-lang">
            <span>
              {t(`editor.form.${lng}`)}
              {missing && (
                <span className="ed-missing" data-testid={`${testId}-${lng}-missing`}>
                  {' '}
                  ⚠ {t('editor.form.missing')}
                </span>
              )}
            </span>
            {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
          </label>
        );
      })}
    </fieldset>
  );
}
