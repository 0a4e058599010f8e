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

  it('a point press on the midline by level is an error; 2 cm is allowed; cun count at the model\'s 2.17 cm', () => {
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
      'point-press-1cm.json:steps[0].points[2].lateral_cun: error: point press 1.1 cm from the midline is too close to the spine: press at least 2 cm (about 1 cun) to the side of the spinous processes, never on them',
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

  it('effleurage against lymph flow (up below the watershed, or towards the spine) is a warning naming the rule and the way to go', () => {
    const up = clone('classic-finishing-effleurage.json');
    step(up, 0).path = {
      shape: 'polyline',
      points: [
        { level: 'L5', lateral_cm: 8 },
        { level: 'L2', lateral_cm: 8 },
      ],
    };
    step(up, 1).path = {
      shape: 'polyline',
      points: [{ landmark: 'iliac-crest-top' }, { level: 'L4', lateral_cm: 3 }],
    };
    expect(lint(up, 'classic-finishing-effleurage.json')).toEqual([
      'classic-finishing-effleurage.json:steps[0].path: warning: lymph-flow rule: the stroke goes 10.7 cm up between L5 and L2, below the lymph watershed (about L1–L2), where the skin of the back drains to the groin (inguinal) nodes: stroke outwards and down, towards the groin',
      'classic-finishing-effleurage.json:steps[1].path: warning: lymph-flow rule: the stroke goes 9 cm towards the spine near L4; the lymph of the back runs from the spine out to the flanks and on to the nodes (groin below about L1–L2, armpit above): stroke from the spine outwards',
    ]);
  });

  it('the lymph rule follows the whole path: a closed loop is caught, though it ends where it starts', () => {
    const t = clone('classic-finishing-effleurage.json');
    const path = step(t, 1).path as Record<string, unknown>;
    path.closed = true; // L3 → L4 lateral 10 → iliac crest → back to L3 beside the spine
    const out = lint(t, 'classic-finishing-effleurage.json');
    expect(out).toEqual([
      'classic-finishing-effleurage.json:steps[1].path: warning: lymph-flow rule: the stroke goes 6.2 cm up between L5 and L3, below the lymph watershed (about L1–L2), where the skin of the back drains to the groin (inguinal) nodes: stroke outwards and down, towards the groin',
    ]);
  });

  it('the lymph rule follows the whole path: a stroke that goes back up and in in the middle is caught, though its ends go out and down', () => {
    const t = clone('classic-finishing-effleurage.json');
    step(t, 1).path = {
      shape: 'polyline',
      points: [
        { level: 'L3', lateral_cm: 3 },
        { level: 'L4', lateral_cm: 10 },
        { level: 'L3', lateral_cm: 5 },
        { landmark: 'iliac-crest-top', lateral_cm: 3, vertical_cm: -3 },
      ],
    };
    expect(lint(t, 'classic-finishing-effleurage.json')).toEqual([
      'classic-finishing-effleurage.json:steps[1].path: warning: lymph-flow rule: the stroke goes 3.7 cm up between L4 and L3, below the lymph watershed (about L1–L2), where the skin of the back drains to the groin (inguinal) nodes: stroke outwards and down, towards the groin',
    ]);
  });

  it('the lymph rule knows the watershed: above L1 strokes go up and out to the armpit, not down', () => {
    const t = clone('classic-thoracolumbar-edge-rub.json');
    step(t, 3).path = {
      shape: 'polyline',
      points: [
        { level: 'T10', lateral_cm: 3 },
        { level: 'T12', lateral_cm: 10 },
        { level: 'L2', lateral_cm: 13 },
      ],
    };
    expect(lint(t, 'classic-thoracolumbar-edge-rub.json')).toEqual([
      'classic-thoracolumbar-edge-rub.json:steps[3].path: warning: lymph-flow rule: the stroke goes 9.2 cm down between T10 and L1, above the lymph watershed (about L1–L2), where the skin of the back drains to the armpit (axillary) nodes: stroke outwards and up, towards the armpit (or start the stroke at L1–L2 and go down below it)',
    ]);
    // Up and out above the watershed follows the flow; so does out and down below it.
    step(t, 3).path = {
      shape: 'polyline',
      points: [
        { level: 'L1', lateral_cm: 3 },
        { level: 'T11', lateral_cm: 10 },
        { level: 'T10', lateral_cm: 13 },
      ],
    };
    expect(lint(t, 'classic-thoracolumbar-edge-rub.json')).toEqual([]);
  });

  it('percussion over the kidney area is an error naming the rule, even light; firm pressure too (hacking passed with 0 errors before)', () => {
    const t = clone('classic-edge-of-palm.json');
    step(t, 2).path = { shape: 'band', from_level: 'T11', to_level: 'L2', lateral_from_cm: 6, lateral_to_cm: 10, strokes: 'along' };
    step(t, 2).pressure = 'firm';
    const r = checkTechnique(t, 'classic-edge-of-palm.json');
    expect(r.technique).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'classic-edge-of-palm.json:steps[2].path: error: kidney-area rule: percussion (chopping with the edge of the palm, firm pressure) over the kidney area near L1, 8 cm from the midline. Percussion and firm pressure over the kidneys (below the 12th rib, about T11–L3, lateral to the erector spinae, 6–12 cm from the midline) are contraindicated in massage teaching: keep this work below L3 or on the long back muscles within 6 cm of the midline; over the kidneys use only smooth strokes, never percussion, even light',
    ]);
    step(t, 2).pressure = 'light';
    expect(lint(t, 'classic-edge-of-palm.json').filter((l) => l.includes('kidney-area'))).toHaveLength(1);
    // Below L3, or on the long back muscles within 6 cm of the midline: allowed.
    step(t, 2).path = { shape: 'band', from_level: 'L3', to_level: 'L5', lateral_from_cm: 4, lateral_to_cm: 10, strokes: 'along' };
    expect(lint(t, 'classic-edge-of-palm.json').filter((l) => l.includes('kidney-area'))).toEqual([]);
    step(t, 2).path = { shape: 'band', from_level: 'T11', to_level: 'L5', lateral_from_cm: 3, lateral_to_cm: 6, strokes: 'along' };
    expect(lint(t, 'classic-edge-of-palm.json').filter((l) => l.includes('kidney-area'))).toEqual([]);
  });

  it('firm kneading, a firm point press or a strong cup over the kidney area are errors; medium kneading and smooth sawing are not', () => {
    const t = clone('classic-knead-palms.json');
    step(t, 1).pressure = 'firm'; // band T12–L5, 3–10 cm
    expect(lint(t, 'classic-knead-palms.json')).toEqual([
      'classic-knead-palms.json:steps[1].path: error: kidney-area rule: firm pressure (knead-palm) over the kidney area near L2, 8 cm from the midline. Percussion and firm pressure over the kidneys (below the 12th rib, about T11–L3, lateral to the erector spinae, 6–12 cm from the midline) are contraindicated in massage teaching: keep this work below L3 or on the long back muscles within 6 cm of the midline; or use medium or light pressure there',
    ]);
    step(t, 1).pressure = 'medium';
    expect(lint(t, 'classic-knead-palms.json')).toEqual([]);

    const p = clone('point-lumbosacral.json');
    step(p, 2).pressure = 'firm';
    step(p, 2).points = [{ level: 'L1', lateral_cm: 8 }];
    expect(lint(p, 'point-lumbosacral.json').filter((l) => l.includes('kidney-area'))).toEqual([
      expect.stringMatching(/^point-lumbosacral\.json:steps\[2\]\.points\[0\]: error: kidney-area rule: firm pressure \(point-press\) over the kidney area near L1, 8 cm/),
    ]);

    const c = clone('cupping-lumbar.json');
    step(c, 5).suction = 'strong'; // spiral around L3, 9 cm out
    expect(lint(c, 'cupping-lumbar.json').filter((l) => l.includes('kidney-area'))).toEqual([
      expect.stringMatching(/^cupping-lumbar\.json:steps\[5\]\.path: error: kidney-area rule: a cup with strong suction over the kidney area/),
    ]);

    const saw = clone('classic-edge-of-palm.json');
    step(saw, 1).path = { shape: 'polyline', points: [{ level: 'T12', lateral_cm: 8 }, { level: 'L3', lateral_cm: 8 }] };
    expect(lint(saw, 'classic-edge-of-palm.json').filter((l) => l.includes('kidney-area') && l.includes('steps[1]'))).toEqual([]);
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
      'other-name.json:steps[0].path: error: kidney-area rule: firm pressure (knead-palm) over the kidney area near L2, 8 cm from the midline. Percussion and firm pressure over the kidneys (below the 12th rib, about T11–L3, lateral to the erector spinae, 6–12 cm from the midline) are contraindicated in massage teaching: keep this work below L3 or on the long back muscles within 6 cm of the midline; or use medium or light pressure there',
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
