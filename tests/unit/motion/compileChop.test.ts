/**
 * A chopping hand keeps its edge along the lane it works (compile.ts mainAxis). On a band worked
 * in lanes along the spine, the short steps from one lane to the next used to turn the edge
 * across the back: the left hand's fingers pointed at the right hand (chart heading (0.98, 0.0)
 * at 6.8 cm from the midline), and the two alternating hands ran into each other's fingers
 * (classic-edge-of-palm step 3, up to 12.8 mm on the motion oracle).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { testAnatomies, testTechniques, type TestAnatomy } from './fixtures/anatomy';

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('chopping along lanes', () => {
  it('classic-edge-of-palm chop (band L3–L5, strokes along): both edges stay along the spine, within 25°', () => {
    const a = real as TestAnatomy;
    const full = testTechniques().find((t) => t.technique.id === 'classic-edge-of-palm')!.technique;
    let worst = 0;
    let n = 0;
    for (const technique of [full, demoTechnique(full).technique]) {
      const tl = compile(technique, a.anatomy);
      const step = tl.steps.find((st) => technique.steps[st.index]!.move === 'edge-of-palm-stroke' && (technique.steps[st.index] as { style?: string }).style === 'chop')!;
      expect(step).toBeDefined();
      const s = createMotionSample();
      const N = 600;
      for (let k = 0; k < N; k++) {
        sampleInto(tl, step.t0 + ((k + 0.5) / N) * step.duration, s);
        for (const h of [s.left, s.right]) {
          if (!h.active) continue;
          // the hand's forward (fingers) on the back: body x across, y along the spine
          const across = Math.abs(h.forward[0]);
          const along = Math.abs(h.forward[1]);
          worst = Math.max(worst, (Math.atan2(across, along) * 180) / Math.PI);
          n++;
        }
      }
    }
    console.log(`[chop] ${n} hand samples, edge at most ${worst.toFixed(1)}° off the spine`);
    expect(n).toBeGreaterThan(600);
    expect(worst).toBeLessThan(25);
  });
});
