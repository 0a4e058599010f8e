/**
 * The chopping edge (palm-edge) on the lumbar curve, posed on the real back exactly as the scene
 * poses it (compile → sample → poseHand with the skin's conform): no part of the hand goes more
 * than the oracle's 3 mm past the pressure dent into the body (spheres of
 * tests/unit/oracle/oracle.ts: `handSpheres`).
 *
 * The FULL oracle (`npm run check:motion`, 240 samples a step; 30 Nov, main 5cbd3c6) found the
 * little finger's last phalanx 3.1–5.7 mm in the body in 39 samples: chops at L3–L5 (classic-edge-of-palm
 * step 3, classic-full-session step 7) with the fingers pointing down over the rise of the
 * sacrum and buttock. The conform turned the little finger towards the ring one as far as it
 * goes (−17°) and its tip still reached into the rising skin. A relaxed chopping hand curls its
 * little finger (and a little its ring finger) in: they reach ~2 cm less far ahead.
 */
import { describe, expect, it } from 'vitest';
import { realBack } from './fixtures/realBack';

const CASES: ReadonlyArray<readonly [string, number, 'left' | 'right']> = [
  ['classic-edge-of-palm', 380.49, 'right'],
  ['classic-edge-of-palm', 317.14, 'right'],
  ['classic-edge-of-palm', 406.26, 'left'],
  ['classic-edge-of-palm', 303.4, 'left'],
  ['classic-edge-of-palm~demo', 25.56, 'right'],
  ['classic-edge-of-palm~demo', 20.65, 'left'],
  ['classic-full-session', 2149.86, 'left'],
  ['classic-full-session', 2163.72, 'right'],
  ['classic-full-session~demo', 83.08, 'left'],
];

describe('palm-edge on the lumbar curve (full-oracle examples)', { timeout: 60_000 }, async () => {
  const { posed, overlaps } = await realBack();
  it('no phalanx of the chopping hand is more than 3 mm past the dent', () => {
    for (const [id, t, side] of CASES) {
      const c = posed(id, t, side);
      expect(c.a.shape, `${id} t=${t}`).toBe('palm-edge');
      for (const { name, over } of overlaps(c)) {
        expect(over, `${id} t=${t} ${side}: ${name} ${(over * 1000).toFixed(1)} mm in`).toBeLessThanOrEqual(0.003);
      }
    }
  });
});
