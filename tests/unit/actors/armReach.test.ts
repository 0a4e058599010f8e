/**
 * A hand reaching across the back (issue 10 §3): in gentle stroking (two hands gliding out and
 * down both flanks, the therapist at the person's left) the right hand works the far flank. With
 * the shoulders where the standing therapist has them, no turn of the elbow keeps that arm out of
 * the body (its forearm ran 29 mm into the ridge of the back). solveArmReach brings the shoulder
 * up and over the table, as a therapist leaning over to reach across does, and the arm clears;
 * the near arm, already clear, keeps its shoulder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Quaternion, Vector3 } from 'three';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { therapistAtOf } from '../../../src/domain/motion/stance';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import {
  HIP_HEIGHT_M,
  armClearance,
  createTherapistState,
  handWristFrame,
  roomDownInBody,
  solveArmReach,
  solveElbowClear,
  solveTherapist,
} from '../../../src/scene/actors/armRig';
import { TABLE_HEIGHT, applyPose, bodyPose } from '../../../src/domain/anatomy/positions';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { testAnatomies, testTechniques, type TestAnatomy } from '../motion/fixtures/anatomy';

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('an arm reaching across the back', () => {
  it('gentle stroking, the far (right) hand on the far flank: the shoulder comes over the table and the arm clears the body', () => {
    const a = real as TestAnatomy;
    const surface = a.surface as MeshSurface;
    const full = testTechniques().find((t) => t.technique.id === 'gentle-back-stroking')!.technique;
    const technique = demoTechnique(full).technique;
    const tl = compile(technique, a.anatomy);
    const s = createMotionSample();
    sampleInto(tl, 7.0, s);
    const place = therapistAtOf(technique.steps[s.stepIndex]!, technique.position);
    expect(place).toBe('left');
    const hl = createHand('left', { forearmEnd: 'arm' });
    const hr = createHand('right', { forearmEnd: 'arm' });
    poseHand(hl, s.left, createHandPose(), surface);
    poseHand(hr, s.right, createHandPose(), surface);
    const wl = new Vector3();
    const wr = new Vector3();
    const ql = new Quaternion();
    const qr = new Quaternion();
    expect(handWristFrame(hl, wl, ql) && handWristFrame(hr, wr, qr)).toBe(true);
    expect(wr.x).toBeGreaterThan(0.03); // the right hand is on the right (far) flank
    const stubL = new Vector3(0, -1, 0).applyQuaternion(ql);
    const stubR = new Vector3(0, -1, 0).applyQuaternion(qr);
    const st = createTherapistState();
    solveTherapist(place, 'prone', wl, wr, true, true, stubL, stubR, st);
    const down = roomDownInBody('prone', new Vector3());
    // the elbow's pole as poseArms aims it (out, away from the other arm, along the stub, down)
    const poleFor = (W: Vector3, oW: Vector3, S: Vector3, oS: Vector3, stub: Vector3) =>
      new Vector3().subVectors(W, oW).normalize().add(new Vector3().subVectors(S, oS).normalize()).addScaledVector(stub, 0.3).addScaledVector(down, 0.15);
    const poleR = poleFor(wr, wl, st.shoulderR, st.shoulderL, stubR);
    // Before: the elbow alone cannot bring the far arm out of the body.
    const S0 = st.shoulderR.clone();
    const e0 = new Vector3();
    solveElbowClear(wr, S0, poleR, surface, e0);
    const before = armClearance(surface, wr, e0, S0);
    // After: the shoulder reaches over.
    const S1 = st.shoulderR.clone();
    const e1 = new Vector3();
    const after = solveArmReach(wr, S1, poleR, down, surface, e1);
    console.log(`[reach] far arm clearance ${(before * 1000).toFixed(0)} mm → ${(after * 1000).toFixed(0)} mm; shoulder moved ${(S1.distanceTo(st.shoulderR) * 100).toFixed(1)} cm`);
    expect(before).toBeLessThan(0);
    expect(after).toBeGreaterThanOrEqual(0);
    expect(after).toBeCloseTo(armClearance(surface, wr, e1, S1), 9);
    // still a standing therapist's shoulder: above the hips, beside the table (left of the hand)
    const room = applyPose(bodyPose('prone').pose, [S1.x, S1.y, S1.z]);
    expect(room[1] + TABLE_HEIGHT).toBeGreaterThan(HIP_HEIGHT_M + 0.1);
    expect(S1.x).toBeLessThan(wr.x - 0.1);
    // The near (left) arm was clear already: its shoulder stays where it was.
    const poleL = poleFor(wl, wr, st.shoulderL, st.shoulderR, stubL);
    const SL = st.shoulderL.clone();
    solveArmReach(wl, SL, poleL, down, surface, new Vector3());
    expect(SL.distanceTo(st.shoulderL)).toBeLessThan(1e-9);
  });
});

describe('the shoulder reaching over follows the hand continuously', () => {
  it('a hand sliding across the far flank in 1 mm steps: the shoulder never jumps (was 8 steps of 3.75 cm)', () => {
    const a = real as TestAnatomy;
    const surface = a.surface as MeshSurface;
    const full = testTechniques().find((t) => t.technique.id === 'gentle-back-stroking')!.technique;
    const technique = demoTechnique(full).technique;
    const tl = compile(technique, a.anatomy);
    const s = createMotionSample();
    sampleInto(tl, 7.0, s);
    const hl = createHand('left', { forearmEnd: 'arm' });
    const hr = createHand('right', { forearmEnd: 'arm' });
    poseHand(hl, s.left, createHandPose(), surface);
    poseHand(hr, s.right, createHandPose(), surface);
    const wl = new Vector3();
    const wr = new Vector3();
    const ql = new Quaternion();
    const qr = new Quaternion();
    handWristFrame(hl, wl, ql);
    handWristFrame(hr, wr, qr);
    const stubL = new Vector3(0, -1, 0).applyQuaternion(ql);
    const stubR = new Vector3(0, -1, 0).applyQuaternion(qr);
    const st = createTherapistState();
    solveTherapist('left', 'prone', wl, wr, true, true, stubL, stubR, st);
    const down = roomDownInBody('prone', new Vector3());
    const pole = new Vector3().subVectors(wr, wl).normalize().add(new Vector3().subVectors(st.shoulderR, st.shoulderL).normalize()).addScaledVector(stubR, 0.3).addScaledVector(down, 0.15);
    // the wrist slides from 6 cm nearer the spine to 4 cm further out over the far flank, on the skin's height
    const W = new Vector3();
    const S = new Vector3();
    const E = new Vector3();
    const prev = new Vector3();
    let maxJump = 0;
    let minLift = Infinity;
    let maxLift = 0;
    let worstClear = Infinity;
    for (let k = 0; k <= 100; k++) {
      W.copy(wr);
      W.x += -0.06 + k * 0.001;
      S.copy(st.shoulderR);
      const c = solveArmReach(W, S, pole, down, surface, E);
      worstClear = Math.min(worstClear, c);
      const lift = S.distanceTo(st.shoulderR);
      minLift = Math.min(minLift, lift);
      maxLift = Math.max(maxLift, lift);
      if (k > 0) maxJump = Math.max(maxJump, S.distanceTo(prev));
      prev.copy(S);
    }
    console.log(`[reach] wrist across 10 cm in 1 mm steps: shoulder lifted ${(minLift * 100).toFixed(1)}–${(maxLift * 100).toFixed(1)} cm, largest jump ${(maxJump * 1000).toFixed(1)} mm per mm of wrist, clearance ≥ ${(worstClear * 1000).toFixed(1)} mm`);
    // the sweep does make the shoulder come over (by several centimetres, changing)
    expect(maxLift - minLift).toBeGreaterThan(0.03);
    // continuous: a few mm of shoulder per mm of wrist at most (the 8-step lift jumped 44 mm at once)
    expect(maxJump).toBeLessThan(0.006);
  });
});
