/**
 * The kneading thumb's tip, as DRAWN, stays out of the body while its pad presses (the mesh's
 * vertices, not the oracle's balls: npm run check:sink).
 *
 * The thumb is rolled (opposition, −46°) so that the radial side of its tip faces the skin; with
 * the pad fitted to the skin that side lay 4–5.5 mm past the dent in ~100 of the library's
 * touching poses (check:sink, 30 Nov, on c767424: classic-knead-palms right t=135.46, the squeeze,
 * 5.2 mm; t=134.75 half-way into it, 4.9 mm). The conform tilts the thumb (IP, roll) and keeps
 * its pad on the skin.
 */
import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { realBack } from './fixtures/realBack';
import { HAND_BONES } from '../../../src/scene/actors/handRig';
import { handParts } from '../../../src/scene/actors/handParts';

const CASES: ReadonlyArray<readonly [string, number, 'left' | 'right']> = [
  ['classic-knead-palms', 135.46, 'right'],
  ['classic-knead-palms', 134.75, 'right'],
  ['classic-knead-palms', 165.56, 'right'],
  ['classic-full-session~demo', 41.8, 'left'],
  ['classic-knead-palms~demo', 16.51, 'right'],
];

describe('kneading thumb: the drawn tip on the real back', { timeout: 60_000 }, async () => {
  const { sd, posed } = await realBack();
  const thumb3 = HAND_BONES.indexOf('thumb3');
  it('no drawn vertex of the thumb\'s last phalanx is more than 3 mm past the dent, and its pad touches', () => {
    for (const [id, t, side] of CASES) {
      const { a, rig, dent } = posed(id, t, side);
      expect(a.contact && a.nextShape === 'knead' && a.blend > 0.8, `${id} t=${t} ${side}: blend ${a.blend.toFixed(2)}`).toBe(true);
      const geo = rig.mesh.geometry;
      const pos = geo.getAttribute('position');
      const si = geo.getAttribute('skinIndex');
      const sw = geo.getAttribute('skinWeight');
      const v = new Vector3();
      const inv = new Matrix4().copy(rig.bones.thumb3.matrixWorld).invert();
      let worst = -Infinity;
      let where = new Vector3();
      for (let i = 0; i < pos.count; i++) {
        let bw = 0;
        let bi = -1;
        for (let c = 0; c < 4; c++) {
          if (sw.getComponent(i, c) > bw) {
            bw = sw.getComponent(i, c);
            bi = si.getComponent(i, c);
          }
        }
        if (bi !== thumb3) continue;
        rig.mesh.getVertexPosition(i, v);
        v.applyMatrix4(rig.mesh.matrixWorld);
        const over = -dent - sd(v);
        if (over > worst) {
          worst = over;
          where = v.clone().applyMatrix4(inv);
        }
      }
      const at = where.toArray().map((x) => (x * 1000).toFixed(0)).join(', ');
      expect(worst, `${id} t=${t} ${side}: thumb3 vertex at (${at}) mm ${(worst * 1000).toFixed(1)} mm past the dent`).toBeLessThanOrEqual(0.003);
      const pad = handParts(rig, 'knead').parts.find((p) => p.name === 'thumb-pad');
      expect(pad).toBeDefined();
      if (!pad) continue;
      const d = sd(pad.point);
      expect(d, `${id} t=${t} ${side}: thumb pad ${(d * 1000).toFixed(1)} mm above the skin`).toBeLessThanOrEqual(0.003);
      expect(d, `${id} t=${t} ${side}: thumb pad ${(-d * 1000).toFixed(1)} mm in`).toBeGreaterThanOrEqual(-dent - 0.0005);
    }
  });
});
