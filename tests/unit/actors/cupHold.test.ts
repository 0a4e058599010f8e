/**
 * A hand on a cup holds it visibly (issue 10 §3): it was drawn as a see-through ghost over the
 * glass, placed through the cup. Posed as the scene poses it (poseCup, the cup seated on the
 * skin, then poseHand given the cup), the gripping hand is opaque, sits on the cup's top and no
 * part of it is inside the glass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { parseTechniqueText } from '../../../src/domain/technique/parse';
import { createCup, seatCupOnSkin } from '../../../src/scene/actors/cupRig';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseCup, poseHand } from '../../../src/scene/actors/poseActors';
import { handSpheres } from '../oracle/oracle';
import { testAnatomies } from '../motion/fixtures/anatomy';

describe('a hand holding the cup', { timeout: 60_000 }, async () => {
  const [A] = await testAnatomies();
  const file = 'data/techniques/cupping-lumbar.json';
  const r = parseTechniqueText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error('cupping-lumbar does not parse');
  const tl = compile(r.technique, A!.anatomy);

  it('is opaque, on the cup top and nowhere inside the glass, at every gripping moment', () => {
    const cup = createCup();
    const hands = { left: createHand('left'), right: createHand('right') };
    const pose = createHandPose();
    const s = createMotionSample();
    const local = new Vector3();
    const top = new Vector3();
    let gripping = 0;
    for (let t = 0; t <= tl.duration; t += 0.5) {
      sampleInto(tl, t, s);
      poseCup(cup, s.cup);
      if (cup.visible && cup.suction > 0) seatCupOnSkin(cup, A!.surface);
      cup.updateMatrixWorld(true);
      for (const side of ['left', 'right'] as const) {
        const a = s[side];
        if (!a.active || a.grip !== 'cup' || !cup.visible) continue;
        gripping++;
        const rig = hands[side];
        poseHand(rig, a, pose, A!.surface, cup);
        rig.updateMatrixWorld(true);
        expect(rig.material.transparent, `t=${t} ${side}`).toBe(false);
        top.set(0, cup.height, 0).applyMatrix4(cup.matrixWorld);
        let nearest = Infinity;
        for (const sp of handSpheres(rig)) {
          nearest = Math.min(nearest, sp.c.distanceTo(top) - sp.r);
          local.copy(sp.c);
          cup.worldToLocal(local);
          const radial = Math.hypot(local.x, local.z);
          const inside = local.y > 0 && local.y < cup.height - 0.004 && radial < cup.outerRadius - sp.r;
          expect(inside, `t=${t} ${side} ${sp.name} inside the glass (y ${(local.y * 1000).toFixed(1)} mm, r ${(radial * 1000).toFixed(1)} mm)`).toBe(false);
        }
        expect(nearest, `t=${t} ${side}: the hand holds the cup top`).toBeLessThan(0.02);
      }
    }
    expect(gripping).toBeGreaterThan(20);
  });
});
