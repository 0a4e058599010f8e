/**
 * The acute-pain filter (pure). When the user says their back pain is acute (sudden, recent,
 * severe), strong techniques are hidden from the chooser, each with the reason why.
 *
 * Seed rules (DESIGN.md §1): no force during acute pain; classic massage only in remission.
 * What counts as strong (a technique merely LISTING the 'acute-pain' precaution is not hidden:
 * the schema makes every point technique list it as a caution):
 * - classic massage (only in remission);
 * - Thai massage (strong palm movements along the spine);
 * - any step with firm pressure or strong cup suction;
 * - forceful moves: fist kneading, honey press-and-pull (tearing the palms away), chopping strokes.
 */
import type { MoveName, Step, Technique } from '../../domain/technique/schema';

export type AcutePainReasonId =
  | 'classic-remission-only'
  | 'thai-strong'
  | 'firm-pressure'
  | 'strong-suction'
  | 'forceful-move';

export interface AcutePainReason {
  id: AcutePainReasonId;
  /** 0-based index of the step that makes it strong (step-based reasons only). */
  step?: number;
  move?: MoveName;
}

const FORCEFUL_MOVES: readonly MoveName[] = ['knead-fist', 'honey-press-pull'];

function stepReason(step: Step, i: number): AcutePainReason | null {
  if ('pressure' in step && step.pressure === 'firm') return { id: 'firm-pressure', step: i, move: step.move };
  if ('suction' in step && step.suction === 'strong') return { id: 'strong-suction', step: i, move: step.move };
  if (FORCEFUL_MOVES.includes(step.move)) return { id: 'forceful-move', step: i, move: step.move };
  if (step.move === 'edge-of-palm-stroke' && step.style === 'chop') return { id: 'forceful-move', step: i, move: step.move };
  return null;
}

type Judged = Pick<Technique, 'type' | 'precautions' | 'steps'>;

/** Why a technique is hidden in acute pain (the first, most important reason), or null if shown. */
export function hiddenInAcutePain(technique: Judged): AcutePainReason | null {
  if (technique.type === 'classic') return { id: 'classic-remission-only' };
  if (technique.type === 'thai') return { id: 'thai-strong' };
  for (let i = 0; i < technique.steps.length; i++) {
    const r = stepReason(technique.steps[i]!, i);
    if (r) return r;
  }
  return null;
}

/** True if the technique is too strong for acute pain. */
export function isStrongTechnique(technique: Judged): boolean {
  return hiddenInAcutePain(technique) !== null;
}

/** Split techniques into the ones shown and the ones hidden (with reasons) for the acute-pain switch. */
export function filterForAcutePain<T extends Judged>(
  techniques: readonly T[],
  acutePain: boolean,
): { shown: T[]; hidden: { technique: T; reason: AcutePainReason }[] } {
  if (!acutePain) return { shown: [...techniques], hidden: [] };
  const shown: T[] = [];
  const hidden: { technique: T; reason: AcutePainReason }[] = [];
  for (const t of techniques) {
    const reason = hiddenInAcutePain(t);
    if (reason) hidden.push({ technique: t, reason });
    else shown.push(t);
  }
  return { shown, hidden };
}
