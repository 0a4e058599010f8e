import type { MotionAnatomy } from '../../domain/motion/anatomy';

/** The body's anatomy for placement (skin surface, landmarks, acupoints), set by EditorLayer. */
export const sceneAnatomy: { current: MotionAnatomy | null } = { current: null };
