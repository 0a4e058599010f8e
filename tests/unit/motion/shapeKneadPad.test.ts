/**
 * The kneading grip at its peak squeeze on the real back (the oracle's examples, posed exactly as
 * the scene poses them): every pad that must touch lies within the oracle's 3 mm of the skin.
 *
 * Reproduces the oracle's contact-gap "knead index-pad" (7 on the reduced oracle, 30 Nov, main
 * 9253aa8): with the index curled 42/40/12° (MCP/PIP/DIP) its pad sat at the bottom of its arc about
 * the MCP, so the conform's pad solve (which only turns the MCP) could not bring it lower, 3.0–4.0 mm
 * above the skin at the end of each flat → knead squeeze. Also the oracle's "knead thumb3 into body"
 * (fx-classic t=40.64, 3.2–3.4 mm past the dent with the thumb's IP straight; now slightly
 * hyperextended, −6°). The last check guards the little pad half-way into the grip beside T12
 * (thai-lumbosacral demo, oracle sample t≈97.12: 0.0–0.2 mm inside the 2 cm strip with the index
 * straightened and the little finger spread 5° or 2°; 0° keeps it out). Posed alone at t=97.12 it
 * passes with either spread: it does not reproduce that oracle sample exactly.
 */
import { describe, expect, it } from 'vitest';
import { realBack } from './fixtures/realBack';
import { handParts } from '../../../src/scene/actors/handParts';

const CASES: ReadonlyArray<readonly [string, number, 'left' | 'right']> = [
  ['thai-lumbosacral~demo', 95.76, 'right'],
  ['classic-knead-palms', 255.89, 'right'],
  ['classic-full-session', 556.65, 'right'],
  ['classic-full-session', 927.47, 'left'],
  ['classic-full-session', 894.03, 'right'],
  ['classic-full-session', 695.3, 'left'],
  ['classic-full-session', 920.3, 'left'],
  ['classic-thoracolumbar-edge-rub~demo', 29.4, 'left'],
  ['fx-classic', 40.64, 'right'],
];

describe('kneading pads on the real back (the oracle examples)', { timeout: 60_000 }, async () => {
  const { sd, posed, overlaps } = await realBack();
  it('at the squeeze the thumb, index and middle pads are within 3 mm of the skin', () => {
    for (const [id, t, side] of CASES) {
      const { a, rig } = posed(id, t, side);
      // the sample is a kneading hand in contact near its peak squeeze (what the oracle checks)
      expect(a.contact && a.nextShape === 'knead' && a.blend >= 0.9, `${id} t=${t} ${side}: blend ${a.blend.toFixed(2)}`).toBe(true);
      for (const p of handParts(rig, 'knead').parts) {
        if (!p.mustTouch) continue;
        const d = sd(p.point);
        expect(d, `${id} t=${t} ${side}: ${p.name} ${(d * 1000).toFixed(1)} mm above the skin`).toBeLessThanOrEqual(0.003);
      }
    }
  });

  it('the thumb pressing the fold does not go into the body (fx-classic t=40.64: ≤ 3 mm past the dent)', () => {
    const c = posed('fx-classic', 40.64, 'right');
    expect(c.a.contact).toBe(true);
    for (const { name, over } of overlaps(c)) {
      expect(over, `${name} ${(over * 1000).toFixed(1)} mm in`).toBeLessThanOrEqual(0.003);
    }
  });

  it('half-way into the grip beside T12 no touching pad or tip is in the 2 cm strip (thai-lumbosacral demo t=97.12)', () => {
    const { rig, a } = posed('thai-lumbosacral~demo', 97.12, 'right');
    expect(a.blend).toBeGreaterThan(0.3);
    expect(a.blend).toBeLessThan(0.6);
    for (const p of handParts(rig, 'flat').parts) {
      if (sd(p.point) > 0.003) continue;
      expect(Math.abs(p.point.x), `${p.name} ${(Math.abs(p.point.x) * 100).toFixed(2)} cm from the midline`).toBeGreaterThan(0.02);
    }
  });
});
