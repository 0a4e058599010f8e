import { describe, it, expect } from 'vitest';
import { buildSyntheticBack } from './fixtures/syntheticBack';
import { fixtureTechniques } from './fixtures/techniques';
import { ACUPOINTS } from '../../../src/domain/technique/acupoints';
import { compile, sample } from '../../../src/domain/motion';

describe('smoke', () => {
  it('compiles fixtures', () => {
    const t0 = performance.now();
    const back = buildSyntheticBack();
    const t1 = performance.now();
    const anatomy = { landmarks: back.landmarks, acupoints: ACUPOINTS, surface: back.surface };
    for (const tech of fixtureTechniques()) {
      const a = performance.now();
      const tl = compile(tech, anatomy);
      const b = performance.now();
      console.log(tech.id, 'dur', tl.duration.toFixed(1), 'compile ms', (b - a).toFixed(1), tl.warnings);
      let maxD = 0;
      for (let t = 0; t <= tl.duration; t += 0.05) {
        const s = sample(tl, t);
        for (const id of ['left', 'right', 'cup'] as const) {
          const x = s[id];
          if (!x.contact) continue;
          const d = back.surface.closestPoint(x.point).distance;
          maxD = Math.max(maxD, d);
        }
      }
      console.log('maxD mm', (maxD * 1000).toFixed(3));
      expect(maxD).toBeLessThan(0.003);
    }
    console.log('build mesh ms', (t1 - t0).toFixed(1), 'tris', back.surface.triangleCount);
  });
});
