/**
 * The technique library as a pure function over file name → parsed JSON, so it can be tested in
 * node. One broken file never takes the others down: it only adds its errors.
 */
import { checkTechnique } from '../domain/technique/check';
import type { Diagnostic } from '../domain/technique/diagnostics';
import { MASSAGE_TYPES, type Technique } from '../domain/technique/schema';

export interface LibraryEntry {
  fileName: string;
  technique: Technique;
  /** Lint warnings of this technique (shown, not blocking). */
  warnings: Diagnostic[];
}

export interface Library {
  /** Valid techniques, ordered by massage type, then file name. */
  techniques: Technique[];
  /** The same, with their file names and warnings. */
  entries: LibraryEntry[];
  /** Errors of the files that were left out (parse errors, lint errors, duplicate ids). */
  errors: Diagnostic[];
}

/** Strip directories from a glob key: '../../data/techniques/x.json' → 'x.json'. */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

export function buildLibrary(files: Readonly<Record<string, unknown>>): Library {
  const entries: LibraryEntry[] = [];
  const errors: Diagnostic[] = [];
  const byId = new Map<string, string>();
  const names = Object.keys(files).sort((a, b) =>
    baseName(a) < baseName(b) ? -1 : baseName(a) > baseName(b) ? 1 : 0,
  );
  for (const key of names) {
    const fileName = baseName(key);
    let json: unknown;
    try {
      json = files[key];
    } catch {
      json = undefined;
    }
    const r = checkTechnique(json, fileName);
    const errs = r.diagnostics.filter((d) => d.severity === 'error');
    if (!r.technique) {
      errors.push(...errs);
      continue;
    }
    const other = byId.get(r.technique.id);
    if (other !== undefined) {
      errors.push({
        file: fileName,
        path: 'id',
        severity: 'error',
        code: 'duplicate-id',
        message: `id "${r.technique.id}" is already used by ${other}; this file was left out`,
      });
      continue;
    }
    byId.set(r.technique.id, fileName);
    entries.push({
      fileName,
      technique: r.technique,
      warnings: r.diagnostics.filter((d) => d.severity === 'warning'),
    });
  }
  const rank = (t: Technique) => {
    const i = (MASSAGE_TYPES as readonly string[]).indexOf(t.type);
    return i === -1 ? MASSAGE_TYPES.length : i;
  };
  entries.sort(
    (a, b) =>
      rank(a.technique) - rank(b.technique) ||
      (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0),
  );
  return { techniques: entries.map((e) => e.technique), entries, errors };
}
