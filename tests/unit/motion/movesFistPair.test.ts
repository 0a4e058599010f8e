/**
 * Two fists kneading on one side of the spine work one above the other along it, a fist's length
 * apart, not side by side.
 *
 * Reproduces the oracle's hand–hand overlaps in fx-classic step 3 (knead-fist, side right, both
 * hands, a band L2–L5 4–10 cm out with strokes across: 4 on the reduced oracle, 8–15 mm): the two
 * fists ran parallel tracks ±3.5 cm across the path half a cycle apart and met where the band
 * turned.
 */
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { FIST_PAIR_GAP_M, fistPairPaths } from '../../../src/domain/motion/moves/kneadFist';
import type { ChartXY } from '../../../src/domain/motion/chartPath';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { handSpheres } from '../oracle/oracle';
import { testAnatomies, testTechniques } from './fixtures/anatomy';

describe('fist kneading, both fists on one side', { timeout: 60_000 }, async () => {
  it('fistPairPaths: the two paths are the gap apart along the spine at every point and cover the path', () => {
    const zig: ChartXY[] = [[0.04, 0.12], [0.1, 0.1], [0.04, 0.08], [0.1, 0.06], [0.04, 0.04], [0.1, 0.02]];
    const [up, low] = fistPairPaths(zig);
    zig.forEach((p, i) => {
      const a = up[i] as ChartXY;
      const b = low[i] as ChartXY;
      expect(a[0]).toBe(p[0]);
      expect(b[0]).toBe(p[0]);
      expect(a[1] - b[1]).toBeCloseTo(FIST_PAIR_GAP_M, 9);
    });
    expect(Math.max(...up.map((p) => p[1]))).toBeCloseTo(0.12, 9);
    expect(Math.min(...low.map((p) => p[1]))).toBeCloseTo(0.02, 9);
    // a path lower than the gap: the fists straddle its middle, the gap apart
    const [u2, l2] = fistPairPaths([[0.05, 0.05], [0.08, 0.07]]);
    for (let i = 0; i < 2; i++) expect((u2[i] as ChartXY)[1] - (l2[i] as ChartXY)[1]).toBeCloseTo(FIST_PAIR_GAP_M, 9);
    expect((u2[0] as ChartXY)[1]).toBeCloseTo(0.06 + FIST_PAIR_GAP_M / 2, 9);
  });

  const real = (await testAnatomies()).find((a) => a.name === 'real');
  if (!real) throw new Error('needs public/models/back.glb');
  it('fx-classic step 3: the fists stay ≥ 9 cm apart and the posed hands never overlap (oracle 3 mm)', () => {
    const fx = testTechniques().find((t) => t.technique.id === 'fx-classic');
    if (!fx) throw new Error('fx-classic');
    const tl = compile(fx.technique, real.anatomy);
    const seg = tl.segments.find((g) => g.kind === 'step' && g.stepIndex === 2);
    if (!seg) throw new Error('step 3');
    const s = createMotionSample();
    const rigs = { left: createHand('left'), right: createHand('right') };
    const poses = { left: createHandPose(), right: createHandPose() };
    const surface = real.surface as unknown as MeshSurface;
    let n = 0;
    for (let k = 0; k < 120; k++) {
      const t = seg.t0 + ((k + 0.5) / 120) * (seg.t1 - seg.t0);
      sampleInto(tl, t, s);
      if (!s.left.active || !s.right.active || s.inTransition) continue;
      n++;
      const d = new Vector3(...s.left.point).distanceTo(new Vector3(...s.right.point));
      expect(d, `t=${t.toFixed(2)}: fists ${(d * 100).toFixed(1)} cm apart`).toBeGreaterThanOrEqual(0.09);
      expect(s.left.point[0] > 0 && s.right.point[0] > 0, `t=${t.toFixed(2)}: both on the right`).toBe(true);
      poseHand(rigs.left, s.left, poses.left, surface);
      poseHand(rigs.right, s.right, poses.right, surface);
      rigs.left.updateMatrixWorld(true);
      rigs.right.updateMatrixWorld(true);
      let worst = -Infinity;
      for (const p of handSpheres(rigs.left)) for (const q of handSpheres(rigs.right)) worst = Math.max(worst, p.r + q.r - p.c.distanceTo(q.c));
      expect(worst, `t=${t.toFixed(2)}: hands overlap ${(worst * 1000).toFixed(1)} mm`).toBeLessThanOrEqual(0.003);
    }
    expect(n).toBeGreaterThan(60);
  });
});
