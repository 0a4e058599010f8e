import type { Technique } from '../../domain/technique/schema';
import { useViewer } from '../../state/store';

/**
 * Choose a technique from a list. Choosing the one already shown keeps it as it is (its player,
 * its time): re-selecting would drop the compiled timeline, and with it the player controls.
 */
export function chooseTechnique(x: Pick<Technique, 'id' | 'regions'>): void {
  const st = useViewer.getState();
  if (st.techniqueId === x.id) return;
  st.selectTechnique(x.id);
  st.setView(x.regions.includes('thoracic') ? 'posterior' : 'lumbosacral');
}
