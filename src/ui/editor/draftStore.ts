/**
 * The draft being edited (thin adapter until src/state/editor/editorStore lands): zustand with
 * zundo's temporal middleware, so every edit is undoable; only the technique is in the history
 * (the selection is not).
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { AnatomicalPoint, MoveName, Step, Technique } from '../../domain/technique/schema';
import { defaultStep } from './model/defaults';
import type { Seg } from './model/fields';

export type Path = readonly Seg[];

export interface DraftState {
  technique: Technique | null;
  /** Name of the file it came from (drafts: the id). */
  name: string;
  selectedStep: number;
  /** Path (inside the selected step) of the selected point, e.g. ['points', 0]. */
  selectedPoint: Path | null;
  /** What the last placement snapped to (shown while placing; not in the history). */
  snapped: string | null;
  start: (t: Technique | null, name?: string) => void;
  /** Set a value at a path inside the technique (undefined removes the key). */
  set: (path: Path, value: unknown) => void;
  addStep: (move: MoveName) => void;
  duplicateStep: (i: number) => void;
  deleteStep: (i: number) => void;
  moveStep: (from: number, to: number) => void;
  selectStep: (i: number) => void;
  selectPoint: (p: Path | null) => void;
}

/** A copy of `obj` with `value` at `path` (structural sharing; undefined deletes). */
export function setIn(obj: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(obj)) {
    const out = obj.slice();
    const i = head as number;
    if (rest.length === 0 && value === undefined) out.splice(i, 1);
    else out[i] = setIn(out[i], rest, value);
    return out;
  }
  const o = { ...((obj ?? {}) as Record<string, unknown>) };
  const next = setIn(o[head as string], rest, value);
  if (next === undefined) delete o[head as string];
  else o[head as string] = next;
  return o;
}

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

const steps = (t: Technique | null): Step[] => (t ? t.steps : []);
const withSteps = (t: Technique, s: Step[]): Technique => ({ ...t, steps: s });

export const useDraft = create<DraftState>()(
  temporal(
    (set, get) => ({
      technique: null,
      name: '',
      selectedStep: 0,
      selectedPoint: null,
      snapped: null,
      start: (technique, name) => {
        set({ technique, name: name ?? technique?.id ?? '', selectedStep: 0, selectedPoint: null });
        useDraft.temporal.getState().clear();
      },
      set: (path, value) => {
        const t = get().technique;
        if (t) set({ technique: setIn(t, path, value) as Technique });
      },
      addStep: (move) => {
        const t = get().technique;
        if (!t) return;
        const at = Math.min(get().selectedStep + 1, t.steps.length);
        const s = steps(t).slice();
        s.splice(at, 0, defaultStep(move));
        set({ technique: withSteps(t, s), selectedStep: at, selectedPoint: null });
      },
      duplicateStep: (i) => {
        const t = get().technique;
        if (!t || !t.steps[i]) return;
        const s = steps(t).slice();
        s.splice(i + 1, 0, structuredClone(s[i]!));
        set({ technique: withSteps(t, s), selectedStep: i + 1, selectedPoint: null });
      },
      deleteStep: (i) => {
        const t = get().technique;
        if (!t || t.steps.length <= 1) return;
        const s = steps(t).filter((_, k) => k !== i);
        set({ technique: withSteps(t, s), selectedStep: Math.min(i, s.length - 1), selectedPoint: null });
      },
      moveStep: (from, to) => {
        const t = get().technique;
        if (!t || to < 0 || to >= t.steps.length || from === to) return;
        const s = steps(t).slice();
        const [x] = s.splice(from, 1);
        s.splice(to, 0, x!);
        set({ technique: withSteps(t, s), selectedStep: to });
      },
      selectStep: (selectedStep) => set({ selectedStep, selectedPoint: null }),
      selectPoint: (selectedPoint) => set({ selectedPoint }),
    }),
    {
      partialize: (s) => ({ technique: s.technique }),
      equality: (a, b) => a.technique === b.technique,
      limit: 200,
    },
  ),
);

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
