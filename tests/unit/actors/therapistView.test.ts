/**
 * The camera never looks through the therapist (issue 10 §3): side-lying, the back views look
 * from where the therapist stands, and the oblique view of the side-lying technique was filled by
 * a sleeve. With the standing therapist (posed as the scene poses it) passed as an occluder, every
 * preset view of every step sees its target past the therapist's shoulders (only the arms are
 * drawn).
 */
import { describe, expect, it } from 'vitest';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { createHand } from '../../../src/scene/actors/handRig';
import { createArm } from '../../../src/scene/actors/armRig';
import { ArmTrack, poseArms, poseHand, therapistStances, type ArmPlacement } from '../../../src/scene/actors/poseActors';
import { therapistAtOf } from '../../../src/domain/motion/stance';
import { bodyPose, poseView, sightClear, stepPosition, therapistOccluder } from '../../../src/domain/anatomy/positions';
import { CAMERA_VIEWS } from '../../../src/state/anatomy';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import type { Vec3 } from '../../../src/domain/anatomy/types';
import { testAnatomies, testTechniques } from '../motion/fixtures/anatomy';

const VIEWS = ['posterior', 'left', 'right', 'oblique', 'lumbosacral'] as const;

describe('the camera and the standing therapist', { timeout: 60_000 }, async () => {
  const real = (await testAnatomies()).find((a) => a.name === 'real');
  if (!real) throw new Error('no real back');
  const positioned = testTechniques().filter((t) => t.source === 'data' && (t.technique.position ?? 'prone') !== 'prone');

  it('there are side-lying and seated techniques to check', () => {
    expect(positioned.map((t) => t.technique.position).sort()).toEqual(expect.arrayContaining(['seated', 'side-lying-left']));
  });

  for (const { file, technique: full } of positioned) {
    it(`${file}: every preset sees past the therapist (and without the occluder some did not)`, () => {
      const technique = demoTechnique(full).technique;
      const tl = compile(technique, real.anatomy);
      const surface = real.surface as MeshSurface;
      const track = new ArmTrack(tl, therapistStances(technique), surface); // as the scene poses the arms
      const hands = { left: createHand('left', { forearmEnd: 'arm' }), right: createHand('right', { forearmEnd: 'arm' }) };
      const arms = { left: createArm('left'), right: createArm('right') };
      const pose = createHandPose();
      const s = createMotionSample();
      const at: ArmPlacement = { place: 'right', from: 'right', blend: 1, position: 'prone' };
      let blockedBefore = 0;
      const blockedAfter: string[] = [];
      let checked = 0;
      for (const step of tl.steps) {
        const t = step.t0 + step.duration / 2;
        sampleInto(tl, t, s);
        poseHand(hands.left, s.left, pose, surface);
        poseHand(hands.right, s.right, pose, surface);
        if (!hands.left.visible && !hands.right.visible) continue;
        const i = s.stepIndex;
        at.place = therapistAtOf(technique.steps[i]!, technique.position);
        at.from = at.place;
        at.position = stepPosition(technique, i);
        const st = poseArms(arms.left, arms.right, hands.left, hands.right, at, surface, track, t);
        const body = bodyPose(at.position);
        const v3 = (p: { x: number; y: number; z: number }): Vec3 => [p.x, p.y, p.z];
        const occ = therapistOccluder(body.pose, v3(st.shoulderL), v3(st.shoulderR));
        for (const name of VIEWS) {
          const plain = poseView(CAMERA_VIEWS[name], body.pose, undefined, body.supports);
          if (!sightClear(plain.position, plain.target, [occ])) blockedBefore++;
          const guarded = poseView(CAMERA_VIEWS[name], body.pose, undefined, [...body.supports, occ]);
          const clear = sightClear(guarded.position, guarded.target, [occ]);
          if (!clear) blockedAfter.push(`step ${i + 1} ${name}`);
          expect(sightClear(guarded.position, guarded.target, body.supports), `${file} step ${i + 1} ${name}: furniture`).toBe(true);
          checked++;
        }
      }
      console.log(
        `[camera] ${file}: ${checked} views checked, ${blockedBefore} looked through the therapist without the occluder, ${blockedAfter.length} with it${blockedAfter.length ? ` (${blockedAfter.join(', ')}: no clear line within 75° up and 90° round)` : ''}`,
      );
      expect(checked).toBeGreaterThan(0);
      expect(blockedAfter).toEqual([]);
      // Side-lying the therapist stands where the back views look from (the defect seen).
      if (technique.position?.startsWith('side-lying')) expect(blockedBefore).toBeGreaterThan(0);
    });
  }
});
