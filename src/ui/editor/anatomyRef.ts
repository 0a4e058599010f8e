import type { MotionAnatomy } from '../../domain/motion/anatomy';

/** The body's anatomy (skin surface, landmarks, acupoints), set by the studio's 3D layer once the model is loaded. */
export const editorAnatomy: { current: MotionAnatomy | null } = { current: null };
