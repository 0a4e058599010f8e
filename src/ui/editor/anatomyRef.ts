import type { AnatomicalPoint, StepSide } from '../../domain/technique/schema';

/**
 * What the studio's 3D layer (src/scene/editor, its own chunk with the motion engine) lends the
 * panel once the model is loaded: moving a point over the skin. The panel's chunk does not load
 * the motion engine itself.
 */
export const editorAnatomy: {
  nudge: ((point: AnatomicalPoint, side: StepSide, dxCm: number, dyCm: number) => AnatomicalPoint) | null;
} = { nudge: null };
