/**
 * The chopping edge (palm-edge) landing on the rounded buttock: its three touching points (heel,
 * middle and knuckle end of the ulnar edge, in a line) all lie in the band the oracle allows —
 * at most 3 mm above the skin, at most the pressure dent + 0.5 mm in it.
 *
 * The FULL oracle (30 Nov 14:55, main 3526008) found the middle 0.6 mm into the skin with a dent
 * of 0.1 mm (classic-percussion-buttocks t=38.95, demo t=24.26, step 2): the fit's least squares
 * left the knuckle end 2.96 mm up and the heel 2.67 mm — the edge tilted along itself, its span
 * 3.57 mm in a band of 3.56. With its ends equally high the span is the skin's sag under the
 * edge's chord (3.44 mm), which fits.
 */
import { describe, expect, it } from 'vitest';
import { realBack } from './fixtures/realBack';
import { handParts } from '../../../src/scene/actors/handParts';

const CASES: ReadonlyArray<readonly [string, number, 'left' | 'right']> = [
  ['classic-percussion-buttocks', 38.95, 'right'],
  ['classic-percussion-buttocks', 38.97, 'right'],
  ['classic-percussion-buttocks~demo', 24.26, 'right'],
  ['classic-percussion-buttocks~demo', 16.33, 'left'],
];

describe('palm-edge on the buttock (full-oracle examples)', { timeout: 60_000 }, async () => {
  const { sd, posed } = await realBack();
  it('heel, middle and knuckle end of the edge lie within 3 mm above and dent + 0.5 mm below the skin', () => {
    let touching = 0;
    for (const [id, t, side] of CASES) {
      const { a, rig, dent } = posed(id, t, side);
      expect(a.shape, `${id} t=${t}`).toBe('palm-edge');
      if (!a.contact) continue;
      touching++;
      for (const p of handParts(rig, 'palm-edge').parts) {
        if (!p.mustTouch) continue;
        const d = sd(p.point);
        expect(d, `${id} t=${t} ${side} ${p.name} ${(d * 1000).toFixed(2)} mm`).toBeLessThanOrEqual(0.003);
        expect(-d, `${id} t=${t} ${side} ${p.name} ${(-d * 1000).toFixed(2)} mm in (dent ${(dent * 1000).toFixed(2)})`).toBeLessThanOrEqual(dent + 0.0005);
      }
    }
    expect(touching).toBeGreaterThanOrEqual(3);
  });
});
