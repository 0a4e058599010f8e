/**
 * StepCautions — a step's own cautions (the `cautions` of a step in the technique file).
 *
 * Props: `step: Step` (src/domain/technique/schema.ts). Renders nothing when the step has none.
 */
import { useTranslation } from 'react-i18next';
import type { Step } from '../../domain/technique/schema';
import './safety.css';

export interface StepCautionsProps {
  step: Step;
}

export function StepCautions({ step }: StepCautionsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const cautions = step.cautions ?? [];
  if (cautions.length === 0) return null;
  return (
    <aside className="hp-step-cautions" aria-label={t('precautions.stepTitle')} data-testid="step-cautions">
      <span className="hp-warn-icon" aria-hidden="true">
        !
      </span>
      <ul>
        {cautions.map((c, i) => (
          <li key={i}>{c[lang]}</li>
        ))}
      </ul>
    </aside>
  );
}
