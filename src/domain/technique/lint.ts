/**
 * Semantic lint of a parsed technique: the rules of safe, honest massage that a schema cannot
 * express. Errors make a technique unusable in the library; warnings are shown but allowed.
 *
 * Errors: pressure or a cup on the midline over the spinous processes; a point press closer than
 * 2 cm to the midline or on a no-pressure acupoint (GV4); percussion (chopping) or firm pressure
 * (or strong suction) over the kidney area (rule "kidney-area"); holds over 60 s; zero repetitions; a step
 * longer than the whole technique; missing precautions of the technique's type; course stages that
 * do not cover the sessions; text claiming to cure or treat.
 * Warnings: effleurage against lymph flow (rule "lymph-flow", judged along the WHOLE path with the
 * watershed at about L1–L2: up below it, down above it, or towards the spine); cupping without oiling
 * first; step durations that do not add up to the technique's duration; a session not starting
 * with rubbing or stroking; intensity falling during a course; firm pressure in a patient-level
 * technique; id not matching the file name.
 */
import { requiredListedPrecautions } from '../safety/rules';
import { ACUPOINTS, findAcupoint, type AcupointsFile } from './acupoints';
import { formatJsonPath, type Diagnostic, type Severity } from './diagnostics';
import { stepDurationS } from './duration';
import {
  KIDNEY_AREA,
  kidneyAreaHit,
  levelNear,
  lymphFlowCheck,
  minMidlineDistance,
  pathPolyline,
  planeOf,
  pointInKidneyArea,
  type LymphFlowCheck,
  type PlanePoint,
} from './geometry';
import { resolvePoint, stepSides } from './points';
import type { LocalizedText, PathSpec, PointSide, Step, Technique } from './schema';

/** A point press must be at least this far from the midline, cm. */
export const MIN_POINT_PRESS_LATERAL_CM = 2;
/** Half-width of the strip over the spinous processes where no pressure is allowed, cm. */
export const MIDLINE_STRIP_CM = 1.5;
/** The rim of a cup must stay at least this far from the midline, cm. */
export const CUP_RIM_CLEARANCE_CM = 0.5;
/** Longest allowed hold of a press, s. */
export const MAX_HOLD_S = 60;
/** Effleurage may drift up or inwards by at most this much and still follow lymph flow, cm. */
export const LYMPH_TOLERANCE_CM = 1;

export interface LintOptions {
  acupoints?: AcupointsFile;
}

const PREP_MOVES = new Set(['apply-oil', 'apply-honey', 'set-cup', 'remove-cup']);
const PRESSING_MOVES = new Set([
  'point-press',
  'palm-press',
  'knead-palm',
  'knead-fist',
  'circular-rub',
  'rub',
  'edge-of-palm-stroke',
  'honey-press-pull',
  'effleurage',
  'wringing',
  'percussion',
  'vibration',
  'stretch',
]);
const PRESSURE_RANK = { light: 0, medium: 1, firm: 2 } as const;

const CURE_EN = /\b(cur(?:e|es|ed|ing)|heal(?:s|ed|ing)?|treat(?:s|ed|ing)?)\b/i;
const CURE_RU = /(излеч|вылеч|исцел|лечит|лечат|вылечив)/i;

const fmtCm = (x: number) => `${Math.round(x * 10) / 10} cm`;
const fmtDur = (s: number) =>
  s >= 90 ? `${Math.round((s / 60) * 10) / 10} min` : `${Math.round(s)} s`;

/** Lint a parsed technique. Never throws for a technique produced by `parseTechnique`. */
export function lintTechnique(
  t: Technique,
  fileName: string,
  options: LintOptions = {},
): Diagnostic[] {
  const acupoints = options.acupoints ?? ACUPOINTS;
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (
    severity: Severity,
    path: readonly PropertyKey[],
    code: string,
    message: string,
  ) => {
    const p = formatJsonPath(path);
    const key = `${p}\u0000${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file: fileName, path: p, severity, code, message });
  };
  const totalS = t.duration_min * 60;

  // --- id and file name
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  if (fileName.toLowerCase().endsWith('.json') && base !== t.id) {
    report(
      'warning',
      ['id'],
      'id-file-name',
      `id "${t.id}" differs from the file name "${base}.json"; name the file "${t.id}.json"`,
    );
  }

  // --- precautions of the type
  const missing = requiredListedPrecautions(t).filter((id) => !t.precautions.includes(id));
  if (missing.length > 0) {
    report(
      'error',
      ['precautions'],
      'missing-precaution',
      `a ${t.type} technique must list the precaution${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }

  // --- honest text
  const checkText = (text: LocalizedText | undefined, path: PropertyKey[]) => {
    if (!text) return;
    const en = CURE_EN.exec(text.en);
    const ru = CURE_RU.exec(text.ru);
    if (en || ru) {
      const word = (en ?? ru)?.[0] ?? '';
      report(
        'error',
        [...path, en ? 'en' : 'ru'],
        'cure-claim',
        `text says "${word}": Handpath never claims that a technique cures, heals or treats anything; say what it may do, e.g. "may ease muscle tension for a while"`,
      );
    }
  };
  checkText(t.title, ['title']);
  checkText(t.summary, ['summary']);
  checkText(t.course?.note, ['course', 'note']);
  t.course?.stages?.forEach((s, i) => checkText(s.note, ['course', 'stages', i, 'note']));

  // --- steps
  let durationSum = 0;
  let sawOil = false;
  let warnedCupOil = false;
  let firstWorkStep: number | undefined;
  const cupsLeft: PlanePoint[] = [];
  t.steps.forEach((step, i) => {
    const sp: PropertyKey[] = ['steps', i];
    checkText(step.caption, [...sp, 'caption']);
    step.cautions?.forEach((c, j) => checkText(c, [...sp, 'cautions', j]));

    const d = stepDurationS(step);
    durationSum += d;
    if (d > totalS) {
      report(
        'error',
        sp,
        'step-too-long',
        `step takes ${fmtDur(d)}, longer than the whole technique (${fmtDur(totalS)})`,
      );
    }
    if ('hold_s' in step && step.hold_s > MAX_HOLD_S) {
      report(
        'error',
        [...sp, 'hold_s'],
        'hold-too-long',
        `hold of ${step.hold_s} s is too long: hold a press at most ${MAX_HOLD_S} s`,
      );
    }
    if ('repetitions' in step && step.repetitions < 1) {
      report(
        'error',
        [...sp, 'repetitions'],
        'zero-repetitions',
        `repetitions must be at least 1, found ${step.repetitions}`,
      );
    }
    if (!PREP_MOVES.has(step.move) && firstWorkStep === undefined) firstWorkStep = i;

    // Static cups (format 2): a cup can only be taken off where one was left on.
    if (step.move === 'set-cup' && step.leave_on) {
      for (const side of stepSides(step)) cupsLeft.push(planeOf(step.at, side, acupoints));
    }
    if (step.move === 'remove-cup') {
      for (const side of stepSides(step)) {
        const c = planeOf(step.at, side, acupoints);
        const k = cupsLeft.findIndex((q) => Math.hypot(q.x - c.x, q.y - c.y) < 3);
        if (k < 0) {
          report('error', [...sp, 'at'], 'no-cup-to-remove', `no cup was left on the skin here (${levelNear(c.y)}, ${fmtCm(Math.abs(c.x))} from the midline, ${side}): take off a cup at the place a "set-cup" with "leave_on": true put it`);
          break;
        }
        cupsLeft.splice(k, 1);
      }
    }

    if (step.move === 'apply-oil') sawOil = true;
    if ((step.move === 'set-cup' || step.move === 'cup-glide') && !sawOil && !warnedCupOil) {
      warnedCupOil = true;
      report(
        'warning',
        sp,
        'cup-without-oil',
        'cupping without oiling first: add an "apply-oil" step before the first cup so the cup can glide',
      );
    }

    if (t.level === 'patient' && 'pressure' in step && (step.pressure === 'firm' || ('pressure_to' in step && step.pressure_to === 'firm'))) {
      report(
        'warning',
        [...sp, 'pressure'],
        'patient-firm',
        'firm pressure in a patient-level technique: keep patient techniques light or medium',
      );
    }

    lintStepGeometry(step, sp, acupoints, report);
  });

  // --- whole duration
  if (durationSum > totalS * 1.1) {
    report(
      'warning',
      ['duration_min'],
      'duration-mismatch',
      `the steps take ${fmtDur(durationSum)}, more than the technique's ${fmtDur(totalS)}`,
    );
  } else if (durationSum < totalS * 0.5) {
    report(
      'warning',
      ['duration_min'],
      'duration-mismatch',
      `the steps take only ${fmtDur(durationSum)} of the technique's ${fmtDur(totalS)}`,
    );
  }

  // --- a session starts with rubbing / stroking
  if (t.steps.length >= 4 && firstWorkStep !== undefined) {
    const m = t.steps[firstWorkStep]?.move;
    if (m !== 'rub' && m !== 'circular-rub' && m !== 'effleurage') {
      report(
        'warning',
        ['steps', firstWorkStep, 'move'],
        'session-start',
        `a session starts with warming rubbing or stroking, found "${m}" first`,
      );
    }
  }

  // --- course
  const course = t.course;
  if (course?.stages && course.stages.length > 0) {
    let next = 1;
    let prevRank = -1;
    course.stages.forEach((s, i) => {
      const p = ['course', 'stages', i];
      if (s.from_session !== next) {
        report(
          'error',
          [...p, 'from_session'],
          'course-stages',
          `stage should start at session ${next}, found ${s.from_session}`,
        );
      }
      if (s.to_session < s.from_session) {
        report(
          'error',
          [...p, 'to_session'],
          'course-stages',
          `stage ends (session ${s.to_session}) before it starts (session ${s.from_session})`,
        );
      }
      next = s.to_session + 1;
      const r = PRESSURE_RANK[s.max_pressure];
      if (r < prevRank) {
        report(
          'warning',
          [...p, 'max_pressure'],
          'course-intensity',
          `intensity falls to "${s.max_pressure}": a course grows in intensity from session to session`,
        );
      }
      prevRank = Math.max(prevRank, r);
    });
    if (next - 1 !== course.sessions) {
      report(
        'error',
        ['course', 'stages'],
        'course-stages',
        `stages cover sessions 1…${next - 1} but the course has ${course.sessions} sessions`,
      );
    }
  }
  return out;
}

type Report = (
  severity: Severity,
  path: readonly PropertyKey[],
  code: string,
  message: string,
) => void;

function pathOfStep(step: Step): PathSpec | undefined {
  if ('path' in step) return step.path;
  if ('area' in step) return step.area;
  return undefined;
}

function lintStepGeometry(
  step: Step,
  sp: PropertyKey[],
  acupoints: AcupointsFile,
  report: Report,
): void {
  const sides = stepSides(step);

  // Point presses: never on the spine, at least 2 cm beside it.
  if (step.move === 'point-press') {
    step.points.forEach((pt, j) => {
      const pp = [...sp, 'points', j];
      if (pt.acupoint !== undefined) {
        const a = findAcupoint(pt.acupoint, acupoints);
        if (a?.no_pressure) {
          report(
            'error',
            [...pp, 'acupoint'],
            'no-pressure-point',
            `${a.name.en} lies on the midline over the spinous processes and is never pressed in Handpath: no pressure on the spine`,
          );
          return;
        }
      }
      if (isFirm(step)) {
        const hit = sides.map((side) => planeOf(pt, side, acupoints)).find(pointInKidneyArea);
        if (hit) report('error', pp, 'kidney-area', kidneyMessage(step, hit));
      }
      for (const side of sides) {
        const r = resolvePoint(pt, side, { acupoints });
        const dist = Math.abs(planeOf(pt, side, acupoints).x);
        if (dist < MIN_POINT_PRESS_LATERAL_CM) {
          const field =
            pt.lateral_cm !== undefined
              ? 'lateral_cm'
              : pt.lateral_cun !== undefined
                ? 'lateral_cun'
                : r.acupoint
                  ? 'acupoint'
                  : pt.level !== undefined
                    ? 'level'
                    : 'landmark';
          report(
            'error',
            [...pp, field],
            'point-press-too-close',
            dist === 0
              ? `point press on the midline, on the spinous processes: press at least ${MIN_POINT_PRESS_LATERAL_CM} cm (about 1 cun) to the side of the spine, never on it`
              : `point press ${fmtCm(dist)} from the midline is too close to the spine: press at least ${MIN_POINT_PRESS_LATERAL_CM} cm (about 1 cun) to the side of the spinous processes, never on them`,
          );
          break;
        }
      }
    });
    return;
  }

  if (step.move === 'vibration' || step.move === 'stretch' || step.move === 'remove-cup') {
    const pt = step.move === 'stretch' ? step.center : step.at;
    const field = step.move === 'stretch' ? 'center' : 'at';
    for (const side of sides) {
      const c = planeOf(pt, side, acupoints);
      if (step.move !== 'remove-cup' && isFirm(step) && pointInKidneyArea(c)) {
        report('error', [...sp, field], 'kidney-area', kidneyMessage(step, c));
        break;
      }
      if (step.move === 'vibration' && step.pressure !== 'light' && Math.abs(c.x) < MIDLINE_STRIP_CM) {
        report('error', [...sp, 'at'], 'midline-pressure', `vibration with ${step.pressure} pressure ${fmtCm(Math.abs(c.x))} from the midline, over the spinous processes: put the hand at least ${MIDLINE_STRIP_CM} cm to the side of the spine`);
        break;
      }
    }
    return;
  }

  if (step.move === 'set-cup') {
    for (const side of sides) {
      const c = planeOf(step.at, side, acupoints);
      checkCup(Math.abs(c.x), step.cup_diameter_cm, [...sp, 'at'], report);
      if (isFirm(step) && pointInKidneyArea(c)) report('error', [...sp, 'at'], 'kidney-area', kidneyMessage(step, c));
    }
    return;
  }

  const path = pathOfStep(step);
  if (!path) return;
  const polylines = sides.map((s): [PointSide, PlanePoint[]] => [
    s,
    pathPolyline(path, s, acupoints),
  ]);
  const pathDist = Math.min(...polylines.map(([, pts]) => minMidlineDistance(pts)));
  // Small circles travelling along a polyline reach radius_cm further than the path itself.
  const reach = step.move === 'circular-rub' && step.path.shape === 'polyline' ? step.radius_cm : 0;
  const minDist = Math.max(0, pathDist - reach);

  if (step.move === 'cup-glide') {
    checkCup(minDist, step.cup_diameter_cm, [...sp, 'path'], report);
  } else if (PRESSING_MOVES.has(step.move) && 'pressure' in step) {
    const pressing = step.move === 'palm-press' || step.pressure !== 'light';
    if (pressing && minDist < MIDLINE_STRIP_CM) {
      report(
        'error',
        [...sp, 'path'],
        'midline-pressure',
        `${step.pressure} pressure ${minDist === 0 ? 'on the midline' : `${fmtCm(minDist)} from the midline`}, over the spinous processes: keep pressing moves at least ${MIDLINE_STRIP_CM} cm to the side of the spine (light strokes may cross it)`,
      );
    }
  }

  if (isPercussion(step) || isFirm(step)) {
    for (const side of sides) {
      const hit = kidneyAreaHit(path, side, acupoints);
      if (hit) {
        report('error', [...sp, 'path'], 'kidney-area', kidneyMessage(step, hit));
        break;
      }
    }
  }

  if (step.move === 'effleurage') {
    for (const [, pts] of polylines) {
      const msg = lymphMessage(lymphFlowCheck(pts));
      if (msg) {
        report('warning', [...sp, 'path'], 'against-lymph-flow', msg);
        break;
      }
    }
  }
}

/** Percussion: striking strokes (chopping with the edge of the palm; any style of the percussion move). */
const isPercussion = (step: Step): boolean =>
  (step.move === 'edge-of-palm-stroke' && step.style === 'chop') || step.move === 'percussion';
/** Firm pressure (also at the end of a ramp), or a cup with strong suction. */
const isFirm = (step: Step): boolean =>
  ('pressure' in step && step.pressure === 'firm') ||
  ('pressure_to' in step && step.pressure_to === 'firm') ||
  ('suction' in step && step.suction === 'strong');

function kidneyMessage(step: Step, hit: PlanePoint): string {
  const what = isPercussion(step)
    ? `percussion (${step.move === 'percussion' ? step.style : 'chopping with the edge of the palm'}${'pressure' in step ? `, ${step.pressure} pressure` : ''})`
    : step.move === 'set-cup' || step.move === 'cup-glide'
      ? 'a cup with strong suction'
      : `firm pressure (${step.move})`;
  const fix = isPercussion(step)
    ? 'over the kidneys use only smooth strokes, never percussion, even light'
    : 'or use medium or light pressure there';
  return `kidney-area rule: ${what} over the kidney area near ${levelNear(hit.y)}, ${fmtCm(Math.abs(hit.x))} from the midline. Percussion and firm pressure over the kidneys (below the 12th rib, about T11–L3, lateral to the erector spinae, ${KIDNEY_AREA.xFrom}–${KIDNEY_AREA.xTo} cm from the midline) are contraindicated in massage teaching: keep this work below L3 or on the long back muscles within ${KIDNEY_AREA.xFrom} cm of the midline; ${fix}`;
}

function lymphMessage(c: LymphFlowCheck): string | undefined {
  const T = LYMPH_TOLERANCE_CM;
  const at = (w: [number, number] | undefined, down = false) => {
    if (!w) return '';
    const lo = levelNear(w[0]);
    const hi = levelNear(w[1]);
    return lo === hi ? ` near ${lo}` : down ? ` between ${hi} and ${lo}` : ` between ${lo} and ${hi}`;
  };
  if (c.upBelow > T)
    return `lymph-flow rule: the stroke goes ${fmtCm(c.upBelow)} up${at(c.where.upBelow)}, below the lymph watershed (about L1–L2), where the skin of the back drains to the groin (inguinal) nodes: stroke outwards and down, towards the groin`;
  if (c.downAbove > T)
    return `lymph-flow rule: the stroke goes ${fmtCm(c.downAbove)} down${at(c.where.downAbove, true)}, above the lymph watershed (about L1–L2), where the skin of the back drains to the armpit (axillary) nodes: stroke outwards and up, towards the armpit (or start the stroke at L1–L2 and go down below it)`;
  if (c.inward > T)
    return `lymph-flow rule: the stroke goes ${fmtCm(c.inward)} towards the spine${at(c.where.inward)}; the lymph of the back runs from the spine out to the flanks and on to the nodes (groin below about L1–L2, armpit above): stroke from the spine outwards`;
  return undefined;
}

function checkCup(
  centreDist: number,
  diameterCm: number,
  path: PropertyKey[],
  report: Report,
): void {
  const rim = centreDist - diameterCm / 2;
  if (rim < CUP_RIM_CLEARANCE_CM) {
    const where =
      centreDist === 0 ? 'is on the midline' : `passes ${fmtCm(centreDist)} from the midline`;
    report(
      'error',
      path,
      'cup-on-midline',
      `the cup (${fmtCm(diameterCm)} wide) ${where}, so its rim ${rim <= 0 ? 'lies on' : 'touches'} the spinous processes: never put a cup over the spine; keep its centre at least ${fmtCm(diameterCm / 2 + CUP_RIM_CLEARANCE_CM)} from the midline`,
    );
  }
}
