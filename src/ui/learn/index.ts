/** Learning UI: components and the pure helpers they use (see each file's header for props). */
export { ModeSwitch } from './ModeSwitch';
export { StepExplainer, type StepExplainerProps } from './StepExplainer';
export { CoursePlanner, type CoursePlannerProps } from './CoursePlanner';
export { QuizPanel, type QuizPanelProps } from './QuizPanel';
export { describeStep, directionOf, type StepDescription, type StepDetail } from './describeStep';
