/**
 * PrecautionsPanel — the precautions that apply to a technique, with their sources.
 *
 * Props:
 * - `technique: Technique` (src/domain/technique/schema.ts);
 * - `initialCount?: number` — how many to show before "Show all" (default 3). The rules for every
 *   technique come after the conditions specific to it, so the specific ones are seen first.
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

export function PrecautionsPanel({ technique, initialCount = 3 }: PrecautionsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const all = orderForDisplay(applicablePrecautions(technique));
  const shown = expanded ? all : all.slice(0, initialCount);
  return (
    <section className="panel hp-precautions" aria-labelledby={`${listId}-h`} data-testid="precautions">
      <h3 id={`${listId}-h`}>
        <span className="hp-warn-icon" aria-hidden="true">
          !
        </span>{' '}
        {t('precautions.title')}
      </h3>
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
      {all.length > initialCount && (
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
