import { useLocalized } from '../i18n/useLocalized';
import { useViewer } from '../state/store';

/**
 * The name of the structure last tapped or clicked, over the 3D view: on a touch screen there
 * is no hover, so this is where a tap tells what was touched.
 */
export function SelectedChip() {
  const loc = useLocalized();
  const selected = useViewer((s) => s.selected);
  const name = useViewer((s) => (s.selected ? s.structureNames[s.selected] : undefined));
  if (!selected) return null;
  return (
    <div className="selected-chip" role="status" data-testid="selected-chip">
      {name ? loc(name) : selected}
    </div>
  );
}
