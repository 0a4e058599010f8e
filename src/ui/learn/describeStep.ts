/**
 * `describeStep(step, mode, lang)`: one step of a technique in words, for a learning mode.
 *
 * - patient: what will be done to you and what it should feel like, in plain words (no Latin,
 *   no vertebral levels, no acupoint codes, no figures beyond minutes);
 * - trainee: the technical name, the area by vertebral levels and distance from the midline, the
 *   muscles under the hands, landmarks and acupoints, pressure and tempo figures, and the reason
 *   for the direction of each stroke (e.g. towards the lymph nodes in the groin).
 *
 * Pure apart from reading the i18next resources (learn.json `describe.*`); pass `t` to inject.
 */
import { i18next } from '../../i18n';
import { VERTEBRAL_LEVELS, type VertebralLevel } from '../../domain/anatomy/types';
import { stepDurationS } from '../../domain/technique/duration';
import { findAcupoint } from '../../domain/technique/acupoints';
import { resolvePoint, stepSides } from '../../domain/technique/points';
import type { AnatomicalPoint, PathSpec, Step } from '../../domain/technique/schema';
import type { LearningMode } from '../../state/userData';

export type Lang = 'en' | 'ru';
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface StepDetail {
  /** Stable id of the line (area, landmarks, pressure, tempo, direction, duration). */
  id: 'where' | 'area' | 'muscles' | 'landmarks' | 'pressure' | 'tempo' | 'direction' | 'duration';
  label: string;
  value: string;
}

export interface StepDescription {
  title: string;
  /** Patient: what is done. Trainee: the file's caption (what the hands do). */
  text: string;
  /** Patient: what it should feel like. Trainee: undefined. */
  feel?: string;
  details: StepDetail[];
}

// ---------------------------------------------------------------------------------------------
// Geometry in "level units": vertical position as an index into VERTEBRAL_LEVELS (grows
// downwards), lateral position as cm from the midline. Approximate, for words only.
// ---------------------------------------------------------------------------------------------

const LEVEL_INDEX = (l: VertebralLevel) => VERTEBRAL_LEVELS.indexOf(l);
/** Approximate spacing of the spinous processes, cm (for vertical offsets in words only). */
const LEVEL_CM = 3.3;

/** Approximate level index and |lateral cm| of landmark ids (for direction words only). */
const LANDMARK_POS: Record<string, { v: number; lat: number }> = {
  'iliac-crest-top': { v: LEVEL_INDEX('L4'), lat: 12 },
  psis: { v: LEVEL_INDEX('S2'), lat: 4.5 },
  'greater-trochanter': { v: LEVEL_INDEX('S4') + 3, lat: 17 },
  'sacral-hiatus': { v: LEVEL_INDEX('S4') + 1, lat: 0 },
  coccyx: { v: LEVEL_INDEX('S4') + 2, lat: 0 },
};

interface Pos {
  v: number;
  lat: number;
  acupoint?: string;
  landmark?: string;
}

function pos(p: AnatomicalPoint): Pos {
  const r = resolvePoint(p, p.side ?? 'right');
  const dv = -r.dyCm / LEVEL_CM;
  const lat = Math.abs(r.dxCm);
  const a = r.anchor;
  const acupoint = r.acupoint;
  if (a.kind === 'level') {
    return { v: LEVEL_INDEX(a.level) + (a.at === 'lower-border' ? 1 / 3 : 0) + dv, lat, acupoint };
  }
  const base = (id: string) => LANDMARK_POS[id.replace(/-(left|right)$/, '')] ?? (VERTEBRAL_LEVELS.includes(id as VertebralLevel) ? { v: LEVEL_INDEX(id as VertebralLevel), lat: 0 } : { v: 6, lat: 0 });
  if (a.kind === 'landmark') {
    const b = base(a.id);
    return { v: b.v + dv, lat: b.lat + lat, landmark: a.id.replace(/-(left|right)$/, ''), acupoint };
  }
  const f = base(a.from);
  const t = base(a.to);
  return { v: f.v + (t.v - f.v) * a.t + dv, lat: f.lat + (t.lat - f.lat) * a.t + lat, acupoint };
}

function pathPoints(path: PathSpec): Pos[] {
  switch (path.shape) {
    case 'polyline':
      return path.points.map(pos);
    case 'zigzag':
      return [pos(path.from), pos(path.to)];
    case 'spiral':
    case 'circle': {
      const c = pos(path.center);
      const r = path.radius_cm;
      return [
        { ...c, v: c.v - r / LEVEL_CM, lat: c.lat },
        { ...c, v: c.v + r / LEVEL_CM, lat: c.lat },
        { ...c, lat: Math.max(0, c.lat - r) },
        { ...c, lat: c.lat + r },
        c,
      ];
    }
    case 'band':
      return [
        { v: LEVEL_INDEX(path.from_level), lat: path.lateral_from_cm },
        { v: LEVEL_INDEX(path.to_level), lat: path.lateral_to_cm },
      ];
  }
}

/** The path or points of a step, if it has any. */
function stepGeometry(step: Step): { path?: PathSpec; points: Pos[] } {
  switch (step.move) {
    case 'apply-oil':
    case 'apply-honey':
      return { path: step.area, points: pathPoints(step.area) };
    case 'set-cup':
      return { points: [pos(step.at)] };
    case 'point-press':
      return { points: step.points.map(pos) };
    default:
      return { path: step.path, points: pathPoints(step.path) };
  }
}

type Zone = 'ribs' | 'waist' | 'lowBack' | 'sacrum' | 'buttocks';

function zoneOf(p: Pos): Zone {
  if (p.lat >= 9 && p.v >= LEVEL_INDEX('S1')) return 'buttocks';
  if (p.v < LEVEL_INDEX('L1') - 0.5) return 'ribs';
  if (p.v < LEVEL_INDEX('L4') - 0.5) return 'waist';
  if (p.v < LEVEL_INDEX('S1') - 0.5) return 'lowBack';
  if (p.v <= LEVEL_INDEX('S4') + 1.5) return 'sacrum';
  return 'buttocks';
}
const ZONES: Zone[] = ['ribs', 'waist', 'lowBack', 'sacrum', 'buttocks'];

function levelName(v: number): string {
  const i = Math.min(VERTEBRAL_LEVELS.length - 1, Math.max(0, Math.round(v)));
  return VERTEBRAL_LEVELS[i]!;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function sideKey(step: Step): 'both' | 'left' | 'right' {
  return stepSides(step).length === 2 ? 'both' : step.side === 'left' ? 'left' : 'right';
}

/** Direction of a stroke and the reason for it, as a `describe.direction.*` key, or null. */
export function directionOf(step: Step): { key: string; reason: string } | null {
  const g = stepGeometry(step);
  const path = g.path;
  if (!path) return step.move === 'point-press' ? { key: 'points', reason: 'beside-spine' } : null;
  if (path.shape === 'band') {
    if (step.move === 'apply-oil' || step.move === 'apply-honey') return null;
    return { key: path.strokes === 'across' ? 'band-across' : 'band-along', reason: reasonForMove(step) };
  }
  if (path.shape === 'circle' || path.shape === 'spiral') {
    const rot = path.rotation;
    return { key: path.shape === 'spiral' ? `spiral-${path.direction}-${rot}` : `circle-${rot}`, reason: 'small-circles' };
  }
  if (step.move === 'rub') return { key: step.axis === 'across-spine' ? 'across' : 'along', reason: 'warm' };
  const pts = g.points;
  const a = pts[0]!;
  const b = pts[pts.length - 1]!;
  const out = b.lat - a.lat;
  const down = b.v - a.v;
  const h = Math.abs(out) < 1 ? '' : out > 0 ? 'outward' : 'inward';
  const v = Math.abs(down) < 0.3 ? '' : down > 0 ? 'down' : 'up';
  const key = [h, v].filter(Boolean).join('-') || 'in-place';
  let reason: string;
  if (h === 'inward' || (v === 'up' && a.v >= LEVEL_INDEX('L2'))) reason = 'against-lymph';
  else if (v === 'up' || (h === 'outward' && v === '' && a.v < LEVEL_INDEX('L2'))) reason = 'lymph-axilla';
  else if (h === 'outward' || v === 'down') reason = 'lymph-groin';
  else reason = reasonForMove(step);
  return { key, reason };
}

function reasonForMove(step: Step): string {
  switch (step.move) {
    case 'rub':
    case 'circular-rub':
      return 'warm';
    case 'knead-palm':
    case 'knead-fist':
      return 'knead';
    case 'cup-glide':
      return 'cup';
    default:
      return 'beside-spine';
  }
}

function tempoText(step: Step, t: Translate): string {
  const parts: string[] = [];
  if ('hold_s' in step) parts.push(t('describe.tempo.hold', { s: step.hold_s }));
  if (step.move === 'point-press') parts.push(t('describe.tempo.rest', { s: step.rest_s }));
  if (step.move === 'circular-rub') parts.push(t('describe.tempo.circles', { n: step.circles }));
  if (step.move === 'palm-press') parts.push(t('describe.tempo.stations', { n: step.stations }));
  if ('repetitions' in step) parts.push(t('describe.tempo.repetitions', { n: step.repetitions }));
  if ('tempo' in step) {
    if (step.tempo.cycles_per_min !== undefined) parts.push(t('describe.tempo.perMinute', { n: step.tempo.cycles_per_min }));
    else if (step.tempo.duration_s !== undefined) parts.push(t('describe.tempo.total', { s: step.tempo.duration_s }));
  }
  return parts.join(', ');
}

function durationText(step: Step, t: Translate): string {
  const s = stepDurationS(step);
  return s < 90 ? t('describe.duration.seconds', { n: Math.max(5, Math.round(s / 5) * 5) }) : t('describe.duration.minutes', { n: Math.round(s / 60) });
}

function musclesOf(points: Pos[]): string[] {
  const out = new Set<string>();
  for (const p of points) {
    const z = zoneOf(p);
    if (z === 'buttocks') out.add('gluteal');
    else if (z === 'sacrum') out.add(p.lat >= 7 ? 'gluteal' : 'sacral');
    else if (p.lat <= 7) out.add('erector');
    else out.add(z === 'ribs' ? 'latissimus' : 'quadratus');
  }
  return ['erector', 'quadratus', 'latissimus', 'sacral', 'gluteal'].filter((m) => out.has(m));
}

/** Describe one step for a learning mode and language. */
export function describeStep(step: Step, mode: LearningMode, lang: Lang, t: Translate = i18next.getFixedT(lang) as Translate): StepDescription {
  const g = stepGeometry(step);
  const pts = g.points;
  const side = sideKey(step);
  const duration = durationText(step, t);

  if (mode === 'patient') {
    const zones = ZONES.filter((z) => pts.some((p) => zoneOf(p) === z));
    const first = zones[0] ?? 'lowBack';
    const last = zones[zones.length - 1] ?? first;
    const area = first === last ? t(`describe.zone.${first}`) : t('describe.zone.range', { from: t(`describe.zone.${first}`), to: t(`describe.zone.${last}`) });
    const where = t(`describe.patient.side.${side}`, { area });
    const pressure = 'pressure' in step ? t(`describe.patient.pressure.${step.pressure}`) : 'suction' in step ? t(`describe.patient.suction.${step.suction}`) : '';
    const text = [t(`describe.patient.move.${step.move}.what`), pressure].filter(Boolean).join(' ');
    return {
      title: t(`describe.patient.move.${step.move}.name`),
      text,
      feel: t(`describe.patient.move.${step.move}.feel`),
      details: [
        { id: 'where', label: t('describe.label.where'), value: where },
        { id: 'duration', label: t('describe.label.duration'), value: duration },
      ],
    };
  }

  const details: StepDetail[] = [];
  if (pts.length > 0) {
    const vs = pts.map((p) => p.v);
    const lats = pts.map((p) => p.lat);
    const top = levelName(Math.min(...vs));
    const bottom = levelName(Math.max(...vs));
    const levels = top === bottom ? top : `${top}–${bottom}`;
    const lo = Math.min(...lats);
    const hi = Math.max(...lats);
    const lateral = hi < 0.5 ? t('describe.trainee.midline') : lo === hi || hi - lo < 0.5 ? t('describe.trainee.lateral', { cm: fmt(hi) }) : t('describe.trainee.lateralRange', { from: fmt(lo), to: fmt(hi) });
    details.push({ id: 'area', label: t('describe.label.area'), value: `${levels}, ${lateral}, ${t(`describe.trainee.side.${side}`)}` });
    const muscles = musclesOf(pts);
    if (muscles.length > 0) details.push({ id: 'muscles', label: t('describe.label.muscles'), value: muscles.map((m) => t(`describe.muscle.${m}`)).join(', ') });
    const marks = new Set<string>();
    for (const p of pts) {
      if (p.acupoint) {
        const a = findAcupoint(p.acupoint as Parameters<typeof findAcupoint>[0]);
        if (a) marks.add(`${a.name[lang]} — ${a.description[lang]}`);
      } else if (p.landmark) marks.add(t(`describe.landmark.${p.landmark}`));
    }
    if (marks.size > 0) details.push({ id: 'landmarks', label: t('describe.label.landmarks'), value: [...marks].join('; ') });
  }
  if ('pressure' in step) details.push({ id: 'pressure', label: t('describe.label.pressure'), value: t(`describe.trainee.pressure.${step.pressure}`) });
  if ('suction' in step) details.push({ id: 'pressure', label: t('describe.label.suction'), value: t(`describe.trainee.suction.${step.suction}`) });
  const tempo = tempoText(step, t);
  if (tempo) details.push({ id: 'tempo', label: t('describe.label.tempo'), value: tempo });
  const dir = directionOf(step);
  if (dir) {
    details.push({
      id: 'direction',
      label: t('describe.label.direction'),
      value: `${t(`describe.direction.${dir.key}`)} — ${t(`describe.reason.${dir.reason}`)}`,
    });
  }
  details.push({ id: 'duration', label: t('describe.label.duration'), value: duration });
  return {
    title: t(`describe.trainee.move.${step.move}`),
    text: step.caption[lang],
    details,
  };
}
