import { useTranslation } from 'react-i18next';
import { useViewer } from '../state/store';
import { NERVE_TOUR } from '../state/nerveTour';

/**
 * "Why buttock and leg pain belong to the back": a short guided sequence of camera moves and
 * highlights along the sciatic nerve. Each stop's text is read out by screen readers.
 */
export function NerveTour() {
  const { t } = useTranslation();
  const stop = useViewer((s) => s.tour);
  const setTour = useViewer.getState().setTour;
  const cur = stop === null ? null : NERVE_TOUR[stop]!;
  return (
    <section className="panel tour" aria-labelledby="tour-title" data-testid="nerve-tour">
      <h2 className="panel-title" id="tour-title">
        {t('tour.title')}
      </h2>
      {cur === null ? (
        <>
          <p>{t('tour.intro')}</p>
          <button className="primary" onClick={() => setTour(0)} data-testid="tour-start">
            {t('tour.start')}
          </button>
        </>
      ) : (
        <>
          <p className="muted">{t('tour.progress', { n: stop! + 1, total: NERVE_TOUR.length })}</p>
          <h3>{t(`tour.stops.${cur.key}.title`)}</h3>
          <p aria-live="polite" data-testid="tour-text">
            {t(`tour.stops.${cur.key}.text`)}
          </p>
          <div className="buttons">
            <button onClick={() => setTour(stop! - 1)} disabled={stop === 0}>
              {t('tour.back')}
            </button>
            {stop! < NERVE_TOUR.length - 1 ? (
              <button className="primary" onClick={() => setTour(stop! + 1)} data-testid="tour-next">
                {t('tour.next')}
              </button>
            ) : null}
            <button onClick={() => setTour(null)} data-testid="tour-end">
              {t('tour.end')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
