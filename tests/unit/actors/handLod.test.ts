import { describe, expect, it } from 'vitest';
import { createHand } from '../../../src/scene/actors/handRig';
import {
  HAND_LOD_FAR_PX,
  HAND_LOD_NEAR_PX,
  HAND_RADIAL_FAR,
  HAND_RADIAL_NEAR,
  handLodFar,
  handScreenPx,
} from '../../../src/scene/actors/handLod';

const triangles = (radialSegments?: number) => {
  const rig = createHand('right', radialSegments === undefined ? {} : { radialSegments });
  const n = rig.mesh.geometry.index!.count / 3;
  const bones = rig.mesh.geometry.getAttribute('skinIndex').count === rig.mesh.geometry.getAttribute('position').count;
  rig.dispose();
  return { n, bones };
};

describe('hand level of detail', () => {
  it('the near level is the rig default; the far level has far fewer triangles, same skinning layout', () => {
    const def = triangles();
    const near = triangles(HAND_RADIAL_NEAR);
    const far = triangles(HAND_RADIAL_FAR);
    expect(near.n).toBe(def.n);
    expect(far.bones).toBe(true);
    expect(far.n).toBeLessThan(near.n * 0.75); // 17260 → 12420: the palm and forearm (not radialSegments) stay
  });

  it('the far level has the same geometry groups (opaque hand, fading forearm)', () => {
    const a = createHand('left');
    const b = createHand('left', { radialSegments: HAND_RADIAL_FAR });
    expect(b.mesh.geometry.groups.map((g) => g.materialIndex)).toEqual(a.mesh.geometry.groups.map((g) => g.materialIndex));
    a.dispose();
    b.dispose();
  });

  it('size on screen: halves with twice the distance; a hand 1 m away in a 35° view of 700 px is ~200 px', () => {
    const px = handScreenPx(1, 35, 700);
    expect(px).toBeGreaterThan(190);
    expect(px).toBeLessThan(225);
    expect(handScreenPx(2, 35, 700)).toBeCloseTo(px / 2, 6);
  });

  it('switches with hysteresis: between the thresholds the level stays', () => {
    expect(handLodFar(HAND_LOD_FAR_PX - 1, false)).toBe(true);
    expect(handLodFar(HAND_LOD_NEAR_PX + 1, true)).toBe(false);
    const mid = (HAND_LOD_FAR_PX + HAND_LOD_NEAR_PX) / 2;
    expect(handLodFar(mid, true)).toBe(true);
    expect(handLodFar(mid, false)).toBe(false);
  });
});
