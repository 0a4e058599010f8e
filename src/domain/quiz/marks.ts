/**
 * What the body shows around a "tap on the back" question, and how a keyboard cursor moves over
 * the skin. Pure: landmarks in, positions (body frame, metres) out.
 *
 * - `questionLandmarks`: the landmarks a question is found from (GB30: sacral hiatus and greater
 *   trochanter; BL23: L2), shown and labelled while the question is open;
 * - `answerTargets`: after an answer, the correct spot(s) (both sides of a paired point) or, for
 *   "where must you never press", the midline strip;
 * - `keepRight`: a right answer stays right (a later try never replaces it);
 * - the cursor: starts on the midline at L3, moves in centimetre steps, sits on the skin (its
 *   depth interpolated from the landmarks' skin points), and is described in words relative to
 *   the midline and the nearest vertebral level (for screen readers and the live caption).
 */
import { VERTEBRAL_LEVELS, type Landmark, type Vec3, type VertebralLevel } from '../anatomy/types';
import { resolvePoint } from '../technique/points';
import { ACUPOINTS, type AcupointsFile } from '../technique/acupoints';
import type { PointSide } from '../technique/schema';
import { acupointPositions, levelY, midlineXAt, type LandmarkLookup } from './geometry';
import type { QuizQuestion, QuizResult, TapAvoidQuestion } from './questions';

/** The landmark ids a tap question is found from (existing in `lm`), in a stable order. */
export function questionLandmarks(q: QuizQuestion, lm: LandmarkLookup, table: AcupointsFile = ACUPOINTS): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (lm.has(id) && !ids.includes(id)) ids.push(id);
  };
  if (q.kind === 'choice') return ids;
  if (q.kind === 'tap-avoid') {
    add(q.fromLevel);
    add(q.toLevel);
    return ids;
  }
  for (const side of ['left', 'right'] as const satisfies readonly PointSide[]) {
    const a = resolvePoint({ acupoint: q.acupoint }, side, { acupoints: table }).anchor;
    if (a.kind === 'level') add(a.level);
    else if (a.kind === 'landmark') add(a.id);
    else {
      add(a.from);
      add(a.to);
    }
  }
  return ids;
}

/** A correct spot to mark on the body after an answer. */
export interface AnswerTarget {
  position: Vec3;
  side: PointSide | 'midline';
}

/** The correct answer of a tap question as spots; for the avoid question, the strip's ends too. */
export function answerTargets(
  q: QuizQuestion,
  lm: LandmarkLookup,
  table: AcupointsFile = ACUPOINTS,
): { spots: AnswerTarget[]; strip: [Vec3, Vec3] | null } {
  if (q.kind === 'choice') return { spots: [], strip: null };
  if (q.kind === 'tap-point') return { spots: acupointPositions(q.acupoint, lm, table), strip: null };
  const strip = avoidStrip(q, lm);
  const mid: Vec3 = [(strip[0][0] + strip[1][0]) / 2, (strip[0][1] + strip[1][1]) / 2, (strip[0][2] + strip[1][2]) / 2];
  return { spots: [{ position: mid, side: 'midline' }], strip };
}

/** The midline strip of a "never press" question, from its top level to its bottom level (skin points). */
export function avoidStrip(q: TapAvoidQuestion, lm: LandmarkLookup): [Vec3, Vec3] {
  const at = (level: VertebralLevel): Vec3 => {
    const y = levelY(level, lm);
    return skinPoint(midlineXAt(y, lm), y, lm);
  };
  return [at(q.fromLevel), at(q.toLevel)];
}

/** A right answer stays right: once a question is answered right, later tries do not replace it. */
export function keepRight<R extends Pick<QuizResult, 'correct'>>(previous: R | undefined, next: R): R {
  return previous?.correct ? previous : next;
}

// ---------------------------------------------------------------------------------------------
// The keyboard cursor

/**
 * Depth of the skin at (x, y): the landmarks' skin points weighted by inverse squared distance
 * in the back's plane (exact at a landmark). Scoring ignores depth; this only puts the cursor and
 * the marks on (near) the skin.
 */
export function skinZAt(x: number, y: number, lm: LandmarkLookup): number {
  let wsum = 0;
  let zsum = 0;
  for (const l of lm.values()) {
    const d2 = (l.skin[0] - x) ** 2 + (l.skin[1] - y) ** 2;
    if (d2 < 1e-10) return l.skin[2];
    const w = 1 / d2;
    wsum += w;
    zsum += w * l.skin[2];
  }
  return wsum > 0 ? zsum / wsum : 0;
}

export function skinPoint(x: number, y: number, lm: LandmarkLookup): Vec3 {
  return [x, y, skinZAt(x, y, lm)];
}

/** Where the cursor starts: on the midline at L3 (the middle of the lower back, no hint given). */
export function cursorStart(lm: LandmarkLookup): Vec3 {
  const l3 = lm.get('L3');
  const y = l3 ? l3.skin[1] : 0;
  return skinPoint(midlineXAt(y, lm), y, lm);
}

/** The cursor's reach: the landmarks' box grown by 5 cm (it cannot wander off the back). */
export function cursorBounds(lm: LandmarkLookup): { min: [number, number]; max: [number, number] } {
  const xs = [...lm.values()].map((l) => l.skin[0]);
  const ys = [...lm.values()].map((l) => l.skin[1]);
  if (xs.length === 0) return { min: [-0.2, -0.2], max: [0.2, 0.2] };
  return { min: [Math.min(...xs) - 0.05, Math.min(...ys) - 0.05], max: [Math.max(...xs) + 0.05, Math.max(...ys) + 0.05] };
}

/**
 * Move the cursor by (dx, dy) cm (dx + = the person's right, which is screen right seen from
 * behind; dy + = up), kept inside `cursorBounds`, rounded to whole millimetres, back on the skin.
 */
export function moveCursor(p: Vec3, dxCm: number, dyCm: number, lm: LandmarkLookup): Vec3 {
  const b = cursorBounds(lm);
  const mm = (v: number) => Math.round(v * 1000) / 1000;
  const x = mm(Math.min(b.max[0], Math.max(b.min[0], p[0] + dxCm / 100)));
  const y = mm(Math.min(b.max[1], Math.max(b.min[1], p[1] + dyCm / 100)));
  return skinPoint(x, y, lm);
}

/** The cursor in words: side and cm from the midline, nearest vertebral level and cm above/below it. */
export interface CursorWhere {
  side: 'left' | 'right' | 'midline';
  /** cm from the midline, one decimal. */
  offCm: number;
  level: VertebralLevel | null;
  /** cm above (+) or below (−) that level's spinous process, one decimal. */
  dyCm: number;
}

export function describeCursor(p: Vec3, lm: LandmarkLookup): CursorWhere {
  const off = p[0] - midlineXAt(p[1], lm);
  const offCm = Math.round(Math.abs(off) * 1000) / 10;
  let level: VertebralLevel | null = null;
  let best = Infinity;
  for (const id of VERTEBRAL_LEVELS) {
    const l: Landmark | undefined = lm.get(id);
    if (!l) continue;
    const d = Math.abs(p[1] - l.skin[1]);
    if (d < best) {
      best = d;
      level = id;
    }
  }
  const dyCm = level ? Math.round((p[1] - lm.get(level)!.skin[1]) * 1000) / 10 : 0;
  return { side: offCm < 0.5 ? 'midline' : off > 0 ? 'right' : 'left', offCm, level, dyCm };
}
