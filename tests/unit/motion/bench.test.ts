/**
 * Figures for the issue note (printed, never asserted: timing tests flake). Compile time of each
 * technique on the available backs, cold (first compile builds the surface chart) and warm, and
 * the cost of one sampleInto.
 */
import { describe, expect, it } from 'vitest';
import { compile, createMotionSample, prepareAnatomy, sampleInto } from '../../../src/domain/motion';
import { createMeshSurface } from '../../../src/geometry/meshSurface';
import { testAnatomies, testTechniques } from './fixtures/anatomy';

describe('motion figures', async () => {
  for (const an of await testAnatomies()) {
    it(`${an.name} back`, () => {
      const techniques = testTechniques();
      const t0 = performance.now();
      const fresh = createMeshSurface(an.mesh.positions, an.mesh.indices);
      const t1 = performance.now();
      let queries = 0;
      const counted = {
        closestPoint: (p: readonly [number, number, number]) => {
          queries++;
          return fresh.closestPoint(p);
        },
      };
      const anatomy = { ...an.anatomy, surface: counted };
      prepareAnatomy(anatomy);
      const t2 = performance.now();
      const warm: number[] = [];
      let perSample = 0;
      for (const nt of techniques) {
        const a = performance.now();
        const tl = compile(nt.technique, anatomy);
        warm.push(performance.now() - a);
        const s = createMotionSample();
        const b = performance.now();
        const n = 20000;
        for (let i = 0; i < n; i++) sampleInto(tl, (tl.duration * i) / n, s);
        perSample += (performance.now() - b) / n;
      }
      const sorted = [...warm].sort((x, y) => x - y);
      console.log(
        `[motion] ${an.name} back (${fresh.triangleCount} triangles): BVH build ${(t1 - t0).toFixed(1)} ms, ` +
          `surface chart ${(t2 - t1).toFixed(1)} ms with ${queries} closest-point queries (once per model, cached), compile median ${(sorted[sorted.length >> 1] ?? 0).toFixed(2)} ms, ` +
          `max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms over ${techniques.length} techniques; ` +
          `sampleInto ${((perSample / techniques.length) * 1000).toFixed(2)} µs per call`,
      );
      expect(warm).toHaveLength(techniques.length);
    }, 120_000);
  }
});
