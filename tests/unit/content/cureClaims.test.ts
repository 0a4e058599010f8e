import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALLOWED, findClaims, stringLeaves } from './cureClaims';

const ROOT = join(__dirname, '../../..');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return jsonFiles(p);
    return name.endsWith('.json') ? [p] : [];
  });
}

const files = [...jsonFiles(join(ROOT, 'src/i18n/locales')), ...jsonFiles(join(ROOT, 'data'))];

describe('the cure-claim scanner', () => {
  it.each([
    'Massage cures sciatica.',
    'This technique heals the discs.',
    'Point pressure treats sciatica.',
    'Guaranteed relief in 10 sessions.',
    'Get rid of back pain forever.',
    'It does not only cure pain, it restores the spine.',
    'Массаж излечивает ишиас.',
    'Этот приём лечит грыжу.',
    'Вылечить спину за 10 сеансов.',
    'Гарантированный результат.',
    'Избавит от боли навсегда.',
    'Лечебный массаж поясницы.',
  ])('catches a claim: %s', (text) => {
    expect(findClaims(text)).not.toEqual([]);
  });

  it.each([
    'Massage does not cure sciatica or any disease of the spine.',
    'Handpath shows how techniques are done; it does not diagnose or treat.',
    'Он не излечивает ишиас.',
    'Handpath обучает и объясняет. Он не ставит диагноз, не лечит и не заменяет врача.',
    'only as part of a treatment package that includes exercise',
    'часть комплексного лечения, включающего упражнения',
    'Curvature of the lumbar spine (lordosis).',
  ])('lets a negated or neutral phrase pass: %s', (text) => {
    expect(findClaims(text)).toEqual([]);
  });

  it('every allowed phrase is negated or marked as a wrong quiz answer, and is actually used', () => {
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n').toLowerCase();
    for (const p of ALLOWED) expect(all, p).toContain(p.toLowerCase());
  });
});

describe('no cure claims in any UI string or data text (EN + RU)', () => {
  it(`scans ${files.length} JSON files`, () => {
    expect(files.some((f) => f.includes('locales/en/'))).toBe(true);
    expect(files.some((f) => f.includes('locales/ru/'))).toBe(true);
    expect(files.some((f) => f.includes('data/safety/'))).toBe(true);
    const violations: string[] = [];
    let strings = 0;
    for (const f of files) {
      for (const { path, text } of stringLeaves(JSON.parse(readFileSync(f, 'utf8')))) {
        // Ids and references ("not-a-cure") are not shown to anyone; everything else is.
        if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) || /\.id$/.test(path)) continue;
        strings++;
        for (const c of findClaims(text)) violations.push(`${relative(ROOT, f)} ${path}: "${c.match}" (${c.rule}) in: ${text}`);
      }
    }
    expect(strings).toBeGreaterThan(500);
    expect(violations).toEqual([]);
  });
});
