import { useViewer, type LayerId, type SkinMode } from '../state/store';

const SKIN_MODES: { id: SkinMode; label: string }[] = [
  { id: 'opaque', label: 'Opaque' },
  { id: 'xray', label: 'X-ray' },
  { id: 'hidden', label: 'Hidden' },
];
const LAYERS: { id: LayerId; label: string }[] = [
  { id: 'muscles', label: 'Muscles' },
  { id: 'bones', label: 'Bones' },
  { id: 'nerves', label: 'Sciatic nerve' },
];

/** Skin mode, layer switches and the lumbar-sacral highlight. */
export function LayerPanel() {
  const skin = useViewer((s) => s.skin);
  const layers = useViewer((s) => s.layers);
  const highlight = useViewer((s) => s.highlight);
  const { setSkin, toggleLayer, setHighlight } = useViewer.getState();
  return (
    <fieldset className="panel">
      <legend>Layers</legend>
      <div className="segmented" role="radiogroup" aria-label="Skin">
        <span className="seg-label">Skin</span>
        {SKIN_MODES.map((m) => (
          <button
            key={m.id}
            role="radio"
            aria-checked={skin === m.id}
            className={skin === m.id ? 'on' : ''}
            onClick={() => setSkin(m.id)}
            data-testid={`skin-${m.id}`}
          >
            {m.label}
          </button>
        ))}
      </div>
      {LAYERS.map((l) => (
        <label key={l.id} className="check">
          <input
            type="checkbox"
            checked={layers[l.id]}
            onChange={() => toggleLayer(l.id)}
            data-testid={`layer-${l.id}`}
          />
          {l.label}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={highlight}
          onChange={(e) => setHighlight(e.target.checked)}
          data-testid="layer-highlight"
        />
        <span className="swatch" aria-hidden="true" /> Lumbar-sacral region
      </label>
    </fieldset>
  );
}
