/** Parse + lint in one call: what the library loader and the validate CLI use. */
import type { Diagnostic } from './diagnostics';
import { hasErrors } from './diagnostics';
import { lintTechnique, type LintOptions } from './lint';
import { parseTechnique, parseTechniqueBytes, parseTechniqueText } from './parse';
import type { Technique } from './schema';

export interface CheckResult {
  /** The technique, when it parsed and has no lint errors. */
  technique: Technique | undefined;
  /** Parse errors, lint errors and lint warnings, in that order. */
  diagnostics: Diagnostic[];
}

function finish(
  r: ReturnType<typeof parseTechnique>,
  fileName: string,
  options: LintOptions,
): CheckResult {
  if (!r.ok) return { technique: undefined, diagnostics: r.errors };
  let lint: Diagnostic[];
  try {
    lint = lintTechnique(r.technique, fileName, options);
  } catch (e) {
    lint = [
      {
        file: fileName,
        path: '',
        severity: 'error',
        code: 'lint-crash',
        message: `internal lint failure: ${e instanceof Error ? e.message : String(e)}`,
      },
    ];
  }
  const sorted = [
    ...lint.filter((d) => d.severity === 'error'),
    ...lint.filter((d) => d.severity === 'warning'),
  ];
  return { technique: hasErrors(sorted) ? undefined : r.technique, diagnostics: sorted };
}

/** Parse and lint untrusted JSON. Never throws. */
export function checkTechnique(
  json: unknown,
  fileName: string,
  options: LintOptions = {},
): CheckResult {
  return finish(parseTechnique(json, fileName), fileName, options);
}

/** Parse (size-limited text) and lint. Never throws. */
export function checkTechniqueText(
  text: string,
  fileName: string,
  maxBytes?: number,
  options: LintOptions = {},
): CheckResult {
  return finish(parseTechniqueText(text, fileName, maxBytes), fileName, options);
}

/**
 * Parse raw bytes (size limit, strict UTF-8, then the text gate) and lint. Never throws. What the
 * CLI uses; the app's file import should use it too, with `new Uint8Array(await file.arrayBuffer())`.
 */
export function checkTechniqueBytes(
  bytes: Uint8Array,
  fileName: string,
  maxBytes?: number,
  options: LintOptions = {},
): CheckResult {
  return finish(parseTechniqueBytes(bytes, fileName, maxBytes), fileName, options);
}
