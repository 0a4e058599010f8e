import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/useLocalized';
import { useViewer } from '../state/store';

/** The selected structure (click or tap), with isolate and clear. */
export function SelectionPanel() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const selected = useViewer((s) => s.selected);
  const name = useViewer((s) => (s.selected ? s.structureNames[s.selected] : undefined));
  const isolate = useViewer((s) => s.isolate);
  const { setIsolate, select } = useViewer.getState();
  if (!selected) return null;
  return (
    <section className="panel selection" aria-live="polite" data-testid="selection">
      <h3>{name ? loc(name) : selected}</h3>
      <div className="buttons">
        <button aria-pressed={isolate} className={isolate ? 'on' : ''} onClick={() => setIsolate(!isolate)}>
          {isolate ? t('selection.showAll') : t('selection.isolate')}
        </button>
        <button onClick={() => select(null)}>{t('selection.clear')}</button>
      </div>
    </section>
  );
}
