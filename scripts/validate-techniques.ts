/**
 * Validate and lint technique files, printing compiler-style lines:
 *   file:path: error|warning: message
 *   npm run validate                       all of data/techniques/*.json
 *   npm run validate -- a.json b.json      the given files
 * Exits 1 when any file has an error (warnings alone exit 0). Also reports duplicate ids.
 * Files are read as bytes: invalid UTF-8 and duplicate JSON keys are errors with line and column.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkTechniqueBytes,
  DEFAULT_MAX_BYTES,
  formatDiagnostic,
  type Diagnostic,
} from '../src/domain/technique';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files =
  args.length > 0
    ? args.map((a) => resolve(a))
    : readdirSync(join(root, 'data', 'techniques'))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(root, 'data', 'techniques', f));

let errors = 0;
let warnings = 0;
let valid = 0;
const ids = new Map<string, string>();
for (const file of files) {
  const shown = relative(process.cwd(), file) || basename(file);
  const diags: Diagnostic[] = [];
  let bytes: Uint8Array | undefined;
  try {
    const size = statSync(file).size;
    if (size > DEFAULT_MAX_BYTES) {
      diags.push({
        file: shown,
        path: '',
        severity: 'error',
        code: 'too-large',
        message: `file too large: expected at most 256 KiB, found ${Math.round(size / 1024)} KiB`,
      });
    } else bytes = readFileSync(file); // bytes: invalid UTF-8 is an error, not U+FFFD
  } catch (e) {
    diags.push({
      file: shown,
      path: '',
      severity: 'error',
      code: 'unreadable',
      message: `cannot read the file (${e instanceof Error ? e.message : String(e)})`,
    });
  }
  if (bytes !== undefined) {
    const r = checkTechniqueBytes(new Uint8Array(bytes), shown);
    diags.push(...r.diagnostics);
    if (r.technique) {
      valid++;
      const other = ids.get(r.technique.id);
      if (other)
        diags.push({
          file: shown,
          path: 'id',
          severity: 'error',
          code: 'duplicate-id',
          message: `id "${r.technique.id}" is already used by ${other}`,
        });
      else ids.set(r.technique.id, shown);
    }
  }
  for (const d of diags) {
    if (d.severity === 'error') errors++;
    else warnings++;
    console.log(formatDiagnostic(d));
  }
}
console.log(
  `${files.length} file${files.length === 1 ? '' : 's'} checked: ${valid} valid, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
process.exit(errors > 0 ? 1 : 0);
