/** A new technique and a default step for each move (pure). */
import { PATH_SHAPES, type MoveName, type Step, type Technique } from '../../../domain/technique/schema';
import { moveFields, type FieldSpec } from './fields';

const SENSIBLE: Record<string, number> = {
  duration_s: 60,
  hold_s: 5,
  rest_s: 3,
  repetitions: 3,
  cycles_per_min: 30,
  lateral_from_cm: 2,
  lateral_to_cm: 8,
  amplitude_cm: 3,
  zigs: 3,
  radius_cm: 3,
  turns: 2,
  stations: 4,
  distance_cm: 3,
};

export const defaultPoint = () => ({ level: 'L3' as const, lateral_cm: 3 });

/** A default for a path of the given shape. */
export function defaultPath(shape: string): Record<string, unknown> {
  switch (shape) {
    case 'polyline':
      return { shape, points: [{ level: 'L1', lateral_cm: 3 }, { level: 'L4', lateral_cm: 3 }], closed: false };
    case 'zigzag':
      return { shape, from: { level: 'L1', lateral_cm: 7 }, to: { level: 'L4', lateral_cm: 7 }, amplitude_cm: 2, zigs: 3 };
    case 'spiral':
      return { shape, center: defaultPoint(), radius_cm: 4, turns: 2, direction: 'outward', rotation: 'clockwise' };
    case 'circle':
      return { shape, center: defaultPoint(), radius_cm: 3, rotation: 'clockwise' };
    case 'band':
      return { shape, from_level: 'L1', to_level: 'L5', lateral_from_cm: 2, lateral_to_cm: 8, strokes: 'along' };
    default:
      return { shape, line: 'iliac-crest', direction: 'outward', vertical_cm: 0 };
  }
}

function valueOf(f: FieldSpec): unknown {
  switch (f.kind) {
    case 'enum':
      return f.optional ? undefined : (f.def ?? f.options[0]);
    case 'number': {
      if (f.optional && f.key !== 'cycles_per_min') return undefined;
      if (f.def !== undefined) return f.def;
      const v = SENSIBLE[f.key] ?? Math.max(1, f.min ?? 1);
      return Math.min(f.max ?? v, Math.max(f.min ?? v, v));
    }
    case 'boolean':
      return f.def ?? false;
    case 'text':
      return { en: '', ru: '' };
    case 'point':
      return defaultPoint();
    case 'points':
      return [defaultPoint()];
    case 'object': {
      if (f.optional) return undefined;
      if (f.key === 'area') return defaultPath('band');
      const o: Record<string, unknown> = {};
      for (const x of f.fields) {
        const v = valueOf(x);
        if (v !== undefined) o[x.key] = v;
      }
      return o;
    }
    case 'union': {
      const first = f.options.find((o) => (PATH_SHAPES as readonly string[]).includes(o.value)) ?? f.options[0]!;
      return defaultPath(first.value);
    }
  }
}

/** A step of the move with every required field set (captions empty: the user writes them). */
export function defaultStep(move: MoveName): Step {
  const step: Record<string, unknown> = { move };
  for (const f of moveFields(move)) {
    const v = valueOf(f);
    if (v !== undefined) step[f.key] = v;
  }
  return step as unknown as Step;
}

/** A technique with one step, ready to edit. */
export function newTechnique(id = 'my-technique'): Technique {
  return {
    id,
    format_version: 2,
    title: { en: 'My technique', ru: 'Моя техника' },
    summary: { en: 'A technique made in the authoring studio.', ru: 'Техника, созданная в редакторе.' },
    type: 'classic',
    regions: ['lumbar'],
    level: 'therapist',
    position: 'prone',
    duration_min: 5,
    precautions: ['acute-pain'],
    steps: [defaultStep('rub')],
  } as unknown as Technique;
}
