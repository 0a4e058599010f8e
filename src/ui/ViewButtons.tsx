import { useViewer, type ViewId } from '../state/store';

const VIEWS: { id: ViewId; label: string }[] = [
  { id: 'posterior', label: 'Back' },
  { id: 'left', label: 'Left side' },
  { id: 'right', label: 'Right side' },
  { id: 'oblique', label: 'Oblique' },
  { id: 'lumbosacral', label: 'Lower back close-up' },
];

/** Preset camera views and "reset view". */
export function ViewButtons() {
  const view = useViewer((s) => s.view);
  const { setView, resetView } = useViewer.getState();
  return (
    <fieldset className="panel">
      <legend>View</legend>
      <div className="buttons">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            aria-pressed={view === v.id}
            className={view === v.id ? 'on' : ''}
            onClick={() => setView(v.id)}
            data-testid={`view-${v.id}`}
          >
            {v.label}
          </button>
        ))}
        <button onClick={resetView} data-testid="reset-view">
          Reset view
        </button>
      </div>
    </fieldset>
  );
}
