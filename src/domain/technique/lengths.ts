/**
 * The two lengths a technique plays at (see demo.ts). On their own, without the technique
 * schema: the address bar (src/state/url.ts) needs them for the first frame, zod's schema not.
 */
export type TechniqueLength = 'demo' | 'full';
export const TECHNIQUE_LENGTHS: readonly TechniqueLength[] = ['demo', 'full'];
