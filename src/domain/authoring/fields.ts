/**
 * The forms of the authoring studio, derived from the zod schema of the file format (through
 * `z.toJSONSchema`, the same generator as data/schema/technique.schema.json): choosing a move
 * shows exactly that move's fields, with the schema's enums, ranges, defaults and descriptions.
 * Nothing here is written by hand per move, so a new field in the schema appears in the form.
 */
import { z } from 'zod';
import {
  PathSpecSchema,
  TechniqueSchema,
  type MoveName,
  type PathShape,
} from '../technique/schema';
import type { JsonPath, JsonValue } from './edits';
import { stepSchemaOf } from './defaults';

export type FieldKind =
  | 'enum'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'text'
  /** { en, ru } */
  | 'localized'
  /** a list of { en, ru } (step cautions) */
  | 'localized-list'
  /** an AnatomicalPoint */
  | 'point'
  /** a list of AnatomicalPoints (point-press `points`) */
  | 'points'
  /** a PathSpec (see `shapes` and `pathFields(shape)`) */
  | 'path'
  /** a list of enum values (regions, precautions) */
  | 'enum-list'
  /** an object with `children` (tempo, course) */
  | 'object'
  /** a list of objects (sources, course stages) */
  | 'list';

export interface FieldSpec {
  /** Path of the field inside the step (or the technique, for `techniqueFields`). */
  path: JsonPath;
  /** The last key of the path. */
  key: string;
  kind: FieldKind;
  /** Allowed values (enum, enum-list): strings, except `format_version` (numbers). */
  options?: (string | number)[];
  min?: number;
  max?: number;
  /** True when `min` itself is not allowed (a positive number: > 0). */
  exclusiveMin?: boolean;
  /** Unit for a number: 'cm', 's', 'min', '/min', 'Hz', 'cun'. */
  unit?: string;
  required: boolean;
  /** The default the gate fills in when the field is left out. */
  default?: JsonValue;
  /** The schema's description ('' when it has none). */
  description: string;
  /** Path shapes the field accepts (kind 'path'). */
  shapes?: PathShape[];
  /** Fields of an object (kind 'object'), or of one item (kind 'list'). */
  children?: FieldSpec[];
  minItems?: number;
  maxItems?: number;
  /** Text length limits (text, localized). */
  maxLength?: number;
}

type JS = Record<string, unknown>;
const isObj = (v: unknown): v is JS => typeof v === 'object' && v !== null && !Array.isArray(v);

const PATH_DEFS: Readonly<Record<string, PathShape>> = {
  PolylinePath: 'polyline',
  ZigzagPath: 'zigzag',
  SpiralPath: 'spiral',
  CirclePath: 'circle',
  BandPath: 'band',
  LinePath: 'line',
};

/** Unit from the key's suffix (the format's convention), else from the description. */
export function unitOf(key: string, description = ''): string | undefined {
  if (key.endsWith('_per_min')) return '/min';
  if (key.endsWith('_cm')) return 'cm';
  if (key.endsWith('_cun')) return 'cun';
  if (key.endsWith('_min')) return 'min';
  if (key.endsWith('_s')) return 's';
  if (key.endsWith('_hz')) return 'Hz';
  const m = /,\s*(cm|s|min)\b/.exec(description);
  return m ? m[1] : undefined;
}

const opt = (v: unknown): string | number => (typeof v === 'number' ? v : String(v));

function refName(s: JS): string | undefined {
  const r = s.$ref;
  return typeof r === 'string' ? r.replace(/^#\/\$defs\//, '') : undefined;
}

function deref(s: JS, defs: JS): JS {
  const name = refName(s);
  const d = name ? defs[name] : undefined;
  return isObj(d) ? { ...d, ...s, $ref: undefined } : s;
}

function fieldOf(key: string, prop: JS, required: boolean, path: JsonPath, defs: JS): FieldSpec {
  const ref = refName(prop);
  const description = typeof prop.description === 'string' ? prop.description : '';
  const spec: FieldSpec = { path, key, kind: 'text', required, description };
  if (prop.default !== undefined) spec.default = prop.default as JsonValue;
  const anyOf = (prop.oneOf ?? prop.anyOf) as JS[] | undefined;
  if (ref === 'LocalizedText') {
    spec.kind = 'localized';
    return spec;
  }
  if (ref === 'AnatomicalPoint') {
    spec.kind = 'point';
    return spec;
  }
  if (ref && ref in PATH_DEFS) {
    spec.kind = 'path';
    spec.shapes = [PATH_DEFS[ref] as PathShape];
    return spec;
  }
  if (Array.isArray(anyOf) && anyOf.every((o) => isObj(o) && (refName(o) ?? '') in PATH_DEFS)) {
    spec.kind = 'path';
    spec.shapes = anyOf.map((o) => PATH_DEFS[refName(o) as string] as PathShape);
    return spec;
  }
  const s = deref(prop, defs);
  if (s.type === 'array') {
    const items = isObj(s.items) ? s.items : {};
    if (typeof s.minItems === 'number') spec.minItems = s.minItems;
    if (typeof s.maxItems === 'number') spec.maxItems = s.maxItems;
    const itemRef = refName(items);
    const it = deref(items, defs);
    if (itemRef === 'LocalizedText') spec.kind = 'localized-list';
    else if (itemRef === 'AnatomicalPoint') spec.kind = 'points';
    else if (Array.isArray(it.enum)) {
      spec.kind = 'enum-list';
      spec.options = (it.enum as unknown[]).map(opt);
    } else {
      spec.kind = 'list';
      spec.children = objectFields(it, [...path, 0], defs);
    }
    return spec;
  }
  if (s.type === 'object') {
    spec.kind = 'object';
    spec.children = objectFields(s, path, defs);
    if (!spec.description && typeof s.description === 'string') spec.description = s.description;
    return spec;
  }
  if (Array.isArray(s.enum) || s.const !== undefined) {
    spec.kind = 'enum';
    spec.options = Array.isArray(s.enum) ? (s.enum as unknown[]).map(opt) : [opt(s.const)];
    return spec;
  }
  if (s.type === 'number' || s.type === 'integer') {
    spec.kind = s.type;
    if (typeof s.minimum === 'number') spec.min = s.minimum;
    if (typeof s.exclusiveMinimum === 'number') {
      spec.min = s.exclusiveMinimum;
      spec.exclusiveMin = true;
    }
    if (typeof s.maximum === 'number') spec.max = s.maximum;
    const unit = unitOf(key, description);
    if (unit) spec.unit = unit;
    return spec;
  }
  if (s.type === 'boolean') {
    spec.kind = 'boolean';
    return spec;
  }
  spec.kind = 'text';
  if (typeof s.maxLength === 'number') spec.maxLength = s.maxLength;
  return spec;
}

function objectFields(s: JS, base: JsonPath, defs: JS): FieldSpec[] {
  const props = isObj(s.properties) ? s.properties : {};
  const req = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  return Object.entries(props)
    .filter((e): e is [string, JS] => isObj(e[1]))
    .map(([k, p]) => fieldOf(k, p, req.has(k), [...base, k], defs));
}

function rootFields(schema: z.ZodType, base: JsonPath): FieldSpec[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JS;
  const defs = isObj(js.$defs) ? js.$defs : {};
  return objectFields(deref(js, defs), base, defs);
}

const moveCache = new Map<MoveName, FieldSpec[]>();

/**
 * The form of a step of `move`: one FieldSpec per key of the move's schema, in the schema's
 * order (the first is `move` itself, an enum of one value: the move picker changes it with a
 * 'change-move' edit). Paths are relative to the step.
 */
export function moveFields(move: MoveName): FieldSpec[] {
  let f = moveCache.get(move);
  if (!f) {
    f = rootFields(stepSchemaOf(move), []);
    moveCache.set(move, f);
  }
  return f;
}

const pathCache = new Map<PathShape, FieldSpec[]>();

/** The form of a path of `shape` (paths relative to the path object; prefix with e.g. ['path']). */
export function pathFields(shape: PathShape): FieldSpec[] {
  let f = pathCache.get(shape);
  if (!f) {
    const s = PathSpecSchema.options.find((o) => o.shape.shape.value === shape);
    if (!s) throw new Error(`authoring: no path schema for shape "${shape}"`);
    f = rootFields(s as unknown as z.ZodType, []);
    pathCache.set(shape, f);
  }
  return f;
}

let techniqueCache: FieldSpec[] | undefined;

/** The technique-level form (everything but `steps`). */
export function techniqueFields(): FieldSpec[] {
  techniqueCache ??= rootFields(TechniqueSchema, []).filter((f) => f.key !== 'steps');
  return techniqueCache;
}

let pointCache: FieldSpec[] | undefined;

/** Fields of an AnatomicalPoint (relative paths). */
export function pointFields(): FieldSpec[] {
  if (!pointCache) {
    const js = z.toJSONSchema(PathSpecSchema, { io: 'input', unrepresentable: 'any' }) as JS;
    const defs = isObj(js.$defs) ? js.$defs : {};
    const p = defs.AnatomicalPoint;
    pointCache = isObj(p) ? objectFields(p, [], defs) : [];
  }
  return pointCache;
}
