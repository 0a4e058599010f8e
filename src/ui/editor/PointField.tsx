import { useTranslation } from 'react-i18next';
import type { AnatomicalPoint } from '../../domain/technique/schema';
import { samePath, useDraft, type Path } from './draftStore';
import { FieldMessages } from './Messages';
import { messagesAt, useDraftCheck } from './useCheck';

export function pointWords(p: AnatomicalPoint | undefined, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (!p) return '';
  const anchor = p.acupoint ?? p.level ?? (p.landmark ? t(`editor.value.${p.landmark}`, { defaultValue: p.landmark }) : '?');
  const lateral = p.lateral_cm ?? (p.lateral_cun !== undefined ? p.lateral_cun * 2 : 0);
  const side = p.side ? ` (${t(`editor.value.${p.side}`)})` : '';
  return `${t('editor.form.pointText', { anchor, lateral, vertical: p.vertical_cm ?? 0 })}${side}`;
}

/** One point of a step: its place in words; "Place this point" selects it for the body and the keys. */
export function PointField({ label, path, point, onRemove, testId }: { label: string; path: Path; point: AnatomicalPoint | undefined; onRemove?: (() => void) | undefined; testId: string }) {
  const { t } = useTranslation();
  const step = useDraft((s) => s.selectedStep);
  const selected = useDraft((s) => samePath(s.selectedPoint, path));
  const check = useDraftCheck();
  const msgs = messagesAt(check, ['steps', step, ...path]);
  return (
    <div className={`ed-point${selected ? ' on' : ''}${msgs.some((m) => m.severity === 'error') ? ' bad' : ''}`}>
      <button
        type="button"
        aria-pressed={selected}
        onClick={() => useDraft.getState().selectPoint(selected ? null : path)}
        data-testid={testId}
      >
        {label}: {pointWords(point, t)}
      </button>
      {selected && <span className="muted"> {t('editor.form.selected')}</span>}
      {onRemove && (
        <button type="button" className="small" onClick={onRemove} data-testid={`${testId}-remove`}>
          {t('editor.form.removePoint')}
        </button>
      )}
      <FieldMessages list={msgs} />
    </div>
  );
}
