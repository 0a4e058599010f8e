/**
 * Which precautions apply to a technique: the ones its file lists, plus rules by massage type,
 * by the moves and pressures of its steps, by its being a course, and the rules that apply to
 * every technique. Pure functions.
 */
import type { MassageType, MoveName, Technique } from '../technique/schema';
import { PRECAUTION_IDS, type PrecautionId } from './ids';
import { SAFETY } from './load';
import type { Precaution, SafetyContent } from './schema';

/** Rules for every technique: no pressure on the spinous processes, no jolts, stop if pain shoots down the leg. */
export const ALWAYS_PRECAUTIONS: readonly PrecautionId[] = [
  'no-spinous-pressure',
  'no-jolts',
  'stop-if-leg-pain',
];

/** Precautions every technique of a type needs (its file must list them; the lint checks). */
export const TYPE_PRECAUTIONS: Readonly<Record<MassageType, readonly PrecautionId[]>> = {
  classic: ['acute-pain'],
  point: ['pregnancy', 'acute-pain'],
  cupping: [
    'bleeding-anticoagulants',
    'skin-lesions',
    'deep-vein-thrombosis',
    'reduced-skin-sensation',
  ],
  thai: ['acute-pain', 'fracture-osteoporosis', 'pregnancy'],
  honey: ['honey-allergy', 'skin-lesions', 'reduced-skin-sensation'],
};

/** Precautions a move needs wherever it appears. */
export const MOVE_PRECAUTIONS: Readonly<Partial<Record<MoveName, readonly PrecautionId[]>>> = {
  'point-press': ['pregnancy'],
  'set-cup': ['bleeding-anticoagulants', 'skin-lesions'],
  'cup-glide': ['bleeding-anticoagulants', 'skin-lesions', 'reduced-skin-sensation'],
  'apply-honey': ['honey-allergy', 'skin-lesions'],
  'honey-press-pull': ['honey-allergy', 'skin-lesions', 'reduced-skin-sensation'],
};

/** Precautions any step with firm pressure needs (no strong pressure with these). */
export const FIRM_PRESSURE_PRECAUTIONS: readonly PrecautionId[] = [
  'bleeding-anticoagulants',
  'fracture-osteoporosis',
  'pregnancy',
  'reduced-skin-sensation',
];

/** Why a precaution applies. */
export type PrecautionReason =
  | { kind: 'listed' }
  | { kind: 'always' }
  | { kind: 'type'; type: MassageType }
  | { kind: 'move'; move: MoveName; step: number }
  | { kind: 'firm-pressure'; step: number }
  | { kind: 'course' };

export interface ApplicablePrecaution {
  id: PrecautionId;
  /** The content to show; undefined only if a custom `content` lacks the id. */
  precaution: Precaution | undefined;
  reasons: PrecautionReason[];
}

/**
 * The precautions that apply to a technique, each with the reasons, in the order of the
 * precautions file (rules first). Every technique gets at least ALWAYS_PRECAUTIONS.
 */
export function applicablePrecautions(
  technique: Pick<Technique, 'type' | 'precautions' | 'steps' | 'course'>,
  content: SafetyContent = SAFETY,
): ApplicablePrecaution[] {
  const reasons = new Map<PrecautionId, PrecautionReason[]>();
  const add = (id: PrecautionId, r: PrecautionReason) => {
    const list = reasons.get(id) ?? [];
    if (!list.some((x) => JSON.stringify(x) === JSON.stringify(r))) list.push(r);
    reasons.set(id, list);
  };
  for (const id of technique.precautions) add(id, { kind: 'listed' });
  for (const id of ALWAYS_PRECAUTIONS) add(id, { kind: 'always' });
  for (const id of TYPE_PRECAUTIONS[technique.type] ?? [])
    add(id, { kind: 'type', type: technique.type });
  technique.steps.forEach((step, i) => {
    for (const id of MOVE_PRECAUTIONS[step.move] ?? [])
      add(id, { kind: 'move', move: step.move, step: i });
    if ('pressure' in step && step.pressure === 'firm')
      for (const id of FIRM_PRESSURE_PRECAUTIONS) add(id, { kind: 'firm-pressure', step: i });
    if ('suction' in step && step.suction === 'strong')
      for (const id of FIRM_PRESSURE_PRECAUTIONS) add(id, { kind: 'firm-pressure', step: i });
  });
  if (technique.course) add('first-sessions-doctor', { kind: 'course' });

  const order = content.precautions.precautions.map((p) => p.id);
  const rank = (id: PrecautionId) => {
    const k = order.indexOf(id);
    return k === -1 ? order.length + PRECAUTION_IDS.indexOf(id) : k;
  };
  return [...reasons.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, rs]) => ({
      id,
      precaution: content.precautions.precautions.find((p) => p.id === id),
      reasons: rs,
    }));
}

/** Ids a technique's file must list itself: the precautions of its type. */
export function requiredListedPrecautions(
  technique: Pick<Technique, 'type'>,
): readonly PrecautionId[] {
  return TYPE_PRECAUTIONS[technique.type] ?? [];
}
