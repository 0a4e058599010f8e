/**
 * Public types of the motion engine: the compiled Timeline and the per-frame MotionSample.
 * Pure data; no React, no three.
 */
import type { HandShape } from './handShapes';
import type { SurfaceChart } from './chart';
import type { ChartPath, ChartXY } from './chartPath';
import type { MVec3 } from './vec';
import type { MoveName, Position } from '../technique/schema';
import type { ShownRate } from '../technique/tempo';
import type { StretchProgram } from './moves/stretch';
import type { VibrateProgram } from './moves/vibration';
import type { Stance } from './stance';

export type { HandShape };

/** The three actors the scene draws. */
export type ActorId = 'left' | 'right' | 'cup';
export const ACTOR_IDS: readonly ActorId[] = ['left', 'right', 'cup'];

/** Pose of one actor (a hand or the cup) at time t. All vectors in the body frame, metres. */
export interface ActorSample {
  /** False when the actor is parked off the back (not drawn, or drawn at rest). */
  active: boolean;
  /** True when the actor touches the skin (active and lift = 0). */
  contact: boolean;
  /** Contact point on the skin (when lifted: the skin point under the actor). */
  point: MVec3;
  /** point + lift · normal: where the contact point of the hand/cup actually is. */
  position: MVec3;
  /**
   * Outward unit skin normal at `point` while in contact; as the actor lifts it blends (over
   * 2 cm of lift) to the skin normal averaged over ±4 cm, so lifted hands do not wobble.
   */
  normal: MVec3;
  /** Unit direction tangent to the skin: where the fingers point (or the cup's travel). */
  forward: MVec3;
  /** Hand shape (the cup reports 'cupped'). */
  shape: HandShape;
  /** Shape being blended towards, and the weight of that blend (0 = `shape`, 1 = `nextShape`). */
  nextShape: HandShape;
  blend: number;
  /** 0–1; 0 whenever lifted. For the cup: suction. */
  pressure: number;
  /** Height of the contact point above the skin along the normal, metres; 0 in contact. */
  lift: number;
  /** A hand holding the cup reports 'cup'. */
  grip: 'none' | 'cup';
}

export interface MotionSample {
  /** Technique time that was sampled, s (clamped to [0, duration]). */
  t: number;
  /** Index of the current step; during a transition, the step being moved TO. */
  stepIndex: number;
  /** True between steps (hands lift, travel, set down) and while a hand relocates inside a step. */
  inTransition: boolean;
  /** Repetition k of n of the current step (1-based; 0 of n during a between-step transition). */
  repetition: number;
  repetitions: number;
  /** Seconds left of the current press hold (0 when not holding). */
  holdRemaining: number;
  /** Time into the current step (or transition) and its duration, s. */
  stepTime: number;
  stepDuration: number;
  left: ActorSample;
  right: ActorSample;
  cup: ActorSample;
}

// ---------------------------------------------------------------------------------------------
// Compiled timeline (plain data; sample() interprets it)

/** Snapshot of an actor in chart coordinates (used for travel between poses). */
export interface ChartPose {
  active: boolean;
  u: number;
  y: number;
  /** Heading (finger direction) in chart space, unit. */
  hu: number;
  hy: number;
  lift: number;
  /** Pressure at this pose (kept across a slide; 0 when lifted). */
  pressure: number;
  shape: HandShape;
  grip: 'none' | 'cup';
}

/** Which oscillation a continuous move runs on top of its progress along the path. */
export type MoveProgram =
  | {
      kind: 'oscillate';
      /** 'along-spine' | 'across-spine' | 'along-path' (saw: along the edge, which lies along the path). */
      axis: 'along-spine' | 'across-spine' | 'along-path';
      amplitude: number;
    }
  | { kind: 'circles'; radius: number; rotation: 1 | -1; pulse: number }
  | { kind: 'loop' /** go round a closed path, one loop per cycle */ }
  | { kind: 'knead' }
  | { kind: 'chop'; height: number }
  | { kind: 'glide'; returnLift: number }
  | { kind: 'press-pull'; stations: number }
  | { kind: 'spread' }
  | { kind: 'cup-glide' }
  | { kind: 'cup-set' }
  | { kind: 'cup-remove' }
  | StretchProgram
  | VibrateProgram
  | {
      kind: 'presses';
      points: readonly ChartXY[];
      /** Per point: true = shown without pressure (on the midline: never pressed). */
      hover: readonly boolean[];
      rounds: number;
      moveIn: number;
      ramp: number;
      hold: number;
      release: number;
      rest: number;
    };

/** One actor doing one move for a while. */
export interface MovePiece {
  kind: 'move';
  t0: number;
  t1: number;
  stepIndex: number;
  move: MoveName;
  program: MoveProgram;
  path: ChartPath;
  /** Number of cycles over the piece (repetitions). */
  cycles: number;
  /** Passes along the path over the piece (ping-pong), for moves that progress slowly. */
  passes: number;
  /** Fraction of the path a glide covers (1 unless the tempo would make it too fast). */
  reach: number;
  /** Phase offset in cycles (0.5 = alternating with the other hand). */
  phase: number;
  /** Peak pressure 0–1 (suction for the cup). */
  pressure: number;
  shape: HandShape;
  /** Keep-out half-width around the midline over the spinous processes, metres (see guard). */
  guard: number;
  /** −1 left, +1 right: the side the actor stays on when the guard pushes it. */
  sideSign: 1 | -1;
  /** A hand holding the cup follows the cup's piece above it (grip 'cup'). */
  holdsCup: boolean;
  /** > 0: this hand reinforces the other one (thumb on thumb), this far above the skin, no pressure. */
  stackLift: number;
  /** Where the therapist works from (a hand's forearm comes from there); null for the cup. */
  stance: Stance | null;
  /** −1 for the left hand (the mirror image of the right), +1 otherwise. */
  handSign: 1 | -1;
  /**
   * Pressure at the end of the piece (a ramp within the step, format 2); undefined = constant.
   * The pressure moves linearly in time from `pressure` to this.
   */
  pressureTo?: number;
  /**
   * A fixed heading (chart u, y; unit) for hands that work across the body from the far side of
   * the table (wringing, a stretch along the spine): `stance` is null then.
   */
  heading?: readonly [number, number];
}

export interface TravelPiece {
  kind: 'travel';
  t0: number;
  t1: number;
  stepIndex: number;
  from: ChartPose;
  to: ChartPose;
  /** Peak extra lift in the middle of the travel, metres. */
  hump: number;
  /** −1 left hand, +1 right hand, 0 the cup: a hand turning round turns through its own side. */
  handSign: 1 | -1 | 0;
  /**
   * This hand goes over the other one (compile.ts planOverLifts): lift added (metres),
   * full from travel fraction f0 to f1, ramped in from the start and out to the set-down.
   */
  over?: { lift: number; f0: number; f1: number };
  /**
   * When the hands swap sides or order (compile.ts planSwaps): the travel fractions between
   * which this hand moves across (default 0.15–0.85), so one hand goes first while the other
   * waits lifted, then goes over it.
   */
  stagger?: readonly [number, number];
}

export interface RestPiece {
  kind: 'rest';
  t0: number;
  t1: number;
  stepIndex: number;
  pose: ChartPose;
}

export type Piece = MovePiece | TravelPiece | RestPiece;

export interface TimelineSegment {
  kind: 'step' | 'transition';
  /** The step (for a transition: the step it leads to). */
  stepIndex: number;
  t0: number;
  t1: number;
}

export interface TimelineStep {
  index: number;
  move: MoveName;
  t0: number;
  t1: number;
  duration: number;
  repetitions: number;
  /** Hold of each press, s (0 for moves without holds). */
  holdS: number;
  /** How the person lies for this step (format 2). */
  position: Position;
  /** Percussion and vibration: the real and the shown rate (shown slowed when faster than the screen can show). */
  shown: ShownRate | null;
}

/** A cup left on the skin (set with `leave_on`) from t0 until t1 (taken off, or the end). */
export interface StaticCup {
  t0: number;
  t1: number;
  /** Chart coordinate of the cup's centre. */
  chart: readonly [number, number];
  side: 'left' | 'right';
  /** 0–1. */
  suction: number;
  diameterM: number;
  /** Index of the set-cup step that left it. */
  stepIndex: number;
}

export interface SpineGuard {
  /** Heights between which the midline is guarded (S1 … T10 skin points), metres. */
  yLow: number;
  yHigh: number;
  /** Length over which the guard fades in/out beyond yLow / yHigh, metres. */
  taper: number;
}

/**
 * A compiler warning in a form the UI can translate: a stable code, the 0-based step and the
 * figures of the message; `message` is the English text (for logs and the CLI).
 */
export interface MotionWarning {
  code: 'path-over-spine' | 'press-on-midline' | 'side-switch-rushed' | 'cups-overlap';
  stepIndex: number;
  params: Record<string, string | number>;
  message: string;
}

export interface Timeline {
  techniqueId: string;
  /** Total duration, s = Σ step durations + Σ between-step transitions. */
  duration: number;
  /** Σ step durations, s. */
  stepsDuration: number;
  /** Σ between-step transition durations, s. */
  transitionsDuration: number;
  steps: TimelineStep[];
  /** Steps and transitions in time order, contiguous, from 0 to duration. */
  segments: TimelineSegment[];
  /** Per-actor pieces in time order, contiguous, from 0 to duration. */
  tracks: Record<ActorId, Piece[]>;
  chart: SurfaceChart;
  guard: SpineGuard;
  /** Cups left on the skin (format 2), in the order they were set. */
  staticCups: StaticCup[];
  /** Things the compiler changed or could not honour (e.g. a path over the spine was pushed aside). */
  warnings: MotionWarning[];
}
