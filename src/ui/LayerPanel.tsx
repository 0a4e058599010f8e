import { useTranslation } from 'react-i18next';
import { useViewer, type LayerId, type SkinMode } from '../state/store';

const SKIN_MODES: SkinMode[] = ['opaque', 'xray', 'hidden'];
const LAYERS: LayerId[] = ['muscles', 'bones', 'nerves'];

/** Skin mode, layer switches and the lumbar-sacral highlight. */
export function LayerPanel() {
  const { t } = useTranslation();
  const skin = useViewer((s) => s.skin);
  const layers = useViewer((s) => s.layers);
  const highlight = useViewer((s) => s.highlight);
  const avoid = useViewer((s) => s.avoidZone);
  const { setSkin, toggleLayer, setHighlight, setAvoidZone } = useViewer.getState();
  return (
    <fieldset className="panel">
      <legend>{t('layers.legend')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('layers.skin')}>
        <span className="seg-label">{t('layers.skin')}</span>
        {SKIN_MODES.map((m) => (
          <button
            key={m}
            role="radio"
            aria-checked={skin === m}
            className={skin === m ? 'on' : ''}
            onClick={() => setSkin(m)}
            data-testid={`skin-${m}`}
          >
            {t(`layers.${m}`)}
          </button>
        ))}
      </div>
      {LAYERS.map((l) => (
        <label key={l} className="check">
          <input
            type="checkbox"
            checked={layers[l]}
            onChange={() => toggleLayer(l)}
            data-testid={`layer-${l}`}
          />
          {t(`layers.${l}`)}
        </label>
      ))}
      <SwatchCheck
        checked={highlight}
        onChange={setHighlight}
        testId="layer-highlight"
        swatch="swatch"
        label={t('layers.highlight')}
      />
      <SwatchCheck
        checked={avoid}
        onChange={setAvoidZone}
        testId="layer-avoid"
        swatch="swatch avoid"
        label={t('layers.avoid')}
      />
    </fieldset>
  );
}

/** A checkbox with a colour swatch that shows what it paints on the skin. */
function SwatchCheck(props: {
  checked: boolean;
  onChange: (on: boolean) => void;
  testId: string;
  swatch: string;
  label: string;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid={props.testId}
      />
      <span className={props.swatch} aria-hidden="true" /> {props.label}
    </label>
  );
}
