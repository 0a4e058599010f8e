import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useSelectedTechnique } from '../state/useTechnique';
import { sceneHandles } from '../state/sceneHandles';
import { TechniquePlayer } from './TechniquePlayer';

/**
 * The chosen technique in the 3D view. Its own chunk (loaded by Viewer when a technique is
 * chosen): the library, the motion compiler and the hands are not needed for the first frame.
 * It hands the technique to TableScene (through sceneHandles) so the body lies in its position.
 */
export default function TechniqueLayer() {
  const technique = useSelectedTechnique();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    sceneHandles.positioned = technique;
    invalidate();
    return () => {
      sceneHandles.positioned = null;
      invalidate();
    };
  }, [technique, invalidate]);
  return technique ? <TechniquePlayer technique={technique} /> : null;
}
