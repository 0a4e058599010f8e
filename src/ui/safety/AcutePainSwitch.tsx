/**
 * AcutePainSwitch — "My back pain is acute now". Stored in `useUserData().acutePain` (this
 * browser only). When on, the chooser hides strong techniques (`filterForAcutePain` /
 * `hiddenInAcutePain` of ./acutePain.ts) and this component explains why.
 *
 * Props:
 * - `hidden?: { title: LocalizedText; reason: AcutePainReason }[]` — the techniques the chooser
 *   hid, to list them with their reasons (optional: without it only the general explanation).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../domain/technique/schema';
import { useUserData } from '../../state/userData';
import type { AcutePainReason } from './acutePain';
import './safety.css';

export interface AcutePainSwitchProps {
  hidden?: readonly { title: LocalizedText; reason: AcutePainReason }[];
}

export function AcutePainSwitch({ hidden }: AcutePainSwitchProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const on = useUserData((s) => s.acutePain);
  const setAcutePain = useUserData((s) => s.setAcutePain);
  const id = useId();
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
              <ul className="hp-hidden-list">
                {hidden.map((h, i) => (
                  <li key={i}>
                    <strong>{h.title[lang]}</strong>: {t(`acutePain.reason.${h.reason.id}`, { step: (h.reason.step ?? 0) + 1 })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p>{t('acutePain.doctor')}</p>
        </div>
      )}
    </section>
  );
}
