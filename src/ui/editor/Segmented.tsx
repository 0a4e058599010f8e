import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** An enum as a segmented control (a radio group); long lists as a select. */
export function Segmented({ label, value, options, optional, onChange, testId, describedBy }: {
  label: string;
  value: string | undefined;
  options: readonly string[];
  optional?: boolean;
  onChange: (v: string | undefined) => void;
  testId: string;
  describedBy?: string | undefined;
}) {
  const { t } = useTranslation();
  const name = useId();
  const word = (v: string) => t(`editor.value.${v}`, { defaultValue: t(`illustration.move.${v}`, { defaultValue: v }) });
  if (options.length > 6) {
    return (
      <label className="ed-field">
        <span>{label}</span>
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid={testId} aria-describedby={describedBy}>
          {(optional || value === undefined) && <option value="">{t('editor.form.none')}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {word(o)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const all = optional ? ['', ...options] : options;
  return (
    <fieldset className="ed-field ed-seg" data-testid={testId} aria-describedby={describedBy}>
      <legend>{label}</legend>
      <div className="seg">
        {all.map((o) => (
          <label key={o || '-'} className={(value ?? '') === o ? 'on' : ''}>
            <input type="radio" name={name} value={o} checked={(value ?? '') === o} onChange={() => onChange(o || undefined)} data-testid={`${testId}-${o || 'none'}`} />
            {o ? word(o) : t('editor.form.none')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
