import { useTranslation } from 'react-i18next';
import { useViewer, VIEW_IDS } from '../state/store';
import { FollowButton } from './player/FollowButton';

/** Preset camera views and "reset view". */
export function ViewButtons() {
  const { t } = useTranslation();
  const view = useViewer((s) => s.view);
  const hasTechnique = useViewer((s) => s.timeline !== null);
  const { setView, resetView } = useViewer.getState();
  return (
    <fieldset className="panel">
      <legend>{t('view.legend')}</legend>
      <div className="buttons">
        {VIEW_IDS.map((v) => (
          <button
            key={v}
            aria-pressed={view === v}
            className={view === v ? 'on' : ''}
            onClick={() => setView(v)}
            data-testid={`view-${v}`}
          >
            {t(`view.${v}`)}
          </button>
        ))}
        <button onClick={resetView} data-testid="reset-view">
          {t('view.reset')}
        </button>
        {hasTechnique && <FollowButton testId="view-follow" />}
      </div>
    </fieldset>
  );
}
