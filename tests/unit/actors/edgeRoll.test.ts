/**
 * The edge of the hand rolls with a smoothed skin normal (conformHand.ts rollEdgeUpright): its
 * three fit points lie in a line, so the skin's distances cannot roll it about its own line and
 * the fit kept the roll of the engine's contact normal — which turns up to 12° in one frame where
 * the contact crosses the erector's crest (classic-thoracolumbar-edge-rub, left hand: t=12.25
 * 18.3 mm; here t = 626/60 → 627/60, 9.3 mm beyond the contact's move). Now the edge rolls
 * (≤ 0.03 rad) towards upright on the mean skin normal under it and 5 cm to either side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { demoTechnique } from '../../../src/domain/technique/demo';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { testAnatomies, testTechniques, type TestAnatomy } from '../motion/fixtures/anatomy';

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('the edge of the hand sliding over the erector crest', () => {
  it('moves its palm no more than 8 mm beyond the contact in one frame (was 9.3 mm)', () => {
    const a = real as TestAnatomy;
    const full = testTechniques().find((t) => t.technique.id === 'classic-thoracolumbar-edge-rub');
    if (!full) throw new Error('classic-thoracolumbar-edge-rub is not in the library');
    const tl = compile(demoTechnique(full.technique).technique, a.anatomy);
    const hand = createHand('left');
    const pose = createHandPose();
    const s = createMotionSample();
    const palm: Vector3[] = [];
    const contact: Vector3[] = [];
    for (const f of [626, 627]) {
      sampleInto(tl, f / 60, s);
      const act = s.left;
      expect(act.active && act.contact && act.blend === 0 && act.shape === 'palm-edge').toBe(true);
      poseHand(hand, act, pose, a.surface as MeshSurface);
      hand.updateMatrixWorld(true);
      palm.push(hand.bones.palm.getWorldPosition(new Vector3()));
      contact.push(new Vector3(act.point[0], act.point[1], act.point[2]));
    }
    const jump = (palm[1] as Vector3).distanceTo(palm[0] as Vector3) - (contact[1] as Vector3).distanceTo(contact[0] as Vector3);
    expect(jump).toBeLessThanOrEqual(0.008);
  });
});
