import { describe, expect, it, vi } from 'vitest';

/**
 * Cups left on the skin, per frame (StaticCups' useFrame): staticCupsAt + poseStaticCups +
 * seatCupOnSkin construct no three.js math object. Same counting mock as allocation.test.ts.
 * Honest allocation check: every three.js math/scene class that the actor modules import is
 * replaced by a subclass that counts its constructions (vi.mock rewrites the 'three' import
 * of handRig.ts and cupRig.ts). After a warm-up, 10 000 per-frame calls must construct none.
 * Not covered: plain object/array literals and closures (the per-frame functions contain none;
 * see the source), and three's own internals (which the rig does not call into for allocation).
 */
vi.mock('three', async (importOriginal) =>
  (await import('./countingThree')).countingThree(await importOriginal<typeof import('three')>()),
);
const { counter } = await import('./countingThree');

const { Vector3 } = await import('three');
const { createCup, poseStaticCups, seatCupOnSkin } = await import('../../../src/scene/actors/cupRig');
const { staticCupSlots, staticCupsAt } = await import('../../../src/domain/motion/staticCups');
const { buildSyntheticBack } = await import('../motion/fixtures/syntheticBack');

describe('static cups per frame allocate nothing', () => {
  it('staticCupsAt + poseStaticCups (seated on a curved skin) + seatCupOnSkin on the moving cup, 2 000 frames', { timeout: 30_000 }, () => {
    const back = buildSyntheticBack(64, 64);
    const q = [0, 0, 0];
    const qn = [0, 0, 0];
    const at = (x: number, y: number) => {
      back.surface.closestPointInto([x, y, 0.3], q, qn);
      return { point: [q[0]!, q[1]!, q[2]!] as [number, number, number], normal: [qn[0]!, qn[1]!, qn[2]!] as [number, number, number] };
    };
    const cups = [-0.06, 0.06, -0.05, 0.05].map((x, i) => ({ t0: i, t1: 10 + i, chart: [x, 0] as const, side: (x < 0 ? 'left' : 'right') as 'left' | 'right', suction: 0.6, diameterM: 0.05, stepIndex: 0 }));
    const poses = [-0.06, 0.06, -0.05, 0.05].map((x, i) => ({ ...at(x, i < 2 ? 0.02 : -0.04), forward: [0, 1, 0] as [number, number, number], suction: 0.6 }));
    const timeline = { staticCups: cups };
    const pool = [createCup(), createCup(), createCup(), createCup()];
    const slots = staticCupSlots(pool.length);
    const actor = createCup();
    const p = new Vector3();
    const n = new Vector3();
    const f = new Vector3(0, 1, 0);
    const frame = (i: number): void => {
      const t = (i % 140) / 10;
      p.set(0.03 * Math.sin(i * 0.1), 0.05 * Math.cos(i * 0.07), 0.3);
      back.surface.closestPointInto([p.x, p.y, p.z], q, qn);
      p.set(q[0]!, q[1]!, q[2]!);
      n.set(qn[0]!, qn[1]!, qn[2]!);
      actor.visible = true;
      actor.placeCup(p, n, f, 0.5);
      seatCupOnSkin(actor, back.surface);
      const k = staticCupsAt(timeline, t, slots);
      poseStaticCups(pool, slots, k, poses, actor, back.surface);
    };
    // the counting mock is live: building a cup constructs vectors, colours, matrices
    counter.n = 0;
    counter.on = true;
    createCup();
    counter.on = false;
    expect(counter.n).toBeGreaterThan(5);
    for (let i = 0; i < 200; i++) frame(i); // warm-up
    // (the closestPointInto query array literal above is the test's own, outside the counted classes)
    counter.byClass.clear();
    counter.n = 0;
    counter.on = true;
    for (let i = 0; i < 2_000; i++) frame(i);
    counter.on = false;
    expect(Object.fromEntries(counter.byClass)).toEqual({});
    expect(counter.n).toBe(0);
    // and the cups were really drawn and placed
    expect(pool.some((c) => c.visible)).toBe(true);
  });
});
