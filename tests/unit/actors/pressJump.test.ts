/**
 * A fingertip press does not jump between two frames (issue 9, handSmooth.test's worst on main
 * 45cdeec): classic-circular-rub's demo, the right hand at t = 1900/60 → 1901/60 s (step 2,
 * fingertip press). The sample's forward was the chart heading pushed through the tangents of the
 * 1 cm chart cell under the contact; those are bilinear finite differences, discontinuous where
 * the point crosses into the next cell (here y crossed a row: the forward turned 12° in one frame)
 * and the palm, 8 cm behind the fingertips, moved 20.1 mm beyond the contact’s 2 mm. The pointy
 * shapes now read their forward off the chart chord like the flat hand (sample.ts CHORD_WEIGHT).
 */
import { describe, expect, it } from 'vitest';
import { realBack } from '../motion/fixtures/realBack';
import { HAND_JUMP_FPS, HAND_JUMP_OVER_M } from './handJumps';

describe('fingertip press between two frames', { timeout: 60_000 }, async () => {
  const { palmJump } = await realBack();
  it('classic-circular-rub right t=31.67→31.68 s: palm move beyond the contact’s ≤ 8 mm (main: 20.1 mm)', () => {
    expect(HAND_JUMP_FPS).toBe(60);
    const jump = palmJump('classic-circular-rub~demo', 'right', 1900, (a) => {
      expect(a.shape).toBe('fingertip-press');
      expect(a.contact).toBe(true);
      expect(a.blend).toBe(0);
    });
    expect(jump).toBeLessThanOrEqual(HAND_JUMP_OVER_M);
  });
});
