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
  /** The therapist's shoulders in the last frame (body frame, metres), written by the player after
   * posing the arms; the camera keeps them out of its line of sight when it frames a step. */
  therapist: { on: boolean; shoulderL: [number, number, number]; shoulderR: [number, number, number] };
} = {
  skinUniforms: null,
  stepIndex: -1,
  stepProgress: 0,
  positioned: null,
  therapist: { on: false, shoulderL: [0, 0, 0], shoulderR: [0, 0, 0] },
};
