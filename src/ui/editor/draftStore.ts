/**
 * The studio panel's view of the editor store (src/state/editor/editorStore.ts: zustand + zundo,
 * every edit an `Edit` applied by the authoring domain). The technique and the selected step are
 * mirrored from it; the selected point (as a path in the step) and the last snap are the panel's
 * own, outside the undo history.
 */
import { create } from 'zustand';
import type { AnatomicalPoint, MoveName, Technique } from '../../domain/technique/schema';
import type { JsonPath, JsonValue } from '../../domain/authoring/edits';
import { useEditorStore } from '../../state/editor/editorStore';

export type Path = readonly (string | number)[];

export interface DraftState {
  technique: Technique | null;
  selectedStep: number;
  /** Path (inside the selected step) of the selected point, e.g. ['points', 0]. */
  selectedPoint: Path | null;
  /** What the last placement snapped to (shown while placing; not in the history). */
  snapped: string | null;
  /** Start from a technique (a copy under a free id unless `mine`), or a new one (null). */
  start: (t: Technique | null, opts?: { mine?: boolean; takenIds?: ReadonlySet<string> }) => void;
  /** Leave the draft (back to the start panel). */
  close: () => void;
  /** Set a value at a path inside the technique (undefined removes the key). */
  set: (path: Path, value: unknown) => void;
  changeMove: (i: number, move: MoveName) => void;
  addStep: (move: MoveName) => void;
  duplicateStep: (i: number) => void;
  deleteStep: (i: number) => void;
  moveStep: (from: number, to: number) => void;
  selectStep: (i: number) => void;
  selectPoint: (p: Path | null) => void;
}

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

const isPoint = (v: unknown): v is AnatomicalPoint => !!v && typeof v === 'object' && !Array.isArray(v) && ('level' in v || 'acupoint' in v || 'landmark' in v);
const apply: typeof useEditorStore.getState extends () => infer S ? S extends { apply: infer A } ? A : never : never = (e) => useEditorStore.getState().apply(e);

export const useDraft = create<DraftState>()((set, get) => ({
  technique: useEditorStore.getState().technique,
  selectedStep: useEditorStore.getState().selectedStep,
  selectedPoint: null,
  snapped: null,
  start: (t, opts) => {
    useEditorStore.getState().start(t, opts);
    set({ selectedPoint: null, snapped: null });
  },
  close: () => {
    useEditorStore.getState().close();
    set({ selectedPoint: null, snapped: null });
  },
  set: (path, value) => {
    if (path[0] === 'steps' && typeof path[1] === 'number') {
      const step = path[1];
      const rest = path.slice(2) as JsonPath;
      if (rest.length === 0) return;
      if (isPoint(value) && rest.length > 0) apply({ kind: 'set-point', step, path: rest, point: value });
      else apply({ kind: 'set-step-field', step, path: rest, value: value as JsonValue | undefined });
    } else apply({ kind: 'set-meta', path: path as JsonPath, value: value as JsonValue | undefined });
  },
  changeMove: (step, move) => {
    apply({ kind: 'change-move', step, move });
    set({ selectedPoint: null });
  },
  addStep: (move) => {
    const t = get().technique;
    if (!t) return;
    apply({ kind: 'add-step', move, index: Math.min(get().selectedStep + 1, t.steps.length) });
    set({ selectedPoint: null });
  },
  duplicateStep: (index) => {
    apply({ kind: 'duplicate-step', index });
    set({ selectedPoint: null });
  },
  deleteStep: (index) => {
    if ((get().technique?.steps.length ?? 0) <= 1) return;
    apply({ kind: 'delete-step', index });
    set({ selectedPoint: null });
  },
  moveStep: (from, to) => {
    const n = get().technique?.steps.length ?? 0;
    if (to < 0 || to >= n || from === to) return;
    apply({ kind: 'move-step', from, to });
  },
  selectStep: (i) => {
    useEditorStore.getState().select(i);
    set({ selectedPoint: null });
  },
  selectPoint: (selectedPoint) => set({ selectedPoint }),
}));

// The technique and the selected step follow the editor store (edits, undo, redo).
useEditorStore.subscribe((s) => {
  const d = useDraft.getState();
  if (s.technique !== d.technique || s.selectedStep !== d.selectedStep) {
    const stepChanged = s.selectedStep !== d.selectedStep;
    useDraft.setState({ technique: s.technique, selectedStep: s.selectedStep, ...(stepChanged ? { selectedPoint: null } : {}) });
  }
});

/** Undo / redo / pause of the editor store's history (zundo). */
export const history = useEditorStore.temporal;

/** Every anatomical point of a step, with its path inside the step. */
export function pointsOf(step: unknown, base: Path = []): { path: Path; point: AnatomicalPoint }[] {
  const out: { path: Path; point: AnatomicalPoint }[] = [];
  const walk = (v: unknown, p: Path) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('level' in o || 'acupoint' in o || ('landmark' in o && !('shape' in o))) out.push({ path: p, point: o as AnatomicalPoint });
      else for (const [k, x] of Object.entries(o)) if (k !== 'caption' && k !== 'cautions') walk(x, [...p, k]);
    }
  };
  walk(step, base);
  return out;
}

export const samePath = (a: Path | null, b: Path | null) => !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
