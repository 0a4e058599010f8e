import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

function validate(...files: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'validate-techniques.ts'), ...files],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, out: r.stdout.trim().split('\n') };
}

describe('npm run validate (scripts/validate-techniques.ts)', () => {
  it('passes on the whole library', () => {
    const r = validate();
    expect(r.code).toBe(0);
    expect(r.out[r.out.length - 1]).toMatch(
      /^\d+ files checked: (\d+) valid, 0 errors, 0 warnings$/,
    );
  }, 60_000);

  it('prints compiler-style lines and exits non-zero on errors', () => {
    const r = validate(
      'tests/fixtures/techniques/misspelt-move.json',
      'tests/fixtures/techniques/valid-minimal.json',
    );
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      'tests/fixtures/techniques/misspelt-move.json:steps[1].move: error: unknown move "kneed-palm" (did you mean "knead-palm"?); expected one of: apply-oil, apply-honey, set-cup, rub, circular-rub, knead-palm, knead-fist, point-press, palm-press, edge-of-palm-stroke, effleurage, cup-glide, honey-press-pull, wringing, percussion, vibration, … (18 in all)',
      '2 files checked: 1 valid, 1 error, 0 warnings',
    ]);
  }, 60_000);

  it('reads files as bytes: invalid UTF-8 and duplicate keys are errors with line and column', () => {
    const dir = join(ROOT, 'test-artifacts', 'cli-gate');
    mkdirSync(dir, { recursive: true });
    const valid = readFileSync(join(ROOT, 'tests/fixtures/techniques/valid-minimal.json'));
    const bad = Buffer.from(valid);
    bad[valid.indexOf(Buffer.from('Минимальная'))] = 0xff;
    writeFileSync(join(dir, 'bad-bytes.json'), bad);
    writeFileSync(
      join(dir, 'dup-key.json'),
      valid.toString('utf8').replace('"pressure": "light",', '"pressure": "light",\n      "pressure": "firm",'),
    );
    const r = validate('test-artifacts/cli-gate/bad-bytes.json', 'test-artifacts/cli-gate/dup-key.json');
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `test-artifacts/cli-gate/bad-bytes.json:5:48: error: invalid UTF-8: byte 0xff (at byte offset ${valid.indexOf(Buffer.from('Минимальная'))}) is not valid UTF-8 text; save the file as UTF-8 (otherwise it would show as "\uFFFD")`,
      'test-artifacts/cli-gate/dup-key.json:31:7: error: duplicate key "pressure" in steps[0] (first at line 30, column 7): JSON would silently keep only the last value; keep one',
      '2 files checked: 0 valid, 2 errors, 0 warnings',
    ]);
  }, 60_000);
});
