import { describe, expect, it, vi } from 'vitest';
import type { ArmPlacement } from '../../../src/scene/actors/poseActors';

/**
 * The arms allocate nothing per frame (same counting mock as allocation.test.ts): poseArms
 * (standing therapist, two-bone IK with skin clearance queries, bone placement) after poseHand,
 * every place and position, 1 000 frames after a warm-up; and with the scene's ArmTrack (its
 * knots posed while playing and after seeks included).
 * Not covered: plain object/array literals and closures (the per-frame functions contain none;
 * see the source), and three's own internals (which the rig does not call into for allocation).
 */
vi.mock('three', async (importOriginal) =>
  (await import('./countingThree')).countingThree(await importOriginal<typeof import('three')>()),
);
const { counter } = await import('./countingThree');

const { createHand } = await import('../../../src/scene/actors/handRig');
const { createArm } = await import('../../../src/scene/actors/armRig');
const { ArmTrack, armPlacementAt, poseArms, poseHand, therapistStances } = await import('../../../src/scene/actors/poseActors');
const { compile, createMotionSample, sampleInto } = await import('../../../src/domain/motion');
const { demoTechnique } = await import('../../../src/domain/technique/demo');
const { testAnatomies, testTechniques } = await import('../motion/fixtures/anatomy');
const { createHandPose } = await import('../../../src/domain/motion/handShapes');
const { buildSyntheticBack } = await import('../motion/fixtures/syntheticBack');

describe('poseArms allocates nothing', () => {
  it('every place and position, skin queries included, 1 000 frames', { timeout: 30_000 }, () => {
    const back = buildSyntheticBack(64, 64);
    const hands = { left: createHand('left', { forearmEnd: 'arm' }), right: createHand('right', { forearmEnd: 'arm' }) };
    const arms = { left: createArm('left'), right: createArm('right') };
    const pose = createHandPose();
    const places = ['left', 'right', 'head', 'foot'] as const;
    const positions = ['prone', 'side-lying-left', 'side-lying-right', 'seated'] as const;
    const at = { place: 'left' as (typeof places)[number], from: 'left' as (typeof places)[number], blend: 1, position: 'prone' as (typeof positions)[number] };
    const mk = (x: number) => ({
      active: true,
      contact: true,
      point: [x, 0, 0.1] as [number, number, number],
      position: [x, 0, 0.1] as [number, number, number],
      normal: [0, 0, 1] as [number, number, number],
      forward: [0, 1, 0] as [number, number, number],
      shape: 'flat' as const,
      nextShape: 'flat' as const,
      blend: 0,
      pressure: 0.5,
      lift: 0,
      grip: 'none' as const,
    });
    const L = mk(-0.06);
    const R = mk(0.06);
    const qp = [0, 0, 0];
    const qn = [0, 0, 0];
    const q: [number, number, number] = [0, 0, 0];
    const frame = (i: number): void => {
      for (const [a, x] of [[L, -0.06], [R, 0.06]] as const) {
        q[0] = x + 0.03 * Math.sin(i * 0.37);
        q[1] = 0.1 * Math.cos(i * 0.21);
        q[2] = 0.3;
        back.surface.closestPointInto(q, qp, qn);
        a.point[0] = a.position[0] = qp[0]!;
        a.point[1] = a.position[1] = qp[1]!;
        a.point[2] = a.position[2] = qp[2]!;
        a.normal[0] = qn[0]!;
        a.normal[1] = qn[1]!;
        a.normal[2] = qn[2]!;
      }
      poseHand(hands.left, L, pose, back.surface);
      poseHand(hands.right, R, pose, back.surface);
      at.place = places[i % 4]!;
      at.from = places[(i + 1) % 4]!;
      at.blend = (i % 10) / 10;
      at.position = positions[(i >> 2) % 4]!;
      poseArms(arms.left, arms.right, hands.left, hands.right, at, back.surface);
    };
    for (let i = 0; i < 64; i++) frame(i);
    counter.byClass.clear();
    counter.n = 0;
    counter.on = true;
    for (let i = 0; i < 1000; i++) frame(i);
    counter.on = false;
    expect(arms.left.visible && arms.right.visible).toBe(true);
    expect(Object.fromEntries(counter.byClass)).toEqual({});
    expect(counter.n).toBe(0);
  });

  it('with the ArmTrack (smooth in time): playing, seeking and the knots it poses, 1 000 frames', { timeout: 60_000 }, async () => {
    const a = (await testAnatomies()).find((x) => x.name === 'synthetic')!;
    const full = testTechniques().find((x) => x.technique.id === 'classic-thoracolumbar-edge-rub')!.technique;
    const technique = demoTechnique(full).technique;
    const tl = compile(technique, a.anatomy);
    const stances = therapistStances(technique);
    const track = new ArmTrack(tl, stances, a.surface);
    const hands = { left: createHand('left', { forearmEnd: 'arm' }), right: createHand('right', { forearmEnd: 'arm' }) };
    const arms = { left: createArm('left'), right: createArm('right') };
    const pose = createHandPose();
    const smp = createMotionSample();
    const at: ArmPlacement = { place: 'left', from: 'left', blend: 1, position: 'prone' };
    // played at 60 fps, with a seek every 100 frames (a new window of knots each time)
    const frame = (i: number): void => {
      const t = ((Math.floor(i / 100) * 7.3) % tl.duration) + (i % 100) / 60;
      sampleInto(tl, t, smp);
      poseHand(hands.left, smp.left, pose, a.surface);
      poseHand(hands.right, smp.right, pose, a.surface);
      armPlacementAt(stances, smp, at);
      poseArms(arms.left, arms.right, hands.left, hands.right, at, a.surface, track, smp.t);
    };
    for (let i = 0; i < 64; i++) frame(i);
    const before = track.computed;
    counter.byClass.clear();
    counter.n = 0;
    counter.on = true;
    for (let i = 0; i < 1000; i++) frame(i + 64);
    counter.on = false;
    expect(track.computed - before).toBeGreaterThan(50); // knots were posed while counting
    expect(Object.fromEntries(counter.byClass)).toEqual({});
    expect(counter.n).toBe(0);
  });
});
