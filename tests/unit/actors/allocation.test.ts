import { describe, expect, it, vi } from 'vitest';

/**
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
const { createHand } = await import('../../../src/scene/actors/handRig');
const { createCup } = await import('../../../src/scene/actors/cupRig');
const { blendShapes, createHandPose, HAND_SHAPES_LIST } = await import('../../../src/domain/motion/handShapes');

describe('per-frame calls allocate nothing', () => {
  it('the counting mock is live (constructions in the rig are seen)', () => {
    counter.on = true;
    counter.n = 0;
    createHand('right');
    counter.on = false;
    expect(counter.n).toBeGreaterThan(10);
  });

  it('applyShape + blendShapes + placeContact + getContactLocal + placeCup, 10 000 frames', () => {
    const left = createHand('left');
    const right = createHand('right');
    const cup = createCup();
    const pose = createHandPose();
    const p = new Vector3();
    const n = new Vector3();
    const f = new Vector3(0, 1, 0);
    const c1 = new Vector3();
    const c2 = new Vector3();
    const c3 = new Vector3();
    const frame = (i: number): void => {
      const a = HAND_SHAPES_LIST[i % HAND_SHAPES_LIST.length]!;
      const b = HAND_SHAPES_LIST[(i + 3) % HAND_SHAPES_LIST.length]!;
      blendShapes(a, b, (i % 100) / 100, pose);
      const t = i * 0.01;
      p.set(Math.sin(t) * 0.1, Math.cos(t) * 0.1, 0.2);
      n.set(Math.sin(t) * 0.3, 0.1, 1).normalize();
      f.set(Math.cos(t), 1, 0);
      left.applyShape(pose);
      left.placeContact(p, n, f, 0.002);
      right.applyShape(a);
      right.placeContact(p, n, f);
      right.getContactLocal(c1, c2, c3);
      cup.placeCup(p, n, f, (i % 50) / 50);
    };
    for (let i = 0; i < 200; i++) frame(i); // warm-up
    counter.byClass.clear();
    counter.n = 0;
    counter.on = true;
    for (let i = 0; i < 10_000; i++) frame(i);
    counter.on = false;
    expect(Object.fromEntries(counter.byClass)).toEqual({});
    expect(counter.n).toBe(0);
  });
});

describe('poseHand with the skin (conformHand, fitFlesh) allocates nothing', () => {
  // 2 000 conformed poses take 1.5–6 s here depending on the machine's load (not a timing test)
  it('every shape, curved skin (closest-point queries included), 2 000 frames', { timeout: 30_000 }, async () => {
    const { buildSyntheticBack } = await import('../motion/fixtures/syntheticBack');
    const { poseHand } = await import('../../../src/scene/actors/poseActors');
    const { conformStats } = await import('../../../src/scene/actors/conformHand');
    const back = buildSyntheticBack(64, 64);
    const rig = createHand('left');
    const pose = createHandPose();
    const a = {
      active: true,
      contact: true,
      point: [0, 0, 0] as [number, number, number],
      position: [0, 0, 0] as [number, number, number],
      normal: [0, 0, 1] as [number, number, number],
      forward: [0, 1, 0] as [number, number, number],
      shape: 'flat' as (typeof HAND_SHAPES_LIST)[number],
      nextShape: 'flat' as (typeof HAND_SHAPES_LIST)[number],
      blend: 0,
      pressure: 0.5,
      lift: 0,
      grip: 'none' as const,
    };
    const qp = [0, 0, 0];
    const qn = [0, 0, 0];
    const q: [number, number, number] = [0, 0, 0];
    const frame = (i: number): void => {
      const s = HAND_SHAPES_LIST[i % HAND_SHAPES_LIST.length]!;
      a.shape = s;
      a.nextShape = s;
      q[0] = 0.08 * Math.sin(i * 0.37);
      q[1] = 0.12 * Math.cos(i * 0.21);
      q[2] = 0.3;
      back.surface.closestPointInto(q, qp, qn);
      a.point[0] = a.position[0] = qp[0]!;
      a.point[1] = a.position[1] = qp[1]!;
      a.point[2] = a.position[2] = qp[2]!;
      a.normal[0] = qn[0]!;
      a.normal[1] = qn[1]!;
      a.normal[2] = qn[2]!;
      a.lift = i % 5 === 0 ? 0.006 : 0;
      a.contact = a.lift === 0;
      poseHand(rig, a, pose, back.surface);
      pressed += rig.flesh.uFlOn.value;
    };
    let pressed = 0;
    for (let i = 0; i < 100; i++) frame(i);
    const q0 = conformStats.queries;
    counter.byClass.clear();
    counter.n = 0;
    counter.on = true;
    for (let i = 0; i < 2000; i++) frame(i);
    counter.on = false;
    expect(conformStats.queries - q0).toBeGreaterThan(2000); // the conform really ran
    expect(pressed).toBeGreaterThan(1000); // and the flesh was measured (fitFlesh) on most frames
    expect(Object.fromEntries(counter.byClass)).toEqual({});
    expect(counter.n).toBe(0);
  });
});
