/**
 * The fingertip press stands on its two fingertips (index and middle, side by side, at one
 * height) with the last two phalanges of each finger steep enough to stay out of the skin.
 *
 * Reproduces the oracle's "fingertip-press middle3 into body" (51 samples on the reduced oracle,
 * classic-circular-rub step 2 and others: the middle finger's distal phalanx 3–4 mm inside the
 * body at lift 0): the old shape (index 52/36/10°, middle 58/42/12°) laid that phalanx at 31° to
 * the skin, its middle 6 mm below the plane of the tips, and staggered the tips 10 mm along the
 * hand — which also widened the footprint towards the spine.
 */
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { createHand } from '../../../src/scene/actors/handRig';
import { HAND_GEOMETRY, HAND_SHAPES, type Finger } from '../../../src/domain/motion/handShapes';
import { FOOTPRINTS, medialReach } from '../../../src/domain/motion/footprint';
import { headingForArm, stanceArm } from '../../../src/domain/motion/stance';
import { handSpheres } from '../oracle/oracle';

function posedOnFlatSkin() {
  const rig = createHand('right');
  rig.applyShape('fingertip-press');
  rig.placeContact(new Vector3(0, 0, 0), new Vector3(0, 0, 1), new Vector3(0, 1, 0), 0);
  rig.updateMatrixWorld(true);
  const tip = (f: Finger): Vector3 => {
    const g = HAND_GEOMETRY.fingers[f];
    const r = g.radius[1];
    return new Vector3(0, g.lengths[2] - 0.22 * r, -0.55 * r).applyMatrix4(rig.bones[`${f}3`].matrixWorld);
  };
  return { rig, index: tip('index'), middle: tip('middle') };
}

describe('fingertip-press shape', () => {
  it('the two tips touch together: level (≤ 1 mm) and side by side (≤ 4 mm along the hand)', () => {
    const { index, middle } = posedOnFlatSkin();
    expect(Math.abs(index.z - middle.z)).toBeLessThanOrEqual(0.001);
    expect(Math.abs(index.y - middle.y)).toBeLessThanOrEqual(0.004);
    // fingers together: the tips 1.5–2 cm apart across the hand
    expect(Math.abs(index.x - middle.x)).toBeGreaterThan(0.015);
    expect(Math.abs(index.x - middle.x)).toBeLessThan(0.02);
  });

  it('the pressing fingers stay out of a flat skin under their tips (old shape: middle3 6 mm in)', () => {
    const { rig, index, middle } = posedOnFlatSkin();
    const skinZ = (index.z + middle.z) / 2;
    for (const s of handSpheres(rig)) {
      if (!/^(index|middle)[23]$/.test(s.name)) continue;
      // the oracle's sphere for that phalanx: above the tips' plane but for 1 mm at most
      expect(s.c.z - skinZ - s.r, s.name).toBeGreaterThan(-0.001);
    }
  });

  it('the distal phalanges meet the skin steeply (≥ 60°)', () => {
    const { rig } = posedOnFlatSkin();
    for (const f of ['index', 'middle'] as const) {
      const m = rig.bones[`${f}3`].matrixWorld;
      const o = new Vector3().setFromMatrixPosition(m);
      const e = new Vector3(0, 0.01, 0).applyMatrix4(m).sub(o).normalize();
      expect((Math.acos(Math.abs(e.z)) * 180) / Math.PI, f).toBeLessThan(30); // ≤ 30° from the normal
    }
  });

  it('the footprint reaches under 1 cm towards the spine from the foot end (a 2.5 cm circle 6 cm out stays round)', () => {
    expect(FOOTPRINTS['fingertip-press'].length).toBeGreaterThan(0);
    for (const hs of [1, -1] as const) {
      const arm = stanceArm('foot', hs, [0, 0], 'fingertip-press');
      const h = headingForArm('fingertip-press', hs, arm[0], arm[1], [0, 0]);
      expect(medialReach('fingertip-press', hs, hs, h[0], h[1])).toBeLessThan(0.01);
    }
    // the ring and little fingers are curled away (not pressing)
    expect(HAND_SHAPES['fingertip-press'].angles.ringPip).toBeGreaterThan(HAND_SHAPES['fingertip-press'].angles.middlePip);
  });
});
