/**
 * A fingertip press does not jump between two frames (issue 9, handSmooth.test's worst on main
 * 45cdeec): classic-circular-rub's demo, the right hand at t = 1900/60 → 1901/60 s (step 2,
 * fingertip press). The sample's forward was the chart heading pushed through the tangents of the
 * 1 cm chart cell under the contact; those are bilinear finite differences, discontinuous where
 * the point crosses into the next cell (here y crossed a row: the forward turned 12° in one frame)
 * and the palm, 8 cm behind the fingertips, moved 20.1 mm beyond the contact’s 2 mm. The pointy
 * shapes now read their forward off the chart chord like the flat hand (sample.ts CHORD_WEIGHT).
 */
import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { testAnatomies, testTechniques, type TestAnatomy } from '../motion/fixtures/anatomy';
import { HAND_JUMP_FPS, HAND_JUMP_OVER_M } from './handJumps';

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('fingertip press between two frames', () => {
  it('classic-circular-rub right t=31.67→31.68 s: palm move beyond the contact’s ≤ 8 mm (main: 20.1 mm)', () => {
    const a = real as TestAnatomy;
    const full = testTechniques().find((t) => t.technique.id === 'classic-circular-rub');
    expect(full).toBeDefined();
    const tl = compile(demoTechnique(full!.technique).technique, a.anatomy);
    const hand = createHand('right');
    const pose = createHandPose();
    const s = createMotionSample();
    const palm = [new Vector3(), new Vector3()];
    const contact = [new Vector3(), new Vector3()];
    for (let k = 0; k < 2; k++) {
      sampleInto(tl, (1900 + k) / HAND_JUMP_FPS, s);
      expect(s.right.shape).toBe('fingertip-press');
      expect(s.right.contact).toBe(true);
      expect(s.right.blend).toBe(0);
      poseHand(hand, s.right, pose, a.surface as MeshSurface);
      hand.updateMatrixWorld(true);
      hand.bones.palm.getWorldPosition(palm[k] as Vector3);
      (contact[k] as Vector3).fromArray(s.right.point);
    }
    const jump = (palm[0] as Vector3).distanceTo(palm[1] as Vector3) - (contact[0] as Vector3).distanceTo(contact[1] as Vector3);
    expect(jump).toBeLessThanOrEqual(HAND_JUMP_OVER_M);
  });
});
