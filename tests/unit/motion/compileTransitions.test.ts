/**
 * Two hands never pass through each other between steps (issue 9 §1): every between-step and
 * in-step travel of every library technique (full and demo) and fixture is sampled densely, both
 * hands posed as the scene poses them (poseHand with the real skin), and their finger/palm
 * spheres and forearm stubs may not overlap by more than the oracle's 3 mm. Before the compiler
 * planned which hand goes over the other (compile.ts planOverLifts) the step-1→2 transition of
 * classic-circular-rub had the two thumbs 15.6 mm into each other (both hands turning round at
 * the same height over the sacrum), and classic-edge-of-palm's saw→chop the forearms 11.8 mm.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { overWeight } from '../../../src/domain/motion/evaluate';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { handParts, segmentDistance } from '../../../src/scene/actors/handParts';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { handSpheres, LIMITS, oracleTechniques } from '../oracle/oracle';
import { testAnatomies, testTechniques, type TestAnatomy } from './fixtures/anatomy';

const SAMPLES_PER_TRANSITION = 16;

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('transitions: the hands never pass through each other', () => {
  it('the planned over-lift is 0 at both ends of a travel and full over its window', () => {
    expect(overWeight(0, 0.3, 0.6)).toBe(0);
    expect(overWeight(1, 0.3, 0.6)).toBe(0);
    expect(overWeight(0.3, 0.3, 0.6)).toBeCloseTo(1, 6);
    expect(overWeight(0.6, 0.3, 0.6)).toBeCloseTo(1, 6);
    expect(overWeight(0.45, 0.3, 0.6)).toBeCloseTo(1, 6);
  });

  it('every library technique and fixture: no overlap of the two hands between steps', { timeout: 60_000 }, () => {
    const a = real as TestAnatomy;
    const surface = a.surface as MeshSurface;
    const hands = { left: createHand('left'), right: createHand('right') };
    const poses = { left: createHandPose(), right: createHandPose() };
    const s = createMotionSample();
    const bad: string[] = [];
    let checks = 0;
    let overLifted = 0;
    for (const technique of oracleTechniques(testTechniques())) {
      const tl = compile(technique, a.anatomy);
      // every between-step transition
      const spans = tl.segments.filter((g) => g.kind === 'transition').map((g) => [g.t0, g.t1] as const);
      for (const id of ['left', 'right'] as const) for (const p of tl.tracks[id]) if (p.kind === 'travel' && p.over) overLifted++;
      for (const [t0, t1] of spans) {
        for (let k = 0; k < SAMPLES_PER_TRANSITION; k++) {
          const t = t0 + ((k + 0.5) / SAMPLES_PER_TRANSITION) * (t1 - t0);
          sampleInto(tl, t, s);
          if (!s.left.active || !s.right.active || s.left.grip === 'cup' || s.right.grip === 'cup') continue;
          poseHand(hands.left, s.left, poses.left, surface);
          poseHand(hands.right, s.right, poses.right, surface);
          const shapeOf = (x: typeof s.left) => (x.blend < 0.5 ? x.shape : x.nextShape);
          const L = handParts(hands.left, shapeOf(s.left));
          const R = handParts(hands.right, shapeOf(s.right));
          let worst = L.forearm.r + R.forearm.r - segmentDistance(L.forearm.a, L.forearm.b, R.forearm.a, R.forearm.b);
          let what = 'forearms';
          for (const p of handSpheres(hands.left))
            for (const q of handSpheres(hands.right)) {
              const o = p.r + q.r - p.c.distanceTo(q.c);
              if (o > worst) {
                worst = o;
                what = `left ${p.name} / right ${q.name}`;
              }
            }
          checks++;
          if (worst > LIMITS.overlapM) bad.push(`${technique.id} t=${t.toFixed(2)} step ${s.stepIndex + 1}: ${what} overlap by ${(worst * 1000).toFixed(1)} mm`);
        }
      }
    }
    console.log(`[transitions] ${checks} two-hand transition samples, ${overLifted} travels with a planned over-lift, ${bad.length} overlaps`);
    expect(checks).toBeGreaterThan(300);
    expect(overLifted).toBeGreaterThan(0);
    expect(bad.slice(0, 6)).toEqual([]);
  });
});
