import { useTranslation } from 'react-i18next';
import { useStorageProblem } from '../state/userData';
import './persist.css';

/**
 * Says when the browser refused to keep the user's answers or settings (a full or blocked
 * storage): they still apply to this visit. A failed plan or technique save is said where it
 * happened (the course planner, "Open a technique file").
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const problem = useStorageProblem((s) => s.problem);
  if (!problem || problem.what !== 'settings') return null;
  return (
    <div className="storage-notice" role="alert" data-testid="storage-notice">
      <p>{t(`persist.storage.${problem.kind}.settings`)}</p>
      <button type="button" onClick={() => useStorageProblem.getState().clear()}>
        {t('persist.dismiss')}
      </button>
    </div>
  );
}
