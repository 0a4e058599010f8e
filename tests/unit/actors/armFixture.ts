/**
 * The set-up the arm tests share (armSides, armSmooth, armView): one technique's timeline on a
 * test back, its two hands and two arms, and `poseSceneAt`, which poses them at a time exactly as
 * the scene does (TechniquePlayer: sample, poseHand fitted to the skin, armPlacementAt, poseArms
 * with the timeline's ArmTrack).
 */
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose, type HandPose } from '../../../src/domain/motion/handShapes';
import type { MotionSample, Timeline } from '../../../src/domain/motion/types';
import type { Technique } from '../../../src/domain/technique/schema';
import { createHand, type HandRig } from '../../../src/scene/actors/handRig';
import { createArm, type ArmRig } from '../../../src/scene/actors/armRig';
import {
  ArmTrack,
  armPlacementAt,
  poseArms,
  poseHand,
  therapistStances,
  type ArmPlacement,
  type TherapistStances,
} from '../../../src/scene/actors/poseActors';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import type { TestAnatomy } from '../motion/fixtures/anatomy';

type Pair<T> = { left: T; right: T };

export interface ArmFixture {
  technique: Technique;
  tl: Timeline;
  stances: TherapistStances;
  surface: MeshSurface;
  /** The scene's track for this timeline. */
  track: ArmTrack;
  hands: Pair<HandRig>;
  arms: Pair<ArmRig>;
  poses: Pair<HandPose>;
  /** The last sample and placement poseSceneAt used. */
  s: MotionSample;
  at: ArmPlacement;
}

export function armFixture(technique: Technique, back: TestAnatomy, tl: Timeline = compile(technique, back.anatomy)): ArmFixture {
  const stances = therapistStances(technique);
  const surface = back.surface;
  return {
    technique,
    tl,
    stances,
    surface,
    track: new ArmTrack(tl, stances, surface),
    hands: { left: createHand('left', { forearmEnd: 'arm' }), right: createHand('right', { forearmEnd: 'arm' }) },
    arms: { left: createArm('left'), right: createArm('right') },
    poses: { left: createHandPose(), right: createHandPose() },
    s: createMotionSample(),
    at: { place: 'left', from: 'left', blend: 1, position: 'prone' },
  };
}

/** Poses the fixture's hands and arms at time t as the scene does; returns the sample. */
export function poseSceneAt(f: ArmFixture, t: number): MotionSample {
  sampleInto(f.tl, t, f.s);
  poseHand(f.hands.left, f.s.left, f.poses.left, f.surface);
  poseHand(f.hands.right, f.s.right, f.poses.right, f.surface);
  armPlacementAt(f.stances, f.s, f.at);
  poseArms(f.arms.left, f.arms.right, f.hands.left, f.hands.right, f.at, f.surface, f.track, t);
  return f.s;
}
