/**
 * The motion core is pure: no clock, no randomness, no React/three imports (src/domain rule).
 * (That sampleInto allocates nothing is by construction; a heap-growth test cannot see it —
 * V8 scavenges short-lived objects — so there is none.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(__dirname, '../../../src/domain/motion');

describe('motion core purity', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s: no clock, no Math.random, no React or three', (f) => {
    const src = readFileSync(join(DIR, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date\(/);
    expect(src).not.toMatch(/from '(react|three|@react-three)[^']*'/);
  });
});
