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
import { swapsHands } from '../../../src/domain/motion/compile';
import { compile, createMotionSample, sampleInto, type MotionSample } from '../../../src/domain/motion';
import { parseTechnique } from '../../../src/domain/technique/parse';
import type { Timeline } from '../../../src/domain/motion/types';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { overWeight } from '../../../src/domain/motion/evaluate';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { handParts, segmentDistance } from '../../../src/scene/actors/handParts';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { handSpheres, LIMITS, oracleTechniques } from '../oracle/oracle';
import { testAnatomies, testTechniques, type TestAnatomy } from './fixtures/anatomy';

const SAMPLES_PER_TRANSITION = 16;

const hands = { left: createHand('left'), right: createHand('right') };
const poses = { left: createHandPose(), right: createHandPose() };

/** Both hands posed as the scene poses them: their worst overlap (m) and where. */
function handsOverlap(s: MotionSample, surface: MeshSurface): { worst: number; what: string } {
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
  return { worst, what };
}

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
          const { worst, what } = handsOverlap(s, surface);
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

/**
 * Changing sides between two one-sided wringing steps (issue 10 §4): on the right side the left
 * hand works above the right one; on the left side the right hand is above. Going across, the
 * two hands swap sides AND order, so their straight lifted paths cross over the spine. Before
 * hands were lifted over each other (compile.ts planOverLifts) the forearms met 43 mm deep and
 * the thumbs 11 mm (classic-wringing-percussion, steps 2→3); with the over-lift alone, both
 * hands moving at once, they still passed within 0.9–1.7 mm of each other. Since the swap is
 * planned (compile.ts planSwaps: the hand going over moves first, the other waits lifted, then
 * follows) they keep at least SWAP_CLEAR_M apart.
 */
const SWAP_CLEAR_M = 0.005;
describe('transitions: wringing one side, then the other', () => {
  const wring = (side: 'left' | 'right', lateral: number, from: string, to: string) => ({
    move: 'wringing',
    side,
    hand_shape: 'palm',
    path: { shape: 'polyline', points: [{ level: from, lateral_cm: lateral }, { level: to, lateral_cm: lateral }] },
    pressure: 'medium',
    repetitions: 6,
    tempo: { cycles_per_min: 30 },
    caption: { en: `Wring the ${side} side`, ru: 'Выжимание' },
  });
  const techniqueOf = (steps: unknown[]) => {
    const r = parseTechnique(
      {
        id: 'wring-sides',
        format_version: 2,
        title: { en: 'Wringing both sides', ru: 'Выжимание с обеих сторон' },
        summary: { en: 'Wring one side, then the other.', ru: 'Выжимание одной стороны, затем другой.' },
        precautions: [],
        type: 'classic',
        regions: ['lumbar'],
        level: 'therapist',
        duration_min: 2,
        steps,
      },
      'wring-sides.json',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.technique;
  };
  /** Worst two-hand overlap over every between-step transition, m. */
  const worstInTransitions = (tl: Timeline, surface: MeshSurface): { worst: number; at: string } => {
    const s = createMotionSample();
    let worst = -Infinity;
    let at = '';
    for (const g of tl.segments.filter((x) => x.kind === 'transition')) {
      for (let k = 0; k < 64; k++) {
        const t = g.t0 + ((k + 0.5) / 64) * (g.t1 - g.t0);
        sampleInto(tl, t, s);
        if (!s.left.active || !s.right.active) continue;
        const o = handsOverlap(s, surface);
        if (o.worst > worst) {
          worst = o.worst;
          at = `t=${t.toFixed(2)} ${o.what}`;
        }
      }
    }
    return { worst, at };
  };

  for (const [lateral, from, to] of [
    [9, 'L1', 'L5'],
    [10, 'L1', 'L5'],
    [7, 'T12', 'L4'],
  ] as const) {
    it(`right → left → right at ${lateral} cm, ${from}–${to}: the hands never pass through each other`, () => {
      const a = real as TestAnatomy;
      const tech = techniqueOf([wring('right', lateral, from, to), wring('left', lateral, from, to), wring('right', lateral, from, to)]);
      const tl = compile(tech, a.anatomy);
      const { worst, at } = worstInTransitions(tl, a.surface as MeshSurface);
      console.log(`[wring sides] ${lateral} cm ${from}–${to}: worst ${(worst * 1000).toFixed(1)} mm (${at})`);
      expect(worst, at).toBeLessThanOrEqual(-SWAP_CLEAR_M);
      expect(worst, at).toBeLessThanOrEqual(LIMITS.overlapM);
      // the swaps were planned: one hand goes first, the other after it
      const staggered = (['left', 'right'] as const).flatMap((id) => tl.tracks[id].filter((p) => p.kind === 'travel' && p.stagger));
      expect(staggered.length).toBe(4);
    });
  }

  it('swapsHands: changing sides or order is a swap; moving side by side is not', () => {
    const at = (u: number, y: number) => ({ u, y, hu: 1, hy: 0, lift: 0, pressure: 0, active: true, shape: 'flat', grip: 'none' }) as const;
    // wring right (left hand above) → wring left (right hand above)
    expect(swapsHands(at(0.09, 0.03), at(-0.09, -0.03), at(0.09, -0.03), at(-0.09, 0.03))).toBe(true);
    // the hands change sides: the left from the right side to the left, the right the other way
    expect(swapsHands(at(0.08, 0), at(-0.08, 0.1), at(-0.08, 0.1), at(0.08, 0))).toBe(true);
    // both hands from one side to the other, same order: not a swap
    expect(swapsHands(at(0.09, 0.03), at(-0.09, 0.03), at(0.09, -0.03), at(-0.09, -0.03))).toBe(false);
    // left on the left, right on the right, both moving down the back
    expect(swapsHands(at(-0.06, 0.05), at(-0.07, -0.02), at(0.06, 0.05), at(0.07, -0.02))).toBe(false);
    // side by side to the same side, order kept across
    expect(swapsHands(at(-0.06, 0), at(0.06, 0.03), at(0.11, 0), at(0.1, -0.03))).toBe(false);
  });
});
