/**
 * The authoring studio's store: the technique being edited, the selection, and the undo history
 * (zundo's `temporal` middleware; only `technique` is tracked, so selecting is not an undo step).
 *
 *   useEditorStore.getState().apply({ kind: 'set-step-field', step: 0, path: ['pressure'], value: 'medium' });
 *   useEditorStore.temporal.getState().undo();   // redo(), pastStates, futureStates, clear()
 *
 * Every change of the technique goes through `apply(edit)` (a pure `applyEdit`), so an undo is
 * exact: the earlier technique object itself comes back.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { applyEdit, type Edit } from '../../domain/authoring/edits';
import { newTechnique } from '../../domain/authoring/defaults';
import { exportTechnique } from '../../domain/authoring/check';
import { checkTechniqueText } from '../../domain/technique/check';
import type { Diagnostic } from '../../domain/technique/diagnostics';
import type { Technique } from '../../domain/technique/schema';
import { copyId, useUserTechniques, userTechniquesLibraryIds } from '../userTechniques';
import { saveTechnique, type SaveResult } from './drafts';

/** Undo steps kept. */
export const HISTORY_LIMIT = 200;
/** Largest file the studio imports (same as "open a technique file"). */
export const MAX_IMPORT_BYTES = 256 * 1024;

export interface EditorState {
  technique: Technique | null;
  /** Id of my technique the editing started from (saving replaces it); undefined for a new one or a library copy. */
  sourceId?: string;
  selectedStep: number;
  /** Index of the selected point in the selected step's `stepPointPaths`, or null. */
  selectedPoint: number | null;
  /** Changed since the last start / save. */
  dirty: boolean;

  /**
   * Start editing a copy of `t`, or a new technique when null. Clears the undo history.
   * `opts.mine`: `t` is one of my techniques (it keeps its id; saving replaces it). Otherwise
   * (a library technique, a new one) the copy gets an id not in `opts.takenIds` (the library's
   * and my techniques' ids): '<id>-copy', '<id>-copy-2'…
   */
  start: (t: Technique | null, opts?: { mine?: boolean; takenIds?: ReadonlySet<string> }) => void;
  /** Apply one edit (an undo step when it changes the technique). */
  apply: (edit: Edit) => void;
  select: (step: number, point?: number | null) => void;
  /** Save to my techniques (IndexedDB); a draft with errors is saved as a flagged draft. */
  saveDraft: () => Promise<SaveResult | null>;
  /** The JSON text of the file to download, or the errors that forbid exporting. */
  exportJson: () => string | { errors: Diagnostic[] };
  /** Open a technique file's text in the editor (through the gate); errors leave the editor as it was. */
  importJson: (text: string, fileName: string) => { ok: true; warnings: Diagnostic[] } | { ok: false; errors: Diagnostic[] };
  /** Leave the editor (nothing being edited). */
  close: () => void;
  /**
   * A drag of a handle (or any run of edits) that should be ONE undo step: edits between
   * beginGesture() and endGesture() are applied but not recorded; endGesture records the technique
   * as it was at beginGesture (when it changed). A second beginGesture before the end is ignored.
   */
  beginGesture: () => void;
  endGesture: () => void;
}

type Tracked = Pick<EditorState, 'technique'>;

/** The technique when the current gesture began (undefined: no gesture). */
let gestureStart: { technique: Technique | null } | undefined;

const clampSelection = (t: Technique | null, step: number, point: number | null): Pick<EditorState, 'selectedStep' | 'selectedPoint'> => {
  const n = t?.steps.length ?? 0;
  const s = n === 0 ? 0 : Math.max(0, Math.min(step, n - 1));
  return { selectedStep: s, selectedPoint: s === step ? point : null };
};

function safeIds(f: () => ReadonlySet<string>): ReadonlySet<string> {
  try {
    return f();
  } catch {
    return new Set();
  }
}

/** A new technique's id, free among `taken` ('my-technique', else 'my-technique-copy'…). */
function freeId(id: string, taken: ReadonlySet<string> | undefined): string {
  return taken && taken.has(id) ? copyId(id, taken) : id;
}

export const useEditorStore = create<EditorState>()(
  temporal(
    (set, get) => ({
      technique: null,
      selectedStep: 0,
      selectedPoint: null,
      dirty: false,

      start: (t, opts = {}) => {
        let technique: Technique;
        let sourceId: string | undefined;
        if (t === null) {
          const n = newTechnique();
          technique = { ...n, id: freeId(n.id, opts.takenIds) };
        } else if (opts.mine) {
          technique = structuredClone(t);
          sourceId = t.id;
        } else {
          technique = { ...structuredClone(t), id: freeId(t.id, opts.takenIds) };
        }
        gestureStart = undefined;
        useEditorStore.temporal.getState().resume();
        set({ technique, sourceId, selectedStep: 0, selectedPoint: null, dirty: false });
        useEditorStore.temporal.getState().clear();
      },

      apply: (edit) => {
        const { technique, selectedStep, selectedPoint } = get();
        if (!technique) return;
        const next = applyEdit(technique, edit);
        if (next === technique) return;
        let step = selectedStep;
        let point = selectedPoint;
        if (edit.kind === 'add-step') {
          step = edit.index ?? technique.steps.length;
          point = null;
        } else if (edit.kind === 'duplicate-step') {
          step = edit.index + 1;
          point = null;
        } else if (edit.kind === 'move-step' && edit.from === selectedStep) {
          step = edit.to;
        } else if (edit.kind === 'change-move' || edit.kind === 'delete-step') {
          point = null;
        }
        set({ technique: next, dirty: true, ...clampSelection(next, step, point) });
      },

      select: (step, point = null) => set(clampSelection(get().technique, step, point)),

      saveDraft: async () => {
        const { sourceId } = get();
        if (!get().technique) return null;
        // Never under a library id or the id of another of my techniques: the id becomes a free
        // '<id>-copy' first (an edit the teacher sees and can undo).
        const taken = new Set([...safeIds(userTechniquesLibraryIds), ...useUserTechniques.getState().entries.map((e) => e.technique.id)]);
        if (sourceId !== undefined) taken.delete(sourceId);
        const id = (get().technique as Technique).id;
        if (typeof id === 'string' && taken.has(id)) get().apply({ kind: 'set-meta', path: ['id'], value: copyId(id, taken) });
        const technique = get().technique as Technique;
        const r = await saveTechnique(technique, sourceId);
        if (r.saved && get().technique === technique) {
          set(r.draft ? { dirty: false } : { dirty: false, sourceId: technique.id });
        }
        return r;
      },

      exportJson: () => {
        const t = get().technique;
        if (!t) return { errors: [] };
        const r = exportTechnique(t);
        return r.ok ? r.text : { errors: r.errors };
      },

      importJson: (text, fileName) => {
        const r = checkTechniqueText(text, fileName, MAX_IMPORT_BYTES);
        if (!r.technique) return { ok: false, errors: r.diagnostics.filter((d) => d.severity === 'error') };
        get().start(r.technique);
        return { ok: true, warnings: r.diagnostics.filter((d) => d.severity === 'warning') };
      },

      close: () => {
        gestureStart = undefined;
        useEditorStore.temporal.getState().resume();
        set({ technique: null, sourceId: undefined, selectedStep: 0, selectedPoint: null, dirty: false });
        useEditorStore.temporal.getState().clear();
      },

      beginGesture: () => {
        if (gestureStart) return;
        gestureStart = { technique: get().technique };
        useEditorStore.temporal.getState().pause();
      },

      endGesture: () => {
        const g = gestureStart;
        if (!g) return;
        gestureStart = undefined;
        const temporalStore = useEditorStore.temporal;
        temporalStore.getState().resume();
        if (g.technique === get().technique) return;
        const past = [...temporalStore.getState().pastStates, { technique: g.technique }];
        temporalStore.setState({ pastStates: past.slice(-HISTORY_LIMIT), futureStates: [] });
      },
    }),
    {
      partialize: (s): Tracked => ({ technique: s.technique }),
      equality: (a, b) => a.technique === b.technique,
      limit: HISTORY_LIMIT,
    },
  ),
);

// Undo / redo restore the technique only: keep the selection inside it.
useEditorStore.subscribe((s, prev) => {
  if (s.technique === prev.technique) return;
  const c = clampSelection(s.technique, s.selectedStep, s.selectedPoint);
  if (c.selectedStep !== s.selectedStep || c.selectedPoint !== s.selectedPoint) useEditorStore.setState(c);
});

/** Undo / redo helpers (also for buttons: `canUndo()`). */
export const editorHistory = {
  undo: (): void => {
    if (!editorHistory.canUndo()) return;
    useEditorStore.temporal.getState().undo();
    useEditorStore.setState({ dirty: true });
  },
  redo: (): void => {
    if (!editorHistory.canRedo()) return;
    useEditorStore.temporal.getState().redo();
    useEditorStore.setState({ dirty: true });
  },
  canUndo: (): boolean => useEditorStore.temporal.getState().pastStates.length > 0,
  canRedo: (): boolean => useEditorStore.temporal.getState().futureStates.length > 0,
};
