import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../export/exportVideo';

const CODEC_NAMES = { avc: 'H.264', vp9: 'VP9' } as const;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** After an export: the download link of the finished file, or why there is none. */
export function ExportOutcome({ result, fileBase }: { result: ExportResult; fileBase: string }) {
  const { t } = useTranslation();
  const url = useMemo(() => (result.ok ? URL.createObjectURL(result.blob) : null), [result]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (!result.ok) {
    const text =
      result.reason === 'cancelled' ? t('export.cancelled') : t(`export.errors.${result.reason}`, { message: result.message ?? '' });
    return (
      <p className={`export-status ${result.reason === 'cancelled' ? '' : 'export-error'}`} role="alert" data-testid="export-error" data-reason={result.reason}>
        {text}
      </p>
    );
  }
  const name = `${fileBase}${result.format.extension}`;
  return (
    <p className="export-status export-done" role="status" data-testid="export-done" data-container={result.format.container}>
      {t('export.done', { name, size: sizeText(result.blob.size) })}{' '}
      {t('export.format', { container: result.format.container.toUpperCase(), codec: CODEC_NAMES[result.format.codec] })}{' '}
      <a href={url ?? undefined} download={name} data-testid="export-download">
        {t('export.download')}
      </a>
    </p>
  );
}
