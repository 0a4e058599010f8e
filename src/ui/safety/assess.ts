/**
 * Red-flag assessment (pure). Helper B's safety module has the red flags and their urgency
 * (data/safety/red-flags.json) but no assessment, so it lives here.
 *
 * - any "yes" to an `emergency` flag → 'urgent' (do not massage, seek medical help now);
 * - else any "yes" to a `see-doctor` flag → 'doctor' (see a doctor before massage);
 * - else 'clear'. Unanswered questions count as not answered, never as "no": `complete` tells.
 */
import { SAFETY, type RedFlag, type RedFlagId, type RedFlagsFile } from '../../domain/safety';

export type RedFlagLevel = 'clear' | 'doctor' | 'urgent';
export type RedFlagAnswerValue = 'yes' | 'no';

export interface RedFlagAssessment {
  level: RedFlagLevel;
  /** Flags answered "yes", emergency ones first, in the order of the data file. */
  reasons: RedFlagId[];
  /** Flags not answered yet. */
  unanswered: RedFlagId[];
  complete: boolean;
}

export function assessRedFlags(
  answers: Partial<Record<RedFlagId, RedFlagAnswerValue>>,
  file: RedFlagsFile = SAFETY.redFlags,
): RedFlagAssessment {
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
