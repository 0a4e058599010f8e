import { useTranslation } from 'react-i18next';
import type { ExportProgress } from '../../export/exportVideo';

/** The progress bar: frames done, the time left once it can be estimated. */
export function ExportProgressView({ progress }: { progress: ExportProgress | null }) {
  const { t } = useTranslation();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 1;
  const left = progress?.secondsLeft ?? null;
  return (
    <div className="export-status" role="status" data-testid="export-progress">
      <progress max={total} value={done} aria-label={t('export.progress')} />
      <div>
        {progress ? t('export.progressLabel', { done, total }) : t('export.progress')} ·{' '}
        <span data-testid="export-left">{left === null ? t('export.estimating') : t('export.left', { count: Math.ceil(left) })}</span>
      </div>
    </div>
  );
}
