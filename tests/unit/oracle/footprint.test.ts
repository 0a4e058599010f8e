/**
 * The engine's footprint table (src/domain/motion/footprint.ts, pure) matches the rig: every
 * touching part each shape brings within FOOTPRINT_HEIGHT_M of a flat skin, within 3 mm. When a
 * shape changes, this fails and prints the table to paste.
 */
import { describe, expect, it } from 'vitest';
import { FOOTPRINTS } from '../../../src/domain/motion/footprint';
import { HAND_SHAPES_LIST } from '../../../src/domain/motion/handShapes';
import { measureFootprints } from './footprint';

describe('hand footprints', () => {
  it('the engine table matches the rig within 3 mm (same parts)', () => {
    const measured = measureFootprints();
    let worst = 0;
    let same = true;
    for (const shape of HAND_SHAPES_LIST) {
      const a = FOOTPRINTS[shape];
      const b = measured[shape];
      if (a.length !== b.length) {
        same = false;
        continue;
      }
      a.forEach((p, i) => {
        const q = b[i] as [number, number];
        worst = Math.max(worst, Math.hypot(p[0] - q[0], p[1] - q[1]));
      });
    }
    if (!same || worst > 0.003) console.log(`[footprint] measured table: ${JSON.stringify(measured)}`);
    expect(same).toBe(true);
    expect(worst).toBeLessThanOrEqual(0.003);
  });
});
