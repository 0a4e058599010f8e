import type { SkinUniforms } from '../scene/skinMaterial';
import type { PositionedTechnique } from '../domain/anatomy/positions';

/**
 * Non-reactive handles the per-frame code mutates (racing-game pattern): never read in
 * render, never a trigger for React updates.
 */
export const sceneHandles: {
  skinUniforms: SkinUniforms | null;
  /** Step being played and how far into it (0–1), written by the player each frame. */
  stepIndex: number;
  stepProgress: number;
  /** The technique being shown (set by TechniqueLayer), read by TableScene for the body's position. */
  positioned: PositionedTechnique | null;
} = {
  skinUniforms: null,
  stepIndex: -1,
  stepProgress: 0,
  positioned: null,
};
