/**
 * The form of a step, made from the zod schema of its move (thin adapter until the authoring
 * domain's moveFields lands): each field of the move's strict object becomes a FieldSpec.
 * Pure TS (no React).
 */
import type { z } from 'zod';
import { StepSchema, type MoveName } from '../../../domain/technique/schema';

export type Seg = string | number;

export type FieldSpec =
  | { kind: 'enum'; key: string; options: readonly string[]; optional: boolean; def?: string }
  | { kind: 'number'; key: string; min?: number; max?: number; int: boolean; optional: boolean; def?: number; unit: string }
  | { kind: 'boolean'; key: string; def?: boolean }
  | { kind: 'text'; key: string }
  | { kind: 'point'; key: string }
  | { kind: 'points'; key: string; min: number; max: number }
  | { kind: 'object'; key: string; fields: FieldSpec[]; optional: boolean }
  | { kind: 'union'; key: string; discriminator: string; options: { value: string; fields: FieldSpec[] }[] };

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  shape?: Record<string, z.ZodType>;
}
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const meta = (s: z.ZodType) => s as unknown as { minValue?: number | null; maxValue?: number | null; isInt?: boolean; shape?: Record<string, z.ZodType>; _zod: { bag?: { minimum?: number; maximum?: number } } };

const isPoint = (s: z.ZodType) => {
  const sh = meta(s).shape;
  return !!sh && 'acupoint' in sh && 'level' in sh;
};
const isText = (s: z.ZodType) => {
  const sh = meta(s).shape;
  return !!sh && 'en' in sh && 'ru' in sh && Object.keys(sh).length === 2;
};

export function unitOf(key: string): string {
  if (key.endsWith('_cm')) return 'cm';
  if (key.endsWith('_cun')) return 'cun';
  if (key.endsWith('_per_min')) return '/min';
  if (key.endsWith('_min')) return 'min';
  if (key.endsWith('_s')) return 's';
  return '';
}

const finite = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A field spec from one schema (null: not editable in the form, e.g. cautions). */
export function fieldOf(key: string, schema: z.ZodType): FieldSpec | null {
  let s = schema;
  let optional = false;
  let dflt: unknown;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') dflt = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    else break;
    s = d.innerType!;
  }
  const d = def(s);
  switch (d.type) {
    case 'enum': {
      const options = Object.values(d.entries ?? {});
      return { kind: 'enum', key, options, optional, ...(typeof dflt === 'string' ? { def: dflt } : {}) };
    }
    case 'number': {
      const m = meta(s);
      const min = finite(m.minValue);
      const max = finite(m.maxValue);
      return { kind: 'number', key, int: !!m.isInt, optional, unit: unitOf(key), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(typeof dflt === 'number' ? { def: dflt } : {}) };
    }
    case 'boolean':
      return { kind: 'boolean', key, ...(typeof dflt === 'boolean' ? { def: dflt } : {}) };
    case 'object':
      if (isText(s)) return optional ? null : { kind: 'text', key };
      if (isPoint(s)) return { kind: 'point', key };
      return { kind: 'object', key, optional, fields: objectFields(s) };
    case 'array':
      if (d.element && isPoint(d.element)) {
        const bag = meta(s)._zod.bag ?? {};
        return { kind: 'points', key, min: bag.minimum ?? 1, max: bag.maximum ?? 32 };
      }
      return null;
    case 'union':
      if (d.discriminator && d.options) {
        const disc = d.discriminator;
        return {
          kind: 'union',
          key,
          discriminator: disc,
          options: d.options.map((o) => {
            const sh = meta(o).shape ?? {};
            const lit = def(sh[disc]!).values?.[0];
            return { value: String(lit), fields: objectFields(o).filter((f) => f.key !== disc) };
          }),
        };
      }
      return null;
    default:
      return null;
  }
}

function objectFields(s: z.ZodType): FieldSpec[] {
  const shape = meta(s).shape ?? {};
  return Object.entries(shape)
    .map(([k, v]) => fieldOf(k, v))
    .filter((f): f is FieldSpec => f !== null);
}

const cache = new Map<string, FieldSpec[]>();

/** The fields of a move (without `move` itself), in schema order. */
export function moveFields(move: MoveName): FieldSpec[] {
  let hit = cache.get(move);
  if (!hit) {
    const opt = def(StepSchema as unknown as z.ZodType).options!.find((o) => def(meta(o).shape!.move!).values?.[0] === move)!;
    hit = objectFields(opt).filter((f) => f.key !== 'move' && f.key !== 'position');
    cache.set(move, hit);
  }
  return hit;
}
