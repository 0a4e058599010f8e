/**
 * Format versions. Version 1 is the format of the first library; version 2 adds positions,
 * contact surfaces (knuckles, forearm, elbow, thumbs…), wringing, percussion styles, vibration,
 * stretch, pressure ramps, static cups and taking a cup off, the derived landmarks (12th rib,
 * buttock, gluteal fold), line paths and band edges beyond the vertebral levels.
 *
 * Every version-1 file is valid version 2 with the same meaning, so the migration only renumbers
 * it; a version-1 file that uses something of version 2 is refused with the place and the fix
 * (say `"format_version": 2`), so a file's version always says what it may contain.
 */
import { V2_MOVES, TECHNIQUE_FORMAT_VERSION, type Technique } from './schema';

/** The `hand_shape` values version 1 allowed, per move. */
const V1_HAND_SHAPES: Readonly<Record<string, readonly string[]>> = {
  rub: ['palm', 'heel-of-palm', 'fingers', 'edge-of-palm'],
  'circular-rub': ['palm', 'heel-of-palm', 'fingertips', 'thumb'],
  'knead-palm': ['palm', 'heel-of-palm'],
  'knead-fist': ['fist'],
  'point-press': ['thumb', 'fingertip', 'two-fingers'],
  'palm-press': ['palm', 'heel-of-palm'],
  'edge-of-palm-stroke': ['edge-of-palm'],
  effleurage: ['palm', 'fingers'],
  'honey-press-pull': ['palm'],
};
const V1_LANDMARKS = /^(T1[0-2]|L[1-5]|S[1-4]|iliac-crest-top|psis|greater-trochanter)(-left|-right)?$|^(sacral-hiatus|coccyx)$/;
const V1_LEVELS = /^(T1[0-2]|L[1-5]|S[1-4])$/;

export interface VersionIssue {
  path: (string | number)[];
  message: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a file that says version 1 uses something of version 2 (walks the raw JSON). */
export function v2FeaturesIn(json: unknown): VersionIssue[] {
  const out: VersionIssue[] = [];
  const need = (path: (string | number)[], what: string) =>
    out.push({ path, message: `${what} came with format version 2: write "format_version": 2 to use it` });
  if (!isObj(json)) return out;
  if ('position' in json) need(['position'], '"position"');
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
      return;
    }
    if (!isObj(v)) return;
    if (typeof v.landmark === 'string' && !V1_LANDMARKS.test(v.landmark)) need([...path, 'landmark'], `the landmark "${v.landmark}"`);
    if (v.shape === 'line') need([...path, 'shape'], 'a "line" path');
    if (v.shape === 'band') {
      for (const k of ['from_level', 'to_level'] as const)
        if (typeof v[k] === 'string' && !V1_LEVELS.test(v[k] as string)) need([...path, k], `the band edge "${String(v[k])}"`);
    }
    for (const [k, x] of Object.entries(v)) if (typeof x === 'object') walk(x, [...path, k]);
  };
  const steps = json.steps;
  if (Array.isArray(steps)) {
    steps.forEach((s, i) => {
      if (!isObj(s)) return;
      const p = ['steps', i];
      const move = s.move;
      if (typeof move === 'string' && (V2_MOVES as readonly string[]).includes(move)) {
        need([...p, 'move'], `the move "${move}"`);
        return;
      }
      if ('position' in s) need([...p, 'position'], '"position"');
      if ('therapist_at' in s) need([...p, 'therapist_at'], 'where the therapist stands ("therapist_at")');
      if ('pressure_to' in s) need([...p, 'pressure_to'], 'a pressure ramp ("pressure_to")');
      if ('leave_on' in s) need([...p, 'leave_on'], 'a static cup ("leave_on")');
      const shapes = typeof move === 'string' ? V1_HAND_SHAPES[move] : undefined;
      if (shapes && typeof s.hand_shape === 'string' && !shapes.includes(s.hand_shape))
        need([...p, 'hand_shape'], `the contact "${s.hand_shape}" for ${move}`);
      walk(s, p);
    });
  }
  return out;
}

/** A parsed technique in the current format (version 1 → 2: the same content, renumbered). */
export function migrateTechnique(t: Technique): Technique {
  if (t.format_version === TECHNIQUE_FORMAT_VERSION) return t;
  return { ...t, format_version: TECHNIQUE_FORMAT_VERSION };
}
