/**
 * The next-step marker (a white ring where the next step starts) lies on the skin all round.
 * Session 10 saw it drawn as a "C" beside the erectors (classic-warming-rub, demo, t = 4 s,
 * posterior view): it was a flat ring on the skin's tangent plane, 2 mm up, and where the back
 * curves away within its 16 mm radius its outer side went under the skin. Here every step start
 * of every library technique on the real back: the ring's vertices are all above the skin.
 */
import { describe, expect, it } from 'vitest';
import { Quaternion, RingGeometry, Vector3 } from 'three';
import { testAnatomies, testTechniques } from '../motion/fixtures/anatomy';
import { compile } from '../../../src/domain/motion';
import { chartPoint, evalChart } from '../../../src/domain/motion/chart';
import { START_RING, ringOnSkin } from '../../../src/scene/pathRibbon';

describe('the next-step marker', () => {
  it('lies above the skin all round at every step start of the library (real back)', async () => {
    const real = (await testAnatomies()).find((a) => a.name === 'real');
    if (!real) throw new Error('needs public/models/back.glb');
    const flat = new RingGeometry(START_RING.inner, START_RING.outer, START_RING.segments).getAttribute('position').array;
    const sd = (x: number, y: number, z: number): number => {
      const h = real.surface.closestPoint([x, y, z]);
      return Math.sign((x - h.point[0]) * h.normal[0] + (y - h.point[1]) * h.normal[1] + (z - h.point[2]) * h.normal[2]) * h.distance;
    };
    let rings = 0;
    let worst = { d: Infinity, where: '' };
    let worstFlat = Infinity;
    const cp = chartPoint();
    const q = new Quaternion();
    const v = new Vector3();
    for (const { technique } of testTechniques().filter((t) => t.source === 'data')) {
      const tl = compile(technique, real.anatomy);
      for (const step of tl.steps) {
        const piece = Object.values(tl.tracks)
          .flat()
          .find((p) => p.kind === 'move' && p.stepIndex === step.index && p.path.n > 1);
        if (!piece || piece.kind !== 'move') continue;
        const u = piece.path.u[0] as number;
        const y = piece.path.y[0] as number;
        const ring = ringOnSkin(tl.chart, u, y, flat);
        rings++;
        for (let i = 0; i < ring.length; i += 3) {
          const d = sd(ring[i] as number, ring[i + 1] as number, ring[i + 2] as number);
          if (d < worst.d) worst = { d, where: `${technique.id} step ${step.index + 1}` };
        }
        // the flat ring on the tangent plane, as drawn before (for the figure printed)
        evalChart(tl.chart, u, y, cp);
        q.setFromUnitVectors(new Vector3(0, 0, 1), new Vector3(...cp.ns));
        for (let i = 0; i < flat.length; i += 3) {
          v.set(flat[i] as number, flat[i + 1] as number, 0).applyQuaternion(q);
          v.x += cp.p[0] + cp.ns[0] * 0.002;
          v.y += cp.p[1] + cp.ns[1] * 0.002;
          v.z += cp.p[2] + cp.ns[2] * 0.002;
          worstFlat = Math.min(worstFlat, sd(v.x, v.y, v.z));
        }
      }
    }
    console.log(
      `[start ring] ${rings} step starts: lowest ring vertex ${(worst.d * 1000).toFixed(2)} mm above the skin (${worst.where}); the flat ring's lowest ${(worstFlat * 1000).toFixed(2)} mm`,
    );
    expect(rings).toBeGreaterThan(50);
    expect(worst.d).toBeGreaterThan(0.0005);
  }, 120_000);
});
