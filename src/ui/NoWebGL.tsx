import { useTranslation } from 'react-i18next';
import type { Technique } from '../domain/technique/schema';
import { IllustratedSteps } from './illustration/IllustratedSteps';

/**
 * Shown instead of the 3D view when the browser has no WebGL: a clear message, and the chosen
 * technique as an illustrated step list, so it can still be learnt.
 */
export function NoWebGL({ technique }: { technique: Technique | null }) {
  const { t } = useTranslation();
  return (
    <div className="no-webgl" data-testid="no-webgl">
      <div className="notice-box" role="alert">
        <h2>{t('noWebgl.title')}</h2>
        <p>{t('noWebgl.body')}</p>
        {!technique && <p>{t('noWebgl.choose')}</p>}
      </div>
      {technique && <IllustratedSteps technique={technique} />}
    </div>
  );
}
