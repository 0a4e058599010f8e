/**
 * `describeStep(step, mode, lang)`: one step of a technique in words, for a learning mode.
 *
 * - patient: what will be done to you and what it should feel like, in plain words (no Latin,
 *   no vertebral levels, no acupoint codes, no figures beyond minutes);
 * - trainee: the technical name, the area by vertebral levels and distance from the midline, the
 *   muscles under the hands, landmarks and acupoints, pressure and tempo figures, and the reason
 *   for the direction of each stroke (e.g. towards the lymph nodes in the groin).
 *
 * Where and which way come from the step's measured geometry (src/domain/motion/stepGeometry.ts,
 * the compiled timeline's paths), never from the move's name: a stroke towards the spine is
 * said to go towards it.
 *
 * Pure apart from reading the i18next resources (learn.json `describe.*`, words.json); pass `t`
 * to inject.
 */
import { i18next } from '../../i18n';
import { VERTEBRAL_LEVELS, type VertebralLevel } from '../../domain/anatomy/types';
import { stepDurationS } from '../../domain/technique/duration';
import { findAcupoint } from '../../domain/technique/acupoints';
import type { Region, StepGeometry } from '../../domain/motion/stepGeometry';
import type { Step } from '../../domain/technique/schema';
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
// Words from geometry: everything about where and which way comes from `StepGeometry`, measured
// on the compiled timeline's chart paths (what the hands do and the ribbon draws). Without it
// (the model is still loading) only the figures of the file are given.
// ---------------------------------------------------------------------------------------------

const LEVEL_INDEX = (l: VertebralLevel) => VERTEBRAL_LEVELS.indexOf(l);

const fmt = (n: number) => String(Math.round(n * 10) / 10);

type Way = 'down' | 'up' | 'outwards' | 'inwards' | 'outwards-down' | 'outwards-up' | 'inwards-down' | 'inwards-up' | 'none';

/** The net way of a path from its measured travel ('up-and-down' / 'in-and-out' do not count). */
export function wayOf(g: StepGeometry): Way {
  const v = g.travel.vertical === 'up' || g.travel.vertical === 'down' ? g.travel.vertical : '';
  const l = g.travel.lateral === 'outwards' || g.travel.lateral === 'inwards' ? g.travel.lateral : '';
  return ((l && v ? `${l}-${v}` : l || v) || 'none') as Way;
}

function sideKey(g: StepGeometry): 'both' | 'left' | 'right' {
  return g.sides.length === 2 ? 'both' : g.sides[0] === 'left' ? 'left' : 'right';
}

/** Patient zones, top to bottom. */
const ZONE_KEY: Record<Region, string> = {
  ribs: 'describe.zone.ribs',
  waist: 'describe.zone.waist',
  flank: 'words.zone.flank',
  lowBack: 'describe.zone.lowBack',
  sacrum: 'describe.zone.sacrum',
  buttock: 'describe.zone.buttocks',
};

export interface Direction {
  /** Net way of the path (of each stroke for glides, of the slow progress otherwise). */
  way: Way;
  /** i18n key of the reason for the direction. */
  reason: string;
}

/** Direction of a step and the reason for it, from its measured geometry (null: no direction). */
export function directionOf(step: Step, g: StepGeometry): Direction | null {
  if (step.move === 'apply-oil' || step.move === 'apply-honey' || step.move === 'set-cup') return null;
  const way = wayOf(g);
  const onlyButtock = g.regions.length > 0 && g.regions.every((r) => r === 'buttock');
  if (g.pattern === 'presses') {
    const but = g.presses.filter((p) => p.region === 'buttock').length;
    const reason = but === 0 ? 'describe.reason.beside-spine' : but === g.presses.length ? 'words.reason.buttock' : 'words.reason.mixedPoints';
    return { way, reason };
  }
  if (g.pattern === 'glide' && !('path' in step && step.path.shape === 'spiral')) {
    const startLow = LEVEL_INDEX(g.start.level) >= LEVEL_INDEX('L2');
    const v = g.travel.vertical;
    const l = g.travel.lateral;
    let reason: string;
    if (l === 'inwards' || (v === 'up' && startLow)) reason = 'describe.reason.against-lymph';
    else if (v === 'up' || (l === 'outwards' && v !== 'down' && !startLow)) reason = 'describe.reason.lymph-axilla';
    else if (l === 'outwards' || v === 'down') reason = 'describe.reason.lymph-groin';
    else reason = reasonForMove(step);
    return { way, reason };
  }
  if (g.pattern === 'circles' || g.pattern === 'loop') return { way, reason: onlyButtock ? 'words.reason.buttock' : 'describe.reason.small-circles' };
  return { way, reason: onlyButtock ? 'words.reason.buttock' : reasonForMove(step) };
}

function reasonForMove(step: Step): string {
  switch (step.move) {
    case 'rub':
    case 'circular-rub':
      return 'describe.reason.warm';
    case 'knead-palm':
    case 'knead-fist':
      return 'describe.reason.knead';
    case 'cup-glide':
      return 'describe.reason.cup';
    default:
      return 'describe.reason.beside-spine';
  }
}

function placeWords(level: VertebralLevel, cm: number, landmark: string | undefined, t: Translate): string {
  return landmark ? t(`describe.landmark.${landmark}`) : `${level}, ${t('describe.trainee.lateral', { cm: fmt(cm) })}`;
}

/** How the hands move, in the trainee's words: pattern; progress; from … to … */
export function movementWords(step: Step, g: StepGeometry, t: Translate): string {
  const way = wayOf(g);
  const rotation = g.rotation ? t(`words.rotation.${g.rotation}`) : '';
  const parts: string[] = [];
  switch (g.pattern) {
    case 'glide':
      if ('path' in step && step.path.shape === 'spiral') parts.push(t(`words.pattern.spiral.${g.spiral ?? 'outward'}`, { rotation }));
      else if ('path' in step && step.path.shape === 'zigzag') parts.push(t('words.pattern.zigzag', { way: t(`words.way.${way}`) }));
      else parts.push(t(g.returns ? 'words.pattern.glideBack' : 'words.pattern.glide', { way: t(`words.way.${way}`) }));
      if (way !== 'none' && !('path' in step && step.path.shape === 'spiral')) {
        parts.push(
          t('words.from', {
            from: placeWords(g.start.level, g.start.lateralCm, g.startLandmark, t),
            to: placeWords(g.end.level, g.end.lateralCm, g.endLandmark, t),
          }),
        );
      }
      return parts.join('; ');
    case 'presses': {
      const n = g.presses.length;
      if (n <= 1) return t('words.pattern.press');
      const order = g.travel.vertical === 'down' ? t('words.progress.pressesDown') : g.travel.vertical === 'up' ? t('words.progress.pressesUp') : '';
      return [t('words.pattern.presses'), order].filter(Boolean).join(', ');
    }
    case 'rub':
      parts.push(t(`words.pattern.rub.${g.oscillation ?? 'along-spine'}`));
      break;
    case 'circles':
    case 'loop':
      parts.push(t(`words.pattern.${g.pattern}`, { rotation }));
      break;
    default:
      parts.push(t(`words.pattern.${g.pattern}`));
  }
  if (g.pattern === 'loop' || g.pattern === 'set' || g.pattern === 'spread') return parts.join('; ');
  if (g.lanes === 'along' && (g.travel.lateral === 'outwards' || g.travel.lateral === 'inwards')) {
    parts.push(t(g.travel.lateral === 'outwards' ? 'words.progress.lanesOutwards' : 'words.progress.lanesInwards'));
  } else if (g.lanes === 'across' && (g.travel.vertical === 'down' || g.travel.vertical === 'up')) {
    parts.push(t(g.travel.vertical === 'down' ? 'words.progress.lanesDown' : 'words.progress.lanesUp'));
  } else if (way !== 'none') {
    parts.push(t(g.returns ? 'words.progress.moveBack' : 'words.progress.move', { way: t(`words.way.${way}`) }));
  }
  return parts.join('; ');
}

/** The patient's sentence about which way the hands go (empty when it says nothing useful). */
function patientWay(step: Step, g: StepGeometry, t: Translate): string {
  switch (g.pattern) {
    case 'glide':
      if (step.move === 'cup-glide') return t(step.path.shape === 'spiral' ? 'words.patient.cupWay.spiral' : `words.patient.cupWay.${wayOf(g)}`);
      return t(`words.patient.way.${wayOf(g)}`);
    case 'rub':
      if (g.oscillation === 'along-spine') return t('words.patient.way.upAndDown');
      if (g.oscillation === 'across-spine') return t('words.patient.way.sideToSide');
      return wayOf(g) === 'none' ? '' : t(`words.patient.way.${wayOf(g)}`);
    case 'circles':
    case 'loop':
      return t('words.patient.way.circles');
    case 'presses':
      return step.move === 'point-press' ? t(g.presses.length > 1 ? 'words.patient.way.points' : 'words.patient.way.point') : '';
    default:
      return g.lanes || wayOf(g) === 'none' ? '' : t(`words.patient.way.${wayOf(g)}`);
  }
}

function levelsWords(g: StepGeometry, t: Translate): string {
  if (g.belowSacrum && g.top === g.bottom) return t('words.belowSacrum');
  const bottom = g.belowSacrum ? t('words.belowSacrum') : g.bottom;
  return g.top === g.bottom ? g.top : `${g.top}–${bottom}`;
}

function musclesOf(g: StepGeometry): string[] {
  const out = new Set<string>();
  for (const r of g.regions) {
    if (r === 'buttock') out.add('gluteal');
    else if (r === 'sacrum') out.add('sacral');
    else if (r === 'flank') out.add(g.top === 'T10' || g.top === 'T11' || g.top === 'T12' ? 'latissimus' : 'quadratus');
    else {
      if (g.nearCm <= 8) out.add('erector');
      if (g.farCm > 8) out.add(r === 'ribs' ? 'latissimus' : 'quadratus');
    }
  }
  return ['erector', 'quadratus', 'latissimus', 'sacral', 'gluteal'].filter((m) => out.has(m));
}

function tempoText(step: Step, t: Translate): string {
  const parts: string[] = [];
  if ('hold_s' in step) parts.push(t('describe.tempo.hold', { s: step.hold_s }));
  if (step.move === 'point-press') parts.push(t('describe.tempo.rest', { s: step.rest_s }));
  if (step.move === 'circular-rub') parts.push(t('describe.tempo.circles', { count: step.circles }));
  if (step.move === 'palm-press') parts.push(t('describe.tempo.stations', { count: step.stations }));
  if ('repetitions' in step) parts.push(t('describe.tempo.repetitions', { n: step.repetitions }));
  if ('tempo' in step) {
    if (step.tempo.cycles_per_min !== undefined) parts.push(t('describe.tempo.perMinute', { n: step.tempo.cycles_per_min }));
    else if (step.tempo.duration_s !== undefined) parts.push(t('describe.tempo.total', { s: step.tempo.duration_s }));
  }
  return parts.join(', ');
}

function durationText(step: Step, t: Translate): string {
  const s = stepDurationS(step);
  return s < 90 ? t('describe.duration.seconds', { n: Math.max(5, Math.round(s / 5) * 5) }) : t('describe.duration.minutes', { count: Math.round(s / 60) });
}

/**
 * Describe one step for a learning mode and language. `geo` is the step measured on the compiled
 * timeline (measureSteps); without it the words say only what the file's figures say.
 */
export function describeStep(
  step: Step,
  mode: LearningMode,
  lang: Lang,
  geo?: StepGeometry | null,
  t: Translate = i18next.getFixedT(lang) as Translate,
): StepDescription {
  const duration = durationText(step, t);
  const g = geo ?? null;

  if (mode === 'patient') {
    const details: StepDetail[] = [];
    if (g) {
      const zones = g.regions.map((r) => ZONE_KEY[r]);
      const first = zones[0] ?? 'describe.zone.lowBack';
      const last = zones[zones.length - 1] ?? first;
      // Ordered the way the hands go: a stroke that goes up is never said to go "down".
      const v = g.pattern === 'glide' || g.pattern === 'presses' || !g.returns ? g.travel.vertical : null;
      const area =
        first === last
          ? t(first)
          : v === 'up'
            ? t('words.zoneRange.up', { from: t(last), to: t(first) })
            : v === 'down'
              ? t('words.zoneRange.down', { from: t(first), to: t(last) })
              : t('words.zoneRange.span', { from: t(first), to: t(last) });
      const away = g.nearCm >= 8;
      const where = t(away ? `words.patient.sideAway.${sideKey(g)}` : `describe.patient.side.${sideKey(g)}`, { area });
      details.push({ id: 'where', label: t('describe.label.where'), value: where });
    }
    const pressure = 'pressure' in step ? t(`describe.patient.pressure.${step.pressure}`) : 'suction' in step ? t(`describe.patient.suction.${step.suction}`) : '';
    const text = [t(`describe.patient.move.${step.move}.what`), g ? patientWay(step, g, t) : '', pressure].filter(Boolean).join(' ');
    details.push({ id: 'duration', label: t('describe.label.duration'), value: duration });
    return {
      title: t(`describe.patient.move.${step.move}.name`),
      text,
      feel: t(`describe.patient.move.${step.move}.feel`),
      details,
    };
  }

  const details: StepDetail[] = [];
  if (g) {
    const lateral =
      g.farCm < 0.5
        ? t('describe.trainee.midline')
        : g.farCm - g.nearCm < 0.5
          ? t('describe.trainee.lateral', { cm: fmt(g.farCm) })
          : t('describe.trainee.lateralRange', { from: fmt(g.nearCm), to: fmt(g.farCm) });
    details.push({ id: 'area', label: t('describe.label.area'), value: `${levelsWords(g, t)}, ${lateral}, ${t(`describe.trainee.side.${sideKey(g)}`)}` });
    const muscles = musclesOf(g);
    if (muscles.length > 0) details.push({ id: 'muscles', label: t('describe.label.muscles'), value: muscles.map((m) => t(`describe.muscle.${m}`)).join(', ') });
    const marks: string[] = [];
    for (const p of g.presses) {
      if (p.acupoint) {
        const a = findAcupoint(p.acupoint as Parameters<typeof findAcupoint>[0]);
        if (a) marks.push(`${a.name[lang]} — ${a.description[lang]}`);
      } else if (p.landmark) marks.push(t(`describe.landmark.${p.landmark}`));
    }
    if (g.presses.length === 0) {
      for (const l of [g.startLandmark, g.endLandmark]) if (l) marks.push(t(`describe.landmark.${l}`));
    }
    const uniq = [...new Set(marks)];
    if (uniq.length > 0) details.push({ id: 'landmarks', label: t('describe.label.landmarks'), value: uniq.join('; ') });
  }
  if ('pressure' in step) details.push({ id: 'pressure', label: t('describe.label.pressure'), value: t(`describe.trainee.pressure.${step.pressure}`) });
  if ('suction' in step) details.push({ id: 'pressure', label: t('describe.label.suction'), value: t(`describe.trainee.suction.${step.suction}`) });
  const tempo = tempoText(step, t);
  if (tempo) details.push({ id: 'tempo', label: t('describe.label.tempo'), value: tempo });
  const dir = g ? directionOf(step, g) : null;
  if (g && dir) {
    details.push({
      id: 'direction',
      label: t('describe.label.direction'),
      value: `${movementWords(step, g, t)} — ${t(dir.reason)}`,
    });
  }
  details.push({ id: 'duration', label: t('describe.label.duration'), value: duration });
  return {
    title: t(`describe.trainee.move.${step.move}`),
    text: step.caption[lang],
    details,
  };
}
