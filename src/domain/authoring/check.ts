/**
 * The checks of a draft: the SAME parse gate and lint as an imported file (checkTechnique), plus
 * the motion compiler's warnings when an anatomy is given. Each diagnostic keeps its JSON path
 * ('steps[2].path.points[1].lateral_cm'), so the editor shows it at its field or its point.
 * Export writes what the gate reads back equal.
 */
import { compile } from '../motion/compile';
import type { MotionAnatomy, PreparedAnatomy } from '../motion/anatomy';
import { checkTechnique } from '../technique/check';
import type { Diagnostic } from '../technique/diagnostics';
import type { Technique } from '../technique/schema';
import type { JsonPath } from './edits';

/** A diagnostic of a draft: the gate's, or a motion warning with its figures (`params`). */
export interface DraftDiagnostic extends Diagnostic {
  /** The motion compiler's figures (cm, s, point…), for the app's words (words.warnings.code.*). */
  params?: Record<string, string | number>;
}

export interface DraftCheck {
  errors: DraftDiagnostic[];
  warnings: DraftDiagnostic[];
  /** The technique as the gate returns it (defaults filled in), when there are no errors. */
  technique?: Technique;
}

export interface CheckDraftOptions {
  /** When given, the motion compiler runs on a draft without errors and its warnings are added. */
  anatomy?: MotionAnatomy | PreparedAnatomy;
}

/** The file name a technique is exported under (and checked as): `<id>.json`. */
export function draftFileName(t: unknown): string {
  const id = typeof t === 'object' && t !== null ? (t as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? `${id}.json` : 'technique.json';
}

/** Check a draft. Never throws. */
export function checkDraft(t: unknown, fileName: string = draftFileName(t), options: CheckDraftOptions = {}): DraftCheck {
  let r: ReturnType<typeof checkTechnique>;
  try {
    // A draft may hold values JSON cannot (NaN from a cleared number field): the gate sees the
    // draft as it would be written to a file.
    r = checkTechnique(jsonRoundTrip(t), fileName);
  } catch (e) {
    return { errors: [crash(fileName, 'check-crash', e)], warnings: [] };
  }
  const errors: DraftDiagnostic[] = r.diagnostics.filter((d) => d.severity === 'error');
  const warnings: DraftDiagnostic[] = r.diagnostics.filter((d) => d.severity === 'warning');
  if (!r.technique || errors.length > 0) return { errors, warnings };
  if (options.anatomy) {
    try {
      const tl = compile(r.technique, options.anatomy);
      for (const w of tl.warnings) {
        warnings.push({
          file: fileName,
          path: `steps[${w.stepIndex}]`,
          severity: 'warning',
          code: w.code,
          message: w.message,
          params: w.params,
        });
      }
    } catch (e) {
      errors.push(crash(fileName, 'motion-failed', e));
      return { errors, warnings };
    }
  }
  return { errors, warnings, technique: r.technique };
}

function crash(file: string, code: string, e: unknown): Diagnostic {
  return {
    file,
    path: '',
    severity: 'error',
    code,
    message: `the technique cannot be shown: ${e instanceof Error ? e.message : String(e)}`,
  };
}

function jsonRoundTrip(t: unknown): unknown {
  if (t === undefined) return undefined;
  return JSON.parse(JSON.stringify(t)) as unknown;
}

/**
 * The text of an exported file: the technique exactly as the gate returned it (2-space JSON,
 * final newline), so `parseTechnique(JSON.parse(text))` deep-equals it. Refuses (returns the
 * errors) when the draft has errors.
 */
export function exportTechnique(t: unknown): { ok: true; text: string; fileName: string; technique: Technique } | { ok: false; errors: Diagnostic[] } {
  const fileName = draftFileName(t);
  const c = checkDraft(t, fileName);
  if (c.errors.length > 0 || !c.technique) return { ok: false, errors: c.errors };
  return { ok: true, text: `${JSON.stringify(c.technique, null, 2)}\n`, fileName, technique: c.technique };
}

/** A diagnostic's path as segments: 'steps[2].path.points[1]' → ['steps', 2, 'path', 'points', 1]. */
export function parseJsonPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([A-Za-z_$][A-Za-z0-9_$]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[0] === '') break;
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/** Where a diagnostic is: its step (0-based) and the path inside the step, or the technique level. */
export function diagnosticTarget(d: Diagnostic): { step: number | null; path: JsonPath } {
  const p = parseJsonPath(d.path);
  if (p[0] === 'steps' && typeof p[1] === 'number') return { step: p[1], path: p.slice(2) };
  return { step: null, path: p };
}

/** Diagnostics at `path` of step `step` or inside it (`step: null` = technique level). */
export function diagnosticsAt(ds: readonly Diagnostic[], step: number | null, path: JsonPath = []): Diagnostic[] {
  return ds.filter((d) => {
    const t = diagnosticTarget(d);
    if (t.step !== step) return false;
    return path.every((k, i) => t.path[i] === k);
  });
}
