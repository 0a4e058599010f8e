/**
 * The quiz: question bank and scoring. Pure. Texts are i18n keys (learn.json, `quiz.q.<id>.*`);
 * a result carries the key of its explanation and the figures to fill in.
 *
 * Three kinds of question:
 * - `choice`: multiple choice, exactly one correct option;
 * - `tap-point`: tap a named acupoint on the 3D back (either side of a paired point counts);
 * - `tap-avoid`: tap where you must never press — correct within `toleranceCm` of the midline
 *   over the spinous processes, between `fromLevel` and `toLevel`.
 */
import type { Vec3, VertebralLevel } from '../anatomy/types';
import type { AcupointId } from '../technique/schema';
import type { AcupointsFile } from '../technique/acupoints';
import { acupointPositions, levelY, midlineXAt, planeDistance, type LandmarkLookup } from './geometry';

export interface ChoiceQuestion {
  kind: 'choice';
  id: string;
  /** Option ids; their texts are `quiz.q.<id>.options.<option>`. Shown in this order. */
  options: readonly string[];
  correct: string;
}

export interface TapPointQuestion {
  kind: 'tap-point';
  id: string;
  acupoint: AcupointId;
  /** A tap within this distance (cm, in the back's plane) of the point is right. */
  toleranceCm: number;
}

export interface TapAvoidQuestion {
  kind: 'tap-avoid';
  id: string;
  fromLevel: VertebralLevel;
  toLevel: VertebralLevel;
  /** Half-width of the forbidden strip along the midline, cm. */
  toleranceCm: number;
  /** Extra height allowed above the top and below the bottom level, cm. */
  marginCm: number;
}

export type QuizQuestion = ChoiceQuestion | TapPointQuestion | TapAvoidQuestion;

export interface QuizResult {
  questionId: string;
  correct: boolean;
  /** i18n key of the explanation (learn.json). */
  explainKey: string;
  /** Values for the explanation's {{placeholders}}. */
  params: Record<string, string | number>;
}

export const QUIZ_QUESTIONS: readonly QuizQuestion[] = [
  { kind: 'tap-point', id: 'tap-bl23', acupoint: 'BL23', toleranceCm: 2.5 },
  {
    kind: 'choice',
    id: 'effleurage-direction',
    options: ['outward-down', 'towards-spine', 'upward', 'any'],
    correct: 'outward-down',
  },
  { kind: 'tap-avoid', id: 'never-press', fromLevel: 'L1', toLevel: 'S1', toleranceCm: 2, marginCm: 1.5 },
  { kind: 'choice', id: 'session-start', options: ['kneading', 'rubbing', 'chopping', 'point-pressure'], correct: 'rubbing' },
  { kind: 'tap-point', id: 'tap-bl25', acupoint: 'BL25', toleranceCm: 2.5 },
  { kind: 'choice', id: 'point-hold', options: ['2s', '15s', '2min', 'until-pain'], correct: '15s' },
  { kind: 'choice', id: 'acute-pain', options: ['strong', 'classic', 'no-force', 'thai'], correct: 'no-force' },
  { kind: 'choice', id: 'urgent-sign', options: ['stiff-morning', 'saddle-numbness', 'tired-muscles', 'mild-ache'], correct: 'saddle-numbness' },
  { kind: 'choice', id: 'evidence', options: ['cures', 'with-exercise', 'replaces-doctor', 'no-effect'], correct: 'with-exercise' },
  { kind: 'tap-point', id: 'tap-bl52', acupoint: 'BL52', toleranceCm: 2.5 },
  { kind: 'tap-point', id: 'tap-gb30', acupoint: 'GB30', toleranceCm: 4 },
  { kind: 'choice', id: 'course', options: ['one', 'three', 'ten', 'daily-forever'], correct: 'ten' },
  { kind: 'choice', id: 'cupping-anticoagulants', options: ['fine', 'strong-only', 'no-cupping', 'longer'], correct: 'no-cupping' },
  { kind: 'choice', id: 'leg-pain', options: ['press-harder', 'stop', 'continue', 'faster'], correct: 'stop' },
];

export function findQuestion(id: string): QuizQuestion | undefined {
  return QUIZ_QUESTIONS.find((q) => q.id === id);
}

/** Score a multiple-choice answer. */
export function scoreChoice(q: ChoiceQuestion, optionId: string): QuizResult {
  const correct = optionId === q.correct;
  return {
    questionId: q.id,
    correct,
    explainKey: `quiz.q.${q.id}.explain`,
    params: { answer: optionId },
  };
}

const round1 = (m: number) => Math.round(m * 1000) / 10; // metres → cm, one decimal

/**
 * True for a point on the buttock: below S1 and further out than the sacrum (the dimples over the
 * posterior superior iliac spines + 2.5 cm), measured from the landmarks.
 */
export function onButtock(p: Vec3, lm: LandmarkLookup): boolean {
  const s1 = lm.get('S1');
  const psis = lm.get('psis-right') ?? lm.get('psis-left');
  if (!s1 || !psis) return false;
  const off = Math.abs(p[0] - midlineXAt(p[1], lm));
  return p[1] < s1.skin[1] - 0.015 && off > Math.abs(psis.skin[0]) + 0.025;
}

/** Score a tap on the back (body-frame point, metres) for a tap question. */
export function scoreTap(
  q: TapPointQuestion | TapAvoidQuestion,
  tap: Vec3,
  lm: LandmarkLookup,
  table?: AcupointsFile,
): QuizResult {
  if (q.kind === 'tap-point') {
    const targets = acupointPositions(q.acupoint, lm, table);
    let best = targets[0]!;
    let bestD = planeDistance(tap, best.position);
    for (const t of targets.slice(1)) {
      const d = planeDistance(tap, t.position);
      if (d < bestD) {
        best = t;
        bestD = d;
      }
    }
    const correct = bestD * 100 <= q.toleranceCm;
    const dy = tap[1] - best.position[1];
    const dx = Math.abs(tap[0]) - Math.abs(best.position[0]);
    // The main direction of the miss, to guide the next try.
    const hint = correct ? 'none' : Math.abs(dy) >= Math.abs(dx) ? (dy > 0 ? 'too-high' : 'too-low') : dx > 0 ? 'too-far-out' : 'too-close-in';
    // Sideways hints say where the point is: beside the spine, or out on the buttock.
    const buttock = (hint === 'too-far-out' || hint === 'too-close-in') && onButtock(best.position, lm);
    return {
      questionId: q.id,
      correct,
      explainKey: correct ? 'quiz.tap.pointRight' : buttock ? `words.quiz.buttock.${hint}` : `quiz.tap.pointWrong.${hint}`,
      params: { point: q.acupoint, distance: round1(bestD), tolerance: q.toleranceCm, side: best.side },
    };
  }
  const top = levelY(q.fromLevel, lm) + q.marginCm / 100;
  const bottom = levelY(q.toLevel, lm) - q.marginCm / 100;
  const off = Math.abs(tap[0] - midlineXAt(tap[1], lm));
  const inHeight = tap[1] <= top && tap[1] >= bottom;
  const onLine = off * 100 <= q.toleranceCm;
  const correct = inHeight && onLine;
  const why = correct ? 'right' : !inHeight ? (tap[1] > top ? 'above' : 'below') : 'beside';
  return {
    questionId: q.id,
    correct,
    explainKey: `quiz.tap.avoid.${why}`,
    params: { distance: round1(off), tolerance: q.toleranceCm, from: q.fromLevel, to: q.toLevel },
  };
}
