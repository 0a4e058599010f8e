/**
 * Writes the JSON Schemas of data files to data/schema/ from the zod schemas in src/domain.
 *   npm run schema            write the files
 *   npm run schema -- --check exit 1 if any file is stale (no writing)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allJsonSchemas, schemaFileText } from '../src/domain/technique/jsonSchemas';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'data', 'schema');
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(allJsonSchemas())) {
  const file = join(dir, name);
  const text = schemaFileText(schema);
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = '';
  }
  if (old === text) {
    console.log(`up to date  data/schema/${name}`);
    continue;
  }
  if (check) {
    stale++;
    console.error(`STALE       data/schema/${name} (run npm run schema)`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote       data/schema/${name}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
