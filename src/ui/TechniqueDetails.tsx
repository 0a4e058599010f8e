import { useTranslation } from 'react-i18next';
import type { Technique } from '../domain/technique/schema';
import { useLocalized } from '../i18n/useLocalized';
import { PrecautionsPanel } from './safety/PrecautionsPanel';
import { StepExplainer } from './learn/StepExplainer';

/**
 * The chosen technique in words: summary, the precautions that apply, and every step
 * explained for the current learning mode. Also what a user without WebGL learns from.
 */
export function TechniqueDetails({ technique }: { technique: Technique }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  return (
    <section className="panel details" data-testid="technique-details">
      <h2 className="panel-title">{loc(technique.title)}</h2>
      <p>{loc(technique.summary)}</p>
      <PrecautionsPanel technique={technique} />
      <h3 className="steps-title">{t('details.steps')}</h3>
      <ol className="step-list">
        {technique.steps.map((step, i) => (
          <li key={i}>
            <StepExplainer step={step} index={i} />
          </li>
        ))}
      </ol>
    </section>
  );
}
