/**
 * The acute-pain filter (pure). When the user says their back pain is acute (sudden, recent,
 * severe), Handpath hides techniques by INTENSITY and MODALITY and keeps light stroking, which
 * applies no force (DESIGN.md §7; the seed: "acute pain should avoid the power of massage").
 *
 * Decided per technique from its type and its steps, never from a list of technique ids:
 * - modality: any cupping (a cupping technique or any cup step), Thai massage;
 * - intensity: any step with firm pressure or strong suction;
 * - forceful moves: percussion (chopping), fist kneading, honey press-and-pull;
 * - pressing moves (point or palm presses, kneading, edge-of-palm sawing): not stroking;
 * - medium pressure on a stroke or rub: only light pressure is kept.
 * What is left is light stroking and light rubbing (effleurage, rub, circular rub at light
 * pressure) and oiling the skin. A technique merely LISTING the 'acute-pain' precaution is not
 * hidden for that: the schema makes every point technique list it.
 *
 * The sources shown with each reason are the sources of the 'acute-pain' precaution in
 * data/safety/precautions.json.
 */
import type { MoveName, Step, Technique } from '../technique/schema';
import { SAFETY } from './load';
import type { SafetyContent, SafetySource } from './schema';

export type AcutePainReasonId =
  | 'cupping'
  | 'thai'
  | 'firm-pressure'
  | 'percussion'
  | 'forceful-move'
  | 'pressing-move'
  | 'medium-pressure';

export interface AcutePainReason {
  id: AcutePainReasonId;
  /** 0-based index of the step that makes it strong (step-based reasons only). */
  step?: number;
  move?: MoveName;
}

/** Reasons in order of importance: the first one found is the one shown first. */
export const ACUTE_PAIN_REASON_ORDER: readonly AcutePainReasonId[] = [
  'cupping',
  'thai',
  'firm-pressure',
  'percussion',
  'forceful-move',
  'pressing-move',
  'medium-pressure',
];

/** Moves that glide over the skin (stroking, rubbing): kept at light pressure. */
const STROKING_MOVES: ReadonlySet<MoveName> = new Set(['effleurage', 'rub', 'circular-rub']);
/** Preparing the skin: applies no force. */
const PREP_MOVES: ReadonlySet<MoveName> = new Set(['apply-oil', 'apply-honey']);
const CUP_MOVES: ReadonlySet<MoveName> = new Set(['set-cup', 'cup-glide']);
/** Forceful moves besides percussion: fist kneading, tearing the palms off honeyed skin. */
const FORCEFUL_MOVES: ReadonlySet<MoveName> = new Set(['knead-fist', 'honey-press-pull']);

/** Why one step is too strong for acute pain, most important reason first (empty: gentle). */
export function stepAcutePainReasons(step: Step, i: number): AcutePainReason[] {
  const out: AcutePainReason[] = [];
  const r = (id: AcutePainReasonId) => out.push({ id, step: i, move: step.move });
  if (CUP_MOVES.has(step.move)) r('cupping');
  if (('pressure' in step && step.pressure === 'firm') || ('suction' in step && step.suction === 'strong'))
    r('firm-pressure');
  if (step.move === 'edge-of-palm-stroke' && step.style === 'chop') r('percussion');
  if (FORCEFUL_MOVES.has(step.move)) r('forceful-move');
  const pressing =
    !STROKING_MOVES.has(step.move) &&
    !PREP_MOVES.has(step.move) &&
    !CUP_MOVES.has(step.move) &&
    !FORCEFUL_MOVES.has(step.move) &&
    !(step.move === 'edge-of-palm-stroke' && step.style === 'chop');
  if (pressing) r('pressing-move');
  if (STROKING_MOVES.has(step.move) && 'pressure' in step && step.pressure === 'medium') r('medium-pressure');
  return out;
}

type Judged = Pick<Technique, 'type' | 'steps'>;

/** Every reason a technique is hidden in acute pain (one per reason id, the first step that has it), most important first. */
export function acutePainReasons(technique: Judged): AcutePainReason[] {
  const found = new Map<AcutePainReasonId, AcutePainReason>();
  if (technique.type === 'cupping') found.set('cupping', { id: 'cupping' });
  if (technique.type === 'thai') found.set('thai', { id: 'thai' });
  technique.steps.forEach((step, i) => {
    for (const r of stepAcutePainReasons(step, i)) if (!found.has(r.id)) found.set(r.id, r);
  });
  return ACUTE_PAIN_REASON_ORDER.flatMap((id) => {
    const r = found.get(id);
    return r ? [r] : [];
  });
}

/** Why a technique is hidden in acute pain (the most important reason), or null if it is shown. */
export function hiddenInAcutePain(technique: Judged): AcutePainReason | null {
  return acutePainReasons(technique)[0] ?? null;
}

/** True if the technique is too strong for acute pain. */
export function isStrongTechnique(technique: Judged): boolean {
  return hiddenInAcutePain(technique) !== null;
}

export interface HiddenTechnique<T> {
  technique: T;
  /** The most important reason (reasons[0]). */
  reason: AcutePainReason;
  reasons: AcutePainReason[];
}

/** Split techniques into the ones shown and the ones hidden (with reasons) for the acute-pain switch. */
export function filterForAcutePain<T extends Judged>(
  techniques: readonly T[],
  acutePain: boolean,
): { shown: T[]; hidden: HiddenTechnique<T>[] } {
  if (!acutePain) return { shown: [...techniques], hidden: [] };
  const shown: T[] = [];
  const hidden: HiddenTechnique<T>[] = [];
  for (const t of techniques) {
    const reasons = acutePainReasons(t);
    const first = reasons[0];
    if (first) hidden.push({ technique: t, reason: first, reasons });
    else shown.push(t);
  }
  return { shown, hidden };
}

/** The sources of the acute-pain rule: those of the 'acute-pain' precaution (data/safety/precautions.json). */
export function acutePainSources(content: SafetyContent = SAFETY): SafetySource[] {
  const p = content.precautions.precautions.find((x) => x.id === 'acute-pain');
  return (p?.sources ?? [])
    .map((id) => content.precautions.sources.find((s) => s.id === id))
    .filter((s): s is SafetySource => s !== undefined);
}
