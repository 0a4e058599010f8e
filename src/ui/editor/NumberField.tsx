import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A number with its unit and allowed range; empty removes the value. */
export function NumberField({ label, value, min, max, int, unit, onChange, testId, describedBy, invalid }: {
  label: string;
  value: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  int: boolean;
  unit: string;
  onChange: (v: number | undefined) => void;
  testId: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((old) => (Number(old) === value && old !== '' ? old : value === undefined ? '' : String(value)));
  }, [value]);
  const u = unit ? t(`editor.form.unit.${unit}`, { defaultValue: unit }) : '';
  const range = min !== undefined && max !== undefined ? t('editor.form.range', { min, max, unit: u }) : '';
  return (
    <label className="ed-field ed-num">
      <span>{label}</span>
      <span className="ed-num-row">
        <input
          type="number"
          inputMode={int ? 'numeric' : 'decimal'}
          step={int ? 1 : 'any'}
          min={min}
          max={max}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim() === '') onChange(undefined);
            else {
              const n = Number(e.target.value);
              if (Number.isFinite(n)) onChange(n);
            }
          }}
          data-testid={testId}
        />
        <span className="unit">{u}</span>
        {range && <span className="muted range">{range}</span>}
      </span>
    </label>
  );
}
