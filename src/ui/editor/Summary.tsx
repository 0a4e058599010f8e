import { useTranslation } from 'react-i18next';
import { useDraftCheck } from './useCheck';

/** How many errors and warnings the draft has (each is also shown at its field and point). */
export function Summary() {
  const { t } = useTranslation();
  const c = useDraftCheck();
  return (
    <div className={`ed-summary ${c.errors.length ? 'bad' : 'good'}`} role="status" data-testid="editor-summary" data-errors={c.errors.length}>
      {c.errors.length ? t('editor.msg.errors', { count: c.errors.length }) : t('editor.msg.ok')}
      {c.warnings.length > 0 && <> · {t('editor.msg.warnings', { count: c.warnings.length })}</>}
      {c.errors.length > 0 && <div className="muted">{t('editor.msg.previewOld')}</div>}
    </div>
  );
}
