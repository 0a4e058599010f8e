/**
 * Every warning about a technique, in one list the details panel shows: the file checks'
 * warnings (lintTechnique) and the motion compiler's (timeline.warnings), each with the step it
 * is about. Pure: the translation function is injected.
 */
import type { Diagnostic } from '../../domain/technique/diagnostics';
import { lintTechnique } from '../../domain/technique/lint';
import type { MotionWarning } from '../../domain/motion/types';
import type { Technique } from '../../domain/technique/schema';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ShownWarning {
  source: 'lint' | 'motion';
  code: string;
  /** 0-based step, or null for the whole technique. */
  stepIndex: number | null;
  /** What, in the reader's language (falls back to the checker's English message). */
  text: string;
  /** Where: "Step 3: Gliding strokes" or "The whole technique". */
  where: string;
  /** The checker's own message (English, with its figures). */
  message: string;
}

const STEP_PATH = /^steps\[(\d+)\]/;

/** The technique's lint warnings (a loaded technique has no lint errors). */
export function lintWarnings(technique: Technique): Diagnostic[] {
  try {
    return lintTechnique(technique, `${technique.id}.json`).filter((d) => d.severity === 'warning');
  } catch {
    return [];
  }
}

export function warningList(
  technique: Technique,
  lint: readonly Diagnostic[],
  motion: readonly MotionWarning[],
  t: Translate,
  exists: (key: string) => boolean,
): ShownWarning[] {
  const where = (i: number | null) => {
    const step = i === null ? undefined : technique.steps[i];
    return step && i !== null
      ? t('words.warnings.step', { n: i + 1, name: t(`illustration.move.${step.move}`) })
      : t('words.warnings.file');
  };
  const text = (code: string, params: Record<string, string | number>, message: string) => {
    const key = `words.warnings.code.${code}`;
    return exists(key) ? t(key, params) : message;
  };
  const out: ShownWarning[] = [];
  for (const d of lint) {
    const m = STEP_PATH.exec(d.path);
    const i = m ? Number(m[1]) : null;
    out.push({ source: 'lint', code: d.code, stepIndex: i, text: text(d.code, {}, d.message), where: where(i), message: d.message });
  }
  for (const w of motion) {
    out.push({ source: 'motion', code: w.code, stepIndex: w.stepIndex, text: text(w.code, w.params, w.message), where: where(w.stepIndex), message: w.message });
  }
  return out.sort((a, b) => (a.stepIndex ?? -1) - (b.stepIndex ?? -1));
}
