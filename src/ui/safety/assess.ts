/** Red-flag assessment: the pure logic lives in src/domain/safety/redFlags.ts. */
export {
  assessRedFlags,
  redFlagQuestions,
  playGate,
  playBlocked,
  type RedFlagAssessment,
  type RedFlagLevel,
  type RedFlagAnswerValue,
  type PlayGate,
} from '../../domain/safety/redFlags';
