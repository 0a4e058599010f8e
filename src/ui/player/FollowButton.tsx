import { useTranslation } from 'react-i18next';
import { useViewer } from '../../state/store';

/**
 * "Follow": the camera frames each step of the technique as it comes. Turning or zooming the
 * view hands the camera to the user (following stops); this button gives it back.
 */
export function FollowButton({ testId = 'follow' }: { testId?: string }) {
  const { t } = useTranslation();
  const follow = useViewer((s) => s.follow);
  const setFollow = useViewer.getState().setFollow;
  return (
    <button
      aria-pressed={follow}
      className={follow ? 'on' : ''}
      onClick={() => setFollow(!follow)}
      title={t('length.followHint')}
      data-testid={testId}
    >
      {t('length.follow')}
    </button>
  );
}
