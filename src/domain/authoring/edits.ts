/**
 * Every action of the authoring studio as data (`Edit`), applied by one pure function
 * (`applyEdit`). An edit never mutates its input: the result shares every untouched branch with it
 * (structural sharing), so an undo history is just the list of earlier techniques.
 *
 * An edit that does not apply (an index out of range, a path through a non-object…) returns the
 * technique unchanged — the SAME object, so a store can tell that nothing happened. An edit may
 * make the draft invalid (e.g. an empty caption): `checkDraft` (./check.ts) says where.
 */
import { MOVES, type AnatomicalPoint, type MoveName, type Step, type Technique } from '../technique/schema';
import { changeMove, defaultStepAt } from './defaults';

/** Any JSON value (what a form field holds). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A path of keys / indices inside a technique or a step, e.g. ['path', 'points', 2, 'lateral_cm']. */
export type JsonPath = readonly (string | number)[];

export type Lang = 'en' | 'ru';

/** The editor's actions. */
export type Edit =
  /**
   * Set a technique-level field by path (anything but `steps`): ['title', 'en'], ['position'],
   * ['duration_min'], ['regions'], ['course', 'sessions']… `value: undefined` removes the key.
   */
  | { kind: 'set-meta'; path: JsonPath; value: JsonValue | undefined }
  /** Add a new step of `move` (`defaultStepAt(t, move, index)`, or `step` when given) at `index` (default: the end). */
  | { kind: 'add-step'; move: MoveName; index?: number; step?: Step }
  /** Insert a copy of step `index` right after it. */
  | { kind: 'duplicate-step'; index: number }
  | { kind: 'delete-step'; index: number }
  /** Move step `from` so that it ends at index `to`. */
  | { kind: 'move-step'; from: number; to: number }
  /**
   * Set a field of step `step` by path (['pressure'], ['tempo', 'cycles_per_min'],
   * ['path', 'points', 2, 'lateral_cm'], ['caption', 'ru']…) to any JSON value; `undefined`
   * removes the key. Missing objects on the way are created. The path may not start with 'move'
   * (use change-move).
   */
  | { kind: 'set-step-field'; step: number; path: JsonPath; value: JsonValue | undefined }
  /** Change a step's move: fields the new move also has are kept when valid, the rest are its defaults. */
  | { kind: 'change-move'; step: number; move: MoveName }
  /**
   * Replace the anatomical point at `path` inside step `step` (['at'], ['center'],
   * ['path', 'points', 2], ['points', 0], ['path', 'from']…).
   */
  | { kind: 'set-point'; step: number; path: JsonPath; point: AnatomicalPoint }
  /**
   * Points of a step's point list (`list` default: `pointListPath(step)`, i.e. ['points'] for a
   * point-press, ['path', 'points'] for a polyline path).
   */
  | { kind: 'insert-path-point'; step: number; index: number; point: AnatomicalPoint; list?: JsonPath }
  | { kind: 'set-path-point'; step: number; index: number; point: AnatomicalPoint; list?: JsonPath }
  | { kind: 'delete-path-point'; step: number; index: number; list?: JsonPath }
  | { kind: 'move-path-point'; step: number; from: number; to: number; list?: JsonPath };

export type EditKind = Edit['kind'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `path` inside `root` (undefined when the path does not exist). */
export function getAt(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string') v = v[k];
    else return undefined;
  }
  return v;
}

const UNCHANGED = Symbol('unchanged');

/**
 * `root` with the value at `path` replaced (structural sharing). `undefined` deletes an object
 * key. Missing objects on the way are created; array indices must exist (or be the length, to
 * append). Returns UNCHANGED when the path cannot be followed or the value is already there.
 */
function setIn(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return Object.is(root, value) ? UNCHANGED : value;
  const [k, ...rest] = path;
  if (Array.isArray(root)) {
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > root.length) return UNCHANGED;
    if (value === undefined && rest.length === 0) return UNCHANGED; // no holes in arrays
    const child = setIn(root[k], rest, value);
    if (child === UNCHANGED) return UNCHANGED;
    const out = root.slice();
    out[k] = child;
    return out;
  }
  if (root !== undefined && !isRecord(root)) return UNCHANGED;
  if (typeof k !== 'string' || k === '__proto__' || k === 'constructor' || k === 'prototype') return UNCHANGED;
  const obj = root ?? {};
  if (rest.length === 0 && value === undefined) {
    if (!(k in obj)) return UNCHANGED;
    const out = { ...obj };
    delete out[k];
    return out;
  }
  if (rest.length > 0 && value === undefined && obj[k] === undefined) return UNCHANGED;
  const child = setIn(obj[k], rest, value);
  if (child === UNCHANGED) return UNCHANGED;
  return { ...obj, [k]: child };
}

/** Deep copy of JSON data (values from a form may be shared with the caller). */
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** Where a step keeps its editable list of points, or undefined (band, circle, zigzag…). */
export function pointListPath(step: Step): JsonPath | undefined {
  if ('points' in step && Array.isArray(step.points)) return ['points'];
  if ('path' in step && step.path.shape === 'polyline') return ['path', 'points'];
  return undefined;
}

/** Paths (inside the step) of every anatomical point of a step, in order. */
export function stepPointPaths(step: Step): JsonPath[] {
  const out: JsonPath[] = [];
  if ('at' in step) out.push(['at']);
  if ('center' in step) out.push(['center']);
  if ('points' in step) step.points.forEach((_, i) => out.push(['points', i]));
  if ('path' in step) {
    const p = step.path;
    if (p.shape === 'polyline') p.points.forEach((_, i) => out.push(['path', 'points', i]));
    else if (p.shape === 'zigzag') out.push(['path', 'from'], ['path', 'to']);
    else if (p.shape === 'spiral' || p.shape === 'circle') out.push(['path', 'center']);
  }
  return out;
}

const inRange = (i: number, n: number): boolean => Number.isInteger(i) && i >= 0 && i < n;

function withSteps(t: Technique, steps: Step[]): Technique {
  return { ...t, steps };
}

function withStep(t: Technique, i: number, step: unknown): Technique {
  const steps = t.steps.slice();
  steps[i] = step as Step;
  return withSteps(t, steps);
}

function moveItem<T>(list: readonly T[], from: number, to: number): T[] | undefined {
  if (!inRange(from, list.length) || !inRange(to, list.length) || from === to) return undefined;
  const out = list.slice();
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x as T);
  return out;
}

function editList(t: Technique, stepIndex: number, list: JsonPath | undefined, f: (items: readonly unknown[]) => unknown[] | undefined): Technique {
  if (!inRange(stepIndex, t.steps.length)) return t;
  const step = t.steps[stepIndex] as Step;
  const where = list ?? pointListPath(step);
  if (!where) return t;
  const items = getAt(step, where);
  if (!Array.isArray(items)) return t;
  const next = f(items);
  if (!next) return t;
  const s = setIn(step, where, next);
  return s === UNCHANGED ? t : withStep(t, stepIndex, s);
}

/** Apply one edit. Pure: never mutates `t`; returns `t` itself when the edit does not apply. */
export function applyEdit(t: Technique, e: Edit): Technique {
  switch (e.kind) {
    case 'set-meta': {
      if (e.path.length === 0 || e.path[0] === 'steps') return t;
      const r = setIn(t, e.path, clone(e.value));
      return r === UNCHANGED ? t : (r as Technique);
    }
    case 'add-step': {
      if (!(MOVES as readonly string[]).includes(e.move)) return t;
      const index = e.index ?? t.steps.length;
      if (!Number.isInteger(index) || index < 0 || index > t.steps.length) return t;
      const step = e.step ? clone(e.step) : defaultStepAt(t, e.move, index);
      const steps = t.steps.slice();
      steps.splice(index, 0, step);
      return withSteps(t, steps);
    }
    case 'duplicate-step': {
      if (!inRange(e.index, t.steps.length)) return t;
      const steps = t.steps.slice();
      steps.splice(e.index + 1, 0, clone(t.steps[e.index] as Step));
      return withSteps(t, steps);
    }
    case 'delete-step': {
      if (!inRange(e.index, t.steps.length)) return t;
      return withSteps(t, t.steps.filter((_, i) => i !== e.index));
    }
    case 'move-step': {
      const steps = moveItem(t.steps, e.from, e.to);
      return steps ? withSteps(t, steps) : t;
    }
    case 'set-step-field': {
      if (!inRange(e.step, t.steps.length) || e.path.length === 0 || e.path[0] === 'move') return t;
      const r = setIn(t.steps[e.step], e.path, clone(e.value));
      return r === UNCHANGED ? t : withStep(t, e.step, r);
    }
    case 'change-move': {
      if (!inRange(e.step, t.steps.length) || !(MOVES as readonly string[]).includes(e.move)) return t;
      const old = t.steps[e.step] as Step;
      if (old.move === e.move) return t;
      return withStep(t, e.step, changeMove(old, e.move));
    }
    case 'set-point': {
      if (!inRange(e.step, t.steps.length) || e.path.length === 0) return t;
      const step = t.steps[e.step] as Step;
      if (!isRecord(getAt(step, e.path))) return t; // only replaces an existing point
      const r = setIn(step, e.path, clone(e.point));
      return r === UNCHANGED ? t : withStep(t, e.step, r);
    }
    case 'insert-path-point':
      return editList(t, e.step, e.list, (items) => {
        if (!Number.isInteger(e.index) || e.index < 0 || e.index > items.length) return undefined;
        const out = items.slice();
        out.splice(e.index, 0, clone(e.point));
        return out;
      });
    case 'set-path-point':
      return editList(t, e.step, e.list, (items) => {
        if (!inRange(e.index, items.length)) return undefined;
        const out = items.slice();
        out[e.index] = clone(e.point);
        return out;
      });
    case 'delete-path-point':
      return editList(t, e.step, e.list, (items) => (inRange(e.index, items.length) ? items.filter((_, i) => i !== e.index) : undefined));
    case 'move-path-point':
      return editList(t, e.step, e.list, (items) => moveItem(items, e.from, e.to));
    default: {
      const never: never = e;
      void never;
      return t;
    }
  }
}

/** Apply edits in order. */
export function applyEdits(t: Technique, edits: readonly Edit[]): Technique {
  return edits.reduce(applyEdit, t);
}

/**
 * The edit that sets the value at a technique-level path: ['title', 'en'] → set-meta,
 * ['steps', 2, 'pressure'] → set-step-field on step 2, ['steps', 2, 'move'] → change-move.
 * (For forms that address fields from the technique's root.)
 */
export function editAt(path: JsonPath, value: JsonValue | undefined): Edit | null {
  if (path.length === 0) return null;
  if (path[0] !== 'steps') return { kind: 'set-meta', path, value };
  const step = path[1];
  if (typeof step !== 'number' || path.length < 3) return null;
  const rest = path.slice(2);
  if (rest.length === 1 && rest[0] === 'move') {
    return typeof value === 'string' && (MOVES as readonly string[]).includes(value) ? { kind: 'change-move', step, move: value as MoveName } : null;
  }
  return { kind: 'set-step-field', step, path: rest, value };
}

/** Index of the point at `path` in `stepPointPaths(step)` (the store's `selectedPoint`), or null. */
export function pointIndexOf(step: Step, path: JsonPath): number | null {
  const i = stepPointPaths(step).findIndex((p) => p.length === path.length && p.every((k, j) => k === path[j]));
  return i < 0 ? null : i;
}
