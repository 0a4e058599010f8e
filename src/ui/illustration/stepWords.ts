/**
 * Words for the illustrated step list: the step's pressure / repetitions / hold / duration /
 * sides (`stepDetails`) and the drawing described in words for its aria-label (`figureLabel`).
 * Pure: the translation function is injected (i18next's `t` with keys under "illustration.*").
 */
import { stepDurationS } from '../../domain/technique/duration';
import { V2_MOVES, type MoveName, type Step } from '../../domain/technique/schema';
import { shownRate } from '../../domain/technique/tempo';
import { figureSummary, type StepFigure } from './stepFigure';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const K = 'illustration.';
/** New strings of format version 2 live in the locale part "format". */
const F = 'format.';

/** The translation key of a move's name (format-2 moves are named in the "format" part). */
export const moveNameKey = (move: MoveName): string =>
  V2_MOVES.includes(move) ? `${F}move.${move}` : `${K}move.${move}`;

/** Contacts that came with format 2 are named (a palm needs no word). */
const NAMED_CONTACTS = new Set(['forearm', 'elbow', 'knuckles', 'thumbs', 'heel-of-palm', 'fingertips', 'fingers']);

/** Words of format 2: position, contact, a pressure ramp, and an honest "shown slowed". */
function formatWords(step: Step, t: Translate): string[] {
  const out: string[] = [];
  if (step.position !== undefined && step.position !== 'prone') out.push(t(`${F}position.${step.position}`));
  if ('hand_shape' in step && NAMED_CONTACTS.has(step.hand_shape)) out.push(t(`${F}contact.${step.hand_shape}`));
  if ('pressure_to' in step && step.pressure_to !== undefined && step.pressure_to !== step.pressure) {
    out.push(t(`${F}ramp`, { from: t(`${K}pressure.${step.pressure}`), to: t(`${K}pressure.${step.pressure_to}`) }));
  }
  const r = shownRate(step);
  if (r?.slowed) out.push(t(`${F}slowed`, { real: Math.round(r.realPerMin), shown: Math.round(r.shownPerMin) }));
  return out;
}

/** How the sides are done, in words. */
function sidesWords(step: Step, t: Translate): string {
  if (step.side !== 'both') return t(`${K}sides.${step.side}`);
  if (step.hands === 'both') return t(`${K}sides.both`);
  if (step.hands === 'alternating') return t(`${K}sides.bothAlternating`);
  return t(`${K}sides.bothInTurn`);
}

function durationWords(step: Step, t: Translate): string {
  const s = stepDurationS(step);
  if (s < 90) return t(`${K}durationS`, { n: Math.max(1, Math.round(s / 5) * 5) });
  return t(`${K}durationMin`, { count: Math.max(1, Math.round(s / 60)) });
}

/**
 * The step's figures in words, in reading order: pressure (or suction), how many times, hold,
 * sides and about how long.
 */
export function stepDetails(step: Step, t: Translate): string[] {
  const out: string[] = [];
  switch (step.move) {
    case 'apply-oil':
    case 'apply-honey':
      break;
    case 'set-cup':
      out.push(t(`${K}suction.${step.suction}`));
      break;
    case 'cup-glide':
      out.push(t(`${K}suction.${step.suction}`), t(`${K}passes`, { count: step.repetitions }));
      break;
    case 'circular-rub':
      out.push(t(`${K}pressure.${step.pressure}`));
      if (step.path.shape === 'circle') {
        out.push(t(`${K}circlesHere`, { count: step.circles * step.repetitions }));
      } else {
        out.push(
          t(`${K}circles`, { count: step.circles }),
          t(`${K}passes`, { count: step.repetitions }),
        );
      }
      out.push(t(`${K}rotation.${step.rotation}`));
      break;
    case 'point-press':
      out.push(
        t(`${K}pressure.${step.pressure}`),
        t(`${K}hold`, { s: step.hold_s }),
        t(`${K}rounds`, { count: step.repetitions }),
      );
      break;
    case 'palm-press':
      out.push(
        t(`${K}pressure.${step.pressure}`),
        t(`${K}stations`, { count: step.stations }),
        t(`${K}holdStation`, { s: step.hold_s }),
        t(`${K}passes`, { count: step.repetitions }),
      );
      break;
    case 'effleurage':
      out.push(t(`${K}pressure.${step.pressure}`), t(`${K}passes`, { count: step.repetitions }));
      break;
    case 'remove-cup':
      break;
    case 'percussion':
      out.push(
        t(`${F}style.${step.style}`),
        t(`${K}pressure.${step.pressure}`),
        t(`${F}strikes`, { count: step.repetitions }),
      );
      break;
    case 'vibration':
      out.push(
        t(`${K}pressure.${step.pressure}`),
        t(`${F}hz`, { n: step.frequency_hz }),
        t(`${K}hold`, { s: step.hold_s }),
        t(`${F}bouts`, { count: step.repetitions }),
      );
      break;
    case 'stretch':
      out.push(
        t(`${K}pressure.${step.pressure}`),
        t(`${F}axis.${step.axis}`),
        t(`${K}hold`, { s: step.hold_s }),
        t(`${K}times`, { count: step.repetitions }),
      );
      break;
    default:
      out.push(t(`${K}pressure.${step.pressure}`), t(`${K}times`, { count: step.repetitions }));
  }
  if (step.move === 'set-cup' && step.leave_on) out.push(t(`${F}leaveOn`));
  out.push(...formatWords(step, t));
  out.push(sidesWords(step, t), durationWords(step, t));
  return out;
}

const levelWord = (l: string, t: Translate) => (l === 'buttock' ? t(`${K}where.buttock`) : l);

/** The drawing of a step described in words (for the SVG's aria-label). */
export function figureLabel(step: Step, index: number, fig: StepFigure, t: Translate): string {
  const s = figureSummary(fig);
  const side = s.mirrored
    ? t(`${K}where.both`)
    : t(`${K}where.${step.side === 'left' ? 'left' : 'right'}`);
  const onePlace = s.from === s.to;
  const where = onePlace
    ? t(`${K}where.at`, { side, from: levelWord(s.from, t), near: s.nearCm })
    : t(`${K}where.span`, {
        side,
        from: levelWord(s.from, t),
        to: levelWord(s.to, t),
        near: s.nearCm,
        far: s.farCm,
      });
  let how = '';
  const turning = fig.polylines.find((l) => l.turn && l.turn.kind !== 'coil');
  const sideCount = s.mirrored ? 2 : 1;
  if (step.move === 'point-press' || step.move === 'palm-press') {
    how = t(`${K}how.presses`, { count: Math.round(fig.presses.length / sideCount) });
  } else if (turning?.turn) {
    how = t(`${K}how.turning`, { rotation: t(`${K}rotation.${turning.turn.rotation}`) });
  } else if (s.travel) {
    how = t(`${K}how.${s.travel}`);
  } else if (fig.polylines.some((l) => l.arrows === 'both')) {
    how = t(`${K}how.backForth`);
  } else if (fig.areas.length > 0) {
    how = t(`${K}how.spread`);
  }
  return t(`${K}figure.aria`, {
    n: index + 1,
    move: t(moveNameKey(step.move)),
    where,
    how,
  });
}
