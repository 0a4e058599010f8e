/**
 * CI: fails when the built JavaScript grows past the budget written in js-budget.json
 * (run after `vite build`). The first download is what issue 13 §6 caps (≤ 1.3× the minimal
 * R3F page, measured by `npm run bench`); the total keeps the lazy chunks from growing unseen.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { jsSize } from './jsSize';

const ROOT = resolve(import.meta.dirname, '..');
const budget = JSON.parse(readFileSync(join(ROOT, 'js-budget.json'), 'utf8')) as {
  initialGzipKiB: number;
  totalGzipKiB: number;
};
const size = jsSize(join(ROOT, 'dist'));
const kib = (b: number) => b / 1024;
let failed = false;
for (const [name, bytes, limit] of [
  ['first download (entry + preloaded modules)', size.initial, budget.initialGzipKiB],
  ['all chunks', size.total, budget.totalGzipKiB],
] as const) {
  const ok = kib(bytes) <= limit;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} JS gzip, ${name}: ${kib(bytes).toFixed(1)} KiB (budget ${limit} KiB)`,
  );
}
if (failed) {
  console.log('\nFirst-download scripts:');
  for (const f of size.files.filter((x) => x.initial).sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${kib(f.gzip).toFixed(1).padStart(7)} KiB  ${relative(ROOT, f.file)}`);
  console.error(
    '\nJS past the budget in js-budget.json: split what the first frame does not need, or raise the budget with a reason.',
  );
  process.exit(1);
}
