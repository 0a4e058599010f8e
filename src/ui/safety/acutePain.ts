/** The acute-pain filter: the pure logic lives in src/domain/safety/acutePain.ts. */
export {
  acutePainReasons,
  acutePainSources,
  filterForAcutePain,
  hiddenInAcutePain,
  isStrongTechnique,
  stepAcutePainReasons,
  type AcutePainReason,
  type AcutePainReasonId,
  type HiddenTechnique,
} from '../../domain/safety/acutePain';
