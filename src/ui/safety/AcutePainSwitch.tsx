/**
 * AcutePainSwitch — "My back pain is acute now". Stored in `useUserData().acutePain` (this
 * browser only). When on, the chooser hides strong techniques (`filterForAcutePain` /
 * `hiddenInAcutePain` of ./acutePain.ts) and this component explains why.
 *
 * Props:
 * - `hidden?: { title: LocalizedText; reason: AcutePainReason; reasons?: AcutePainReason[] }[]` —
 *   the techniques the chooser hid, to list them with their reasons (the most important first;
 *   optional: without it only the general explanation). Each reason is shown with the sources of
 *   the acute-pain rule (data/safety/precautions.json).
 * When the technique on screen (opened by a link, say) is one of the hidden ones, it says so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../domain/technique/schema';
import { useUserData } from '../../state/userData';
import { useSelectedTechnique } from '../../state/useTechnique';
import { acutePainReasons, acutePainSources, type AcutePainReason } from './acutePain';
import { SourceList } from './SourceList';
import './safety.css';

export interface AcutePainSwitchProps {
  hidden?: readonly { title: LocalizedText; reason: AcutePainReason; reasons?: readonly AcutePainReason[] }[];
}

export function AcutePainSwitch({ hidden }: AcutePainSwitchProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const on = useUserData((s) => s.acutePain);
  const setAcutePain = useUserData((s) => s.setAcutePain);
  const id = useId();
  const sources = acutePainSources();
  const selected = useSelectedTechnique();
  const selectedReason = on && selected ? acutePainReasons(selected)[0] : undefined;
  return (
    <section className="panel hp-acute" data-testid="acute-pain">
      <div className="hp-switch-row">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-hint`}
          className={`hp-switch ${on ? 'on' : ''}`}
          onClick={() => setAcutePain(!on)}
          data-testid="acute-pain-switch"
        >
          <span className="hp-switch-knob" aria-hidden="true" />
        </button>
        <span id={`${id}-label`} className="hp-switch-label" onClick={() => setAcutePain(!on)}>
          {t('acutePain.label')}
        </span>
      </div>
      <p id={`${id}-hint`} className="hp-muted">
        {t('acutePain.hint')}
      </p>
      {on && (
        <div className="hp-acute-on" role="status" data-testid="acute-pain-explain">
          {hidden && (
            <p className="hp-acute-count">
              {hidden.length > 0 ? t('acutePain.hiddenTitle', { count: hidden.length }) : t('acutePain.hiddenNone')}
            </p>
          )}
          {hidden && hidden.length > 0 && (
            <details>
              <summary>{t('acutePain.showHidden')}</summary>
              <p>{t('safetyLogic.acute.rule')}</p>
              <ul className="hp-hidden-list">
                {hidden.map((h, i) => {
                  const text = (r: AcutePainReason) => t(`safetyLogic.acute.reason.${r.id}`, { step: (r.step ?? 0) + 1 });
                  const more = (h.reasons ?? []).filter((r) => r.id !== h.reason.id);
                  return (
                    <li key={i} data-testid="acute-hidden-item" data-reason={h.reason.id}>
                      <strong>{h.title[lang]}</strong>: {text(h.reason)}
                      {more.length > 0 && <> {t('safetyLogic.acute.alsoReasons', { reasons: more.map(text).join(' ') })}</>}
                    </li>
                  );
                })}
              </ul>
              <SourceList ids={sources.map((s) => s.id)} sources={sources} />
            </details>
          )}
          {selected && selectedReason && (
            <p className="hp-acute-selected" data-testid="acute-selected-hidden">
              {t('safetyLogic.acute.selectedHidden', { title: selected.title[lang] })}{' '}
              {t(`safetyLogic.acute.reason.${selectedReason.id}`, { step: (selectedReason.step ?? 0) + 1 })}
            </p>
          )}
          <p>{t('acutePain.doctor')}</p>
        </div>
      )}
    </section>
  );
}
