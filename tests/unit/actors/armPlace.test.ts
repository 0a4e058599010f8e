/**
 * Where the therapist stands (issue 10 §3): the `therapist_at` step field (format 2) and the
 * default per move and position (stance.ts), and the standing-therapist model that puts the
 * shoulders there (armRig.solveTherapist).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { StepSchema, THERAPIST_PLACES } from '../../../src/domain/technique/schema';
import { v2FeaturesIn } from '../../../src/domain/technique/migrate';
import { CHEST_LEAD_M, defaultTherapistAt, therapistAtOf, therapistLeadOf } from '../../../src/domain/motion/stance';
import {
  FOREARM_M,
  HIP_HEIGHT_M,
  SHOULDER_HALF_M,
  SHOULDER_HEIGHT_M,
  TORSO_GAP_M,
  UPPER_ARM_M,
  createTherapistState,
  solveElbow,
  solveTherapist,
} from '../../../src/scene/actors/armRig';
import { TABLE_HEIGHT, TABLE_WIDTH, applyPose, bodyPose } from '../../../src/domain/anatomy/positions';

/** A real step of the library (the first of the warming rub). */
const STEP = (JSON.parse(readFileSync('data/techniques/classic-warming-rub.json', 'utf8')) as { steps: object[] }).steps[0]!;

describe('therapist_at (format 2 step field)', () => {
  it('accepts the four places and rejects others', () => {
    for (const p of THERAPIST_PLACES) {
      const r = StepSchema.safeParse({ ...STEP, therapist_at: p });
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    }
    expect(StepSchema.safeParse(STEP).success).toBe(true);
    const bad = StepSchema.safeParse({ ...STEP, therapist_at: 'ceiling' });
    expect(bad.success).toBe(false);
  });

  it('is a version-2 feature (a version-1 file using it is told to say format_version 2)', () => {
    const issues = v2FeaturesIn({ format_version: 1, steps: [{ move: 'rub', therapist_at: 'left' }] });
    expect(issues.map((i) => i.path.join('.'))).toContain('steps.0.therapist_at');
  });

  it('is in the JSON Schema (npm run schema)', () => {
    const text = readFileSync('data/schema/technique.schema.json', 'utf8');
    expect(text).toContain('"therapist_at"');
  });
});

describe('default place per move (a teacher’s reading)', () => {
  it('one-sided kneading and wringing from the opposite side', () => {
    for (const move of ['knead-palm', 'knead-fist', 'wringing']) {
      expect(defaultTherapistAt({ move, side: 'left' })).toBe('right');
      expect(defaultTherapistAt({ move, side: 'right' })).toBe('left');
    }
  });
  it('presses, strokes and rubs on one side from that side', () => {
    for (const move of ['point-press', 'palm-press', 'rub', 'effleurage', 'set-cup', 'percussion']) {
      expect(defaultTherapistAt({ move, side: 'left' })).toBe('left');
      expect(defaultTherapistAt({ move, side: 'right' })).toBe('right');
    }
  });
  it('two-sided work from the person’s left; side-lying from the side the back faces; seated from behind', () => {
    expect(defaultTherapistAt({ move: 'effleurage', side: 'both' })).toBe('left');
    expect(defaultTherapistAt({ move: 'rub' })).toBe('left');
    expect(defaultTherapistAt({ move: 'rub', side: 'left' }, 'side-lying-left')).toBe('left');
    expect(defaultTherapistAt({ move: 'knead-palm', side: 'left' }, 'side-lying-right')).toBe('right');
    expect(defaultTherapistAt({ move: 'rub' }, 'seated')).toBe('foot');
  });
  it('the step’s own field wins; its position, else the technique’s, picks the default', () => {
    expect(therapistAtOf({ move: 'knead-palm', side: 'left', therapist_at: 'head' })).toBe('head');
    expect(therapistAtOf({ move: 'rub', position: 'seated' }, 'prone')).toBe('foot');
    expect(therapistAtOf({ move: 'rub' }, 'side-lying-right')).toBe('right');
  });
  it('long two-handed strokes prone from beside the table are worked from chest level; every other step level with the hands', () => {
    expect(CHEST_LEAD_M).toBeGreaterThanOrEqual(0.2);
    expect(therapistLeadOf({ move: 'effleurage', side: 'both' })).toBe(CHEST_LEAD_M);
    expect(therapistLeadOf({ move: 'effleurage' })).toBe(CHEST_LEAD_M);
    expect(therapistLeadOf({ move: 'effleurage', side: 'both', therapist_at: 'right' })).toBe(CHEST_LEAD_M);
    // one hand on its own side, from the head or foot end, another position, another move: 0
    expect(therapistLeadOf({ move: 'effleurage', side: 'left' })).toBe(0);
    expect(therapistLeadOf({ move: 'effleurage', side: 'both', therapist_at: 'head' })).toBe(0);
    expect(therapistLeadOf({ move: 'effleurage', side: 'both' }, 'seated')).toBe(0);
    expect(therapistLeadOf({ move: 'effleurage', side: 'both', position: 'side-lying-left' })).toBe(0);
    for (const move of ['rub', 'circular-rub', 'knead-palm', 'percussion', 'palm-press', 'wringing']) expect(therapistLeadOf({ move, side: 'both' })).toBe(0);
    expect(therapistLeadOf(undefined)).toBe(0);
  });
  it('the side-lying default stands where the back faces (room)', () => {
    for (const [pos, place] of [['side-lying-left', 'left'], ['side-lying-right', 'right']] as const) {
      const back = bodyPose(pos).backDir;
      expect(Math.sign(back[0])).toBe(place === 'left' ? -1 : 1);
    }
  });
});

describe('standing therapist', () => {
  const zero = new Vector3(0, 0, 0);
  it('upright when the hands are within reach: shoulders at standing height, the torso 20 cm from the edge', () => {
    // wrists just inside the right edge of the table, 45 cm above its top (room), prone
    const pose = bodyPose('prone').pose;
    const st = createTherapistState();
    // body-frame points of room (0.3, 0.45, z) for both wrists
    const toBody = (p: [number, number, number]) => {
      // invert the rigid pose
      const r = pose.rotation;
      const d = [p[0] - pose.translation[0], p[1] - pose.translation[1], p[2] - pose.translation[2]];
      return new Vector3(r[0] * d[0]! + r[3] * d[1]! + r[6] * d[2]!, r[1] * d[0]! + r[4] * d[1]! + r[7] * d[2]!, r[2] * d[0]! + r[5] * d[1]! + r[8] * d[2]!);
    };
    const wl = toBody([0.3, 0.45, 0.15]);
    const wr = toBody([0.3, 0.45, -0.15]);
    solveTherapist('right', 'prone', wl, wr, true, true, zero, zero, st);
    expect(st.lean).toBe(0);
    expect(st.hip.x).toBeCloseTo(TABLE_WIDTH / 2 + TORSO_GAP_M + 0.08, 3);
    expect(st.hip.y + TABLE_HEIGHT).toBeCloseTo(HIP_HEIGHT_M, 6);
    for (const s of [st.shoulderL, st.shoulderR]) {
      const room = applyPose(pose, [s.x, s.y, s.z]);
      expect(room[1] + TABLE_HEIGHT).toBeCloseTo(SHOULDER_HEIGHT_M, 3);
    }
    expect(st.shoulderL.distanceTo(st.shoulderR)).toBeCloseTo(2 * SHOULDER_HALF_M, 6);
  });
  it('leans forward (shoulders lower, nearer) to reach the middle of the back', () => {
    const st = createTherapistState();
    const w = new Vector3(0, 0.1, 0.12); // body frame: the lower back
    solveTherapist('left', 'prone', w, w, true, true, zero, zero, st);
    expect(st.lean).toBeGreaterThan(0.3);
    const room = applyPose(bodyPose('prone').pose, [st.shoulderL.x, st.shoulderL.y, st.shoulderL.z]);
    expect(room[0]).toBeLessThan(0); // on the person's left side
    expect(room[1] + TABLE_HEIGHT).toBeLessThan(SHOULDER_HEIGHT_M);
  });
  it('two-bone IK keeps both lengths and aims the elbow at the pole', () => {
    const W = new Vector3(0, 0, 0);
    const S = new Vector3(0.3, 0.2, 0.1);
    const E = new Vector3();
    const pole = new Vector3(0, 0, -1);
    solveElbow(W, S, pole, E);
    expect(E.distanceTo(W)).toBeCloseTo(FOREARM_M, 9);
    expect(E.distanceTo(S)).toBeCloseTo(UPPER_ARM_M, 9);
    // the elbow lies on the pole's side of the wrist–shoulder line
    const mid = W.clone().add(S).multiplyScalar(0.5);
    expect(E.clone().sub(mid).dot(pole)).toBeGreaterThan(0);
    // out of reach: the shoulder is pulled in along the line, the lengths stay
    const far = new Vector3(1, 0, 0);
    const pulled = solveElbow(W, far, pole, E);
    expect(pulled).toBeGreaterThan(0.4);
    expect(E.distanceTo(W)).toBeCloseTo(FOREARM_M, 9);
    expect(E.distanceTo(far)).toBeCloseTo(UPPER_ARM_M, 9);
  });
});
