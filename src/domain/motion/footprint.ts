/**
 * Footprints of the hand shapes: where, around the contact point, a hand touches the skin
 * (palm, heel, finger pads and tips, thumb, knuckles, edge — whichever of them a shape brings
 * within FOOTPRINT_HEIGHT_M of a flat skin). Measured on the rig (scene/actors/handParts.ts) by
 * tests/unit/oracle/footprint.ts; tests/unit/oracle/footprint.test.ts fails when this table and
 * the rig disagree by more than 3 mm (and prints the table to paste here; or run
 * `npm run check:motion -- --footprints`).
 *
 * Points are [forward, side] offsets from the contact point, metres, for the RIGHT hand (side
 * = into-skin × forward: the ulnar side, little finger; the left hand is the mirror image).
 * The spine guard uses them so that no touching part — a thumb beside a palm, the fingertips
 * of a hand pointing across — comes over the spinous processes, not only the contact centre.
 */
import type { HandShape } from './handShapes';

export const FOOTPRINT_HEIGHT_M = 0.012;

export const FOOTPRINTS: Readonly<Record<HandShape, readonly (readonly [number, number])[]>> = {
  flat: [
    [0, 0],
    [-0.034, 0.002],
    [0.12, -0.033],
    [0.132, -0.012],
    [0.123, 0.01],
    [0.095, 0.03],
    [0.125, -0.033],
    [0.137, -0.012],
    [0.127, 0.01],
    [0.1, 0.03],
    [0.064, -0.052],
    [0.068, -0.056],
    [-0.03, 0.031],
    [0, 0.037],
    [0.025, 0.039],
  ],
  fist: [
    [-0.002, 0.02],
    [0.002, 0],
    [-0.001, -0.02],
  ],
  'thumb-press': [
    [0.039, 0.063],
    [0.016, 0.084],
    [0.053, 0.035],
    [0.043, 0.063],
    [0.019, 0.084],
    [0, 0],
    [0.005, -0.003],
  ],
  'fingertip-press': [
    [-0.004, -0.009],
    [0, 0.009],
    [-0.001, -0.009],
    [0.001, 0.009],
  ],
  'palm-edge': [
    [-0.03, 0.001],
    [0, 0],
    [0.025, 0],
  ],
  cupped: [
    [-0.075, 0.011],
    [0.059, -0.015],
    [0.069, 0.005],
    [0.058, 0.01],
    [0.033, 0.03],
    [0.064, -0.015],
    [0.074, 0.006],
    [0.063, 0.01],
    [0.037, 0.03],
    [0.024, -0.031],
    [0.029, -0.034],
  ],
  knead: [
    [0.011, 0.005],
    [0.02, 0.026],
    [0.011, 0.035],
    [0.015, 0.005],
    [0.023, 0.025],
    [0.015, 0.034],
    [-0.004, 0.054],
    [-0.015, -0.015],
    [-0.013, -0.02],
  ],
};

/** Blends flat → knead at which BLEND_FOOTPRINT is measured (a hand closing or opening its grip). */
export const BLEND_FOOTPRINT_STEPS: readonly number[] = [0.15, 0.3, 0.45, 0.6, 0.8];

/**
 * Footprint of a hand half-way between a flat palm and a kneading grip (the union over
 * BLEND_FOOTPRINT_STEPS, points within 3 mm merged): the curling fingertips sweep through
 * places neither end shape touches. Kept in step with the rig by
 * tests/unit/motion/shapeFootprint.test.ts (which prints the table to paste).
 */
export const BLEND_FOOTPRINT: readonly (readonly [number, number])[] = [
  [0.103, -0.028], [0.114, -0.006], [0.106, 0.015], [0.079, 0.034],
  [0.108, -0.028], [0.12, -0.006], [0.111, 0.015], [0.083, 0.035],
  [0.085, -0.022], [0.096, -0.001], [0.088, 0.02], [0.062, 0.038],
  [0.091, -0.022], [0.102, -0.001], [0.093, 0.02], [0.066, 0.039],
  [0.068, -0.016], [0.079, 0.005], [0.07, 0.023], [0.045, 0.042],
  [0.073, -0.016], [0.084, 0.005], [0.075, 0.023], [0.049, 0.042],
  [0.051, -0.01], [0.061, 0.011], [0.053, 0.027], [0.029, 0.046],
  [0.056, -0.011], [0.066, 0.011], [0.057, 0.027], [0.033, 0.045],
  [0.03, -0.003], [0.039, 0.018], [0.031, 0.031], [0.01, 0.05],
  [0.034, -0.003], [0.044, 0.018], [0.035, 0.03],
];

/**
 * How far a shape's footprint reaches towards the midline from its contact point, metres
 * (≥ 0), for a hand (handSign: right +1, left −1) on side `sideSign` with chart heading (hu, hy).
 * The footprint's side axis on the skin is (hy, −hu) for the right hand, the opposite for the left.
 */
export function medialReach(
  shape: HandShape,
  sideSign: 1 | -1,
  handSign: 1 | -1,
  hu: number,
  hy: number,
): number {
  const pts = FOOTPRINTS[shape];
  const mirror = handSign;
  let reach = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as readonly [number, number];
    const du = p[0] * hu + mirror * p[1] * hy;
    const toward = -sideSign * du;
    if (toward > reach) reach = toward;
  }
  return reach;
}
