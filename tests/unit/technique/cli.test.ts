import { spawnSync } from 'node:child_process';
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
      'tests/fixtures/techniques/misspelt-move.json:steps[1].move: error: unknown move "kneed-palm" (did you mean "knead-palm"?); expected one of: apply-oil, apply-honey, set-cup, rub, circular-rub, knead-palm, knead-fist, point-press, palm-press, edge-of-palm-stroke, effleurage, cup-glide, honey-press-pull',
      '2 files checked: 1 valid, 1 error, 0 warnings',
    ]);
  }, 60_000);
});
