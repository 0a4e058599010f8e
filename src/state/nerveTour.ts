import type { LayerId, SkinMode, ViewId } from './store';

/** One stop of the guided sciatic-nerve explainer: what to show and which text goes with it. */
export interface TourStop {
  key: string;
  view: ViewId;
  skin: SkinMode;
  layers: Record<LayerId, boolean>;
  /** Structure to select (and so to highlight), if any. */
  select: string | null;
}

const off = { muscles: false, bones: false, nerves: false };

/** The sciatic nerve from the L4–S3 roots, under the piriformis, down the back of the thigh. */
export const NERVE_TOUR: readonly TourStop[] = [
  { key: 'spine', view: 'posterior', skin: 'xray', layers: { ...off, bones: true }, select: null },
  { key: 'roots', view: 'lumbosacral', skin: 'hidden', layers: { ...off, bones: true, nerves: true }, select: 'sciatic-nerve-right' },
  { key: 'piriformis', view: 'oblique', skin: 'hidden', layers: { muscles: true, bones: true, nerves: true }, select: 'piriformis-right' },
  { key: 'thigh', view: 'right', skin: 'xray', layers: { ...off, bones: true, nerves: true }, select: 'sciatic-nerve-right' },
  { key: 'why', view: 'posterior', skin: 'xray', layers: { ...off, nerves: true }, select: null },
];
