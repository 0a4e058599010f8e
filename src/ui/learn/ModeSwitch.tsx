/**
 * ModeSwitch — patient / trainee. Stored in `useUserData().mode` (this browser only).
 * No props. A radio group: arrow keys move between the two options.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserData, type LearningMode } from '../../state/userData';
import './learn.css';

const MODES: LearningMode[] = ['patient', 'trainee'];

export function ModeSwitch() {
  const { t } = useTranslation();
  const mode = useUserData((s) => s.mode);
  const setMode = useUserData((s) => s.setMode);
  const id = useId();
  return (
    <fieldset className="panel hp-mode" data-testid="mode-switch">
      <legend>{t('learnMode.label')}</legend>
      <div className="hp-seg" role="radiogroup" aria-labelledby={`${id}-l`}>
        <span id={`${id}-l`} className="sr-only">
          {t('learnMode.label')}
        </span>
        {MODES.map((m) => (
          <label key={m} className={`hp-seg-option ${mode === m ? 'checked' : ''}`}>
            <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`mode-${m}`} />
            <span>{t(`learnMode.${m}`)}</span>
          </label>
        ))}
      </div>
      <p className="hp-muted">{t(mode === 'patient' ? 'learnMode.patientHint' : 'learnMode.traineeHint')}</p>
    </fieldset>
  );
}
