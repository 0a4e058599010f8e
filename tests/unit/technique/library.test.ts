import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../src/data/buildLibrary';
import { loadLibrary } from '../../../src/data/library';
import {
  checkTechniqueText,
  formatDiagnostic,
  MASSAGE_TYPES,
  TECHNIQUE_SCHEMA_REF,
  type LocalizedText,
  type Technique,
} from '../../../src/domain/technique';
import { libraryJson, libraryTexts } from './helpers';

const texts = libraryTexts();
const files = Object.keys(texts);

function parsed(): Technique[] {
  return buildLibrary(libraryJson()).techniques;
}

/** Every LocalizedText in a technique, with where it is. */
function allTexts(t: Technique): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [
    ['title', t.title],
    ['summary', t.summary],
  ];
  if (t.course?.note) out.push(['course.note', t.course.note]);
  t.course?.stages?.forEach((s, i) => s.note && out.push([`course.stages[${i}].note`, s.note]));
  t.steps.forEach((s, i) => {
    out.push([`steps[${i}].caption`, s.caption]);
    s.cautions?.forEach((c, j) => out.push([`steps[${i}].cautions[${j}]`, c]));
  });
  return out;
}

describe('technique library (data/techniques)', () => {
  it('has at least 12 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s validates and lints clean (no errors, no warnings)', (file) => {
    const r = checkTechniqueText(texts[file] ?? '', file);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(r.technique?.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s references the JSON Schema for editors', (file) => {
    const json = JSON.parse(texts[file] ?? '{}') as { $schema?: string };
    expect(json.$schema).toBe(TECHNIQUE_SCHEMA_REF);
  });

  it('covers every massage type, with the content the seed describes', () => {
    const ts = parsed();
    const byType = Object.fromEntries(
      MASSAGE_TYPES.map((type) => [type, ts.filter((t) => t.type === type)]),
    );
    for (const type of MASSAGE_TYPES) expect(byType[type]?.length, type).toBeGreaterThan(0);

    const moves = (t: Technique) => t.steps.map((s) => s.move);
    const classic = ts.filter((t) => t.type === 'classic');
    const classicMoves = new Set(classic.flatMap(moves));
    for (const m of [
      'rub',
      'knead-palm',
      'knead-fist',
      'edge-of-palm-stroke',
      'effleurage',
    ] as const)
      expect(classicMoves).toContain(m);
    const chopAndSaw = classic
      .flatMap((t) => t.steps)
      .flatMap((s) => (s.move === 'edge-of-palm-stroke' ? [s.style] : []));
    expect(new Set(chopAndSaw)).toEqual(new Set(['saw', 'chop']));

    // one full classic session of about an hour, starting with rubbing and ending with strokes
    const full = classic.find((t) => t.id === 'classic-full-session');
    expect(full?.duration_min).toBe(60);
    expect(full?.steps[0]?.move).toBe('rub');
    expect(full?.steps[full.steps.length - 1]?.move).toBe('effleurage');

    // point: ~15 s holds, repeated, on the named points, ~30 min
    const point = byType.point?.[0];
    expect(point?.duration_min).toBe(30);
    const presses = point?.steps.flatMap((s) => (s.move === 'point-press' ? [s] : [])) ?? [];
    expect(presses.every((s) => s.hold_s === 15 && s.repetitions > 1)).toBe(true);
    const pressed = new Set(presses.flatMap((s) => s.points.map((p) => p.acupoint)));
    for (const id of ['BL23', 'BL25', 'BL52', 'BL31', 'BL32', 'BL33', 'BL34', 'GB30'])
      expect(pressed).toContain(id);
    expect(pressed).not.toContain('GV4');

    // cupping: oil, set, glides linear + zig-zag + spiral, ~30 min, course of 10
    const cup = byType.cupping?.[0];
    expect(cup?.duration_min).toBe(30);
    expect(cup?.course?.sessions).toBe(10);
    const cm = cup ? moves(cup) : [];
    expect(cm.indexOf('apply-oil')).toBeLessThan(cm.indexOf('set-cup'));
    expect(cm.indexOf('set-cup')).toBeLessThan(cm.indexOf('cup-glide'));
    const shapes = new Set(
      cup?.steps.flatMap((s) => (s.move === 'cup-glide' ? [s.path.shape] : [])),
    );
    expect(shapes).toEqual(new Set(['polyline', 'zigzag', 'spiral']));

    // thai: palm pressure walking, lateral and longitudinal rubbing, circles >= 10
    const thai = byType.thai?.find((t) => t.id === 'thai-lumbosacral');
    const thaiSteps = thai?.steps ?? [];
    expect(thaiSteps.some((s) => s.move === 'palm-press')).toBe(true);
    const axes = new Set(thaiSteps.flatMap((s) => (s.move === 'rub' ? [s.axis] : [])));
    expect(axes).toEqual(new Set(['along-spine', 'across-spine']));
    const circles = thaiSteps.flatMap((s) => (s.move === 'circular-rub' ? [s.circles] : []));
    expect(circles.length).toBeGreaterThan(0);
    expect(Math.min(...circles)).toBeGreaterThanOrEqual(10);

    // honey: warm-up rubbing, then honey, then press-and-pull; course of 10
    const honey = byType.honey?.[0];
    const hm = honey ? moves(honey) : [];
    expect(hm[0]).toBe('rub');
    expect(hm.indexOf('apply-honey')).toBeLessThan(hm.indexOf('honey-press-pull'));
    expect(honey?.course?.sessions).toBe(10);
  });

  it('has a gentle patient-level technique with light pressure only', () => {
    const gentle = parsed().filter((t) => t.level === 'patient');
    expect(gentle.length).toBeGreaterThan(0);
    const allLight = gentle.some((t) =>
      t.steps.every((s) => !('pressure' in s) || s.pressure === 'light'),
    );
    expect(allLight).toBe(true);
  });

  it('has a course of 10 sessions with growing intensity, repeated after about 6 months', () => {
    const course = parsed().find((t) => t.course?.repeat_after_months !== undefined)?.course;
    expect(course?.sessions).toBe(10);
    expect(course?.repeat_after_months).toBe(6);
    const stages = course?.stages ?? [];
    expect(stages[0]?.from_session).toBe(1);
    expect(stages[stages.length - 1]?.to_session).toBe(10);
    const rank = { light: 0, medium: 1, firm: 2 };
    const minutes = stages.map((s) => s.session_min);
    const pressures = stages.map((s) => rank[s.max_pressure]);
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes);
    expect([...pressures].sort((a, b) => a - b)).toEqual(pressures);
    expect(minutes[minutes.length - 1]).toBeGreaterThan(minutes[0] ?? Infinity);
  });

  it('writes every text in English and real Russian, and never promises a cure', () => {
    for (const t of parsed()) {
      for (const [where, text] of allTexts(t)) {
        expect(text.en, `${t.id} ${where}`).toMatch(/[A-Za-z]/);
        expect(text.en, `${t.id} ${where}`).not.toMatch(/[А-Яа-яЁё]/);
        // Russian: mostly Cyrillic letters (acupoint codes like BL23 and level names are allowed)
        const letters =
          text.ru.replace(/\b(?:BL|GB|GV)\d+\b|\b[TLS]\d+\b/g, '').match(/\p{L}/gu) ?? [];
        const cyr = letters.filter((c) => /[А-Яа-яЁё]/.test(c)).length;
        expect(cyr / Math.max(1, letters.length), `${t.id} ${where}: ${text.ru}`).toBeGreaterThan(
          0.9,
        );
        expect(`${text.en} ${text.ru}`, `${t.id} ${where}`).not.toMatch(
          /\bcur(e|es|ed|ing)\b|\bheal|\btreats?\b|излеч|вылеч|исцел/i,
        );
      }
    }
  });

  it('the app loader (import.meta.glob) finds every file', () => {
    const lib = loadLibrary();
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.fileName).sort()).toEqual([...files].sort());
  });

  it('loads through the library loader with no errors, ordered by type', () => {
    const lib = buildLibrary(libraryJson());
    expect(lib.errors).toEqual([]);
    expect(lib.techniques.length).toBe(files.length);
    expect(lib.entries.every((e) => e.warnings.length === 0)).toBe(true);
    const ranks = lib.techniques.map((t) => MASSAGE_TYPES.indexOf(t.type));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});
