import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../domain/technique/schema';
import { useLocalized } from '../i18n/useLocalized';
import { PrecautionsPanel } from './safety/PrecautionsPanel';
import { StepExplainer } from './learn/StepExplainer';
import { WithMeasure, type TechniqueMeasure } from './learn/TechniqueMeasure';
import { lintWarnings, warningList } from './words/warnings';

/**
 * The chosen technique in words: summary, the precautions that apply, every warning the file
 * checks and the motion compiler found (what and at which step), and every step explained for
 * the current learning mode from its measured geometry. Also what a user without WebGL learns from.
 */
export function TechniqueDetails({ technique }: { technique: Technique }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  return (
    <section className="panel details" data-testid="technique-details">
      <h2 className="panel-title">{loc(technique.title)}</h2>
      <p>{loc(technique.summary)}</p>
      <PrecautionsPanel technique={technique} />
      <WithMeasure technique={technique}>
        {(m) => (
          <>
            <Warnings technique={technique} measure={m} />
            <h3 className="steps-title">{t('details.steps')}</h3>
            <ol className="step-list">
              {technique.steps.map((step, i) => (
                <li key={i}>
                  <StepExplainer step={step} index={i} geo={m?.steps[i] ?? null} />
                </li>
              ))}
            </ol>
          </>
        )}
      </WithMeasure>
    </section>
  );
}

function Warnings({ technique, measure }: { technique: Technique; measure: TechniqueMeasure | null }) {
  const { t, i18n } = useTranslation();
  const lint = useMemo(() => lintWarnings(technique), [technique]);
  const list = warningList(technique, lint, measure?.timeline.warnings ?? [], t, (k) => i18n.exists(k));
  return (
    <section className="warnings" data-testid="technique-warnings" data-count={list.length}>
      <h3 className="steps-title">{t('words.warnings.title')}</h3>
      {list.length === 0 ? (
        <p className="muted" data-testid="no-warnings">
          {t('words.warnings.none')}
        </p>
      ) : (
        <>
          <p className="muted">{t('words.warnings.intro')}</p>
          <ul className="warning-list" style={{ paddingLeft: 18 }}>
            {list.map((w, i) => (
              <li key={i} data-testid="technique-warning" data-code={w.code} data-step={w.stepIndex === null ? '' : w.stepIndex + 1} style={{ marginBottom: 6 }}>
                <strong>{w.where}</strong> <span className="pill">{t(`words.warnings.source.${w.source}`)}</span>
                <br />
                {w.text}
                {w.text !== w.message && (
                  <>
                    <br />
                    <small className="muted" lang="en" title={t('words.warnings.original')}>
                      {w.message}
                    </small>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
