/**
 * Where things are on the model, for scoring taps: acupoints and the spinous-process line, from
 * the model's landmarks (data/anatomy/landmarks.json) and the acupoint table. Body frame of
 * src/domain/anatomy/types.ts: metres, +Y up, +Z out of the back, +X the person's right.
 *
 * Taps land on the skin, so distances are measured in the back's plane (x, y); the small depth
 * differences of a curved back are ignored.
 */
import { VERTEBRAL_LEVELS, type Landmark, type Vec3, type VertebralLevel } from '../anatomy/types';
import { resolvePoint, type ResolvedPoint } from '../technique/points';
import { ACUPOINTS, type AcupointsFile } from '../technique/acupoints';
import type { AcupointId, PointSide } from '../technique/schema';

export type LandmarkLookup = ReadonlyMap<string, Landmark>;

export function lookupLandmarks(landmarks: readonly Landmark[]): LandmarkLookup {
  return new Map(landmarks.map((l) => [l.id, l]));
}

function skin(lm: LandmarkLookup, id: string): Vec3 {
  const l = lm.get(id);
  if (!l) throw new Error(`quiz: landmark "${id}" is missing from landmarks.json`);
  return l.skin;
}

const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** Skin position of a resolved point (flat approximation of lateral and vertical offsets). */
export function placeResolved(p: ResolvedPoint, lm: LandmarkLookup): Vec3 {
  let base: Vec3;
  const a = p.anchor;
  if (a.kind === 'level') {
    base = skin(lm, a.level);
    if (a.at === 'lower-border') {
      const next = VERTEBRAL_LEVELS[VERTEBRAL_LEVELS.indexOf(a.level) + 1];
      const below = next ? lm.get(next) : undefined;
      if (below) base = lerp(base, below.skin, 1 / 3);
      else base = [base[0], base[1] - 0.01, base[2]];
    }
  } else if (a.kind === 'landmark') {
    base = skin(lm, a.id);
  } else {
    base = lerp(skin(lm, a.from), skin(lm, a.to), a.t);
  }
  return [base[0] + p.dxCm / 100, base[1] + p.dyCm / 100, base[2]];
}

/** Skin positions of an acupoint: one for an unpaired point, left and right for a paired one. */
export function acupointPositions(
  id: AcupointId,
  lm: LandmarkLookup,
  table: AcupointsFile = ACUPOINTS,
): { side: PointSide | 'midline'; position: Vec3 }[] {
  const sides: PointSide[] = ['left', 'right'];
  const out = sides.map((side) => {
    const r = resolvePoint({ acupoint: id }, side, { acupoints: table });
    return { side: r.side, position: placeResolved(r, lm) };
  });
  return out[0]!.side === 'midline' ? [out[0]!] : out;
}

/** Distance in the back's plane (x, y), metres. */
export function planeDistance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** The midline x at height y, interpolated between the vertebral landmarks' skin points. */
export function midlineXAt(y: number, lm: LandmarkLookup): number {
  const pts = VERTEBRAL_LEVELS.map((l) => lm.get(l))
    .filter((l): l is Landmark => l !== undefined)
    .map((l) => l.skin)
    .sort((a, b) => a[1] - b[1]);
  if (pts.length === 0) return 0;
  if (y <= pts[0]![1]) return pts[0]![0];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (y <= b[1]) return a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1] || 1);
  }
  return pts[pts.length - 1]![0];
}

/** Skin height of a vertebral level. */
export function levelY(level: VertebralLevel, lm: LandmarkLookup): number {
  return skin(lm, level)[1];
}

const isVec3 = (v: unknown): v is Vec3 => Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * The landmarks of a landmarks.json value (data/anatomy/landmarks.json), checked for the fields
 * the quiz uses; malformed entries are dropped.
 */
export function landmarksFromJson(json: unknown): Landmark[] {
  const list = (json as { landmarks?: unknown } | null)?.landmarks;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (l): l is Landmark =>
      typeof l === 'object' && l !== null && typeof (l as Landmark).id === 'string' && isVec3((l as Landmark).skin) && isVec3((l as Landmark).bone),
  );
}
