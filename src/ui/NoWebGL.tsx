import { useTranslation } from 'react-i18next';
import type { Technique } from '../domain/technique/schema';
import { IllustratedSteps } from './illustration/IllustratedSteps';

/**
 * Shown instead of the 3D view when the browser has no WebGL (or over it while a lost WebGL
 * context is being restored): a clear message, and the chosen technique as an illustrated step
 * list, so it can still be learnt.
 */
export function NoWebGL({ technique, lost = false }: { technique: Technique | null; lost?: boolean }) {
  const { t } = useTranslation();
  return (
    // A scrolling region must be reachable by keyboard (tabIndex) and named for screen readers.
    <div
      className="no-webgl"
      data-testid={lost ? 'context-lost' : 'no-webgl'}
      tabIndex={0}
      role="region"
      aria-label={t('noWebgl.title')}
    >
      <div className="notice-box" role="alert">
        <h2>{t('noWebgl.title')}</h2>
        <p>{lost ? t('noWebgl.lost') : t('noWebgl.body')}</p>
        {!technique && <p>{t('noWebgl.choose')}</p>}
      </div>
      {technique && <IllustratedSteps technique={technique} />}
    </div>
  );
}
