/**
 * How smoothly the touching hands move (issue 9): a library technique's demo played at 60 fps on a
 * back, the hands posed as the scene poses them (poseHand with the skin). For every pair of frames
 * in which a hand touches the skin with one pure shape, the palm bone's move beyond the contact
 * point's own move is a jump the path does not explain (the conform choosing another placement
 * from one frame to the next). The oracle checks one pose at a time and cannot see these.
 * Used by tests/unit/actors/handSmooth.test.ts and `npm run check:hands`.
 */
import { Vector3 } from 'three';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { demoTechnique } from '../../../src/domain/technique/demo';
import type { Technique } from '../../../src/domain/technique/schema';
import type { MotionAnatomy } from '../../../src/domain/motion/anatomy';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import type { MeshSurface } from '../../../src/geometry/meshSurface';

export const HAND_JUMP_FPS = 60;
/** A jump counted as seen, metres. */
export const HAND_JUMP_OVER_M = 0.008;

export interface HandJumps {
  id: string;
  /** Touching frame pairs measured. */
  pairs: number;
  /** Largest palm move beyond the contact's move in one frame, metres, and where. */
  worst: number;
  where: string;
  /** Frames whose jump exceeds HAND_JUMP_OVER_M. */
  over: number;
}

export function measureHandJumps(full: Technique, anatomy: MotionAnatomy, surface: MeshSurface): HandJumps {
  const technique = demoTechnique(full).technique;
  const tl = compile(technique, anatomy);
  const hands = { left: createHand('left'), right: createHand('right') };
  const poses = { left: createHandPose(), right: createHandPose() };
  const s = createMotionSample();
  const prevW = { left: new Vector3(), right: new Vector3() };
  const prevC = { left: new Vector3(), right: new Vector3() };
  const had = { left: false, right: false };
  const w = new Vector3();
  const c = new Vector3();
  const r: HandJumps = { id: technique.id, pairs: 0, worst: 0, where: '', over: 0 };
  for (let f = 0; f / HAND_JUMP_FPS <= tl.duration; f++) {
    const t = f / HAND_JUMP_FPS;
    sampleInto(tl, t, s);
    for (const id of ['left', 'right'] as const) {
      const act = s[id];
      if (!act.active || !act.contact || act.blend > 0) {
        had[id] = false;
        continue;
      }
      const h = hands[id];
      poseHand(h, act, poses[id], surface);
      h.updateMatrixWorld(true);
      h.bones.palm.getWorldPosition(w);
      c.set(act.point[0], act.point[1], act.point[2]);
      if (had[id]) {
        r.pairs++;
        const j = w.distanceTo(prevW[id]) - c.distanceTo(prevC[id]);
        if (j > HAND_JUMP_OVER_M) r.over++;
        if (j > r.worst) {
          r.worst = j;
          r.where = `${id} t=${t.toFixed(2)} step ${s.stepIndex + 1} ${act.shape}`;
        }
      }
      prevW[id].copy(w);
      prevC[id].copy(c);
      had[id] = true;
    }
  }
  return r;
}
