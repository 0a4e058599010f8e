import { useMemo } from 'react';
import { checkTechnique } from '../../domain/technique/check';
import type { Diagnostic } from '../../domain/technique/diagnostics';
import type { Technique } from '../../domain/technique/schema';
import { useDraft, type Path } from './draftStore';
import { formatJsonPath } from '../../domain/technique/diagnostics';

export interface DraftCheck {
  /** The technique as the gate returns it, when it has no errors. */
  valid: Technique | undefined;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** The same parse gate and lint as a library file, on every edit. */
export function checkDraft(t: Technique | null): DraftCheck {
  if (!t) return { valid: undefined, errors: [], warnings: [] };
  const r = checkTechnique(t, `${t.id || 'draft'}.json`);
  return {
    valid: r.technique,
    errors: r.diagnostics.filter((d) => d.severity === 'error'),
    warnings: r.diagnostics.filter((d) => d.severity === 'warning'),
  };
}

export function useDraftCheck(): DraftCheck {
  const t = useDraft((s) => s.technique);
  return useMemo(() => checkDraft(t), [t]);
}

/** The messages at a JSON path (and below it). */
export function messagesAt(c: DraftCheck, path: Path, exact = false): Diagnostic[] {
  const p = formatJsonPath(path);
  const at = (d: Diagnostic) => (exact ? d.path === p : d.path === p || d.path.startsWith(`${p}.`) || d.path.startsWith(`${p}[`));
  return [...c.errors.filter(at), ...c.warnings.filter(at)];
}
