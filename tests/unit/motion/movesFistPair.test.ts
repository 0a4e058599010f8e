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
import { FIST_LANE_MIN_M, FIST_PAIR_GAP_M, fistPairPaths } from '../../../src/domain/motion/moves/kneadFist';
import type { ChartXY } from '../../../src/domain/motion/chartPath';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { checkTechnique, handSpheres } from '../oracle/oracle';
import { testAnatomies, testTechniques } from './fixtures/anatomy';

describe('fist kneading, both fists on one side', { timeout: 60_000 }, async () => {
  it('fistPairPaths: the two paths are the gap apart along the spine at every point and cover the path', () => {
    const zig: ChartXY[] = [[0.04, 0.12], [0.1, 0.1], [0.04, 0.08], [0.1, 0.06], [0.04, 0.04], [0.1, 0.02]];
    const [up, low] = fistPairPaths(zig);
    expect(up.length).toBe(low.length);
    up.forEach((a, i) => {
      const b = low[i] as ChartXY;
      expect(b[0]).toBe(a[0]);
      expect(a[1] - b[1]).toBeCloseTo(FIST_PAIR_GAP_M, 9);
    });
    expect(Math.max(...up.map((p) => p[1]))).toBeCloseTo(0.12, 9);
    expect(Math.min(...low.map((p) => p[1]))).toBeCloseTo(0.02, 9);
    // a path lower than the gap: the fists straddle its middle, the gap apart
    const [u2, l2] = fistPairPaths([[0.05, 0.05], [0.08, 0.07]]);
    for (let i = 0; i < 2; i++) expect((u2[i] as ChartXY)[1] - (l2[i] as ChartXY)[1]).toBeCloseTo(FIST_PAIR_GAP_M, 9);
    expect((u2[0] as ChartXY)[1]).toBeCloseTo(0.06 + FIST_PAIR_GAP_M / 2, 9);
  });

  it('fistPairPaths: a band squeezed flat is one line across (worked to and fro), never a path drawn back over itself', () => {
    // fx-classic step 3's band: three lanes 4 cm apart across 4–10 cm, lower than the gap
    const band: ChartXY[] = [[0.04, 0.14], [0.1, 0.14], [0.1, 0.1], [0.04, 0.1], [0.04, 0.06], [0.1, 0.06]];
    const [up, low] = fistPairPaths(band);
    expect(up).toEqual([[0.04, 0.1 + FIST_PAIR_GAP_M / 2], [0.1, 0.1 + FIST_PAIR_GAP_M / 2]]);
    expect(low).toEqual([[0.04, 0.1 - FIST_PAIR_GAP_M / 2], [0.1, 0.1 - FIST_PAIR_GAP_M / 2]]);
    // a taller band (five lanes 5 cm apart) squeezed to half: lanes 2.5 cm apart merge pairwise
    const tall: ChartXY[] = [];
    for (let k = 0; k < 5; k++) {
      const y = 0.2 - 0.05 * k;
      tall.push(k % 2 === 0 ? [0.04, y] : [0.1, y], k % 2 === 0 ? [0.1, y] : [0.04, y]);
    }
    const [tu] = fistPairPaths(tall);
    const lanes = [...new Set(tu.map((p) => p[1]))].sort((a, b) => b - a);
    expect(lanes.length).toBeGreaterThan(1);
    for (let i = 1; i < lanes.length; i++) expect((lanes[i - 1] as number) - (lanes[i] as number)).toBeGreaterThanOrEqual(FIST_LANE_MIN_M - 1e-9);
    for (let i = 2; i < tu.length; i++) expect(tu[i], `point ${i} returns to point ${i - 2}`).not.toEqual(tu[i - 2]);
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

  it('fx-classic: the ribbons of the two fists point with their travel (full oracle: ribbon-direction 16, the squeezed band drawn back over itself)', () => {
    const fx = testTechniques().find((t) => t.technique.id === 'fx-classic');
    if (!fx) throw new Error('fx-classic');
    const report = checkTechnique(fx.technique, real, { perStep: 8, ribbonPerPiece: 40, examples: 4 });
    expect(report.rules['ribbon-direction'].checks).toBeGreaterThan(100);
    expect(report.rules['ribbon-direction'].violations).toBe(0);
  });
});
