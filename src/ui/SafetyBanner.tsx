import { useTranslation } from 'react-i18next';
import { useUserData } from '../state/userData';
import { useViewer } from '../state/store';
import { assessRedFlags } from './safety/assess';

/**
 * While a technique is shown, a "yes" to a red flag stays on screen as a warning. An urgent one
 * also says that Play is turned off until the answers change.
 */
export function SafetyBanner() {
  const { t } = useTranslation();
  const answers = useUserData((s) => s.redFlagAnswers);
  const checked = useUserData((s) => s.redFlagCheckedAt);
  const { level } = assessRedFlags(answers);
  if (!checked && level !== 'urgent') return null;
  if (level === 'clear') return null;
  return (
    <div className={`safety-banner ${level}`} role="alert" data-testid="safety-banner">
      <strong>{t(`redFlagCheck.result.${level}.title`)}</strong>{' '}
      <span>{t(`redFlagCheck.result.${level}.text`)}</span>{' '}
      {level === 'urgent' && (
        <span data-testid="play-blocked">
          <strong>{t('safetyLogic.blocked.title')}.</strong> {t('safetyLogic.blocked.text')}
        </span>
      )}{' '}
      <button onClick={() => useViewer.getState().setSafetyCheck('review')}>{t('redFlagCheck.change')}</button>
    </div>
  );
}
