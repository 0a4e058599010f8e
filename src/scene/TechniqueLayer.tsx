import { useSelectedTechnique } from '../state/useTechnique';
import { TechniquePlayer } from './TechniquePlayer';

/**
 * The chosen technique in the 3D view. Its own chunk (loaded by Viewer when a technique is
 * chosen): the library, the motion compiler and the hands are not needed for the first frame.
 */
export default function TechniqueLayer() {
  const technique = useSelectedTechnique();
  return technique ? <TechniquePlayer technique={technique} /> : null;
}
