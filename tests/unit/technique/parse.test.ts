import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  checkTechnique,
  checkTechniqueText,
  formatDiagnostic,
  parseTechnique,
  parseTechniqueText,
  type Diagnostic,
} from '../../../src/domain/technique';
import { fixtureJson, fixtureText } from './helpers';

const lines = (ds: Diagnostic[]) => ds.map(formatDiagnostic);

function errorsOf(json: unknown, file: string): string[] {
  const r = parseTechnique(json, file);
  expect(r.ok).toBe(false);
  return r.ok ? [] : lines(r.errors);
}

describe('parseTechnique: messages for typical mistakes', () => {
  it('misspelt move: names the file, the path, the value, a suggestion and the allowed moves', () => {
    expect(errorsOf(fixtureJson('misspelt-move.json'), 'misspelt-move.json')).toEqual([
      'misspelt-move.json:steps[1].move: error: unknown move "kneed-palm" (did you mean "knead-palm"?); expected one of: apply-oil, apply-honey, set-cup, rub, circular-rub, knead-palm, knead-fist, point-press, palm-press, edge-of-palm-stroke, effleurage, cup-glide, honey-press-pull, wringing, percussion, vibration, … (18 in all)',
    ]);
  });

  it("level 'L6': suggests the nearest real level", () => {
    expect(errorsOf(fixtureJson('level-l6.json'), 'level-l6.json')).toEqual([
      'level-l6.json:steps[0].path.points[1].level: error: unknown vertebral level "L6" (did you mean "L5"?); expected one of: T10, T11, T12, L1, L2, L3, L4, L5, S1, S2, S3, S4',
    ]);
  });

  it('a point press 1 cm from the midline parses but the lint says exactly what to do', () => {
    const r = checkTechnique(fixtureJson('point-press-1cm.json'), 'point-press-1cm.json');
    expect(r.technique).toBeUndefined();
    expect(lines(r.diagnostics)).toEqual([
      'point-press-1cm.json:steps[0].points[0].lateral_cm: error: point press 1 cm from the midline is too close to the spine: press at least 2 cm (about 1 cun) to the side of the spinous processes, never on them',
    ]);
  });

  it('reports several errors at once, each with its own path', () => {
    expect(errorsOf(fixtureJson('many-errors.json'), 'many-errors.json')).toEqual([
      'many-errors.json:id: error: expected lower-case kebab-case, e.g. "classic-warming-rub", found the text "Many Errors"',
      'many-errors.json:format_version: error: expected one of: 1, 2, found 3',
      'many-errors.json:title.ru: error: missing required field "ru" (text)',
      'many-errors.json:summary: error: missing required field "summary" (an object)',
      'many-errors.json:type: error: unknown massage type "clasic" (did you mean "classic"?); expected one of: classic, point, cupping, thai, honey',
      'many-errors.json:regions: error: too few items: expected at least 1 item, found 0',
      'many-errors.json:level: error: unknown audience level "expert"; expected one of: patient, student, therapist',
      'many-errors.json:duration_min: error: expected a number, found the text "ten"',
      'many-errors.json:precautions[0]: error: unknown precaution id "no-jolt" (did you mean "no-jolts"?); expected one of: acute-pain, bleeding-anticoagulants, skin-lesions, fracture-osteoporosis, deep-vein-thrombosis, pregnancy, fever, reduced-skin-sensation, honey-allergy, first-sessions-doctor, no-spinous-pressure, no-jolts, stop-if-leg-pain',
      'many-errors.json:steps[0].points[0].acupoint: error: unknown acupoint "BL-23" (did you mean "BL23"?); expected one of: BL23, BL25, BL52, GV4, BL31, BL32, BL33, BL34, GB30',
      'many-errors.json:steps[0].pressure: error: unknown pressure "hard"; expected one of: light, medium, firm',
      'many-errors.json:steps[0].hold_s: error: missing required field "hold_s" (a number)',
      'many-errors.json:steps[0].repetitions: error: too small: expected at least 1, found 0',
      'many-errors.json:steps[0].hold_sec: error: unknown field "hold_sec" (did you mean "hold_s"?); allowed fields here: move, caption, cautions, side, hands, position, therapist_at, hand_shape, points, pressure, pressure_to, hold_s, rest_s, repetitions',
    ]);
  });

  it('a wrong type says what was expected and what was found', () => {
    const json = fixtureJson('valid-minimal.json') as { steps: Record<string, unknown>[] };
    const step = json.steps[0] as Record<string, unknown>;
    step.repetitions = 'NaN';
    step.pressure = 3;
    step.tempo = { cycles_per_min: 1e9 };
    expect(errorsOf(json, 'm.json')).toEqual([
      'm.json:steps[0].pressure: error: expected one of: light, medium, firm, found 3',
      'm.json:steps[0].repetitions: error: expected a number, found the text "NaN"',
      'm.json:steps[0].tempo.cycles_per_min: error: too big: expected at most 240, found 1000000000',
    ]);
  });

  it('points need exactly one anchor and one lateral unit', () => {
    const json = fixtureJson('level-l6.json') as { steps: { path: { points: unknown[] } }[] };
    const path = json.steps[0]?.path;
    if (path)
      path.points = [
        { lateral_cm: 3 },
        { level: 'L2', landmark: 'psis', lateral_cm: 2, lateral_cun: 1 },
      ];
    expect(errorsOf(json, 'p.json')).toEqual([
      'p.json:steps[0].path.points[0]: error: a point needs an anchor: one of "level", "landmark" or "acupoint"',
      'p.json:steps[0].path.points[1].landmark: error: a point has exactly one anchor, found "level" and "landmark"',
      'p.json:steps[0].path.points[1].lateral_cun: error: give the lateral offset once: "lateral_cm" or "lateral_cun", not both',
    ]);
  });

  it('repeated list items and blank text', () => {
    const json = fixtureJson('valid-minimal.json') as Record<string, unknown>;
    json.regions = ['lumbar', 'sacral', 'lumbar'];
    json.precautions = ['acute-pain', 'acute-pain'];
    (json.title as Record<string, string>).en = '   ';
    expect(errorsOf(json, 'd.json')).toEqual([
      'd.json:title.en: error: text is empty or too short: expected at least 1 character, found only spaces',
      'd.json:regions[2]: error: region "lumbar" is listed twice',
      'd.json:precautions[1]: error: precaution "acute-pain" is listed twice',
    ]);
  });

  it('the whole file of the wrong kind', () => {
    expect(errorsOf([], 'a.json')).toEqual([
      'a.json: error: expected a technique object, found an empty list',
    ]);
    expect(errorsOf(null, 'a.json')).toEqual([
      'a.json: error: expected a technique object, found null',
    ]);
    expect(errorsOf('x'.repeat(100), 'a.json')).toEqual([
      'a.json: error: expected a technique object, found the text "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)',
    ]);
  });

  it('caps the number of errors', () => {
    const json = fixtureJson('valid-minimal.json') as Record<string, unknown>;
    for (let i = 0; i < 200; i++) json[`extra_${i}`] = i;
    const errs = errorsOf(json, 'x.json');
    expect(errs.length).toBe(51);
    expect(errs[50]).toBe('x.json: error: …and 150 more errors');
  });
});

describe('parseTechniqueText: raw files', () => {
  it('reports JSON syntax errors with line and column', () => {
    const r = parseTechniqueText(fixtureText('broken-syntax.json'), 'broken-syntax.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(lines(r.errors)).toEqual([
        'broken-syntax.json:4:24: error: invalid JSON: unexpected "]", expected a value (text in double quotes, a number, true, false, null, an object or a list) (trailing comma?)',
      ]);
    }
  });

  it.each([
    [
      '{"a": 1,}',
      '1:9',
      'unexpected "}", expected a field name in double quotes (trailing comma?)',
    ],
    ['{\n  "a": 1\n  "b": 2\n}', '3:3', 'unexpected "\\"", expected "," or "}"'],
    ['', '1:1', 'unexpected end of file, expected a value'],
    [
      '{"a": "x\ny"}',
      '1:9',
      'line break or control character inside a string (is a closing quote missing?)',
    ],
    ["{'a': 1}", '1:2', 'unexpected "\'", expected a field name in double quotes'],
    ['{"a": 1} x', '1:10', 'unexpected text after the end of the JSON value'],
    [
      '{"a": NaN}',
      '1:7',
      'unexpected "N", expected a value (text in double quotes, a number, true, false, null, an object or a list)',
    ],
  ])('syntax error in %j at %s', (text, where, message) => {
    const r = parseTechniqueText(text, 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatDiagnostic(r.errors[0] as Diagnostic)).toBe(
        `f.json:${where}: error: invalid JSON: ${message}`,
      );
  });

  it('refuses files over the size limit without parsing them', () => {
    const big = `{"id": "${'x'.repeat(5 * 1024 * 1024)}"}`;
    const r = parseTechniqueText(big, 'big.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(lines(r.errors)).toEqual([
        'big.json: error: file too large: expected at most 256 KiB, found more than 5120 KiB',
      ]);
    const small = parseTechniqueText(fixtureText('valid-minimal.json'), 'valid-minimal.json', 100);
    expect(small.ok).toBe(false);
    // multi-byte text is measured in UTF-8 bytes
    const cyr = parseTechniqueText(`"${'я'.repeat(60)}"`, 'c.json', 100);
    expect(cyr.ok).toBe(false);
    if (!cyr.ok) expect(cyr.errors[0]?.code).toBe('too-large');
  });

  it('accepts a BOM and parses a valid file', () => {
    const r = checkTechniqueText(
      `\uFEFF${fixtureText('valid-minimal.json')}`,
      'valid-minimal.json',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.technique?.id).toBe('valid-minimal');
  });

  it('never evaluates the text', () => {
    const g = globalThis as { __handpathPwned?: boolean };
    for (const text of [
      '(() => { globalThis.__handpathPwned = true })()',
      '{"a": __handpathPwned = true}',
    ]) {
      const r = parseTechniqueText(text, 'evil.json');
      expect(r.ok).toBe(false);
    }
    expect(g.__handpathPwned).toBeUndefined();
  });
});

describe('parseTechnique: defaults and round trip', () => {
  it('fills in defaults so consumers need not', () => {
    const r = parseTechnique(fixtureJson('valid-minimal.json'), 'valid-minimal.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      const s = r.technique.steps[0];
      expect(s?.side).toBe('both');
      expect(s?.hands).toBe('both');
      expect(s?.move === 'rub' && s.hand_shape).toBe('palm');
      expect(s?.move === 'rub' && s.path.shape === 'band' && s.path.strokes).toBe('along');
    }
  });

  it('parse → JSON.stringify → parse gives the same technique', () => {
    const r1 = parseTechnique(fixtureJson('valid-minimal.json'), 'a.json');
    if (!r1.ok) throw new Error('fixture invalid');
    const r2 = parseTechnique(JSON.parse(JSON.stringify(r1.technique)), 'a.json');
    expect(r2).toEqual(r1);
  });

  it('-0 in a file round-trips as 0 (repro of a property-test failure)', () => {
    const r1 = parseTechniqueText(
      fixtureText('valid-minimal.json').replace('"lateral_from_cm": 2', '"lateral_from_cm": -0'),
      'z.json',
    );
    if (!r1.ok) throw new Error('fixture invalid');
    const band = r1.technique.steps[0]?.move === 'rub' ? r1.technique.steps[0].path : undefined;
    expect(band?.shape === 'band' && Object.is(band.lateral_from_cm, 0)).toBe(true);
    const r2 = parseTechnique(JSON.parse(JSON.stringify(r1.technique)), 'z.json');
    expect(isDeepStrictEqual(r2, r1)).toBe(true);
  });

  it('a "__proto__" key in the file is just an unknown field', () => {
    const r = parseTechniqueText(
      fixtureText('valid-minimal.json').replace('"id":', '"__proto__": {"polluted": true}, "id":'),
      'p.json',
    );
    expect(r.ok ? [] : lines(r.errors)).toEqual([
      'p.json:__proto__: error: unknown field "__proto__"; allowed fields here: $schema, id, format_version, title, summary, type, regions, level, position, duration_min, precautions, course, sources, steps',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not alias the input', () => {
    const json = fixtureJson('valid-minimal.json') as { steps: { repetitions: number }[] };
    const r = parseTechnique(json, 'a.json');
    (json.steps[0] as { repetitions: number }).repetitions = 999;
    expect(r.ok && r.technique.steps[0]?.move === 'rub' && r.technique.steps[0].repetitions).toBe(
      60,
    );
  });

  it('never throws, even for inputs that are not JSON at all', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    cyclic.steps = [cyclic];
    for (const v of [
      hostile,
      cyclic,
      undefined,
      Symbol('x'),
      () => 1,
      10n,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ]) {
      const r = parseTechnique(v, 'h.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
    }
  });
});
