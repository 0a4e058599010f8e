import type { LayerId, SkinMode, ViewId } from './store';

/** One stop of the guided sciatic-nerve explainer: what to show and which text goes with it. */
export interface TourStop {
  key: string;
  view: ViewId;
  skin: SkinMode;
  layers: Record<LayerId, boolean>;
  /** Structure to select (and so to highlight), if any. */
  select: string | null;
  /** Structures taken away at this stop so that what it is about is seen whole (ids of the model). */
  hide: readonly string[];
}

const off = { muscles: false, bones: false, nerves: false };
/** The gluteus maximus (and, above it, the medius) cover the piriformis from behind: at its stop they are taken away. */
const GLUTEI = ['gluteus-maximus-left', 'gluteus-maximus-right', 'gluteus-medius-left', 'gluteus-medius-right'] as const;

/** The sciatic nerve from the L4–S3 roots, under the piriformis, down the back of the thigh. */
export const NERVE_TOUR: readonly TourStop[] = [
  { key: 'spine', view: 'posterior', skin: 'xray', layers: { ...off, bones: true }, select: null, hide: [] },
  { key: 'roots', view: 'lumbosacral', skin: 'hidden', layers: { ...off, bones: true, nerves: true }, select: 'sciatic-nerve-right', hide: [] },
  { key: 'piriformis', view: 'lumbosacral', skin: 'hidden', layers: { muscles: true, bones: true, nerves: true }, select: 'piriformis-right', hide: GLUTEI },
  { key: 'thigh', view: 'right', skin: 'xray', layers: { ...off, bones: true, nerves: true }, select: 'sciatic-nerve-right', hide: [] },
  { key: 'why', view: 'posterior', skin: 'xray', layers: { ...off, nerves: true }, select: null, hide: [] },
];
