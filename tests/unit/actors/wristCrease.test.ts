/**
 * The heel's ulnar corner at the wrist crease, as DRAWN, stays out of the body (issue 9: no hand
 * through the body; measured on the mesh by npm run check:sink).
 *
 * The drawn vertices between the heel and the forearm are skinned about half to the palm and half
 * to the forearm. A flat hand setting down on the slope from L5 onto the buttock put that corner up
 * to 8.3 mm past the dent (check:sink on 689c78c: 46 of the 54 poses it counted, e.g.
 * classic-finishing-effleurage~demo t=27.79, both hands). The flat palm's band now keeps balls that
 * follow the drawn skinning (WRIST_CREASE) out of the body as a soft cost.
 */
import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { realBack } from '../motion/fixtures/realBack';
import { createHand, type HandRig } from '../../../src/scene/actors/handRig';
import { WRIST_CREASE, wristCreaseLocal } from '../../../src/scene/actors/handParts';

/** Drawn vertices of the crease's palmar ulnar corner (rest palm frame): the rows from 4 mm
 * towards the elbow to 1 mm towards the fingers of y = −2 mm, where the balls lie. */
function creaseVertices(rig: HandRig): number[] {
  const pos = rig.mesh.geometry.getAttribute('position');
  const out: number[] = [];
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const z = pos.getZ(i);
    if (x > 0.009 && x < 0.027 && y > -0.004 && y < 0.001 && z < -0.006) out.push(i);
  }
  return out;
}

/** How far the drawn vertex `i` lies outside the nearest crease ball (negative: inside), m. */
function outside(rig: HandRig, i: number, palmInv: Matrix4): number {
  const v = new Vector3();
  rig.mesh.getVertexPosition(i, v);
  v.applyMatrix4(rig.mesh.matrixWorld).applyMatrix4(palmInv);
  let best = Infinity;
  const c = new Vector3();
  for (const b of WRIST_CREASE) best = Math.min(best, v.distanceTo(wristCreaseLocal(rig, b, c)) - b[3]);
  return best;
}

describe('the wrist crease balls', () => {
  // (balls of 15 mm at y = −2 mm: rows 2–3 mm away along y fall 0.2–0.5 mm under the drawn skin)
  it('cover every drawn vertex of the corner within 0.6 mm, both hands, as the wrist bends', () => {
    for (const side of ['left', 'right'] as const) {
      const rig = createHand(side);
      const verts = creaseVertices(rig);
      expect(verts.length, 'vertices in the corner').toBeGreaterThan(10);
      for (const wristExt of [0, 0.35, 0.56, 0.9]) {
        rig.applyShape('flat');
        rig.pose.angles.wristExt = wristExt;
        rig.applyShape(rig.pose);
        rig.updateMatrixWorld(true);
        const inv = new Matrix4().copy(rig.bones.palm.matrixWorld).invert();
        let worst = -Infinity;
        let flush = Infinity;
        for (const i of verts) {
          const o = outside(rig, i, inv);
          worst = Math.max(worst, o);
          flush = Math.min(flush, Math.abs(o));
        }
        expect(worst, `${side} wrist ${wristExt} rad: a drawn vertex ${(worst * 1000).toFixed(2)} mm outside every ball`).toBeLessThanOrEqual(0.0006);
        // …and the balls are not buried in the hand: some vertex lies on a ball's surface
        expect(flush, `${side} wrist ${wristExt} rad: nearest vertex ${(flush * 1000).toFixed(2)} mm from a ball's surface`).toBeLessThanOrEqual(0.0005);
      }
    }
  });
});

const CASES: ReadonlyArray<readonly [string, number, 'left' | 'right']> = [
  ['classic-finishing-effleurage~demo', 27.79, 'left'],
  ['classic-finishing-effleurage~demo', 27.79, 'right'],
  ['classic-finishing-effleurage~demo', 27.14, 'left'],
  ['classic-full-session', 3403.28, 'left'],
  ['cupping-lumbar', 66.67, 'right'],
];

describe('flat hand on the slope from L5 onto the buttock: the drawn wrist crease', { timeout: 60_000 }, async () => {
  const { sd, posed } = await realBack();
  // (the band turns the palm for the crease only near its placement without it — a wider search
  // cleared these to ≤ 3 mm but turned the palm between frames, check:hands — so not all reach
  // check:sink's 3 mm yet: ≤ 5.5 mm; on 689c78c 8.3, 8.2, 6.9, 5.8 and 5.7 mm)
  it('lies no more than 5.5 mm past the dent (up to 8.3 mm before)', () => {
    for (const [id, t, side] of CASES) {
      const { a, rig, dent } = posed(id, t, side);
      expect(a.contact && a.shape === 'flat', `${id} t=${t} ${side}: a touching flat hand`).toBe(true);
      const v = new Vector3();
      let worst = -Infinity;
      for (const i of creaseVertices(rig)) {
        rig.mesh.getVertexPosition(i, v);
        v.applyMatrix4(rig.mesh.matrixWorld);
        worst = Math.max(worst, -dent - sd(v));
      }
      console.log(`[crease] ${id} t=${t} ${side}: drawn crease ${(worst * 1000).toFixed(1)} mm past the dent`);
      expect(worst, `${id} t=${t} ${side}: drawn crease ${(worst * 1000).toFixed(1)} mm past the dent`).toBeLessThanOrEqual(0.0055);
    }
  });
});
