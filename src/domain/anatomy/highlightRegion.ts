import { landmark, type LandmarkIndex } from './landmarkIndex';

/** One row of the highlight outline: at height y the region spans |x - 0| <= halfWidth. */
export interface WidthStop {
  y: number;
  halfWidth: number;
}

/**
 * The lumbar-sacral region (L1 down to the coccyx, the sacral triangle and the zones either
 * side of the spine) as a width profile along the height, top to bottom. Its boundary is
 * derived from the landmarks, so it follows the model when the model changes.
 */
export interface RegionProfile {
  /** Exactly four stops, y strictly decreasing (a fixed size for a shader uniform). */
  stops: [WidthStop, WidthStop, WidthStop, WidthStop];
}

/** Paravertebral zone either side of the spine at L1: erector columns (3–4 cm) and beyond. */
const UPPER_HALF_WIDTH_M = 0.09;
/** Margin outside the posterior superior iliac spines at S2. */
const PSIS_MARGIN_M = 0.025;
/** Half width at the tip of the sacral triangle (coccyx). */
const COCCYX_HALF_WIDTH_M = 0.015;

export function lumbosacralRegion(index: LandmarkIndex): RegionProfile {
  const t12 = landmark(index, 'T12').skin;
  const l1 = landmark(index, 'L1').skin;
  const crestL = landmark(index, 'iliac-crest-top-left').skin;
  const crestR = landmark(index, 'iliac-crest-top-right').skin;
  const psisL = landmark(index, 'psis-left').skin;
  const psisR = landmark(index, 'psis-right').skin;
  const coccyx = landmark(index, 'coccyx').skin;

  // Top edge halfway between T12 and L1 so the whole of L1 is inside.
  const top = { y: (t12[1] + l1[1]) / 2, halfWidth: UPPER_HALF_WIDTH_M };
  const crestY = (crestL[1] + crestR[1]) / 2;
  const psisY = (psisL[1] + psisR[1]) / 2;
  const psisHalf = (Math.abs(psisL[0]) + Math.abs(psisR[0])) / 2 + PSIS_MARGIN_M;
  const crest = { y: crestY, halfWidth: Math.max(UPPER_HALF_WIDTH_M, psisHalf) };
  const psis = { y: psisY, halfWidth: psisHalf };
  const tip = { y: coccyx[1], halfWidth: COCCYX_HALF_WIDTH_M };
  const stops: RegionProfile['stops'] = [top, crest, psis, tip];
  for (let i = 1; i < stops.length; i++) {
    if (!(stops[i]!.y < stops[i - 1]!.y)) {
      throw new Error(
        `landmarks.json: lumbar-sacral outline is not top-to-bottom at stop ${i} (y=${stops[i]!.y.toFixed(3)} after ${stops[i - 1]!.y.toFixed(3)})`,
      );
    }
  }
  return { stops };
}

/** Half width of the region at height y (0 outside its vertical extent). */
export function regionHalfWidth(profile: RegionProfile, y: number): number {
  const s = profile.stops;
  if (y > s[0].y || y < s[3].y) return 0;
  for (let i = 0; i < 3; i++) {
    const a = s[i]!;
    const b = s[i + 1]!;
    if (y <= a.y && y >= b.y) {
      const t = (a.y - y) / (a.y - b.y);
      return a.halfWidth + (b.halfWidth - a.halfWidth) * t;
    }
  }
  return 0;
}
