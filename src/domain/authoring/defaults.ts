/**
 * Starting points of the authoring studio: a new technique, a default step for every move, a
 * default path of every shape, and changing a step's move while keeping what still fits.
 *
 * Every default passes the parse gate and the lint without errors (tests/unit/authoring): a
 * teacher starts from something that plays, on the lumbar region beside (never on) the spine,
 * light pressure, lymph-wise strokes (from the spine outwards and down).
 */
import { requiredListedPrecautions } from '../safety/rules';
import {
  StepSchema,
  TECHNIQUE_FORMAT_VERSION,
  type AnatomicalPoint,
  type BandPath,
  type LocalizedText,
  type MoveName,
  type PathShape,
  type PathSpec,
  type Step,
  type Technique,
} from '../technique/schema';
import type { z } from 'zod';

/** Default captions (EN + RU) of a new step of each move: the same words as the step list's move names. */
export const MOVE_CAPTIONS: Readonly<Record<MoveName, LocalizedText>> = {
  'apply-oil': { en: 'Spread oil over the area', ru: 'Нанесите масло на область' },
  'apply-honey': { en: 'Spread a thin layer of honey', ru: 'Нанесите тонкий слой мёда' },
  'set-cup': { en: 'Set the cup', ru: 'Установите банку' },
  rub: { en: 'Rubbing', ru: 'Растирание' },
  'circular-rub': { en: 'Circular rubbing', ru: 'Круговое растирание' },
  'knead-palm': { en: 'Kneading with the palms', ru: 'Разминание ладонями' },
  'knead-fist': { en: 'Kneading with the knuckles', ru: 'Разминание костяшками кулаков' },
  'point-press': { en: 'Point pressure', ru: 'Точечное надавливание' },
  'palm-press': { en: 'Palm pressure', ru: 'Надавливание ладонями' },
  'edge-of-palm-stroke': { en: 'Edge-of-palm strokes', ru: 'Движения ребром ладони' },
  effleurage: { en: 'Gliding strokes', ru: 'Поглаживание' },
  'cup-glide': { en: 'Gliding the cup', ru: 'Скольжение банки' },
  'honey-press-pull': { en: 'Honey press and pull', ru: 'Медовые прихлопывания с отрывом' },
  wringing: { en: 'Wringing', ru: 'Выжимание' },
  percussion: { en: 'Percussion', ru: 'Поколачивание' },
  vibration: { en: 'Vibration', ru: 'Вибрация' },
  stretch: { en: 'Stretching', ru: 'Растяжение' },
  'remove-cup': { en: 'Take the cup off', ru: 'Снимите банку' },
};

const band = (): BandPath => ({
  shape: 'band',
  from_level: 'L1',
  to_level: 'L5',
  lateral_from_cm: 3,
  lateral_to_cm: 12,
  strokes: 'along',
});
const pt = (level: AnatomicalPoint['level'], lateral_cm: number, vertical_cm?: number): AnatomicalPoint => ({
  level,
  lateral_cm,
  ...(vertical_cm !== undefined ? { vertical_cm } : {}),
});

/** A default path of each shape (on the lumbar region, beside the spine, stroking outwards and down). */
export function defaultPath(shape: PathShape): PathSpec {
  switch (shape) {
    case 'polyline':
      return { shape, points: [pt('L2', 4), pt('L4', 8)], closed: false };
    case 'zigzag':
      return { shape, from: pt('L2', 6), to: pt('L5', 6), amplitude_cm: 2, zigs: 4 };
    case 'spiral':
      return { shape, center: pt('L3', 7), radius_cm: 4, turns: 2, direction: 'outward', rotation: 'clockwise' };
    case 'circle':
      return { shape, center: pt('L3', 6), radius_cm: 3, rotation: 'clockwise' };
    case 'band':
      return band();
    case 'line':
      return { shape, line: 'iliac-crest', direction: 'outward', vertical_cm: 2 };
  }
}

const base = (move: MoveName) => ({ caption: { ...MOVE_CAPTIONS[move] }, side: 'both' as const, hands: 'both' as const });

/** A valid step of `move` (passes the gate and the lint without errors). */
export function defaultStep(move: MoveName): Step {
  const tempo = { cycles_per_min: 30 };
  switch (move) {
    case 'apply-oil':
    case 'apply-honey':
      return { move, ...base(move), area: band(), duration_s: 30 };
    case 'set-cup':
      return { move, ...base(move), at: pt('L3', 6), suction: 'light', cup_diameter_cm: 5, duration_s: 10, leave_on: false };
    case 'rub':
      return { move, ...base(move), hand_shape: 'palm', path: band(), axis: 'along-spine', pressure: 'light', repetitions: 30, tempo: { cycles_per_min: 60 } };
    case 'circular-rub':
      return { move, ...base(move), hand_shape: 'palm', path: { shape: 'circle', center: pt('L3', 6), radius_cm: 3, rotation: 'clockwise' }, radius_cm: 3, circles: 3, rotation: 'clockwise', pressure: 'light', repetitions: 5, tempo: { cycles_per_min: 20 } };
    case 'knead-palm':
      return { move, ...base(move), hand_shape: 'palm', path: band(), pressure: 'light', repetitions: 10, tempo };
    case 'knead-fist':
      return { move, ...base(move), hand_shape: 'fist', path: band(), pressure: 'light', repetitions: 10, tempo };
    case 'point-press':
      return { move, ...base(move), hand_shape: 'thumb', points: [pt('L4', 4)], pressure: 'light', hold_s: 5, rest_s: 3, repetitions: 3 };
    case 'palm-press':
      return { move, ...base(move), hand_shape: 'palm', path: { shape: 'polyline', points: [pt('L1', 5), pt('L5', 5)], closed: false }, stations: 5, pressure: 'light', hold_s: 2, repetitions: 1 };
    case 'edge-of-palm-stroke':
      return { move, ...base(move), hand_shape: 'edge-of-palm', style: 'saw', path: band(), pressure: 'light', repetitions: 20, tempo: { cycles_per_min: 60 } };
    case 'effleurage':
      return { move, ...base(move), hand_shape: 'palm', path: { shape: 'polyline', points: [pt('L1', 3), pt('L5', 10)], closed: false }, pressure: 'light', repetitions: 6, tempo: { cycles_per_min: 12 } };
    case 'cup-glide':
      return { move, ...base(move), path: { shape: 'polyline', points: [pt('L2', 6), pt('L5', 8)], closed: false }, suction: 'light', cup_diameter_cm: 5, repetitions: 5, tempo: { cycles_per_min: 10 } };
    case 'honey-press-pull':
      return { move, ...base(move), hand_shape: 'palm', path: band(), pressure: 'light', repetitions: 20, tempo };
    case 'wringing':
      return { move, ...base(move), hand_shape: 'palm', path: band(), pressure: 'light', repetitions: 10, tempo: { cycles_per_min: 20 } };
    case 'percussion':
      return { move, ...base(move), style: 'tapping', path: { shape: 'band', from_level: 'L4', to_level: 'S2', lateral_from_cm: 3, lateral_to_cm: 10, strokes: 'along' }, pressure: 'light', repetitions: 100, tempo: { cycles_per_min: 200 } };
    case 'vibration':
      return { move, ...base(move), hand_shape: 'palm', at: pt('L4', 5), frequency_hz: 8, pressure: 'light', hold_s: 5, repetitions: 3 };
    case 'stretch':
      return { move, ...base(move), hand_shape: 'palm', center: pt('L3', 6), axis: 'along-spine', gap_cm: 14, distance_cm: 3, pressure: 'light', hold_s: 5, repetitions: 3 };
    case 'remove-cup':
      return { move, ...base(move), at: pt('L3', 6), duration_s: 5 };
  }
}

/**
 * The default step of `move` for a technique, to be inserted at `index`: like `defaultStep`, but
 * a "remove-cup" takes off the last cup left on the skin (set-cup with leave_on) before `index`,
 * at its place and on its side.
 */
export function defaultStepAt(t: Pick<Technique, 'steps'>, move: MoveName, index: number = t.steps.length): Step {
  const step = defaultStep(move);
  if (step.move === 'remove-cup') {
    for (let i = Math.min(index, t.steps.length) - 1; i >= 0; i--) {
      const s = t.steps[i];
      if (s?.move === 'set-cup' && s.leave_on) return { ...step, at: structuredClone(s.at), side: s.side };
    }
  }
  return step;
}

/** A valid minimal technique (format 2, EN + RU texts) with one warming rub. */
export function newTechnique(): Technique {
  const t: Technique = {
    id: 'my-technique',
    format_version: TECHNIQUE_FORMAT_VERSION,
    title: { en: 'My technique', ru: 'Моя техника' },
    summary: {
      en: 'A technique made in the Handpath studio: describe what it is for and how it feels.',
      ru: 'Техника, созданная в студии Handpath: опишите, для чего она и какие ощущения даёт.',
    },
    type: 'classic',
    regions: ['lumbar'],
    level: 'student',
    position: 'prone',
    duration_min: 1,
    precautions: [...requiredListedPrecautions({ type: 'classic' })],
    steps: [defaultStep('rub')],
  };
  return t;
}

/** The zod schema of one move's step. */
export function stepSchemaOf(move: MoveName): z.ZodObject {
  const s = StepSchema.options.find((o) => o.shape.move.value === move);
  if (!s) throw new Error(`authoring: no step schema for move "${move}"`);
  return s as unknown as z.ZodObject;
}

/**
 * The step with another move: every field the new move also has is kept when the new move's
 * schema accepts its value (caption, cautions, side, hands, pressure, repetitions, tempo, a path
 * of a shape it takes…); the others come from `defaultStep(move)`.
 */
export function changeMove(step: Step, move: MoveName): Step {
  const next = defaultStep(move) as unknown as Record<string, unknown>;
  const shape = stepSchemaOf(move).shape as Record<string, z.ZodType>;
  for (const [k, v] of Object.entries(step)) {
    if (k === 'move' || !(k in shape)) continue;
    const field = shape[k];
    if (field && field.safeParse(v).success) next[k] = v;
  }
  // A caption still saying the old move's default name takes the new move's.
  const cap = step.caption as LocalizedText | undefined;
  const oldCap = MOVE_CAPTIONS[step.move];
  if (cap && cap.en === oldCap.en && cap.ru === oldCap.ru) next.caption = { ...MOVE_CAPTIONS[move] };
  return next as unknown as Step;
}
