/**
 * EvidencePage — "What massage can and cannot do", in plain words, with the guideline and review
 * statements of data/safety/evidence.json (NICE NG59, ACP 2017, Cochrane 2015) and their sources,
 * the red flags (urgent / see a doctor first) and the precautions for any technique.
 *
 * Props:
 * - `onReviewCheck?()` — show a "Review my safety check" button that calls it (the lead opens
 *   RedFlagCheck with `dismissible`);
 * - `headingLevel?: 1 | 2` — level of the page title (default 2; sections are one below).
 */
import { useTranslation } from 'react-i18next';
import { SAFETY, type RedFlag } from '../../domain/safety';
import { SourceList } from './SourceList';
import './safety.css';

export interface EvidencePageProps {
  onReviewCheck?: () => void;
  headingLevel?: 1 | 2;
}

const CAN = ['short', 'package', 'relax'] as const;
const CANNOT = ['cure', 'lasting', 'replace'] as const;

export function EvidencePage({ onReviewCheck, headingLevel = 2 }: EvidencePageProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const H = headingLevel === 1 ? 'h1' : 'h2';
  const S = headingLevel === 1 ? 'h2' : 'h3';
  const flags = SAFETY.redFlags.red_flags;
  const list = (items: RedFlag[]) => (
    <ul className="hp-flag-list">
      {items.map((f) => (
        <li key={f.id} className={f.urgency}>
          {f.text[lang]}
        </li>
      ))}
    </ul>
  );
  const flagSources = [...new Set(flags.flatMap((f) => f.sources))];
  const rules = SAFETY.precautions.precautions;
  return (
    <article className="hp-evidence" data-testid="evidence-page">
      <H className="hp-ev-title">{t('evidence.title')}</H>
      <p className="hp-lead">{t('evidence.intro')}</p>
      <div className="hp-can-grid">
        <section className="hp-can" aria-labelledby="hp-ev-can">
          <S id="hp-ev-can">{t('evidence.canTitle')}</S>
          <ul>
            {CAN.map((k) => (
              <li key={k}>{t(`evidence.can.${k}`)}</li>
            ))}
          </ul>
        </section>
        <section className="hp-cannot" aria-labelledby="hp-ev-cannot">
          <S id="hp-ev-cannot">{t('evidence.cannotTitle')}</S>
          <ul>
            {CANNOT.map((k) => (
              <li key={k}>{t(`evidence.cannot.${k}`)}</li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="hp-ev-statements">
        <S id="hp-ev-statements">{t('evidence.statementsTitle')}</S>
        <ul className="hp-statements">
          {SAFETY.evidence.statements.map((s) => (
            <li key={s.id} data-testid={`evidence-${s.id}`}>
              <span className={`hp-certainty ${s.certainty}`}>{t(`evidence.certainty.${s.certainty}`)}</span>
              <p>{s.text[lang]}</p>
              <SourceList ids={s.sources} sources={SAFETY.evidence.sources} label={t('safetyCommon.source')} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="hp-ev-flags" className="hp-flags">
        <S id="hp-ev-flags">{t('evidence.redFlagsTitle')}</S>
        <p className="hp-flag-head urgent">{t('evidence.urgentTitle')}</p>
        {list(flags.filter((f) => f.urgency === 'emergency'))}
        <p className="hp-flag-head doctor">{t('evidence.doctorTitle')}</p>
        {list(flags.filter((f) => f.urgency !== 'emergency'))}
        <SourceList ids={flagSources} sources={SAFETY.redFlags.sources} />
        {onReviewCheck && (
          <button type="button" onClick={onReviewCheck} data-testid="evidence-recheck">
            {t('evidence.recheck')}
          </button>
        )}
      </section>

      <section aria-labelledby="hp-ev-prec">
        <S id="hp-ev-prec">{t('evidence.precautionsTitle')}</S>
        <ul className="hp-rules">
          {rules.map((p) => (
            <li key={p.id}>
              <strong>{p.title[lang]}.</strong> {p.text[lang]}
            </li>
          ))}
        </ul>
        <SourceList ids={[...new Set(rules.flatMap((p) => p.sources))]} sources={SAFETY.precautions.sources} />
      </section>
      <p className="hp-muted">{t('safetyCommon.notAdvice')}</p>
    </article>
  );
}
