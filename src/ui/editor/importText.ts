import { checkTechniqueText } from '../../domain/technique/check';
import type { Technique } from '../../domain/technique/schema';
import { MAX_USER_FILE_BYTES } from '../../state/userTechniques';

/** A file's text into the studio: the gate's technique when it passes, else the raw object (its errors are shown). */
export function importText(text: string, fileName: string): { technique: Technique | null; error?: string } {
  const r = checkTechniqueText(text, fileName, MAX_USER_FILE_BYTES);
  if (r.technique) return { technique: r.technique };
  try {
    const raw: unknown = JSON.parse(text);
    if (raw && typeof raw === 'object' && Array.isArray((raw as { steps?: unknown }).steps) && (raw as { steps: unknown[] }).steps.length > 0)
      return { technique: raw as Technique };
  } catch {
    // not JSON: the gate's message below
  }
  return { technique: null, error: r.diagnostics.find((d) => d.severity === 'error')?.message ?? 'unreadable' };
}
