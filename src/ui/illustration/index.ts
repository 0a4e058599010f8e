/** Illustrated step list: the fallback when the 3D view is unavailable. */
export { IllustratedSteps, type IllustratedStepsProps } from './IllustratedSteps';
export { StepDiagram, type StepDiagramProps } from './StepDiagram';
export {
  stepFigure,
  figureSummary,
  levelAt,
  FIGURE_BOUNDS,
  type StepFigure,
  type FigurePolyline,
  type FigurePress,
  type FigureArea,
  type FigureSummary,
} from './stepFigure';
export { stepDetails, figureLabel } from './stepWords';
