/**
 * Landmarks, lines and areas teachers name, derived from the generated landmarks
 * (data/anatomy/landmarks.json: the vertebral levels, the PSIS, the tops of the iliac crests, the
 * greater trochanters, the coccyx). They are defined like acupoints — a vertebral level plus
 * offsets, or a fraction of the way between two generated landmarks — so they follow any
 * regeneration of the model (DESIGN.md §2: "define points relative to landmarks, never as raw xyz").
 *
 * Sources (surface anatomy, typical adult): the 12th rib leaves the spine under the erector
 * spinae at T12 and its tip lies about 10 cm from the midline at L1–L2 (Gray's Anatomy, 41st ed.,
 * ch. "Back", surface anatomy of the posterior thorax); the iliac crest runs from the PSIS (S2)
 * up and out to its highest point, on Tuffier's line at L4 (Chakraverty et al. 2007); the
 * gluteal fold is the lower border of gluteus maximus, a few cm below the coccyx tip; the middle
 * of the buttock is half-way between the PSIS and the greater trochanter (the centre of the upper
 * outer quadrant lies above and outside it).
 *
 * Pure data and small functions: no motion, no three.
 */
import type { VertebralLevel } from '../anatomy/types';
import { VERTEBRAL_LEVELS } from '../anatomy/types';
import type { AnatomicalPoint, DerivedLandmark, LinePath, PolylinePath } from './schema';

/** How a derived landmark is found (the shape of an acupoint location). */
export type DerivedLandmarkDef =
  | {
      kind: 'level';
      level: VertebralLevel;
      at: 'spinous-process' | 'lower-border';
      /** Distance from the midline, cm (over the skin). */
      lateral_cm: number;
      /** Up (+) or down (−), cm. */
      vertical_cm: number;
    }
  | {
      kind: 'between';
      /** Generated paired landmarks (base ids, sided by the point) or midline ones. */
      from: string;
      to: string;
      /** Fraction of the way from → to, on the straight line seen from behind. */
      t: number;
      vertical_cm: number;
    };

export const DERIVED_LANDMARK_DEFS: Readonly<Record<DerivedLandmark, DerivedLandmarkDef>> = {
  /** Where the 12th rib leaves the spine, beside the erectors at T12. */
  'rib-12-angle': { kind: 'level', level: 'T12', at: 'spinous-process', lateral_cm: 4.5, vertical_cm: -1 },
  /** The free tip of the 12th rib, about 10 cm out at L1–L2. */
  'rib-12-tip': { kind: 'level', level: 'L1', at: 'spinous-process', lateral_cm: 10, vertical_cm: -1.5 },
  /** The middle of the buttock: half-way from the PSIS to the greater trochanter, a little lower. */
  'buttock-middle': { kind: 'between', from: 'psis', to: 'greater-trochanter', t: 0.5, vertical_cm: -2 },
  /** The outer edge of the buttock, in front of which the trochanter lies. */
  'buttock-outer-edge': { kind: 'between', from: 'psis', to: 'greater-trochanter', t: 0.8, vertical_cm: -1 },
  /** The gluteal fold, below and beside the coccyx tip. */
  'gluteal-fold': { kind: 'between', from: 'coccyx', to: 'greater-trochanter', t: 0.35, vertical_cm: -2 },
};

export const isDerivedLandmark = (id: string): id is DerivedLandmark => id in DERIVED_LANDMARK_DEFS;

/** Strip '-left' / '-right' from a landmark id. */
export function landmarkBase(id: string): { base: string; side?: 'left' | 'right' } {
  if (id.endsWith('-left')) return { base: id.slice(0, -5), side: 'left' };
  if (id.endsWith('-right')) return { base: id.slice(0, -6), side: 'right' };
  return { base: id };
}

// ---------------------------------------------------------------------------------------------
// Lines (usable as paths: `{ "shape": "line", "line": "iliac-crest" }`)

export const LINE_IDS = ['rib-12', 'iliac-crest', 'gluteal-fold'] as const;
export type LineId = (typeof LINE_IDS)[number];

/**
 * The points of each line from its inner end out to the flank (relative side: they take the
 * step's side). The iliac crest line runs from just above the PSIS to 4 cm inside the crest's top
 * (the top itself lies on the flank, where a hand cannot press from behind).
 */
export const LINE_POINTS: Readonly<Record<LineId, readonly AnatomicalPoint[]>> = {
  'rib-12': [{ landmark: 'rib-12-angle' }, { landmark: 'rib-12-tip' }],
  'iliac-crest': [
    { landmark: 'psis', vertical_cm: 2, lateral_cm: 1 },
    { landmark: 'iliac-crest-top', lateral_cm: -4, vertical_cm: -1.5 },
  ],
  'gluteal-fold': [
    { landmark: 'gluteal-fold', lateral_cm: -3 },
    { landmark: 'gluteal-fold', lateral_cm: 4 },
  ],
};

/** A line path as the polyline it stands for (points in stroke order, shifted by vertical_cm). */
export function linePolyline(path: LinePath): PolylinePath {
  const pts = LINE_POINTS[path.line].map((p) =>
    path.vertical_cm ? { ...p, vertical_cm: (p.vertical_cm ?? 0) + path.vertical_cm } : { ...p },
  );
  return { shape: 'polyline', points: path.direction === 'inward' ? pts.reverse() : pts, closed: false };
}

// ---------------------------------------------------------------------------------------------
// Band edges: any level to any level, and the named lines across the sacrum and buttocks

/** Non-vertebral band edges and the landmark whose height each takes. */
export const NAMED_BAND_EDGES = {
  'rib-12': 'rib-12-tip',
  'iliac-crest': 'iliac-crest-top',
  psis: 'psis',
  'sacral-hiatus': 'sacral-hiatus',
  'buttock-middle': 'buttock-middle',
  coccyx: 'coccyx',
  'gluteal-fold': 'gluteal-fold',
} as const;
export type NamedBandEdge = keyof typeof NAMED_BAND_EDGES;

/** Where each named edge sits among the levels (it lies just below the level named). */
const EDGE_AFTER: Readonly<Record<NamedBandEdge, VertebralLevel>> = {
  'rib-12': 'L1',
  'iliac-crest': 'L3',
  psis: 'S2',
  'sacral-hiatus': 'S4',
  'buttock-middle': 'S4',
  coccyx: 'S4',
  'gluteal-fold': 'S4',
};

/** Every band edge, from the top down (levels interleaved with the named edges). */
export const BAND_EDGES: readonly string[] = (() => {
  const out: string[] = [];
  for (const level of VERTEBRAL_LEVELS) {
    out.push(level);
    for (const [edge, after] of Object.entries(EDGE_AFTER)) if (after === level) out.push(edge);
  }
  return out;
})();

/** Rank of a band edge from the top (for "from is above to"). */
export const bandEdgeRank = (id: string): number => BAND_EDGES.indexOf(id);

// ---------------------------------------------------------------------------------------------
// Areas

/**
 * The kidney area (DESIGN.md §7), one side: below the 12th rib, about T11 to L3, lateral to the
 * erector spinae (its lateral border ≈ 6 cm from the midline) out to the flank (≈ 12 cm). The
 * kidney's upper pole lies under the 11th–12th ribs and its lower pole at about L3; the part
 * below the 12th rib's tip is not protected by the ribs. The lint's kidney-area rule uses it.
 */
export const KIDNEY_AREA_DEF = {
  fromLevel: 'T11',
  toLevel: 'L3',
  lateralFromCm: 6,
  lateralToCm: 12,
  below: 'rib-12',
} as const;
