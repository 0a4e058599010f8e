import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALWAYS_PRECAUTIONS,
  applicablePrecautions,
  parseSafetyContent,
  PRECAUTION_IDS,
  RED_FLAG_IDS,
  SAFETY,
  TYPE_PRECAUTIONS,
} from '../../../src/domain/safety';
import { checkTechnique, MASSAGE_TYPES, type Technique } from '../../../src/domain/technique';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (rel: string): unknown => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as unknown;
const raw = () => ({
  precautions: read('data/safety/precautions.json'),
  redFlags: read('data/safety/red-flags.json'),
  evidence: read('data/safety/evidence.json'),
});

const library: Technique[] = readdirSync(join(ROOT, 'data', 'techniques'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => checkTechnique(read(`data/techniques/${f}`), f).technique)
  .filter((t): t is Technique => t !== undefined);

describe('safety content (data/safety)', () => {
  it('is valid, with every source reference resolved', () => {
    const r = parseSafetyContent(raw());
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('has every precaution and red flag id exactly once', () => {
    expect(SAFETY.precautions.precautions.map((p) => p.id).sort()).toEqual(
      [...PRECAUTION_IDS].sort(),
    );
    expect(SAFETY.redFlags.red_flags.map((p) => p.id).sort()).toEqual([...RED_FLAG_IDS].sort());
  });

  it('lists the red flags of DESIGN.md section 3 as emergencies', () => {
    const emergencies = SAFETY.redFlags.red_flags
      .filter((f) => f.urgency === 'emergency')
      .map((f) => f.id);
    expect(emergencies.sort()).toEqual([
      'bilateral-sciatica',
      'bladder-bowel',
      'major-trauma',
      'progressive-weakness',
      'saddle-numbness',
    ]);
  });

  it('states the evidence with its sources (NICE, ACP, Cochrane) and never promises a cure', () => {
    const sources = SAFETY.evidence.sources.map((s) => s.id);
    expect(sources).toEqual(expect.arrayContaining(['nice-ng59', 'acp-2017', 'cochrane-2015']));
    const nice = SAFETY.evidence.statements.find((s) => s.id === 'nice-package');
    expect(nice?.text.en).toMatch(/only as part of a treatment package that includes exercise/);
    expect(SAFETY.evidence.statements.find((s) => s.id === 'not-a-cure')?.text.en).toMatch(
      /^Massage does not cure sciatica/,
    );
    for (const s of SAFETY.evidence.statements)
      expect(s.text.en).not.toMatch(/\b(massage|it) (cures|heals|treats)\b/i);
  });

  it('reports a broken safety file with its path', () => {
    const r0 = raw();
    const p = r0.precautions as { precautions: { sources: string[] }[] };
    (p.precautions[0] as { sources: string[] }).sources = ['nope'];
    const r = parseSafetyContent(r0);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatch(
        /^precautions\.json:precautions\[0\]\.sources\[0\]: error: unknown source "nope"/,
      );
  });

  it('every text is in English and Russian', () => {
    const texts = [
      ...SAFETY.precautions.precautions.flatMap((p) => [p.title, p.text]),
      ...SAFETY.redFlags.red_flags.map((f) => f.text),
      ...SAFETY.evidence.statements.map((s) => s.text),
    ];
    for (const t of texts) {
      expect(t.en).toMatch(/^[^А-Яа-яЁё]+$/);
      expect(t.ru).toMatch(/[А-Яа-яЁё]{4,}/);
    }
  });
});

describe('applicablePrecautions', () => {
  const minimal = (type: Technique['type'], steps: Technique['steps'] = []) =>
    ({ type, precautions: [], steps, course: undefined }) as Pick<
      Technique,
      'type' | 'precautions' | 'steps' | 'course'
    >;
  const ids = (t: Parameters<typeof applicablePrecautions>[0]) =>
    applicablePrecautions(t).map((p) => p.id);

  it('every technique: no pressure on the spinous processes, no jolts, stop if pain shoots down the leg', () => {
    for (const type of MASSAGE_TYPES)
      expect(ids(minimal(type))).toEqual(expect.arrayContaining([...ALWAYS_PRECAUTIONS]));
    expect(ALWAYS_PRECAUTIONS).toEqual(['no-spinous-pressure', 'no-jolts', 'stop-if-leg-pain']);
  });

  it('cupping → bleeding disorders / anticoagulants; point → pregnancy; honey → allergy', () => {
    expect(ids(minimal('cupping'))).toContain('bleeding-anticoagulants');
    expect(ids(minimal('point'))).toContain('pregnancy');
    expect(ids(minimal('honey'))).toContain('honey-allergy');
    expect(ids(minimal('classic'))).not.toContain('honey-allergy');
  });

  it('moves bring their own: a point press in a classic technique → pregnancy; firm pressure → anticoagulants', () => {
    const press = {
      move: 'point-press',
      points: [],
      pressure: 'medium',
    } as unknown as Technique['steps'][number];
    const firm = { move: 'knead-palm', pressure: 'firm' } as unknown as Technique['steps'][number];
    const r = applicablePrecautions(minimal('classic', [press, firm]));
    expect(r.find((p) => p.id === 'pregnancy')?.reasons).toEqual([
      { kind: 'move', move: 'point-press', step: 0 },
      { kind: 'firm-pressure', step: 1 },
    ]);
    expect(r.find((p) => p.id === 'bleeding-anticoagulants')?.reasons).toEqual([
      { kind: 'firm-pressure', step: 1 },
    ]);
  });

  it('every library technique shows the precautions that apply to it, with content to display', () => {
    expect(library.length).toBeGreaterThanOrEqual(12);
    for (const t of library) {
      const list = applicablePrecautions(t);
      const got = list.map((p) => p.id);
      expect(got, t.id).toEqual(
        expect.arrayContaining([
          ...ALWAYS_PRECAUTIONS,
          ...TYPE_PRECAUTIONS[t.type],
          ...t.precautions,
        ]),
      );
      expect(new Set(got).size).toBe(got.length);
      for (const p of list) {
        expect(p.precaution?.title.en, `${t.id} ${p.id}`).toBeTruthy();
        expect(p.precaution?.title.ru, `${t.id} ${p.id}`).toBeTruthy();
      }
      if (t.course) expect(got).toContain('first-sessions-doctor');
      if (t.steps.some((s) => s.move === 'point-press')) expect(got).toContain('pregnancy');
    }
  });

  it('orders rules first, as in the precautions file', () => {
    const got = ids(minimal('cupping'));
    expect(got.slice(0, 3)).toEqual(['no-spinous-pressure', 'no-jolts', 'stop-if-leg-pain']);
  });
});
