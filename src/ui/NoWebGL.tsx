import { useTranslation } from 'react-i18next';

/** Shown instead of the 3D view when the browser has no WebGL. */
export function NoWebGL() {
  const { t } = useTranslation();
  return (
    <div className="notice" role="alert">
      <h2>{t('noWebgl.title')}</h2>
      <p>{t('noWebgl.body')}</p>
    </div>
  );
}
