import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allJsonSchemas, schemaFileText } from '../../../src/domain/technique/jsonSchemas';
import {
  ACUPOINT_IDS,
  ACUPOINTS,
  AcupointsFileSchema,
  LANDMARK_IDS,
  MOVES,
  StepSchema,
} from '../../../src/domain/technique';
import { fixtureJson, libraryJson, ROOT } from './helpers';
import landmarksJson from '../../../data/anatomy/landmarks.json';

describe('generated JSON Schemas (data/schema)', () => {
  it.each(Object.keys(allJsonSchemas()))(
    '%s is up to date (run `npm run schema` if this fails)',
    (name) => {
      const committed = readFileSync(join(ROOT, 'data', 'schema', name), 'utf8');
      expect(committed).toBe(schemaFileText(allJsonSchemas()[name] ?? {}));
    },
  );

  it('offers every move, with its own fields, to editors', () => {
    const js = allJsonSchemas()['technique.schema.json'] as {
      $defs: Record<string, { properties: Record<string, { const?: string }> }>;
    };
    const moves = Object.values(js.$defs)
      .map((d) => d.properties?.move?.const)
      .filter((m): m is string => typeof m === 'string');
    expect(new Set(moves)).toEqual(new Set(MOVES));
    expect(js.$defs.PointPressStep?.properties).toHaveProperty('hold_s');
    expect(js.$defs.RubStep?.properties).not.toHaveProperty('hold_s');
  });

  it('what editors see (the JSON Schema, read back) accepts every library file and rejects broken ones', () => {
    const js = JSON.parse(
      readFileSync(join(ROOT, 'data', 'schema', 'technique.schema.json'), 'utf8'),
    ) as Parameters<typeof z.fromJSONSchema>[0];
    const editor = z.fromJSONSchema(js);
    for (const [file, json] of Object.entries(libraryJson()))
      expect(editor.safeParse(json).success, file).toBe(true);
    for (const file of ['misspelt-move.json', 'level-l6.json', 'many-errors.json'])
      expect(editor.safeParse(fixtureJson(file)).success, file).toBe(false);
  });

  it('every move of MOVES has a step schema', () => {
    const opts = StepSchema.options.map((o) => o.shape.move.value);
    expect(new Set(opts)).toEqual(new Set(MOVES));
  });
});

describe('data/anatomy/acupoints.json', () => {
  const raw = JSON.parse(
    readFileSync(join(ROOT, 'data', 'anatomy', 'acupoints.json'), 'utf8'),
  ) as unknown;

  it('is valid and defines exactly the ids the schema offers', () => {
    const r = AcupointsFileSchema.safeParse(raw);
    expect(r.success).toBe(true);
    expect(ACUPOINTS.acupoints.map((a) => a.id).sort()).toEqual([...ACUPOINT_IDS].sort());
  });

  it('defines points relative to landmarks, never as xyz, with the WHO offsets', () => {
    const text = JSON.stringify(raw);
    expect(text).not.toMatch(/"(x|y|z|xyz|position)"\s*:/);
    const loc = (id: string) => ACUPOINTS.acupoints.find((a) => a.id === id)?.location;
    expect(loc('BL23')).toEqual({
      kind: 'level',
      level: 'L2',
      at: 'lower-border',
      lateral_cun: 1.5,
    });
    expect(loc('BL25')).toEqual({
      kind: 'level',
      level: 'L4',
      at: 'lower-border',
      lateral_cun: 1.5,
    });
    expect(loc('BL52')).toEqual({ kind: 'level', level: 'L2', at: 'lower-border', lateral_cun: 3 });
    expect(loc('GV4')).toMatchObject({ kind: 'level', level: 'L2', lateral_cun: 0 });
    expect(ACUPOINTS.acupoints.find((a) => a.id === 'GV4')?.no_pressure).toBe(true);
    expect(loc('GB30')).toEqual({
      kind: 'between',
      from: 'sacral-hiatus',
      to: 'greater-trochanter',
      t: 0.667,
    });
    expect(
      ['BL31', 'BL32', 'BL33', 'BL34'].map((id) => (loc(id) as { level: string }).level),
    ).toEqual(['S1', 'S2', 'S3', 'S4']);
    // 1 cun is the model's proportional back cun (midline → medial border of the scapula = 3 cun),
    // as data/anatomy/landmarks.json carries it (npm run build:model), not a fixed 2 cm
    expect(ACUPOINTS.cun_cm).toBe(landmarksJson.cun.cm);
    expect(ACUPOINTS.cun_cm).toBeCloseTo(2.17, 2);
  });

  it('uses landmark ids from the shared contract', () => {
    for (const a of ACUPOINTS.acupoints) {
      if (a.location.kind === 'between') {
        expect(LANDMARK_IDS).toContain(a.location.from);
        expect(LANDMARK_IDS).toContain(a.location.to);
      }
    }
  });
});
