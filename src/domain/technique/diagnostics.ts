/** Errors and warnings about a technique file, printed like a compiler's. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** File name as given to the gate (e.g. 'classic-warming-rub.json'). */
  file: string;
  /** JSON path in the file, e.g. 'steps[3].path.points[1].level'; '' for the whole file. */
  path: string;
  severity: Severity;
  /** Stable machine-readable code, e.g. 'invalid-value', 'midline-pressure'. */
  code: string;
  /** Full human message, including what was expected and what was found. */
  message: string;
  /** What was expected (also part of `message`). */
  expected?: string;
  /** What was found (also part of `message`). */
  found?: string;
  /** "Did you mean" suggestion (also part of `message`). */
  suggestion?: string;
  /** 1-based line/column for JSON syntax errors. */
  line?: number;
  column?: number;
}

/** A JSON path segment list as text: ['steps', 3, 'path'] → 'steps[3].path'. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** `file:path: error: message` (or `file:line:col: error: …` for syntax errors). */
export function formatDiagnostic(d: Diagnostic): string {
  const where =
    d.line !== undefined
      ? `${d.file}:${d.line}:${d.column ?? 1}`
      : d.path === ''
        ? d.file
        : `${d.file}:${d.path}`;
  return `${where}: ${d.severity}: ${d.message}`;
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean =>
  ds.some((d) => d.severity === 'error');
