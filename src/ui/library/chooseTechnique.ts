import type { Technique } from '../../domain/technique/schema';
import { useViewer } from '../../state/store';
import { requestPlayFocus } from '../player/focusPlay';

/**
 * Choose a technique from a list. Choosing the one already shown keeps it as it is (its player,
 * its time): re-selecting would drop the compiled timeline, and with it the player controls.
 * Either way focus then moves to Play and the view and player are brought on screen (see
 * focusPlay.ts), so Enter on a technique and Enter again plays it.
 */
export function chooseTechnique(x: Pick<Technique, 'id' | 'regions'>): void {
  const st = useViewer.getState();
  if (st.techniqueId !== x.id) {
    st.selectTechnique(x.id);
    st.setView(x.regions.includes('thoracic') ? 'posterior' : 'lumbosacral');
  }
  requestPlayFocus();
}
