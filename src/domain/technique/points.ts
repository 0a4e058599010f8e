/**
 * Turning anatomical points of a technique into a normalised, signed form the motion compiler
 * can place on the model (it still needs the model's landmarks for the final xyz).
 */
import { VERTEBRAL_LEVELS, type VertebralLevel } from '../anatomy/types';
import { ACUPOINTS, findAcupoint, type AcupointsFile } from './acupoints';
import { DERIVED_LANDMARK_DEFS, isDerivedLandmark, landmarkBase } from './landmarks';
import {
  PAIRED_LANDMARKS,
  type AcupointId,
  type AnatomicalPoint,
  type DerivedLandmark,
  type PointSide,
  type Step,
  type StepSide,
} from './schema';

const VERTEBRAL_LEVELS_SET: ReadonlySet<string> = new Set(VERTEBRAL_LEVELS);

/** What a resolved point hangs on. Landmark ids are the exact ids of landmarks.json (sided). */
export type ResolvedAnchor =
  | {
      kind: 'level';
      level: VertebralLevel;
      /** 'lower-border': about a third of the way from this level's spinous tip to the next one down. */
      at: 'spinous-process' | 'lower-border';
    }
  | { kind: 'landmark'; id: string }
  /** At fraction t of the straight line between two landmarks (on the skin). */
  | { kind: 'between'; from: string; to: string; t: number };

export interface ResolvedPoint {
  anchor: ResolvedAnchor;
  /**
   * Signed lateral shift from the anchor, cm, in body x: + = the patient's right (+X in the body
   * frame of anatomy/types.ts), − = left. For a level anchor (which is on the midline) this is the
   * distance from the midline with a sign.
   */
  dxCm: number;
  /** Shift up (+, towards the head) or down (−), cm. */
  dyCm: number;
  /** Side of the body the point is on. */
  side: 'left' | 'right' | 'midline';
  /** The named acupoint the point was defined by, if any. */
  acupoint?: AcupointId;
}

/** Options of `resolvePoint`. */
export interface ResolvePointOptions {
  acupoints?: AcupointsFile;
  /** Length of one cun in cm; defaults to the acupoint table's `cun_cm` (the model's proportional cun, 2.17 cm). */
  cunCm?: number;
}

const isPaired = (id: string): id is (typeof PAIRED_LANDMARKS)[number] =>
  (PAIRED_LANDMARKS as readonly string[]).includes(id);

function sidedLandmark(id: string, side: PointSide): string {
  return isPaired(id) ? `${id}-${side}` : id;
}

function landmarkSide(id: string, fallback: PointSide): PointSide | 'midline' {
  if (id.endsWith('-left')) return 'left';
  if (id.endsWith('-right')) return 'right';
  if (isPaired(id)) return fallback;
  return 'midline';
}

const sign = (s: PointSide): number => (s === 'right' ? 1 : -1);
/** Signed offset without -0. */
const signed = (s: PointSide, v: number): number => (v === 0 ? 0 : sign(s) * v);

/**
 * Resolve one point for one side of a step. `stepSide` is the side being drawn ('left' or
 * 'right'; expand a step's 'both' with `stepSides`). A point's own `side` wins over `stepSide`.
 */
export function resolvePoint(
  point: AnatomicalPoint,
  stepSide: PointSide,
  options: ResolvePointOptions = {},
): ResolvedPoint {
  const table = options.acupoints ?? ACUPOINTS;
  const cunCm = options.cunCm ?? table.cun_cm;
  const side: PointSide = point.side ?? stepSide;
  const lateral = point.lateral_cm ?? (point.lateral_cun ?? 0) * cunCm;
  const dy = point.vertical_cm ?? 0;

  if (point.acupoint !== undefined) {
    const a = findAcupoint(point.acupoint, table);
    if (!a) {
      // The schema only admits known ids; a custom table may miss one: treat as midline L3.
      return {
        anchor: { kind: 'level', level: 'L3', at: 'spinous-process' },
        dxCm: 0,
        dyCm: dy,
        side: 'midline',
      };
    }
    const loc = a.location;
    if (loc.kind === 'level') {
      const base = loc.lateral_cm ?? (loc.lateral_cun ?? 0) * cunCm;
      const total = base + lateral;
      const onMidline = !a.paired && total === 0;
      return {
        anchor: { kind: 'level', level: loc.level, at: loc.at },
        dxCm: onMidline ? 0 : signed(side, total),
        dyCm: dy,
        side: onMidline ? 'midline' : side,
        acupoint: a.id,
      };
    }
    return {
      anchor: {
        kind: 'between',
        from: sidedLandmark(loc.from, side),
        to: sidedLandmark(loc.to, side),
        t: loc.t,
      },
      dxCm: signed(side, lateral),
      dyCm: dy,
      side,
      acupoint: a.id,
    };
  }

  if (point.landmark !== undefined && isDerivedLandmark(landmarkBase(point.landmark).base)) {
    // A landmark the domain derives from the generated ones (./landmarks.ts): like an acupoint.
    const { base, side: own } = landmarkBase(point.landmark);
    const s2: PointSide = own ?? side;
    const def = DERIVED_LANDMARK_DEFS[base as DerivedLandmark];
    if (def.kind === 'level') {
      return {
        anchor: { kind: 'level', level: def.level, at: def.at },
        dxCm: signed(s2, def.lateral_cm + lateral),
        dyCm: def.vertical_cm + dy,
        side: s2,
      };
    }
    return {
      anchor: { kind: 'between', from: sidedLandmark(def.from, s2), to: sidedLandmark(def.to, s2), t: def.t },
      dxCm: signed(s2, lateral),
      dyCm: def.vertical_cm + dy,
      side: s2,
    };
  }

  if (point.landmark !== undefined) {
    const id = sidedLandmark(point.landmark, side);
    const lmSide = landmarkSide(point.landmark, side);
    // Lateral offsets on a landmark point away from the midline on the landmark's side
    // (on the point's side for a midline landmark).
    const outward = lmSide === 'midline' ? side : lmSide;
    const isVertebra = VERTEBRAL_LEVELS_SET.has(point.landmark);
    const mid = (lmSide === 'midline' || isVertebra) && lateral === 0;
    return {
      anchor: { kind: 'landmark', id },
      dxCm: signed(outward, lateral),
      dyCm: dy,
      side: mid ? 'midline' : outward,
    };
  }

  const level = point.level ?? 'L3';
  return {
    anchor: { kind: 'level', level, at: point.at ?? 'spinous-process' },
    dxCm: signed(side, lateral),
    dyCm: dy,
    side: lateral === 0 ? 'midline' : side,
  };
}

/** The sides a step is drawn on: 'both' → left then right. */
export function stepSides(step: Pick<Step, 'side'>): PointSide[] {
  return step.side === 'both' ? ['left', 'right'] : [step.side];
}

/** True if a step side includes a given side. */
export function sideIncludes(stepSide: StepSide, side: PointSide): boolean {
  return stepSide === 'both' || stepSide === side;
}
