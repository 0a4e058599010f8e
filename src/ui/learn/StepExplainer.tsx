/**
 * StepExplainer — one step in words for the current learning mode (ModeSwitch) and language:
 * `describeStep(step, mode, lang, geo)` plus the step's own cautions.
 *
 * Props: `step: Step`; `index?: number` (0-based, shown as "1.", "2." …); `geo?: StepGeometry`
 * (the step measured on the compiled timeline; without it, where and which way are left out).
 */
import { useTranslation } from 'react-i18next';
import type { StepGeometry } from '../../domain/motion/stepGeometry';
import type { Step } from '../../domain/technique/schema';
import { useUserData } from '../../state/userData';
import { StepCautions } from '../safety/StepCautions';
import { describeStep } from './describeStep';
import './learn.css';

export interface StepExplainerProps {
  step: Step;
  index?: number;
  geo?: StepGeometry | null;
}

export function StepExplainer({ step, index, geo }: StepExplainerProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const mode = useUserData((s) => s.mode);
  const d = describeStep(step, mode, lang, geo);
  return (
    <section className={`panel hp-step ${mode}`} data-testid="step-explainer" aria-live="polite">
      <h3>
        {index !== undefined && <span className="hp-step-n">{index + 1}.</span>} {d.title}
      </h3>
      <p>{d.text}</p>
      {d.feel && <p className="hp-feel">{d.feel}</p>}
      <dl className="hp-details">
        {d.details.map((x) => (
          <div key={x.id + x.label}>
            <dt>{x.label}</dt>
            <dd>{x.value}</dd>
          </div>
        ))}
      </dl>
      <StepCautions step={step} />
    </section>
  );
}
