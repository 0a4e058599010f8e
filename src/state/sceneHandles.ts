import type { SkinUniforms } from '../scene/skinMaterial';

/**
 * Non-reactive handles the per-frame code mutates (racing-game pattern): never read in
 * render, never a trigger for React updates.
 */
export const sceneHandles: { skinUniforms: SkinUniforms | null } = {
  skinUniforms: null,
};
