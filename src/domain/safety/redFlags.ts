/**
 * Red-flag assessment and the play gate (pure).
 *
 * - any "yes" to an `emergency` flag → 'urgent' (do not massage, seek medical help now);
 * - else any "yes" to a `see-doctor` flag → 'doctor' (see a doctor before massage);
 * - else 'clear'. Unanswered questions count as not answered, never as "no": `complete` tells.
 *
 * The play gate: before the check is done, Play opens the check; while the answers say
 * 'urgent', nothing plays (the player stays disabled until the answers change); a 'doctor'
 * result plays with its banner on screen.
 */
import type { RedFlagId } from './ids';
import { SAFETY } from './load';
import type { RedFlag, RedFlagsFile } from './schema';

export type RedFlagLevel = 'clear' | 'doctor' | 'urgent';
export type RedFlagAnswerValue = 'yes' | 'no';
export type RedFlagAnswers = Partial<Record<RedFlagId, RedFlagAnswerValue>>;

export interface RedFlagAssessment {
  level: RedFlagLevel;
  /** Flags answered "yes", emergency ones first, in the order of the data file. */
  reasons: RedFlagId[];
  /** Flags not answered yet. */
  unanswered: RedFlagId[];
  complete: boolean;
}

export function assessRedFlags(answers: RedFlagAnswers, file: RedFlagsFile = SAFETY.redFlags): RedFlagAssessment {
  const yes = (f: RedFlag) => answers[f.id] === 'yes';
  const emergency = file.red_flags.filter((f) => f.urgency === 'emergency' && yes(f)).map((f) => f.id);
  const doctor = file.red_flags.filter((f) => f.urgency === 'see-doctor' && yes(f)).map((f) => f.id);
  const unanswered = file.red_flags.filter((f) => answers[f.id] !== 'yes' && answers[f.id] !== 'no').map((f) => f.id);
  const level: RedFlagLevel = emergency.length > 0 ? 'urgent' : doctor.length > 0 ? 'doctor' : 'clear';
  return { level, reasons: [...emergency, ...doctor], unanswered, complete: unanswered.length === 0 };
}

/** The red flags in the order to ask them: emergency ones first. */
export function redFlagQuestions(file: RedFlagsFile = SAFETY.redFlags): RedFlag[] {
  return [...file.red_flags.filter((f) => f.urgency === 'emergency'), ...file.red_flags.filter((f) => f.urgency !== 'emergency')];
}

/**
 * What pressing Play does:
 * - 'check': the check has not been completed in this browser: open it first;
 * - 'blocked': an emergency red flag is answered "yes": nothing plays until the answers change;
 * - 'play-with-banner': a see-a-doctor flag: plays, with its warning on screen;
 * - 'play'.
 */
export type PlayGate = 'check' | 'blocked' | 'play-with-banner' | 'play';

export function playGate(
  state: { redFlagAnswers: RedFlagAnswers; redFlagCheckedAt: string | null },
  file: RedFlagsFile = SAFETY.redFlags,
): PlayGate {
  // An urgent answer blocks even before the check is completed: it is already known.
  const { level } = assessRedFlags(state.redFlagAnswers, file);
  if (level === 'urgent') return 'blocked';
  if (!state.redFlagCheckedAt) return 'check';
  return level === 'doctor' ? 'play-with-banner' : 'play';
}

/** True when Play must be disabled (an urgent red flag is answered "yes"). */
export const playBlocked = (state: { redFlagAnswers: RedFlagAnswers; redFlagCheckedAt: string | null }, file?: RedFlagsFile): boolean =>
  playGate(state, file) === 'blocked';
