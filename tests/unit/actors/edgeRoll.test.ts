/**
 * The edge of the hand rolls with a smoothed skin normal (conformHand.ts rollEdgeUpright): its
 * three fit points lie in a line, so the skin's distances cannot roll it about its own line and
 * the fit kept the roll of the engine's contact normal — which turns up to 12° in one frame where
 * the contact crosses the erector's crest (classic-thoracolumbar-edge-rub, left hand: t=12.25
 * 18.3 mm; here t = 626/60 → 627/60, 9.3 mm beyond the contact's move). Now the edge rolls
 * (≤ 0.03 rad) towards upright on the mean skin normal under it and 5 cm to either side.
 */
import { describe, expect, it } from 'vitest';
import { realBack } from '../motion/fixtures/realBack';

describe('the edge of the hand sliding over the erector crest', { timeout: 60_000 }, async () => {
  const { palmJump } = await realBack();
  it('moves its palm no more than 8 mm beyond the contact in one frame (was 9.3 mm)', () => {
    const jump = palmJump('classic-thoracolumbar-edge-rub~demo', 'left', 626, (a) => {
      expect(a.active && a.contact && a.blend === 0 && a.shape === 'palm-edge').toBe(true);
    });
    expect(jump).toBeLessThanOrEqual(0.008);
  });
});
