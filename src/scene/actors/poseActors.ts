import { Matrix4, Quaternion, Vector3 } from 'three';
import { blendShapes, createHandPose, type HandPose } from '../../domain/motion/handShapes';
import { sampleInto } from '../../domain/motion/sample';
import { createMotionSample } from '../../domain/motion/blankSample';
import type { ActorSample } from '../../domain/motion/types';
import { createHand, type HandRig } from './handRig';
import { cupGrip, type CupGrip, type CupRig } from './cupRig';
import type { MeshSurface } from '../../geometry/meshSurface';
import { conformHand } from './conformHand';
import { fitFlesh } from './fleshPress';
import {
  aimHandForearm,
  createArm,
  createTherapistState,
  handWristFrame,
  roomDownInBody,
  solveArmReach,
  solveArmAimed,
  solveTherapist,
  type ArmRig,
  type ArmSolution,
  type TherapistState,
} from './armRig';
import { therapistAtOf, therapistLeadOf, type TherapistPlace } from '../../domain/motion/stance';
import { stepPosition, type BodyPosition } from '../../domain/anatomy/positions';
import type { Technique } from '../../domain/technique/schema';
import type { MotionSample, Timeline } from '../../domain/motion/types';

/** How deep a full-pressure hand sinks into the skin, metres (the dent of pressure). */
export const MAX_PRESS_DEPTH_M = 0.006;

// Scratch objects (this runs every frame: never allocate here).
const _p = new Vector3();
const _n = new Vector3();
const _f = new Vector3();
const _grip: CupGrip = { point: new Vector3(), normal: new Vector3(), forward: new Vector3() };

/**
 * A hand gripping the cup where the cup rig is not given (node-side checks) is drawn see-through;
 * with the cup rig it holds the cup's top (poseHand).
 */
function setGhost(rig: HandRig, ghost: boolean) {
  const m = rig.material;
  if (m.transparent === ghost) return; // only on a change: toggling recompiles the program
  m.transparent = ghost;
  m.opacity = ghost ? 0.3 : 1;
  m.depthWrite = !ghost;
  m.needsUpdate = true;
  rig.fadeMaterial.visible = !ghost;
}

/**
 * Poses one hand rig from a motion sample: shape blend, contact placement, then (given the
 * skin) the hand follows the curve of the back (conformHand: palm fitted, fingers bent joint
 * by joint to the skin, forearm kept out of the body). The one code path used by the scene
 * (every frame) and by the node-side motion checks, so what is checked is what is drawn.
 * `pose` is caller-owned scratch. No allocation.
 */
export function poseHand(rig: HandRig, a: ActorSample, pose: HandPose, surface?: MeshSurface, cup?: CupRig | null): void {
  rig.visible = a.active;
  rig.flesh.uFlOn.value = 0;
  if (!a.active) return;
  // A hand holding the placed cup takes it by its closed top (cupGrip): drawn solid, not through
  // the glass. Without the cup rig (node-side checks) it keeps the old see-through grip.
  const holding = a.grip === 'cup' && cup != null && cup.visible;
  setGhost(rig, a.grip === 'cup' && !holding);
  blendShapes(a.shape, a.nextShape, a.blend, pose);
  rig.applyShape(pose);
  if (holding) {
    cupGrip(cup, _grip);
    rig.placeContact(_grip.point, _grip.normal, _grip.forward, 0.012);
    return;
  }
  _p.set(a.position[0], a.position[1], a.position[2]);
  _n.set(a.normal[0], a.normal[1], a.normal[2]);
  _f.set(a.forward[0], a.forward[1], a.forward[2]);
  const dent = a.contact ? a.pressure * MAX_PRESS_DEPTH_M : 0;
  rig.placeContact(_p, _n, _f, dent);
  if (surface && a.grip !== 'cup') {
    conformHand(rig, surface, _n, dent, a.lift);
    // its soft pads pressed flat where the skin curves under the rigid palm (fleshPress.ts)
    if (a.contact) {
      _toParent.multiplyMatrices(rig.matrix, rig.mirror.matrix).multiply(rig.mesh.matrix);
      _toMesh.copy(_toParent).invert();
      fitFlesh(rig.flesh, _toParent, _toMesh, surface, _n, dent);
    }
  }
}
const _toParent = new Matrix4();
const _toMesh = new Matrix4();

/** Poses the cup rig from a motion sample (suction only while on the skin). */
export function poseCup(rig: CupRig, a: ActorSample): void {
  rig.visible = a.active;
  if (!a.active) return;
  _p.set(a.position[0], a.position[1], a.position[2]);
  _n.set(a.normal[0], a.normal[1], a.normal[2]);
  _f.set(a.forward[0], a.forward[1], a.forward[2]);
  rig.placeCup(_p, _n, _f, a.contact ? a.pressure : 0);
}

// Arms: scratch (never reallocated)
const _wl = new Vector3();
const _wr = new Vector3();
const _ql = new Quaternion();
const _qr = new Quaternion();
const _stubL = new Vector3();
const _stubR = new Vector3();
const _down = new Vector3();
const _pole = new Vector3();
const _elbow = new Vector3();
const _out = new Vector3();
const _wp = new Vector3();
const _st = createTherapistState();
const _st2 = createTherapistState();


/** How high the shoulders rise halfway through a change of place, metres (poseArms). */
export const SIDE_CHANGE_LIFT_M = 0.35;

/** Where the arms come from in one frame: the step's place, and while moving between two steps
 * that stand differently, the previous place and how far the move has got (0 → 1). */
export interface ArmPlacement {
  place: TherapistPlace;
  from: TherapistPlace;
  blend: number;
  position: BodyPosition;
  /** How far towards the person's head of the hands the therapist stands at `place` (and at `from`),
   * metres (stance.ts `therapistLeadOf`); 0 when omitted. */
  lead?: number;
  fromLead?: number;
}

/** Where the therapist stands for each step of a technique: the place (the step's therapist_at or
 * the move's default), how far headward of the hands (long strokes down the back: chest level)
 * and the body's position. */
export interface TherapistStances {
  places: readonly TherapistPlace[];
  leads: readonly number[];
  positions: readonly BodyPosition[];
  /** The technique's own position (before its first step). */
  position: BodyPosition;
}

export function therapistStances(technique: Technique): TherapistStances {
  return {
    places: technique.steps.map((st) => therapistAtOf(st, technique.position)),
    leads: technique.steps.map((st) => therapistLeadOf(st, technique.position)),
    positions: technique.steps.map((_, i) => stepPosition(technique, i)),
    position: stepPosition(technique, -1),
  };
}

/** Where the arms come from at a motion sample, written into `out` (no allocation): the step's
 * place, and in the transition into a step, walking from the previous step's place. */
export function armPlacementAt(stances: TherapistStances, smp: MotionSample, out: ArmPlacement): ArmPlacement {
  const i = smp.stepIndex;
  const between = smp.inTransition && smp.repetition === 0 && i > 0;
  out.place = stances.places[i] ?? 'left';
  out.from = between ? (stances.places[i - 1] ?? out.place) : out.place;
  out.lead = stances.leads[i] ?? 0;
  out.fromLead = between ? (stances.leads[i - 1] ?? 0) : out.lead;
  out.blend = between && smp.stepDuration > 0 ? smp.stepTime / smp.stepDuration : 1;
  out.position = stances.positions[i] ?? stances.position;
  return out;
}

/** Knots of an ArmTrack, seconds apart. */
export const ARM_KNOT_S = 0.1;
/** Half-width of an ArmTrack's smoothing over time (triangular weights), seconds. */
export const ARM_SMOOTH_S = 0.8;
/** Knots kept (a ring: the window needs 2 × ARM_SMOOTH_S / ARM_KNOT_S + 1 = 17). */
const KNOT_SLOTS = 64;
const SLOT = 10;

/** One arm's smoothed elbow direction (the weighted sum of the knots' unit directions) and lift
 * at the last ArmTrack.prepare (ok false: no knot near). */
interface SmoothedArm extends ArmSolution {
  ok: boolean;
}
const smoothedArm = (): SmoothedArm => ({ ok: false, dir: new Vector3(), up: 0 });

/**
 * The arms' elbow direction and reach-over lift as a smooth function of TIME (issue 10 §3). The
 * per-pose solver (solveArmReach: the first of a fan of elbow turns that clears the skin) is
 * right at any one pose, but its choice flips from one frame to the next (the elbow out beside
 * the body ↔ up over the back: 26 cm in a frame). The track solves the arms, posed afresh, at
 * fixed knots of the compiled timeline (every ARM_KNOT_S from t = 0: the hands sampled and
 * placed as the scene places them, without the fit to the skin; the therapist placed;
 * solveArmReach) and keeps where each elbow points (a unit vector off its wrist–shoulder axis,
 * body frame) and each shoulder's lift. At a time t
 * it takes the weighted mean of the knots within ±ARM_SMOOTH_S (triangular weights): the
 * direction and the lift change continuously, and a flip becomes a swing of ~1.6 s. poseArms then
 * aims the elbow along that direction with that lift, and lifts the shoulder further only where
 * that arm would not clear the skin (solveArmAimed).
 *
 * A knot's value depends on its time alone, never on the frames drawn before: the knots are a
 * cache of pure results (a ring, recomputed when evicted), so a seek, an imported file or a
 * video export shows the same arms as playback at the same time. One track per compiled
 * timeline (and skin); it owns two hidden hands and arms to pose the knots (the hands without a
 * cup rig: a hand on the cup is placed at the sample's contact). Per frame at 60 fps one knot
 * in six frames; after a seek, the 17 of the window. No allocation after construction.
 */
export class ArmTrack {
  readonly left = smoothedArm();
  readonly right = smoothedArm();
  private readonly hands: { left: HandRig; right: HandRig };
  private readonly arms: { left: ArmRig; right: ArmRig };
  private readonly poses = { left: createHandPose(), right: createHandPose() };
  private readonly smp = createMotionSample();
  private readonly at: ArmPlacement = { place: 'left', from: 'left', blend: 1, position: 'prone' };
  private readonly key = new Float64Array(KNOT_SLOTS).fill(-1);
  /** Per slot: [visible, elbow direction x, y, z, lift] × left, right. */
  private readonly val = new Float64Array(KNOT_SLOTS * SLOT);
  /** Knots computed since construction (for tests: the cache works). */
  computed = 0;

  constructor(
    readonly timeline: Timeline,
    readonly stances: TherapistStances,
    readonly surface?: MeshSurface,
  ) {
    this.hands = { left: createHand('left', { forearmEnd: 'arm' }), right: createHand('right', { forearmEnd: 'arm' }) };
    this.arms = { left: createArm('left'), right: createArm('right') };
  }

  /** Forgets every knot (the next prepare recomputes them: same values). */
  forget(): void {
    this.key.fill(-1);
  }

  private knot(k: number): number {
    const slot = k % KNOT_SLOTS;
    if (this.key[slot] === k) return slot;
    const t = Math.min(k * ARM_KNOT_S, this.timeline.duration);
    const s = sampleInto(this.timeline, t, this.smp);
    const h = this.hands;
    // the hands placed at the sample's contacts, not conformed to the skin (a few mm and degrees
    // at the wrist; the direction of the elbow is what is kept): half the cost of a knot
    poseHand(h.left, s.left, this.poses.left);
    poseHand(h.right, s.right, this.poses.right);
    armPlacementAt(this.stances, s, this.at);
    poseArmsWith(this.arms.left, this.arms.right, h.left, h.right, this.at, this.surface, null);
    const o = slot * SLOT;
    const v = this.val;
    v[o] = this.arms.left.visible ? 1 : 0;
    v[o + 1] = _solL.dir.x;
    v[o + 2] = _solL.dir.y;
    v[o + 3] = _solL.dir.z;
    v[o + 4] = _solL.up;
    v[o + 5] = this.arms.right.visible ? 1 : 0;
    v[o + 6] = _solR.dir.x;
    v[o + 7] = _solR.dir.y;
    v[o + 8] = _solR.dir.z;
    v[o + 9] = _solR.up;
    this.key[slot] = k;
    this.computed++;
    return slot;
  }

  /** The smoothed elbow direction and lift of both arms at time t (into `left`/`right`). No allocation. */
  prepare(t: number): void {
    const R = ARM_SMOOTH_S;
    const k0 = Math.max(0, Math.ceil((t - R) / ARM_KNOT_S));
    const k1 = Math.min(Math.ceil(this.timeline.duration / ARM_KNOT_S), Math.floor((t + R) / ARM_KNOT_S));
    const L = this.left;
    const Rt = this.right;
    L.dir.set(0, 0, 0);
    Rt.dir.set(0, 0, 0);
    let wl = 0;
    let ul = 0;
    let wr = 0;
    let ur = 0;
    const v = this.val;
    for (let k = k0; k <= k1; k++) {
      const w = 1 - Math.abs(t - k * ARM_KNOT_S) / R;
      if (w <= 0) continue;
      const o = this.knot(k) * SLOT;
      if (v[o] === 1) {
        wl += w;
        L.dir.x += w * (v[o + 1] as number);
        L.dir.y += w * (v[o + 2] as number);
        L.dir.z += w * (v[o + 3] as number);
        ul += w * (v[o + 4] as number);
      }
      if (v[o + 5] === 1) {
        wr += w;
        Rt.dir.x += w * (v[o + 6] as number);
        Rt.dir.y += w * (v[o + 7] as number);
        Rt.dir.z += w * (v[o + 8] as number);
        ur += w * (v[o + 9] as number);
      }
    }
    L.ok = wl > 1e-9;
    L.up = L.ok ? ul / wl : 0;
    Rt.ok = wr > 1e-9;
    Rt.up = Rt.ok ? ur / wr : 0;
  }

  dispose(): void {
    this.hands.left.dispose();
    this.hands.right.dispose();
    this.arms.left.dispose();
    this.arms.right.dispose();
  }
}

const _solL: ArmSolution = { dir: new Vector3(), up: 0 };
const _solR: ArmSolution = { dir: new Vector3(), up: 0 };

/**
 * Poses both arms after the hands (poseHand): the therapist stands at the step's place
 * (solveTherapist: hips at the table, leaning as needed), each arm is a two-bone chain from its
 * shoulder to its hand's wrist, the elbow aimed along the hand's forearm, out (away from the
 * other arm) and down, turned out of the skin when given the skin. With a `track` (the scene's:
 * one per compiled timeline) and the time `t` of the sample the hands were posed at, the elbow's
 * turn and the shoulder's reach-over lift follow the track (smooth in time, ArmTrack) instead of
 * being chosen afresh for this pose alone. No allocation.
 * Returns the therapist state (shoulders in the body frame) for checks.
 */
export function poseArms(
  armL: ArmRig,
  armR: ArmRig,
  handL: HandRig,
  handR: HandRig,
  at: ArmPlacement,
  surface?: MeshSurface,
  track?: ArmTrack | null,
  t = 0,
): TherapistState {
  // the knots first: they pose the track's own hands and arms with the same scratch
  if (track) track.prepare(t);
  return poseArmsWith(armL, armR, handL, handR, at, surface, track ?? null);
}

function poseArmsWith(
  armL: ArmRig,
  armR: ArmRig,
  handL: HandRig,
  handR: HandRig,
  at: ArmPlacement,
  surface: MeshSurface | undefined,
  track: ArmTrack | null,
): TherapistState {
  const aL = handWristFrame(handL, _wl, _ql);
  const aR = handWristFrame(handR, _wr, _qr);
  armL.visible = aL;
  armR.visible = aR;
  if (!aL && !aR) return _st;
  if (!aL) {
    _wl.copy(_wr);
    _ql.copy(_qr);
  }
  if (!aR) {
    _wr.copy(_wl);
    _qr.copy(_ql);
  }
  roomDownInBody(at.position, _down);
  _stubL.set(0, -1, 0).applyQuaternion(_ql);
  _stubR.set(0, -1, 0).applyQuaternion(_qr);
  solveTherapist(at.place, at.position, _wl, _wr, aL, aR, _stubL, _stubR, _st, at.lead ?? 0);
  if ((at.from !== at.place || (at.fromLead ?? 0) !== (at.lead ?? 0)) && at.blend < 1) {
    solveTherapist(at.from, at.position, _wl, _wr, aL, aR, _stubL, _stubR, _st2, at.fromLead ?? 0);
    const b = at.blend < 0 ? 0 : at.blend;
    _st.shoulderL.lerpVectors(_st2.shoulderL, _st.shoulderL, b);
    _st.shoulderR.lerpVectors(_st2.shoulderR, _st.shoulderR, b);
    if (at.from !== at.place) {
      // Changing places (left ↔ right, to an end of the table) in the second or so the hands
      // take to travel, the therapist cannot walk round the table with the hands still in reach:
      // the shoulders rise and go over it, clear above the person (the old straight lerp slid
      // them across at working height, ~20 cm over the back, where the chest below them would
      // be in the body), and come down at the new place.
      const up = SIDE_CHANGE_LIFT_M * Math.sin(Math.PI * (b > 1 ? 1 : b));
      _st.shoulderL.addScaledVector(_down, -up);
      _st.shoulderR.addScaledVector(_down, -up);
    }
  }
  if (aL) poseOneArm(armL, handL, _wl, _ql, _stubL, _st.shoulderL, _wr, _st.shoulderR, surface, track ? track.left : null, _solL);
  if (aR) poseOneArm(armR, handR, _wr, _qr, _stubR, _st.shoulderR, _wl, _st.shoulderL, surface, track ? track.right : null, _solR);
  return _st;
}

function poseOneArm(
  arm: ArmRig,
  hand: HandRig,
  W: Vector3,
  q: Quaternion,
  stub: Vector3,
  S: Vector3,
  otherW: Vector3,
  otherS: Vector3,
  surface: MeshSurface | undefined,
  smooth: SmoothedArm | null,
  sol: ArmSolution,
): void {
  // elbow: out, away from the other arm (its wrist and its shoulder), a little where the hand's
  // forearm points and a little down; the shoulder comes over the table when the arm must reach
  // across the back (solveArmReach)
  _out.subVectors(S, otherS).normalize();
  _pole.subVectors(W, otherW);
  if (_pole.lengthSq() > 1e-8) _pole.normalize();
  _pole.add(_out).addScaledVector(stub, 0.3).addScaledVector(_down, 0.15);
  if (smooth?.ok) solveArmAimed(W, S, smooth.dir, _down, surface, smooth.up, _elbow);
  else solveArmReach(W, S, _pole, _down, surface, _elbow, sol);
  // the wrist bends to the arm: the hand's stub runs towards the elbow, and the arm takes over from it
  aimHandForearm(hand, _elbow);
  handWristFrame(hand, _wp, q);
  arm.setChain(W, q, _elbow, S);
}
