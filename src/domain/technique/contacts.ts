/**
 * Contact surfaces (format 2): what touches the skin — palm, heel of the palm, fingertips,
 * thumb(s), knuckles, ulnar edge, forearm, elbow — and the rig hand shape that shows it
 * (src/domain/motion/handShapes.ts; its footprint in footprint.ts).
 *
 * The forearm and the elbow have no rig pose yet (the rig is src/scene/actors, the oracle
 * helper's): until it has 'forearm' and 'elbow' shapes they are shown PROVISIONALLY with the
 * ulnar-edge hand (forearm) and the loose fist (elbow), and `CONTACTS[c].provisional` says so.
 */
import type { HandShape } from '../motion/handShapes';

export const CONTACT_SURFACES = [
  'palm',
  'heel-of-palm',
  'fingertips',
  'thumb',
  'thumbs',
  'knuckles',
  'ulnar-edge',
  'forearm',
  'elbow',
] as const;
export type ContactSurface = (typeof CONTACT_SURFACES)[number];

export interface ContactDef {
  /** The rig shape that shows it. */
  shape: HandShape;
  /** Approximate footprint on the skin: length × width, cm (for words and the lint). */
  footprintCm: readonly [number, number];
  /** True while the rig has no pose of its own for it. */
  provisional: boolean;
}

export const CONTACTS: Readonly<Record<ContactSurface, ContactDef>> = {
  palm: { shape: 'flat', footprintCm: [18, 9], provisional: false },
  'heel-of-palm': { shape: 'flat', footprintCm: [5, 7], provisional: false },
  fingertips: { shape: 'fingertip-press', footprintCm: [1.5, 3], provisional: false },
  thumb: { shape: 'thumb-press', footprintCm: [2, 1.8], provisional: false },
  thumbs: { shape: 'thumb-press', footprintCm: [2, 1.8], provisional: false },
  knuckles: { shape: 'fist', footprintCm: [4, 7], provisional: false },
  'ulnar-edge': { shape: 'palm-edge', footprintCm: [12, 2], provisional: false },
  forearm: { shape: 'palm-edge', footprintCm: [20, 5], provisional: true },
  elbow: { shape: 'fist', footprintCm: [2.5, 2.5], provisional: true },
};

/** The `hand_shape` words of the files, by contact surface. */
const ALIASES: Readonly<Record<string, ContactSurface>> = {
  palm: 'palm',
  fingers: 'palm',
  'heel-of-palm': 'heel-of-palm',
  fingertips: 'fingertips',
  fingertip: 'fingertips',
  'two-fingers': 'fingertips',
  thumb: 'thumb',
  thumbs: 'thumbs',
  knuckles: 'knuckles',
  fist: 'knuckles',
  'edge-of-palm': 'ulnar-edge',
  'ulnar-edge': 'ulnar-edge',
  forearm: 'forearm',
  elbow: 'elbow',
};

/** The contact surface a file's `hand_shape` names. */
export function contactOf(handShape: string): ContactSurface {
  return ALIASES[handShape] ?? 'palm';
}

/** The rig hand shape for a file's `hand_shape`. */
export function contactHandShape(handShape: string): HandShape {
  return CONTACTS[contactOf(handShape)].shape;
}
