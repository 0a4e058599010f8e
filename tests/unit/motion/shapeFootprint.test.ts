/**
 * The engine's footprint of a hand changing its grip between a flat palm and a kneading grip
 * (src/domain/motion/footprint.ts BLEND_FOOTPRINT) matches the rig: every part that a blend of
 * the two shapes brings within FOOTPRINT_HEIGHT_M (finger pads and tips) of a flat skin lies within 3 mm of a point of
 * the table. The spine guard keeps these parts out of the strip too.
 *
 * Reproduces the oracle's spine-strip "flat little-tip (knead-palm)" (3–4 on the reduced oracle,
 * classic-thoracolumbar-edge-rub and thai-lumbosacral demos): half-way into the grip (blend
 * 0.33–0.47) the little fingertip, curling in, lay 1.6–1.9 cm from the midline — nearer than in
 * either the flat or the kneading footprint the guard knew of.
 */
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { createHand } from '../../../src/scene/actors/handRig';
import { handParts } from '../../../src/scene/actors/handParts';
import { blendShapes, createHandPose } from '../../../src/domain/motion/handShapes';
import { BLEND_FOOTPRINT, BLEND_FOOTPRINT_STEPS, FOOTPRINT_HEIGHT_M } from '../../../src/domain/motion/footprint';
import { STRIP_HALF_M, keepOutWidth } from '../../../src/domain/motion/evaluate';

/** The parts the blend adds: the curling fingers' pads and tips (palm, heel and thumb lie between
 * their places in the two end shapes, which the guard already knows). */
const FINGER_ENDS = /^(index|middle|ring|little)-(pad|tip)$/;

function measureBlend(): Array<[number, number]> {
  const rig = createHand('right');
  const pose = createHandPose('flat');
  const out: Array<[number, number]> = [];
  for (const t of BLEND_FOOTPRINT_STEPS) {
    blendShapes('flat', 'knead', t, pose);
    rig.applyShape(pose);
    rig.placeContact(new Vector3(0, 0, 0), new Vector3(0, 0, 1), new Vector3(0, 1, 0), 0);
    const hp = handParts(rig, t < 0.5 ? 'flat' : 'knead');
    for (const q of hp.parts) {
      if (q.point.z >= FOOTPRINT_HEIGHT_M || !FINGER_ENDS.test(q.name)) continue;
      const p: [number, number] = [Math.round(q.point.y * 1000) / 1000, Math.round(q.point.x * 1000) / 1000];
      if (!out.some((o) => Math.hypot(o[0] - p[0], o[1] - p[1]) < 0.003)) out.push(p);
    }
  }
  return out;
}

describe('footprint of a hand changing its grip (flat ↔ knead)', () => {
  it('the engine table covers the rig within 3 mm', () => {
    const measured = measureBlend();
    let worst = 0;
    for (const p of measured) {
      let best = Infinity;
      for (const q of BLEND_FOOTPRINT) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
      worst = Math.max(worst, best);
    }
    if (worst > 0.003) console.log(`[footprint] measured blend table: ${JSON.stringify(measured)}`);
    expect(worst).toBeLessThanOrEqual(0.003);
  });

  it('the guard of a kneading hand keeps every part of the half-closed hand out of the strip', () => {
    // the strip between y = 0 and 0.3 m; contacts anywhere near it, every heading, both hands and sides
    const guard = { yLow: 0, yHigh: 0.3, taper: 0.05 };
    let worst = Infinity;
    let at = '';
    for (let y = -0.1; y <= 0.4; y += 0.01) {
      for (let deg = 0; deg < 360; deg += 5) {
        const hu = Math.cos((deg * Math.PI) / 180);
        const hy = Math.sin((deg * Math.PI) / 180);
        for (const hs of [1, -1] as const) {
          for (const side of [1, -1] as const) {
            const G = keepOutWidth(0, 'knead', 'knead', side, hs, hu, hy, y, guard);
            for (const [f, s] of BLEND_FOOTPRINT) {
              const py = y + f * hy - hs * s * hu;
              if (py < guard.yLow || py > guard.yHigh) continue; // that part is beside the strip's ends
              // the part's distance from the midline with the contact at the keep-out edge
              const d = G + side * (f * hu + hs * s * hy);
              if (d < worst) {
                worst = d;
                at = `y ${y.toFixed(2)} heading ${deg}° hand ${hs} side ${side} part [${f}, ${s}]`;
              }
            }
          }
        }
      }
    }
    expect(worst, at).toBeGreaterThan(STRIP_HALF_M);
  });
});
