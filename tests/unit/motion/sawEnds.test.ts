/**
 * A saw (edge of the palm, oscillating along its path) saws over the path as written: its strokes
 * reach the path's ends and do not run past them.
 *
 * The FULL oracle (main 032baad, log of session 7) found the sawing forearm up to 13.4 mm inside
 * the body 30 times, all in fx-classic step 4 (saw L1→S1 at 6 cm): the ±3 cm strokes were laid
 * on top of the centre's travel from L1 to S1, so the edge went 3 cm past S1 onto the sacral slope
 * (S2, skin tilted 33° headward), where the edge lies up the slope and the forearm, coming from
 * the head end, dives into the lumbar hollow (it would need ~45° of wrist deviation). Every one of
 * the 30 had the contact below S1 (y < −6 cm); none on the path itself. Now the centre works
 * between one amplitude from either end (evaluate.ts sawInset).
 */
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { realBack } from './fixtures/realBack';
import { oracleTechniques } from '../oracle/oracle';
import { testTechniques } from './fixtures/anatomy';
import { createHand } from '../../../src/scene/actors/handRig';
import { MAX_PRESS_DEPTH_M, poseHand } from '../../../src/scene/actors/poseActors';
import { handParts } from '../../../src/scene/actors/handParts';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { HAND_GEOMETRY, createHandPose } from '../../../src/domain/motion/handShapes';
import { pieceTravel, type PathTravel } from '../../../src/domain/motion/evaluate';
import { evalPath, pathPoint } from '../../../src/domain/motion/chartPath';
import type { MovePiece } from '../../../src/domain/motion/types';

/** The saw steps of the library and the fixture (technique id, 0-based step index). */
const SAWS: ReadonlyArray<readonly [string, number]> = [
  ['fx-classic', 3],
  ['classic-edge-of-palm', 1],
  ['classic-edge-of-palm~demo', 1],
];

describe('a saw stays on its path', { timeout: 120_000 }, async () => {
  const { real, sd } = await realBack();
  const all = oracleTechniques(testTechniques());
  const s = createMotionSample();
  const sawPieces = (id: string, step: number) => {
    const tech = all.find((x) => x.id === id);
    if (!tech) throw new Error(`no technique ${id}`);
    const tl = compile(tech, real.anatomy);
    const pieces = (['left', 'right'] as const).flatMap((side) =>
      tl.tracks[side]
        .filter((p): p is MovePiece => p.kind === 'move' && p.stepIndex === step)
        .map((p) => ({ side, p })),
    );
    expect(pieces.length, `${id} step ${step + 1}`).toBe(2);
    return { tl, pieces };
  };

  it("its contact never goes past either end of the path (3 mm: the skin point's y is not quite the chart y on the slope; the old strokes ran 30 mm past)", () => {
    for (const [id, step] of SAWS) {
      const { tl, pieces } = sawPieces(id, step);
      for (const { side, p } of pieces) {
        expect(p.program.kind === 'oscillate' && p.program.axis === 'along-path', `${id} ${side}`).toBe(true);
        const n = p.path.n;
        // The path runs from L1/T12 (up) down to S1: the contact stays between their heights.
        const yHi = Math.max(p.path.y[0] as number, p.path.y[n - 1] as number);
        const yLo = Math.min(p.path.y[0] as number, p.path.y[n - 1] as number);
        for (let i = 0; i <= 600; i++) {
          const t = p.t0 + ((p.t1 - p.t0) * i) / 600;
          sampleInto(tl, t, s);
          const a = s[side];
          if (!a.active || !a.contact) continue;
          expect(a.point[1], `${id} t=${t.toFixed(2)} ${side}`).toBeGreaterThanOrEqual(yLo - 0.003);
          expect(a.point[1], `${id} t=${t.toFixed(2)} ${side}`).toBeLessThanOrEqual(yHi + 0.003);
        }
      }
    }
  });

  it('still saws ±amplitude and covers the whole path (the strokes reach both ends)', () => {
    const { tl, pieces } = sawPieces('fx-classic', 3);
    for (const { side, p } of pieces) {
      const n = p.path.n;
      const yHi = Math.max(p.path.y[0] as number, p.path.y[n - 1] as number);
      const yLo = Math.min(p.path.y[0] as number, p.path.y[n - 1] as number);
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i <= 2000; i++) {
        sampleInto(tl, p.t0 + ((p.t1 - p.t0) * i) / 2000, s);
        lo = Math.min(lo, s[side].point[1]);
        hi = Math.max(hi, s[side].point[1]);
      }
      expect(lo, side).toBeLessThan(yLo + 0.005);
      expect(hi, side).toBeGreaterThan(yHi - 0.005);
    }
  });

  it("the ribbon's progress (pieceTravel) is where the saw's centre is", () => {
    const { tl, pieces } = sawPieces('fx-classic', 3);
    const tr: PathTravel = { f: 0, dir: 0 };
    const pp = pathPoint();
    const st = createMotionSample();
    for (const { side, p } of pieces) {
      for (let i = 0; i <= 200; i++) {
        const t = p.t0 + ((p.t1 - p.t0) * i) / 200;
        pieceTravel(p, t, tr);
        evalPath(p.path, tr.f * p.path.length, pp);
        sampleInto(tl, t, st);
        // The contact is the centre ± the amplitude along the path (a straight path here).
        const amp = p.program.kind === 'oscillate' ? p.program.amplitude : 0;
        expect(Math.abs(st[side].point[1] - pp.y), `t=${t.toFixed(2)} ${side}`).toBeLessThanOrEqual(amp + 0.002);
      }
    }
  });

  it('the sawing forearms stay out of the body (the oracle: 3 mm), the whole step', () => {
    const { tl, pieces } = sawPieces('fx-classic', 3);
    const rigs = { left: createHand('left'), right: createHand('right') };
    const poses = { left: createHandPose(), right: createHandPose() };
    const p = new Vector3();
    const { t0, t1 } = pieces[0]!.p;
    let worst = -Infinity;
    let where = '';
    for (let i = 0; i <= 480; i++) {
      const t = t0 + ((t1 - t0) * i) / 480;
      sampleInto(tl, t, s);
      for (const side of ['left', 'right'] as const) {
        const a = s[side];
        if (!a.active) continue;
        poseHand(rigs[side], a, poses[side], real.surface as never);
        rigs[side].updateMatrixWorld(true);
        const fa = handParts(rigs[side], a.shape).forearm;
        const dent = a.contact ? a.pressure * MAX_PRESS_DEPTH_M : 0;
        for (let k = 0; k <= 4; k++) {
          p.lerpVectors(fa.a, fa.b, k / 4);
          const half = k === 0 ? HAND_GEOMETRY.palm.halfThicknessPalmar : HAND_GEOMETRY.forearm.halfThickness;
          const over = half - (k === 0 ? dent : 0) - sd(p);
          if (over > worst) {
            worst = over;
            where = `t=${t.toFixed(2)} ${side} forearm ${k}/4 y=${a.point[1].toFixed(3)}`;
          }
        }
      }
    }
    expect(worst, where).toBeLessThanOrEqual(0.003);
  });
});
