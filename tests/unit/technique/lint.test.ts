import { describe, expect, it } from 'vitest';
import {
  checkTechnique,
  formatDiagnostic,
  lintTechnique,
  parseTechnique,
  type Technique,
} from '../../../src/domain/technique';
import { fixtureJson, libraryJson } from './helpers';

type Json = Record<string, unknown> & { steps: Record<string, unknown>[] };

const lib = libraryJson();
const clone = (name: string): Json => structuredClone(lib[name]) as Json;

function lint(json: unknown, file = 'x.json'): string[] {
  const r = parseTechnique(json, file);
  if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
  return lintTechnique(r.technique, file).map(formatDiagnostic);
}

const step = (json: Json, i: number): Record<string, unknown> =>
  json.steps[i] as Record<string, unknown>;

describe('lintTechnique', () => {
  it('a point press on GV4 (midline) is an error', () => {
    const t = clone('point-lumbosacral.json');
    (step(t, 2).points as unknown[]).push({ acupoint: 'GV4' });
    expect(lint(t, 'point-lumbosacral.json')).toEqual([
      'point-lumbosacral.json:steps[2].points[3].acupoint: error: Mingmen (GV4) lies on the midline over the spinous processes and is never pressed in Handpath: no pressure on the spine',
    ]);
  });

  it('a point press on the midline by level is an error; 2 cm is allowed; cun count as 2 cm', () => {
    const t = fixtureJson('point-press-1cm.json') as Json;
    t.duration_min = 5;
    step(t, 0).points = [
      { level: 'L3' },
      { level: 'L3', lateral_cm: 2 },
      { level: 'L3', lateral_cun: 0.5 },
      { level: 'L3', lateral_cun: 1 },
    ];
    expect(lint(t, 'point-press-1cm.json')).toEqual([
      'point-press-1cm.json:steps[0].points[0].level: error: point press on the midline, on the spinous processes: press at least 2 cm (about 1 cun) to the side of the spine, never on it',
      'point-press-1cm.json:steps[0].points[2].lateral_cun: error: point press 1 cm from the midline is too close to the spine: press at least 2 cm (about 1 cun) to the side of the spinous processes, never on them',
    ]);
  });

  it('medium or firm pressure over the midline is an error; light strokes may cross it', () => {
    const t = clone('classic-knead-palms.json');
    (step(t, 1).path as Record<string, unknown>).lateral_from_cm = 0.5;
    (step(t, 0).path as Record<string, unknown>).lateral_from_cm = 0; // light warming rub: allowed
    expect(lint(t, 'classic-knead-palms.json')).toEqual([
      'classic-knead-palms.json:steps[1].path: error: medium pressure 0.5 cm from the midline, over the spinous processes: keep pressing moves at least 1.5 cm to the side of the spine (light strokes may cross it)',
    ]);
  });

  it('circles travelling along a path reach their radius closer to the spine (found in our own library)', () => {
    const t = clone('classic-circular-rub.json');
    step(t, 0).radius_cm = 4; // path 5 cm from the midline: circles reach 1 cm from it
    expect(lint(t, 'classic-circular-rub.json')).toEqual([
      'classic-circular-rub.json:steps[0].path: error: medium pressure 1 cm from the midline, over the spinous processes: keep pressing moves at least 1.5 cm to the side of the spine (light strokes may cross it)',
    ]);
  });

  it('a path crossing from one side to the other counts as on the midline', () => {
    const t = clone('classic-edge-of-palm.json');
    step(t, 1).path = {
      shape: 'polyline',
      points: [
        { level: 'L2', lateral_cm: 6, side: 'left' },
        { level: 'L2', lateral_cm: 6, side: 'right' },
      ],
    };
    expect(lint(t, 'classic-edge-of-palm.json')).toEqual([
      'classic-edge-of-palm.json:steps[1].path: error: medium pressure on the midline, over the spinous processes: keep pressing moves at least 1.5 cm to the side of the spine (light strokes may cross it)',
    ]);
  });

  it('a cup over the spine is an error (set or glide, including a zig-zag that swings onto it)', () => {
    const t = clone('cupping-lumbar.json');
    step(t, 2).at = { level: 'L1', lateral_cm: 0 };
    (step(t, 4).path as Record<string, unknown>).amplitude_cm = 6;
    expect(lint(t, 'cupping-lumbar.json')).toEqual([
      'cupping-lumbar.json:steps[2].at: error: the cup (5 cm wide) is on the midline, so its rim lies on the spinous processes: never put a cup over the spine; keep its centre at least 3 cm from the midline',
      'cupping-lumbar.json:steps[4].path: error: the cup (5 cm wide) passes 1 cm from the midline, so its rim lies on the spinous processes: never put a cup over the spine; keep its centre at least 3 cm from the midline',
    ]);
  });

  it('cupping without an oil step first is a warning', () => {
    const t = clone('cupping-lumbar.json');
    t.steps.splice(1, 1);
    expect(lint(t, 'cupping-lumbar.json')).toEqual([
      'cupping-lumbar.json:steps[1]: warning: cupping without oiling first: add an "apply-oil" step before the first cup so the cup can glide',
    ]);
  });

  it('holds over 60 s and a step longer than the technique are errors', () => {
    const t = clone('point-lumbosacral.json');
    step(t, 2).hold_s = 61;
    step(t, 0).tempo = { duration_s: 31 * 60 };
    expect(lint(t, 'point-lumbosacral.json')).toEqual([
      'point-lumbosacral.json:steps[0]: error: step takes 31 min, longer than the whole technique (30 min)',
      'point-lumbosacral.json:steps[2].hold_s: error: hold of 61 s is too long: hold a press at most 60 s',
      "point-lumbosacral.json:duration_min: warning: the steps take 69.5 min, more than the technique's 30 min",
    ]);
  });

  it('zero repetitions are refused', () => {
    const t = clone('classic-warming-rub.json');
    step(t, 0).repetitions = 0;
    const r = checkTechnique(t, 'classic-warming-rub.json');
    expect(r.technique).toBeUndefined();
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'classic-warming-rub.json:steps[0].repetitions: error: too small: expected at least 1, found 0',
    ]);
  });

  it('effleurage against lymph flow (up, or towards the spine) is a warning', () => {
    const up = clone('classic-finishing-effleurage.json');
    step(up, 0).path = {
      shape: 'polyline',
      points: [
        { level: 'L5', lateral_cm: 8 },
        { level: 'L1', lateral_cm: 8 },
      ],
    };
    step(up, 1).path = {
      shape: 'polyline',
      points: [{ landmark: 'iliac-crest-top' }, { level: 'L4', lateral_cm: 3 }],
    };
    expect(lint(up, 'classic-finishing-effleurage.json')).toEqual([
      'classic-finishing-effleurage.json:steps[0].path: warning: effleurage runs against lymph flow (14.3 cm up): on the lower back stroke from the spine outwards and downwards, towards the groin',
      'classic-finishing-effleurage.json:steps[1].path: warning: effleurage runs against lymph flow (9 cm towards the spine): on the lower back stroke from the spine outwards and downwards, towards the groin',
    ]);
  });

  it('every type must list its own precautions', () => {
    const t = clone('cupping-lumbar.json');
    t.precautions = ['acute-pain'];
    expect(lint(t, 'cupping-lumbar.json')).toEqual([
      'cupping-lumbar.json:precautions: error: a cupping technique must list the precautions "bleeding-anticoagulants", "skin-lesions", "deep-vein-thrombosis", "reduced-skin-sensation"',
    ]);
    const p = clone('point-lumbosacral.json');
    p.precautions = ['acute-pain'];
    expect(lint(p, 'point-lumbosacral.json')).toEqual([
      'point-lumbosacral.json:precautions: error: a point technique must list the precaution "pregnancy"',
    ]);
  });

  it('text promising a cure is an error, in either language', () => {
    const t = clone('honey-lumbar.json');
    (t.summary as Record<string, string>).en = 'Honey massage cures sciatica.';
    (step(t, 3).caption as Record<string, string>).ru = 'Этот приём вылечит ишиас';
    expect(lint(t, 'honey-lumbar.json')).toEqual([
      'honey-lumbar.json:summary.en: error: text says "cures": Handpath never claims that a technique cures, heals or treats anything; say what it may do, e.g. "may ease muscle tension for a while"',
      'honey-lumbar.json:steps[3].caption.ru: error: text says "вылеч": Handpath never claims that a technique cures, heals or treats anything; say what it may do, e.g. "may ease muscle tension for a while"',
    ]);
  });

  it('course stages must cover the sessions and not fall in intensity', () => {
    const t = clone('classic-full-session.json');
    const course = t.course as { stages: Record<string, unknown>[] };
    (course.stages[2] as Record<string, unknown>).max_pressure = 'light';
    (course.stages[2] as Record<string, unknown>).to_session = 9;
    expect(lint(t, 'classic-full-session.json')).toEqual([
      'classic-full-session.json:course.stages[2].max_pressure: warning: intensity falls to "light": a course grows in intensity from session to session',
      'classic-full-session.json:course.stages: error: stages cover sessions 1…9 but the course has 10 sessions',
    ]);
  });

  it('a session starts with rubbing or stroking; firm pressure in a patient technique; id vs file name', () => {
    const t = clone('classic-full-session.json');
    t.steps.splice(0, 2);
    t.level = 'patient';
    step(t, 0).pressure = 'firm';
    t.duration_min = 50;
    expect(lint(t, 'other-name.json')).toEqual([
      'other-name.json:id: warning: id "classic-full-session" differs from the file name "other-name.json"; name the file "classic-full-session.json"',
      'other-name.json:steps[0].pressure: warning: firm pressure in a patient-level technique: keep patient techniques light or medium',
      'other-name.json:steps[0].move: warning: a session starts with warming rubbing or stroking, found "knead-palm" first',
    ]);
  });

  it('lint never throws on any library technique variant with sides flipped', () => {
    for (const [name, json] of Object.entries(lib)) {
      for (const side of ['left', 'right', 'both']) {
        const t = structuredClone(json) as Json;
        t.steps.forEach((s) => (s.side = side));
        const r = parseTechnique(t, name);
        expect(r.ok).toBe(true);
        if (r.ok) expect(() => lintTechnique(r.technique as Technique, name)).not.toThrow();
      }
    }
  });
});
