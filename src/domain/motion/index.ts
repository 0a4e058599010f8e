/**
 * Motion engine: technique → timeline of skin curves → pose at time t.
 *
 *   const anatomy = { landmarks, acupoints, surface };        // surface: SkinSurface
 *   const timeline = compile(technique, anatomy);              // once per technique
 *   const s = createMotionSample();                            // once
 *   sampleInto(timeline, t, s);                                // every frame, allocation-free
 */
export { compile, PRESSURE_LEVEL, SUCTION_LEVEL, GUARD_FINGER_M, GUARD_PALM_M } from './compile';
export type { CompileOptions } from './compile';
export { sample, sampleInto, createMotionSample } from './sample';
export { resolvePoint, resolveChart } from './resolve';
export type { ResolvedPoint, ResolvedSide } from './resolve';
export { prepareAnatomy, DEFAULT_CUN_CM } from './anatomy';
export type { MotionAnatomy, PreparedAnatomy } from './anatomy';
export { evalChart, chartPoint, chartInverse } from './chart';
export type { SurfaceChart, ChartPoint } from './chart';
export type {
  ActorId,
  ActorSample,
  MotionSample,
  Timeline,
  TimelineStep,
  TimelineSegment,
  HandShape,
} from './types';
export { ACTOR_IDS } from './types';
