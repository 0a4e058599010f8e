/**
 * Motion engine: technique → timeline of skin curves → pose at time t. Pure (no React, no
 * three, no clock, no randomness).
 *
 *   const surface = createMeshSurface(positions, indices);    // src/geometry (three-mesh-bvh)
 *   const anatomy = { landmarks, acupoints, surface };         // MotionAnatomy
 *   prepareAnatomy(anatomy);      // optional, once per model: builds the surface chart (the
 *                                 // only costly part, ~4k closest-point queries); cached
 *   const timeline = compile(technique, anatomy);              // ~1 ms once the chart exists
 *   const s = createMotionSample();                            // once
 *   sampleInto(timeline, t, s);   // every frame, allocation-free; t = technique time, seconds
 *
 * Timeline: steps keep the file's real durations (stepDurationS); between two steps every actor
 * gets a declared transition (lift, travel, set down; 0.8–2.5 s), so
 * duration = stepsDuration + transitionsDuration. A step's segment is [t0, t1): sampling at a
 * step's t0 gives that step; a transition reports the step it leads to, with inTransition.
 *
 * Where things are: the surface chart (chart.ts) measures lateral offsets like a tape measure
 * over the skin (bridging the spinal groove and the gluteal cleft, where nothing touches the
 * skin); 1 cun = the acupoints table's cun_cm (the model's proportional cun, 2.17 cm). The spine guard keeps every contact out of
 * a band around the midline from S1 to T10 (2.8 cm for a thumb/fingertip, 4 cm for palm/fist/
 * edge, cup radius + 1.5 cm for the cup), fading out over 5 cm above and below; paths that
 * cross the midline are carried across lifted; press points inside the band are shown without
 * pressure. `timeline.warnings` says where the compiler had to do that.
 */
export { compile, PRESSURE_LEVEL, SUCTION_LEVEL, GUARD_FINGER_M, GUARD_PALM_M } from './compile';
export type { CompileOptions } from './compile';
export { GUARD_CUP_EXTRA_M, GUARD_TAPER_M } from './compile';
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
  MotionWarning,
  Timeline,
  TimelineStep,
  TimelineSegment,
  HandShape,
} from './types';
export { ACTOR_IDS } from './types';
