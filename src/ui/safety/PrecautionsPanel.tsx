/**
 * PrecautionsPanel — the precautions that apply to a technique, with their sources.
 *
 * Props:
 * - `technique: Technique` (src/domain/technique/schema.ts);
 * - `initialCount?: number` — how many of the precautions specific to this technique to show in
 *   full before "Show all" (default 3). The rules for every technique (no pressure on the spine,
 *   no jolts, stop if pain shoots down the leg) are always visible as a compact line; "Show all"
 *   shows every precaution in full, with its text and sources;
 * - `defaultExpanded?: boolean` — start expanded (default false).
 *
 * Content: `applicablePrecautions(technique)` of src/domain/safety (the technique file's own list,
 * rules by type and by move, the always-rules), texts and sources from data/safety.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFETY, applicablePrecautions, type ApplicablePrecaution, type PrecautionReason } from '../../domain/safety';
import type { Technique } from '../../domain/technique/schema';
import { SourceList } from './SourceList';
import './safety.css';

export interface PrecautionsPanelProps {
  technique: Technique;
  initialCount?: number;
  defaultExpanded?: boolean;
}

/** Specific precautions first (listed, type, move, pressure, course), the always-rules last. */
export function orderForDisplay(list: ApplicablePrecaution[]): ApplicablePrecaution[] {
  const always = (p: ApplicablePrecaution) => p.reasons.every((r) => r.kind === 'always');
  return [...list.filter((p) => !always(p)), ...list.filter(always)];
}

/** One short line per kind of reason; step reasons are merged ("because of steps 3, 4, 7"). */
export function reasonsText(reasons: readonly PrecautionReason[], t: (k: string, o?: Record<string, unknown>) => string): string {
  const parts: string[] = [];
  for (const kind of ['listed', 'type', 'move', 'firm-pressure', 'course', 'always'] as const) {
    const of = reasons.filter((r) => r.kind === kind);
    if (of.length === 0) continue;
    if (kind === 'move' || kind === 'firm-pressure') {
      const steps = [...new Set(of.map((r) => ('step' in r ? r.step + 1 : 0)))].sort((a, b) => a - b);
      parts.push(steps.length === 1 ? t(`precautions.reason.${kind}`, { step: steps[0] }) : t(`precautions.reason.${kind}Many`, { steps: steps.join(', ') }));
    } else parts.push(t(`precautions.reason.${kind}`));
  }
  return parts.join(' · ');
}

const isAlways = (p: ApplicablePrecaution) => p.reasons.every((r) => r.kind === 'always');

export function PrecautionsPanel({ technique, initialCount = 3, defaultExpanded = false }: PrecautionsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const [expanded, setExpanded] = useState(defaultExpanded);
  const listId = useId();
  const all = orderForDisplay(applicablePrecautions(technique));
  const specific = all.filter((p) => !isAlways(p));
  const always = all.filter(isAlways);
  const shown = expanded ? all : specific.slice(0, initialCount);
  const hiddenSome = !expanded && (specific.length > initialCount || always.length > 0);
  return (
    <section className="panel hp-precautions" aria-labelledby={`${listId}-h`} data-testid="precautions">
      <h3 id={`${listId}-h`}>
        <span className="hp-warn-icon" aria-hidden="true">
          !
        </span>{' '}
        {t('precautions.title')}
      </h3>
      {!expanded && always.length > 0 && (
        <p className="hp-always" data-testid="precautions-always">
          <span className="hp-always-label">{t('precautions.always')}:</span>{' '}
          {always.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ' · '}
              <strong>{p.precaution?.title[lang] ?? p.id}</strong>
            </span>
          ))}
        </p>
      )}
      {all.length === 0 ? (
        <p>{t('precautions.none')}</p>
      ) : (
        <ul id={listId} className="hp-precaution-list">
          {shown.map((p) => (
            <li key={p.id} className={`hp-precaution ${p.precaution?.kind ?? ''}`} data-testid={`precaution-${p.id}`}>
              <details>
                <summary>
                  <span className="hp-precaution-title">{p.precaution?.title[lang] ?? p.id}</span>
                  <span className="hp-precaution-why">{reasonsText(p.reasons, t)}</span>
                </summary>
                {p.precaution && (
                  <>
                    <p>{p.precaution.text[lang]}</p>
                    <SourceList ids={p.precaution.sources} sources={SAFETY.precautions.sources} />
                  </>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      {(hiddenSome || expanded) && (
        <button
          type="button"
          className="hp-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
          data-testid="precautions-more"
        >
          {expanded ? t('precautions.less') : t('precautions.moreCount', { count: all.length })}
        </button>
      )}
    </section>
  );
}
