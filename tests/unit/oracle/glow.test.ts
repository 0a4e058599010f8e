/**
 * The red no-pressure strip lights only for a press inside it: never for a hover without
 * pressure, and never during the app's own demonstrations (every library technique sampled).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { avoidZone, pressGlow } from '../../../src/domain/anatomy/avoidZone';
import { indexLandmarks } from '../../../src/domain/anatomy/landmarkIndex';
import type { LandmarksFile } from '../../../src/domain/anatomy/types';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { testAnatomies, testTechniques } from '../motion/fixtures/anatomy';

const file = JSON.parse(readFileSync('data/anatomy/landmarks.json', 'utf8')) as LandmarksFile;
const zone = avoidZone(indexLandmarks(file));
const yL3 = file.landmarks.find((l) => l.id === 'L3')!.skin[1];

describe('avoid-strip glow', () => {
  it('lights for a press inside the strip, not for a hover, a lifted hand or a press 3 cm out', () => {
    expect(pressGlow(zone, true, 0.5, 0.005, yL3)).toBe(1);
    expect(pressGlow(zone, true, 0, 0.005, yL3)).toBe(0); // hover over GV4: no pressure
    expect(pressGlow(zone, false, 0, 0.0, yL3)).toBe(0);
    expect(pressGlow(zone, true, 0.8, 0.03, yL3)).toBe(0); // BL23
    expect(pressGlow(zone, true, 0.5, 0.022, yL3)).toBeGreaterThan(0);
  });

  it('stays dark through every library technique (the app never presses there)', async () => {
    const real = (await testAnatomies()).find((a) => a.name === 'real');
    if (!real) throw new Error('needs back.glb');
    const s = createMotionSample();
    let samples = 0;
    let lit = 0;
    for (const nt of testTechniques().filter((t) => t.source === 'data')) {
      const tl = compile(nt.technique, real.anatomy);
      for (let t = 0; t <= tl.duration; t += 0.25) {
        sampleInto(tl, t, s);
        samples++;
        for (const a of [s.left, s.right, s.cup]) {
          if (pressGlow(zone, a.contact, a.pressure, a.point[0], a.point[1]) > 0) lit++;
        }
      }
    }
    console.log(`[oracle] avoid-strip glow: ${lit} lit actor samples of ${samples} samples (library techniques, every 0.25 s)`);
    expect(samples).toBeGreaterThan(1000);
    expect(lit).toBe(0);
  }, 120_000);
});
