/**
 * The studio's forms come from the schema: for every move, the fields are exactly the keys of
 * the move's zod schema, with its enums, ranges and required-ness (checked against zod itself,
 * not against the JSON Schema the forms are derived from).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { defaultPath, moveFields, pathFields, stepSchemaOf, techniqueFields, unitOf, type FieldSpec } from '../../../src/domain/authoring';
import { MOVES, PATH_SHAPES, PathSpecSchema, TechniqueSchema } from '../../../src/domain/technique/schema';

function checkAgainstZod(fields: FieldSpec[], shape: Record<string, z.ZodType>) {
  expect(fields.map((f) => f.key)).toEqual(Object.keys(shape));
  for (const f of fields) {
    const zs = shape[f.key] as z.ZodType;
    // Required exactly when leaving it out fails.
    expect(f.required, f.key).toBe(!zs.safeParse(undefined).success);
    if (f.kind === 'enum') {
      expect(f.options?.length, f.key).toBeGreaterThan(0);
      for (const o of f.options ?? []) expect(zs.safeParse(o).success, `${f.key}=${o}`).toBe(true);
      expect(zs.safeParse('not-an-option').success).toBe(false);
    }
    if (f.kind === 'number' || f.kind === 'integer') {
      expect(f.min, f.key).toBeDefined();
      expect(f.max, f.key).toBeDefined();
      const min = f.min as number;
      const max = f.max as number;
      expect(zs.safeParse(max).success, `${f.key} max`).toBe(true);
      expect(zs.safeParse(max + 0.001).success, `${f.key} > max`).toBe(false);
      expect(zs.safeParse(min).success, `${f.key} min`).toBe(!f.exclusiveMin);
      expect(zs.safeParse(min - 0.001).success, `${f.key} < min`).toBe(false);
      if (f.kind === 'integer') expect(zs.safeParse(Math.floor(max) - 0.5).success).toBe(false);
    }
    if (f.kind === 'boolean') expect(zs.safeParse(true).success).toBe(true);
    if (f.kind === 'localized') {
      expect(zs.safeParse({ en: 'a', ru: 'б' }).success).toBe(true);
      expect(zs.safeParse({ en: 'a', ru: '' }).success).toBe(false);
    }
    if (f.kind === 'point') expect(zs.safeParse({ level: 'L3', lateral_cm: 4 }).success).toBe(true);
    if (f.kind === 'path') {
      expect(f.shapes?.length).toBeGreaterThan(0);
      for (const s of PATH_SHAPES) {
        const accepts = zs.safeParse(defaultPath(s)).success;
        expect(accepts, `${f.key} accepts ${s}`).toBe(f.shapes?.includes(s));
      }
    }
  }
}

describe('moveFields', () => {
  it.each(MOVES)('%s: exactly the keys of its schema, with its enums, ranges and required fields', (move) => {
    checkAgainstZod(moveFields(move), stepSchemaOf(move).shape as Record<string, z.ZodType>);
  });

  it('moves differ in their fields: a vibration has `at` and `frequency_hz`, a rub has `path` and `axis`', () => {
    const keys = (m: (typeof MOVES)[number]) => moveFields(m).map((f) => f.key);
    expect(keys('vibration')).toEqual(expect.arrayContaining(['at', 'frequency_hz', 'hold_s']));
    expect(keys('vibration')).not.toContain('path');
    expect(keys('rub')).toEqual(expect.arrayContaining(['path', 'axis', 'tempo']));
    expect(keys('rub')).not.toContain('at');
  });

  it('kinds, units and defaults come through: captions are EN+RU, tempo is an object, cm and s are units', () => {
    const f = Object.fromEntries(moveFields('circular-rub').map((x) => [x.key, x]));
    expect(f.caption?.kind).toBe('localized');
    expect(f.cautions?.kind).toBe('localized-list');
    expect(f.path?.shapes).toEqual(['circle', 'polyline']);
    expect(f.radius_cm).toMatchObject({ kind: 'number', unit: 'cm', min: 0.5, max: 10, default: 3 });
    expect(f.circles).toMatchObject({ kind: 'integer', min: 1, max: 100, required: true });
    expect(f.tempo?.kind).toBe('object');
    expect(f.tempo?.children?.map((c) => [c.key, c.unit])).toEqual([
      ['duration_s', 's'],
      ['cycles_per_min', '/min'],
    ]);
    const pp = Object.fromEntries(moveFields('point-press').map((x) => [x.key, x]));
    expect(pp.points).toMatchObject({ kind: 'points', minItems: 1, maxItems: 32 });
    expect(pp.hold_s).toMatchObject({ kind: 'number', unit: 's', exclusiveMin: true });
    expect(moveFields('apply-oil').find((x) => x.key === 'area')?.shapes).toEqual(['band']);
  });

  it('unit from the key suffix', () => {
    expect([unitOf('lateral_cm'), unitOf('hold_s'), unitOf('duration_min'), unitOf('cycles_per_min'), unitOf('frequency_hz'), unitOf('stations')]).toEqual([
      'cm',
      's',
      'min',
      '/min',
      'Hz',
      undefined,
    ]);
  });
});

describe('pathFields and techniqueFields', () => {
  it.each(PATH_SHAPES)('%s path: the keys of its schema', (shape) => {
    const s = PathSpecSchema.options.find((o) => o.shape.shape.value === shape);
    checkAgainstZod(pathFields(shape), (s as unknown as z.ZodObject).shape as Record<string, z.ZodType>);
  });

  it('the technique form: every key but steps', () => {
    const keys = Object.keys(TechniqueSchema.shape).filter((k) => k !== 'steps');
    checkAgainstZod(techniqueFields(), Object.fromEntries(keys.map((k) => [k, TechniqueSchema.shape[k as keyof typeof TechniqueSchema.shape]])) as Record<string, z.ZodType>);
    const f = Object.fromEntries(techniqueFields().map((x) => [x.key, x]));
    expect(f.regions?.kind).toBe('enum-list');
    expect(f.precautions?.kind).toBe('enum-list');
    expect(f.course?.kind).toBe('object');
  });
});
