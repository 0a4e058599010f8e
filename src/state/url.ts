import { VIEW_IDS, type ViewId } from './store';
import { TECHNIQUE_LENGTHS, type TechniqueLength } from '../domain/technique/lengths';

/** What a link to a moment of Handpath holds: `?technique=…&t=…&speed=…&view=…&length=…`. */
export interface UrlState {
  technique: string | null;
  /** Technique time in seconds. */
  t: number;
  speed: number;
  view: ViewId;
  /** Demo or full length; absent: the default for the user's learning mode. */
  length?: TechniqueLength;
}

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2] as const;
export const DEFAULT_URL_STATE: UrlState = { technique: null, t: 0, speed: 1, view: 'posterior' };

const TECHNIQUE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Reads a query string; anything malformed falls back to its default, never throws. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const technique = q.get('technique');
  const t = Number(q.get('t'));
  const speed = Number(q.get('speed'));
  const view = q.get('view');
  const length = q.get('length');
  return {
    ...((TECHNIQUE_LENGTHS as readonly string[]).includes(length ?? '') ? { length: length as TechniqueLength } : {}),
    technique: technique && TECHNIQUE_ID.test(technique) ? technique : null,
    t: Number.isFinite(t) && t > 0 ? Math.min(t, 24 * 3600) : 0,
    speed: (SPEEDS as readonly number[]).includes(speed) ? speed : 1,
    view: (VIEW_IDS as readonly string[]).includes(view ?? '') ? (view as ViewId) : 'posterior',
  };
}

/** Writes only what differs from the defaults, so plain links stay short. */
export function formatUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.technique) q.set('technique', s.technique);
  if (s.t > 0) q.set('t', s.t.toFixed(1));
  if (s.speed !== 1) q.set('speed', String(s.speed));
  if (s.view !== 'posterior') q.set('view', s.view);
  if (s.length) q.set('length', s.length);
  const str = q.toString();
  return str ? `?${str}` : '';
}

/** Which page an address asks for: the app, the embed (`?embed=1`) or a handout (`?handout=1`). */
export type PageKind = 'app' | 'embed' | 'handout';

export function pageKind(search: string): PageKind {
  const q = new URLSearchParams(search);
  if (q.get('embed') === '1') return 'embed';
  if (q.get('handout') === '1') return 'handout';
  return 'app';
}
