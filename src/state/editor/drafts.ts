/**
 * Saving what the studio makes into "my techniques" (the same IndexedDB store as imported files,
 * src/state/userTechniques.ts):
 * - a technique without errors is saved as one of my techniques under its id (replacing the
 *   record it was started from), and appears at once in the list, the chooser and the player;
 * - a draft with errors is saved too, under `draft:<id>`, flagged with its errors: the list of my
 *   techniques never shows it (it cannot play), the studio lists it with `loadDrafts`.
 */
import { checkDraft, draftFileName } from '../../domain/authoring/check';
import type { Diagnostic } from '../../domain/technique/diagnostics';
import type { Technique } from '../../domain/technique/schema';
import { useViewer } from '../store';
import {
  DRAFT_KEY_PREFIX,
  MAX_USER_TECHNIQUES,
  useUserTechniques,
  userTechniquesBackend,
  type StoredTechniqueRecord,
  type UserTechniqueEntry,
} from '../userTechniques';

export interface SaveResult {
  /** False when the storage refused (full, unavailable): the message is in `problem`. */
  saved: boolean;
  /** True when the technique has errors and was kept as a draft (not among my techniques). */
  draft: boolean;
  /** The key it was saved under (its id, or `draft:<id>`). */
  key: string;
  errors: Diagnostic[];
  problem?: string;
}

export interface StoredDraft {
  key: string;
  fileName: string;
  savedAt: string;
  /** The draft as it was (not checked: it has errors). */
  technique: unknown;
}

const draftKey = (t: Technique): string => `${DRAFT_KEY_PREFIX}${String(t.id)}`;

function mirrorEntries(entries: UserTechniqueEntry[]): void {
  useUserTechniques.setState({ entries });
  useViewer.setState({ userTechniques: entries.map((e) => e.technique) });
}

/**
 * Save the studio's technique. `sourceId`: the id of my technique it was started from (that
 * record is replaced, even when the id changed). Never throws.
 */
export async function saveTechnique(t: Technique, sourceId?: string): Promise<SaveResult> {
  const backend = userTechniquesBackend();
  const fileName = draftFileName(t);
  const c = checkDraft(t, fileName);
  const savedAt = new Date().toISOString();
  try {
    if (c.errors.length > 0 || !c.technique) {
      const key = draftKey(t);
      const record: StoredTechniqueRecord & { draft: true } = { version: 1, fileName, savedAt, technique: t, draft: true };
      await backend.set(key, record);
      return { saved: true, draft: true, key, errors: c.errors };
    }
    const technique = c.technique;
    const entries = useUserTechniques.getState().entries;
    const others = entries.filter((e) => e.technique.id !== technique.id && e.technique.id !== sourceId);
    if (others.length >= MAX_USER_TECHNIQUES) {
      return { saved: false, draft: false, key: technique.id, errors: [], problem: 'quota' };
    }
    await backend.set(technique.id, { version: 1, fileName, savedAt, technique });
    if (sourceId !== undefined && sourceId !== technique.id && entries.some((e) => e.technique.id === sourceId)) {
      await backend.del(sourceId).catch(() => undefined);
    }
    await backend.del(draftKey(t)).catch(() => undefined);
    const entry: UserTechniqueEntry = { technique, fileName, warnings: c.warnings };
    const at = entries.findIndex((e) => e.technique.id === technique.id || e.technique.id === sourceId);
    const next = entries.filter((e) => e.technique.id !== technique.id && e.technique.id !== sourceId);
    next.splice(at < 0 ? next.length : Math.min(at, next.length), 0, entry);
    mirrorEntries(next);
    return { saved: true, draft: false, key: technique.id, errors: [] };
  } catch (e) {
    return { saved: false, draft: c.errors.length > 0, key: t.id, errors: c.errors, problem: e instanceof Error ? e.message : String(e) };
  }
}

/** The studio's drafts with errors, newest first. Never throws (an unreadable store: []). */
export async function loadDrafts(): Promise<StoredDraft[]> {
  try {
    const rows = await userTechniquesBackend().entries();
    const out: StoredDraft[] = [];
    for (const [k, v] of rows) {
      if (typeof k !== 'string' || !k.startsWith(DRAFT_KEY_PREFIX)) continue;
      const r = v as Partial<StoredTechniqueRecord> | null;
      if (!r || typeof r !== 'object' || typeof r.technique !== 'object' || r.technique === null) continue;
      out.push({ key: k, fileName: String(r.fileName ?? ''), savedAt: String(r.savedAt ?? ''), technique: r.technique });
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    return [];
  }
}

/** Forget a draft. */
export async function deleteDraft(key: string): Promise<void> {
  if (!key.startsWith(DRAFT_KEY_PREFIX)) return;
  await userTechniquesBackend()
    .del(key)
    .catch(() => undefined);
}
