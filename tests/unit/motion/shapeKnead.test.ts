/**
 * The kneading hand closes thumb and fingers on a fold with its pads, the last phalanges
 * standing on the fold rather than hooked under the hand.
 *
 * Reproduces the oracle's "knead middle3 into body" (25 on the reduced oracle) and "knead
 * index-pad" gaps (15): with fingers curled 48–50° at the PIP and 18° at the DIP, the conform's
 * MCP solve that brings the middle pad down hooked the middle finger's last phalanx past the
 * perpendicular (tip behind its DIP joint), its tip 3–5 mm and the phalanx 6–9 mm into the skin,
 * while the hand rolled the index pad 3–5 mm off it.
 */
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { createHand } from '../../../src/scene/actors/handRig';
import { handParts } from '../../../src/scene/actors/handParts';
import { FINGERS } from '../../../src/domain/motion/handShapes';

function placed(shape: 'flat' | 'knead') {
  const rig = createHand('right');
  rig.applyShape(shape);
  rig.placeContact(new Vector3(0, 0, 0), new Vector3(0, 0, 1), new Vector3(0, 1, 0), 0);
  rig.updateMatrixWorld(true);
  return rig;
}

describe('knead shape', () => {
  it('no finger is hooked: each last phalanx points down into the skin, not back under the hand', () => {
    const rig = placed('knead');
    for (const f of FINGERS) {
      const m = rig.bones[`${f}3`].matrixWorld;
      const o = new Vector3().setFromMatrixPosition(m);
      const e = new Vector3(0, 0.01, 0).applyMatrix4(m).sub(o).normalize();
      // forward along the hand (+y here) at least a little: not curled back past the perpendicular
      expect(e.y, f).toBeGreaterThan(0.03);
      expect(e.z, f).toBeLessThan(0); // and down, towards the skin
    }
  });

  it('the grip closes: thumb pad to the index/middle pads ≤ 0.7 × the open flat hand (oracle: ≤ 0.75 on the back)', () => {
    const dist = (shape: 'flat' | 'knead') => {
      const hp = handParts(placed(shape), shape);
      const p = (n: string) => hp.parts.find((q) => q.name === n)?.point as Vector3;
      return p('thumb-pad').distanceTo(new Vector3().addVectors(p('index-pad'), p('middle-pad')).multiplyScalar(0.5));
    };
    expect(dist('knead') / dist('flat')).toBeLessThan(0.7);
  });
});
