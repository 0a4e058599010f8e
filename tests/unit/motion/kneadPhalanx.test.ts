/**
 * A kneading grip's fingers and thumb bend at their base until their pads meet the skin; their
 * last phalanges stay out of the body (as far as the oracle allows: 3 mm past the dent).
 *
 * The FULL oracle (30 Nov 14:55, main 3526008) found the little finger's last phalanx 3.5–4.3 mm
 * in the body (classic-knead-palms t=593.85–594.82, step 3, the right hand's grip on the flank:
 * its MCP bent to 85° for the pad to reach down, the phalanx pointing back under the hand) and
 * the thumb's 3.1 mm (fx-classic t=40.76, the end of a squeeze).
 */
import { describe, expect, it } from 'vitest';
import { realBack } from './fixtures/realBack';

const CASES: ReadonlyArray<readonly [string, number, 'left' | 'right', string]> = [
  ['classic-knead-palms', 593.85, 'right', 'little3'],
  ['classic-knead-palms', 594.45, 'right', 'little3'],
  ['classic-knead-palms', 594.82, 'right', 'little3'],
  ['fx-classic', 40.76, 'right', 'thumb3'],
];

describe('kneading grip: the last phalanges (full-oracle examples)', { timeout: 60_000 }, async () => {
  const { posed, overlaps } = await realBack();
  it('no last phalanx of a kneading hand is more than 3 mm past the dent', () => {
    for (const [id, t, side, part] of CASES) {
      const c = posed(id, t, side);
      expect(c.a.blend >= 0.9 ? c.a.nextShape : c.a.shape, `${id} t=${t}`).toBe('knead');
      const sp = overlaps(c).find((x) => x.name === part);
      expect(sp, part).toBeDefined();
      if (!sp) continue;
      const over = sp.over;
      expect(over, `${id} t=${t} ${side} ${part} ${(over * 1000).toFixed(1)} mm in`).toBeLessThanOrEqual(0.003);
    }
  });
});
