import { useViewer } from '../state/store';

/** The selected structure (click or tap), with isolate and clear. */
export function SelectionPanel() {
  const selected = useViewer((s) => s.selected);
  const name = useViewer((s) => (s.selected ? s.structureNames[s.selected] : undefined));
  const isolate = useViewer((s) => s.isolate);
  const { setIsolate, select } = useViewer.getState();
  if (!selected) return null;
  return (
    <section className="panel selection" aria-live="polite" data-testid="selection">
      <h3>{name?.en ?? selected}</h3>
      {name?.ru && <p className="muted" lang="ru">{name.ru}</p>}
      <div className="buttons">
        <button aria-pressed={isolate} className={isolate ? 'on' : ''} onClick={() => setIsolate(!isolate)}>
          {isolate ? 'Show all' : 'Isolate'}
        </button>
        <button onClick={() => select(null)}>Clear</button>
      </div>
    </section>
  );
}
