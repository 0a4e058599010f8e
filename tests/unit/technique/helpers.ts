import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const TECHNIQUES_DIR = join(ROOT, 'data', 'techniques');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures', 'techniques');

/** file name → raw text of every data/techniques/*.json */
export function libraryTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(TECHNIQUES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out[f] = readFileSync(join(TECHNIQUES_DIR, f), 'utf8');
  }
  return out;
}

/** file name → parsed JSON of every data/techniques/*.json */
export function libraryJson(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [f, text] of Object.entries(libraryTexts())) out[f] = JSON.parse(text) as unknown;
  return out;
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}
