/**
 * Shared anatomical vocabulary of Handpath. Pure types: no React, no three.
 *
 * Body frame (used by the model generator, landmarks.json and the motion engine):
 * - units are metres;
 * - +Y is up (the person stands), +Z points out of the back (posterior), so a camera on +Z
 *   looks at the back;
 * - +X is the person's RIGHT side (which is also the right of a viewer standing behind them);
 * - x = 0 is the midsagittal plane (midline);
 * - y = 0 is Tuffier's line, the horizontal line over the tops of the iliac crests; the generator
 *   places the tip of the L4 spinous process exactly on it;
 * - z = 0 is the anterior surface of the L4 vertebral body at its mid-height (so the skin of the
 *   back lies at z ≈ +0.10…0.17 and the front of the abdomen at z ≈ −0.13).
 * `data/anatomy/landmarks.json` "frame" repeats this; public/models/back.glb has an identity scene
 * root, so these are also three.js world coordinates of the loaded model.
 */

export type Vec3 = readonly [number, number, number];

export const THORACIC_LEVELS = ['T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'] as const;
export const LUMBAR_LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export const SACRAL_LEVELS = ['S1', 'S2', 'S3', 'S4'] as const;

/** Levels a technique file may address, top to bottom. */
export const VERTEBRAL_LEVELS = [
  'T10',
  'T11',
  'T12',
  ...LUMBAR_LEVELS,
  ...SACRAL_LEVELS,
] as const;
export type VertebralLevel = (typeof VERTEBRAL_LEVELS)[number];

export type Side = 'left' | 'right' | 'midline';

export interface LocalizedText {
  en: string;
  ru: string;
}

/** One addressable point of the body, as written to data/anatomy/landmarks.json. */
export interface Landmark {
  /** 'T10'…'L5', 'S1'…'S4' for the vertebrae; kebab-case for the rest
   * ('iliac-crest-top-left', 'psis-right', 'sacral-hiatus', 'coccyx', 'greater-trochanter-left'). */
  id: string;
  name: LocalizedText;
  kind: 'vertebra' | 'pelvis' | 'sacrum' | 'femur' | 'scapula' | 'rib';
  side: Side;
  /** Vertebral level this landmark belongs to (vertebrae), or the level it lies at. */
  level?: VertebralLevel;
  /** The bony point (e.g. tip of the spinous process), metres. */
  bone: Vec3;
  /** The skin point over it (closest skin point along the posterior direction), metres. */
  skin: Vec3;
  /** Outward unit normal of the skin at `skin`. */
  normal: Vec3;
}

export interface LandmarksFile {
  version: 1;
  units: 'm';
  /** Free-text description of the body frame and its origin. */
  frame: string;
  /** Hash of the parameter table the model was generated from. */
  paramsHash: string;
  landmarks: Landmark[];
  /** Landmarks of the whole back outside the lumbar-sacral region (C7, the shoulder blades, the
   * tips of the 12th ribs); not yet addressable by technique files. Absent in old files. */
  wholeBack?: Landmark[];
  /** The body's own proportional back cun (WHO 2008), measured on the model; absent in old files. */
  cun?: BackCun;
}

/**
 * The proportional back cun (B-cun) of the WHO Standard Acupuncture Point Locations (2008): from
 * the posterior midline to the medial border of the scapula is 3 B-cun. Measured on the model at
 * the root of the spine of the scapula.
 */
export interface BackCun {
  /** Length of 1 B-cun, metres. */
  m: number;
  /** Length of 1 B-cun, centimetres (= m × 100, rounded to 0.01 cm). */
  cm: number;
  /** Midline to the medial border of the scapula, metres (= 3 cun). */
  medialBorderToMidline_m: number;
  /** What was measured, in words. */
  definition: string;
}
