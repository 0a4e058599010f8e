/**
 * A hand changing its shape in the air between strokes whose two shapes' contacts face different
 * ways (fist → flat: the fist's palm faces ahead, the flat palm faces the skin — a half turn)
 * turns over about its forearm; the forearm does not sweep across the back.
 *
 * The FULL oracle (30 Nov 14:55, main 3526008) found forearms crossing in an X at 33° in
 * classic-percussion-buttocks t=93.21 (transition to step 4, fist → flat blend 0.56, lifted
 * 3.4 cm; demo t=34.19): the rig mixed the two contacts' normals and forwards, which lie along one
 * line at contactT ≈ 0.55, so the hand turned half round about the skin's normal within 4 ms
 * (forearm feet-wards, then head-wards); the lifted hand's clearing then tipped it about its
 * contact point and the right forearm swung across the back (wrist x 3.0 → elbow x −18.2 cm).
 */
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { realBack } from './fixtures/realBack';
import { crossAngle, handSpheres } from '../oracle/oracle';
import { createHand, type HandRig } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { handParts } from '../../../src/scene/actors/handParts';
import { createMotionSample } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';

const CASES: ReadonlyArray<readonly [string, number, number]> = [
  ['classic-percussion-buttocks', 92.95, 93.45],
  ['classic-percussion-buttocks~demo', 33.93, 34.43],
];

describe('a lifted hand turning over (fist → flat)', { timeout: 60_000 }, async () => {
  const { surface, sd, sampleAt } = await realBack();
  const s = createMotionSample();
  const rigs = { left: createHand('left'), right: createHand('right') };
  const arm = (rig: HandRig) => {
    rig.updateMatrixWorld(true);
    const a = handParts(rig, 'flat').arm;
    return { a: a.a.clone(), b: a.b.clone() };
  };
  it('keeps each forearm on its side, turning smoothly, and out of the body', () => {
    for (const [id, t0, t1] of CASES) {
      let prev: Record<'left' | 'right', Vector3> | null = null;
      let blends = 0;
      for (let k = 0; k <= 250; k++) {
        const t = t0 + ((t1 - t0) * k) / 250;
        sampleAt(id, t, s);
        const arms = { left: { a: new Vector3(), b: new Vector3() }, right: { a: new Vector3(), b: new Vector3() } };
        const dirs = { left: new Vector3(), right: new Vector3() };
        for (const side of ['left', 'right'] as const) {
          const act = s[side];
          if (act.shape === 'fist' && act.nextShape === 'flat' && act.blend > 0.1 && act.blend < 0.9) blends++;
          poseHand(rigs[side], act, createHandPose(), surface);
          arms[side] = arm(rigs[side]);
          dirs[side].subVectors(arms[side].b, arms[side].a).normalize();
          // the elbow stays on the hand's own side of it (x away from the midline)
          const out = side === 'right' ? 1 : -1;
          expect((arms[side].b.x - arms[side].a.x) * out, `${id} t=${t.toFixed(3)} ${side}: elbow across`).toBeGreaterThan(-0.02);
          if (act.lift > 0.02)
            for (const sp of handSpheres(rigs[side])) expect(sp.r - sd(sp.c), `${id} t=${t.toFixed(3)} ${side} ${sp.name}`).toBeLessThanOrEqual(0.003);
        }
        const ang = crossAngle(arms.left.a, arms.left.b, arms.right.a, arms.right.b);
        expect(ang, `${id} t=${t.toFixed(3)}: forearms cross`).toBeLessThan(20);
        // 2 ms apart: the forearm turns a few degrees at most (it turned ~150° in one such step)
        if (prev) for (const side of ['left', 'right'] as const) expect(dirs[side].dot(prev[side]), `${id} t=${t.toFixed(3)} ${side}: forearm jumps`).toBeGreaterThan(Math.cos((25 * Math.PI) / 180));
        prev = dirs;
      }
      expect(blends, id).toBeGreaterThan(50);
    }
  });
});
