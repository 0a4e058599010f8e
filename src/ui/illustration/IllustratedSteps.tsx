/**
 * IllustratedSteps — a technique as a list of illustrated steps, for when the 3D view is not
 * available (no WebGL, or the context was lost). Each step shows a small drawing of the lower
 * back seen from behind with the step's path on it (StepDiagram), its number, its caption in the
 * current language and its pressure / repetitions / hold in words. A key to the drawings comes
 * first.
 *
 * Props: `technique: Technique`.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACUPOINTS } from '../../domain/technique/acupoints';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { PalmPrint } from './PalmPrint';
import { StepDiagram } from './StepDiagram';
import { stepFigure, type StepFigure } from './stepFigure';
import { figureLabel, moveNameKey, stepDetails, type Translate } from './stepWords';
import './illustration.css';

export interface IllustratedStepsProps {
  technique: Technique;
}

const KEY = [
  'path',
  'backForth',
  'circles',
  'press',
  'pull',
  'chop',
  'area',
  'oil',
  'cup',
  'avoid',
  'region',
] as const;

/** Which items of the key the drawings of a technique use. */
function usedKey(figures: readonly StepFigure[]): Set<KeyItem> {
  const used = new Set<KeyItem>(['avoid', 'region']);
  for (const f of figures) {
    for (const l of f.polylines) {
      if (l.role === 'path' && l.arrows === 'end' && !l.turn) used.add('path');
      if (l.arrows === 'both') used.add('backForth');
      if (l.turn) used.add('circles');
      if (l.role === 'tick') used.add('chop');
      if (l.role === 'cup') used.add('cup');
    }
    for (const p of f.presses) used.add(p.kind === 'pull' ? 'pull' : 'press');
    for (const a of f.areas) used.add(a.fill === 'work' ? 'area' : 'oil');
  }
  return used;
}

/** A small swatch of the key, drawn with the same classes as the diagrams. */
type KeyItem = (typeof KEY)[number];

function Swatch({ kind }: { kind: KeyItem }) {
  return (
    <svg className="hp-illu-swatch" viewBox="0 0 8 4" aria-hidden="true">
      {kind === 'path' && (
        <>
          <line x1="0.6" y1="2" x2="5.6" y2="2" className="hp-illu-path" />
          <path d="M 5 0.6 L 7.6 2 L 5 3.4 L 5.7 2 Z" className="hp-illu-arrowhead" />
        </>
      )}
      {kind === 'backForth' && (
        <>
          <line x1="2.4" y1="2" x2="5.6" y2="2" className="hp-illu-path" />
          <path d="M 5 0.6 L 7.6 2 L 5 3.4 L 5.7 2 Z" className="hp-illu-arrowhead" />
          <path d="M 3 0.6 L 0.4 2 L 3 3.4 L 2.3 2 Z" className="hp-illu-arrowhead" />
        </>
      )}
      {kind === 'press' && (
        <>
          <circle cx="4" cy="2" r="1.6" className="hp-illu-press-ring" />
          <circle cx="4" cy="2" r="0.7" className="hp-illu-press-dot" />
        </>
      )}
      {kind === 'circles' && (
        <>
          <path
            d="M 0.4 2.6 C 0.4 0.4, 3 0.4, 2.6 2 C 2.3 3.4, 1.2 2.8, 1.8 1.6 C 2.6 0.2, 5.4 0.4, 5 2 C 4.7 3.4, 3.6 2.8, 4.2 1.6 C 4.8 0.6, 6 1, 6.2 2"
            className="hp-illu-path coil"
          />
          <path d="M 5.6 0.9 L 7.6 2.1 L 5.5 3 Z" className="hp-illu-arrowhead" />
        </>
      )}
      {kind === 'pull' && (
        <g transform="translate(4,2)">
          <PalmPrint size={1.6} />
        </g>
      )}
      {kind === 'chop' && (
        <path
          d="M 0.6 1.2 L 2.2 1.2 M 3.2 1.2 L 4.8 1.2 M 5.8 1.2 L 7.4 1.2 M 1.9 2.9 L 3.5 2.9 M 4.5 2.9 L 6.1 2.9"
          className="hp-illu-tick"
        />
      )}
      {kind === 'area' && (
        <rect x="0.5" y="0.5" width="7" height="3" className="hp-illu-area work" />
      )}
      {kind === 'oil' && (
        <rect x="0.5" y="0.5" width="7" height="3" className="hp-illu-area honey" />
      )}
      {kind === 'cup' && <circle cx="4" cy="2" r="1.6" className="hp-illu-cup" />}
      {kind === 'avoid' && (
        <>
          <rect x="2" y="0.2" width="4" height="3.6" className="hp-illu-swatch-avoid" />
          <path
            d="M 2 1.4 L 3.2 0.2 M 2 2.8 L 4.6 0.2 M 2.6 3.8 L 6 0.4 M 4 3.8 L 6 1.8"
            className="hp-illu-swatch-hatch"
          />
        </>
      )}
      {kind === 'region' && (
        <rect x="0.5" y="0.5" width="7" height="3" className="hp-illu-region" />
      )}
    </svg>
  );
}

export function IllustratedSteps({ technique }: IllustratedStepsProps) {
  const { t: i18nT } = useTranslation();
  const titleId = useId();
  const t: Translate = (key, params) => i18nT(key, params ?? {});
  const loc = useLocalized();
  const figures = useMemo(() => technique.steps.map((s) => stepFigure(s, ACUPOINTS)), [technique]);
  const left = t('illustration.figure.leftShort');
  const right = t('illustration.figure.rightShort');
  const used = usedKey(figures);
  const keyItems = KEY.filter((k) => used.has(k));

  return (
    <section className="hp-illu" data-testid="illustrated-steps" aria-labelledby={titleId}>
      <h2 className="hp-illu-title" id={titleId}>
        {t('illustration.title')}: <span className="hp-illu-technique">{loc(technique.title)}</span>
      </h2>
      <p className="hp-illu-intro">{t('illustration.intro')}</p>
      <div className="hp-illu-key">
        <h3 className="hp-illu-key-title">{t('illustration.legend.label')}</h3>
        <ul>
          {keyItems.map((k) => (
            <li key={k}>
              <Swatch kind={k} />
              <span>{t(`illustration.legend.${k}`)}</span>
            </li>
          ))}
        </ul>
      </div>
      <ol className="hp-illu-steps">
        {technique.steps.map((step, i) => {
          const fig = figures[i];
          if (!fig) return null;
          return (
            <li key={i} className="hp-illu-step">
              <div className="hp-illu-card">
                <StepDiagram
                  figure={fig}
                  label={figureLabel(step, i, fig, t)}
                  leftLabel={left}
                  rightLabel={right}
                />
                <div className="hp-illu-text">
                  <h3 className="hp-illu-step-title">
                    <span className="hp-illu-n" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span className="hp-illu-sr">{t('illustration.step', { n: i + 1 })}: </span>
                    <span>{t(moveNameKey(step.move))}</span>
                  </h3>
                  <p className="hp-illu-caption">{loc(step.caption)}</p>
                  <ul className="hp-illu-details">
                    {stepDetails(step, t).map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
