/**
 * Format version 2: every version-1 file (the library's and the fixtures') reads and equals its
 * version-2 self after migration; v2-only features are refused in a v1 file; the derived
 * landmarks, band edges and lines; the lint's kidney rule with the new moves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { lintTechnique } from '../../../src/domain/technique/lint';
import { TECHNIQUE_FORMAT_VERSION } from '../../../src/domain/technique/schema';
import { migrateTechnique, v2FeaturesIn } from '../../../src/domain/technique/migrate';
import { bandEdgeY, planeOf, pointInKidneyArea, KIDNEY_AREA, LEVEL_Y_CM } from '../../../src/domain/technique/geometry';
import { BAND_EDGES, LINE_POINTS, linePolyline } from '../../../src/domain/technique/landmarks';
import { stepPosition } from '../../../src/domain/technique/position';
import { contactHandShape, CONTACTS } from '../../../src/domain/technique/contacts';
import { FIXTURES_DIR, TECHNIQUES_DIR } from './helpers';
import { compile } from '../../../src/domain/motion';
import { resolveChart } from '../../../src/domain/motion/resolve';
import { prepareAnatomy } from '../../../src/domain/motion/anatomy';
import { testAnatomies } from '../motion/fixtures/anatomy';

function v1Files(): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const dir of [TECHNIQUES_DIR, FIXTURES_DIR]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      let j: unknown;
      try {
        j = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch {
        continue;
      }
      if (j && typeof j === 'object' && (j as Record<string, unknown>).format_version === 1) out.push([f, j as Record<string, unknown>]);
    }
  }
  return out;
}

describe('format 2 migration', () => {
  const files = v1Files();
  it('finds the version-1 files of the library (13) and fixtures', () => {
    expect(files.filter(([f]) => !f.includes('fixture')).length).toBeGreaterThanOrEqual(13);
  });

  it('every version-1 file that parsed before parses now, says version 2, and equals itself written as version 2', () => {
    let ok = 0;
    for (const [name, json] of files) {
      const r1 = parseTechnique(json, name);
      const r2 = parseTechnique({ ...json, format_version: 2 }, name);
      expect(r1.ok, name).toBe(r2.ok);
      if (!r1.ok || !r2.ok) continue;
      ok++;
      expect(r1.technique.format_version).toBe(TECHNIQUE_FORMAT_VERSION);
      expect(r1.technique).toEqual(r2.technique);
      expect(r1.technique.position).toBe('prone');
      expect(migrateTechnique(r1.technique)).toBe(r1.technique);
    }
    expect(ok).toBeGreaterThanOrEqual(13);
  });

  it('a version-1 file may not use what came with version 2, and says where and how to fix it', () => {
    const lib = files.find(([f]) => f === 'classic-warming-rub.json');
    if (!lib) throw new Error('library file missing');
    const [, json] = lib;
    const steps = json.steps as Record<string, unknown>[];
    const bad = { ...json, position: 'seated', steps: [{ ...steps[0], pressure_to: 'firm' }, ...steps.slice(1)] };
    const r = parseTechnique(bad, 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'position: "position" came with format version 2: write "format_version": 2 to use it',
      'steps[0].pressure_to: a pressure ramp ("pressure_to") came with format version 2: write "format_version": 2 to use it',
    ]);
    expect(parseTechnique({ ...bad, format_version: 2 }, 'x.json').ok).toBe(true);
    expect(v2FeaturesIn({ format_version: 1, steps: [{ move: 'percussion' }, { move: 'palm-press', hand_shape: 'elbow', path: { shape: 'line' } }] }).map((x) => x.path.join('.'))).toEqual([
      'steps.0.move',
      'steps.1.hand_shape',
      'steps.1.path.shape',
    ]);
  });
});

describe('positions and contacts', () => {
  it('a step position wins over the technique position, which defaults to prone', () => {
    const t = { position: 'side-lying-right' as const, steps: [{ position: undefined }, { position: 'seated' as const }] };
    expect(stepPosition(t as never, 0)).toBe('side-lying-right');
    expect(stepPosition(t as never, 1)).toBe('seated');
    expect(stepPosition({ steps: [{}] } as never, 0)).toBe('prone');
  });
  it('contacts map onto rig shapes; forearm and elbow are marked provisional', () => {
    expect(contactHandShape('knuckles')).toBe('fist');
    expect(contactHandShape('thumbs')).toBe('thumb-press');
    expect(contactHandShape('edge-of-palm')).toBe('palm-edge');
    expect(CONTACTS.forearm.provisional).toBe(true);
    expect(CONTACTS.elbow.provisional).toBe(true);
    expect(CONTACTS.palm.provisional).toBe(false);
  });
});

describe('landmarks, lines and areas teachers name', async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const a = prepareAnatomy(an.anatomy);
  const chart = (p: Parameters<typeof resolveChart>[0], side: 'left' | 'right' = 'right') => resolveChart(p, a, side).chart;

  it('the 12th rib runs from beside the spine at T12 down and out to its tip near L1–L2', () => {
    const angle = chart({ landmark: 'rib-12-angle' });
    const tip = chart({ landmark: 'rib-12-tip' });
    expect(tip[0]).toBeGreaterThan(angle[0] + 0.04);
    expect(tip[1]).toBeLessThan(angle[1]);
    expect(tip[1]).toBeLessThan(a.levelY.get('L1') as number);
    expect(tip[1]).toBeGreaterThan(a.levelY.get('L2') as number);
  });
  it('the middle of the buttock lies between the PSIS and the trochanter, its outer edge further out, the gluteal fold lower', () => {
    const psis = chart({ landmark: 'psis' });
    const mid = chart({ landmark: 'buttock-middle' });
    const outer = chart({ landmark: 'buttock-outer-edge' });
    const fold = chart({ landmark: 'gluteal-fold' });
    expect(mid[0]).toBeGreaterThan(psis[0]);
    expect(outer[0]).toBeGreaterThan(mid[0]);
    expect(mid[1]).toBeLessThan(psis[1]);
    expect(fold[1]).toBeLessThan(mid[1]);
    // Mirrored on the left.
    const ml = chart({ landmark: 'buttock-middle' }, 'left');
    expect(ml[0]).toBeCloseTo(-mid[0], 2);
  });
  it('the iliac crest line is usable as a path, outwards by default and inwards when asked', () => {
    const out = linePolyline({ shape: 'line', line: 'iliac-crest', direction: 'outward', vertical_cm: 0 });
    const inw = linePolyline({ shape: 'line', line: 'iliac-crest', direction: 'inward', vertical_cm: 0 });
    expect(out.points).toEqual(LINE_POINTS['iliac-crest']);
    expect(inw.points).toEqual([...LINE_POINTS['iliac-crest']].reverse());
    const p0 = planeOf(out.points[0]!, 'right');
    const p1 = planeOf(out.points[out.points.length - 1]!, 'right');
    expect(p1.x).toBeGreaterThan(p0.x);
    expect(p1.y).toBeGreaterThan(p0.y);
  });
  it('bands run from any level to any level, down to the sacrum, buttocks and gluteal fold, in order', () => {
    expect(BAND_EDGES.slice(0, 3)).toEqual(['T10', 'T11', 'T12']);
    for (const e of ['rib-12', 'iliac-crest', 'psis', 'sacral-hiatus', 'buttock-middle', 'coccyx', 'gluteal-fold']) expect(BAND_EDGES).toContain(e);
    expect(bandEdgeY('rib-12')).toBeLessThan(LEVEL_Y_CM.L1);
    expect(bandEdgeY('rib-12')).toBeGreaterThan(LEVEL_Y_CM.L2);
    expect(bandEdgeY('gluteal-fold')).toBeLessThan(bandEdgeY('coccyx') + 0.5);
    const r = parseTechnique(
      { id: 'b', format_version: 2, title: { en: 'x', ru: 'x' }, summary: { en: 'x', ru: 'x' }, type: 'classic', regions: ['gluteal'], level: 'student', duration_min: 1, precautions: [],
        steps: [{ move: 'rub', caption: { en: 'x', ru: 'x' }, path: { shape: 'band', from_level: 'S4', to_level: 'psis', lateral_from_cm: 3, lateral_to_cm: 9 }, axis: 'along-spine', pressure: 'light', repetitions: 2, tempo: { cycles_per_min: 60 } }] },
      'b.json',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('"from_level" is the upper edge');
  });
  it('the kidney area: below the 12th rib line level, T11–L3, lateral to the erectors; the lint uses it for every percussion style', () => {
    expect(pointInKidneyArea({ x: 9, y: LEVEL_Y_CM.L1 })).toBe(true);
    expect(pointInKidneyArea({ x: 4, y: LEVEL_Y_CM.L1 })).toBe(false);
    expect(pointInKidneyArea({ x: 9, y: LEVEL_Y_CM.L5 })).toBe(false);
    expect(KIDNEY_AREA.xFrom).toBe(6);
    const mk = (style: string) =>
      parseTechnique(
        { id: 'k', format_version: 2, title: { en: 'x', ru: 'x' }, summary: { en: 'x', ru: 'x' }, type: 'classic', regions: ['lumbar'], level: 'therapist', duration_min: 1, precautions: ['acute-pain', 'skin-lesions', 'fracture-osteoporosis'],
          steps: [{ move: 'percussion', style, caption: { en: 'x', ru: 'x' }, path: { shape: 'line', line: 'rib-12', vertical_cm: -3 }, pressure: 'light', repetitions: 20, tempo: { cycles_per_min: 300 } }] },
        'k.json',
      );
    for (const style of ['hacking', 'cupping', 'pounding', 'tapping']) {
      const r = mk(style);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      const codes = lintTechnique(r.technique, 'k.json').map((d) => d.code);
      expect(codes, style).toContain('kidney-area');
    }
  });
  it('a cup can only be taken off where one was left on', () => {
    const base = { id: 'c', format_version: 2, title: { en: 'x', ru: 'x' }, summary: { en: 'x', ru: 'x' }, type: 'cupping', regions: ['lumbar'], level: 'therapist', duration_min: 1, precautions: ['bleeding-anticoagulants', 'skin-lesions', 'deep-vein-thrombosis', 'reduced-skin-sensation', 'acute-pain', 'fever'] };
    const oil = { move: 'apply-oil', caption: { en: 'x', ru: 'x' }, area: { shape: 'band', from_level: 'L3', to_level: 'S1', lateral_from_cm: 3, lateral_to_cm: 12 }, duration_s: 10 };
    const set = { move: 'set-cup', caption: { en: 'x', ru: 'x' }, at: { level: 'L5', lateral_cm: 6 }, suction: 'medium', duration_s: 10, leave_on: true };
    const off = { move: 'remove-cup', caption: { en: 'x', ru: 'x' }, at: { level: 'L5', lateral_cm: 6 }, duration_s: 10 };
    const good = parseTechnique({ ...base, steps: [oil, set, off] }, 'c.json');
    const bad = parseTechnique({ ...base, steps: [oil, off] }, 'c.json');
    if (!good.ok || !bad.ok) throw new Error('parse');
    expect(lintTechnique(good.technique, 'c.json').map((d) => d.code)).not.toContain('no-cup-to-remove');
    expect(lintTechnique(bad.technique, 'c.json').map((d) => d.code)).toContain('no-cup-to-remove');
    // And the timeline keeps the cup from its setting to its removal.
    const tl = compile(good.technique, an.anatomy);
    expect(tl.staticCups).toHaveLength(2);
  });
});

/** The six format-2 techniques: all in the library now (data/techniques-v2 is where the next ones wait). */
const FORMAT2 = ['classic-percussion-buttocks', 'classic-seated-back', 'classic-side-lying-lumbar', 'classic-wringing-percussion', 'cupping-static-both-sides', 'thai-heel-walk'];

describe('the format-2 techniques (in the library or waiting in data/techniques-v2)', async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const v2 = join(TECHNIQUES_DIR, '..', 'techniques-v2');
  const names = FORMAT2.map((id) => `${id}.json`);
  const pathOf = (n: string): string => (readdirSync(v2).includes(n) ? join(v2, n) : join(TECHNIQUES_DIR, n));
  it('there are six, using positions, new contacts, new moves and static cups', () => {
    expect(names.filter((n) => readdirSync(v2).includes(n) || readdirSync(TECHNIQUES_DIR).includes(n))).toHaveLength(6);
    const all = names.map((n) => JSON.parse(readFileSync(pathOf(n), 'utf8')) as { position?: string; steps: Array<Record<string, unknown>> });
    const moves = new Set(all.flatMap((t) => t.steps.map((s) => s.move)));
    for (const m of ['wringing', 'percussion', 'vibration', 'stretch', 'remove-cup']) expect(moves).toContain(m);
    expect(new Set(all.map((t) => t.position ?? 'prone'))).toEqual(new Set(['prone', 'side-lying-left', 'seated']));
    expect(all.some((t) => t.steps.some((s) => s.leave_on === true))).toBe(true);
    expect(all.some((t) => t.steps.some((s) => s.hand_shape === 'heel-of-palm' || s.hand_shape === 'thumbs'))).toBe(true);
  });
  for (const n of names) {
    it(`${n}: parses as version 2, lints clean (no errors, no warnings), compiles`, () => {
      const r = parseTechnique(JSON.parse(readFileSync(pathOf(n), 'utf8')), n);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(lintTechnique(r.technique, n).map((d) => `${d.path}: ${d.message}`)).toEqual([]);
      const tl = compile(r.technique, an.anatomy);
      expect(tl.duration).toBeGreaterThan(60);
      if (n.startsWith('cupping-static')) {
        expect(tl.staticCups).toHaveLength(4);
        expect(tl.staticCups.every((c) => c.t1 < tl.duration)).toBe(true);
      }
    });
  }
});
