/** Safety UI: components and the pure rules they use (see each file's header for props). */
export { RedFlagCheck, type RedFlagCheckProps } from './RedFlagCheck';
export { PrecautionsPanel, type PrecautionsPanelProps } from './PrecautionsPanel';
export { StepCautions, type StepCautionsProps } from './StepCautions';
export { AcutePainSwitch, type AcutePainSwitchProps } from './AcutePainSwitch';
export { EvidencePage, type EvidencePageProps } from './EvidencePage';
export { Dialog, type DialogProps } from './Dialog';
export { assessRedFlags, redFlagQuestions, type RedFlagAssessment, type RedFlagLevel } from './assess';
export { filterForAcutePain, hiddenInAcutePain, isStrongTechnique, type AcutePainReason, type AcutePainReasonId } from './acutePain';
