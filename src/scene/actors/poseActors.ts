import { Quaternion, Vector3 } from 'three';
import { blendShapes, type HandPose } from '../../domain/motion/handShapes';
import type { ActorSample } from '../../domain/motion/types';
import type { HandRig } from './handRig';
import { cupGrip, type CupGrip, type CupRig } from './cupRig';
import type { MeshSurface } from '../../geometry/meshSurface';
import { conformHand } from './conformHand';
import {
  aimHandForearm,
  createTherapistState,
  handWristFrame,
  roomDownInBody,
  solveArmReach,
  solveTherapist,
  type ArmRig,
  type TherapistState,
} from './armRig';
import { therapistAtOf, therapistLeadOf, type TherapistPlace } from '../../domain/motion/stance';
import { stepPosition, type BodyPosition } from '../../domain/anatomy/positions';
import type { Technique } from '../../domain/technique/schema';
import type { MotionSample } from '../../domain/motion/types';

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
  if (surface && a.grip !== 'cup') conformHand(rig, surface, _n, dent, a.lift);
}

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

/**
 * Poses both arms after the hands (poseHand): the therapist stands at the step's place
 * (solveTherapist: hips at the table, leaning as needed), each arm is a two-bone chain from its
 * shoulder to its hand's wrist, the elbow aimed along the hand's forearm, out (away from the
 * other arm) and down, turned out of the skin when given the skin. No allocation.
 * Returns the therapist state (shoulders in the body frame) for checks.
 */
export function poseArms(
  armL: ArmRig,
  armR: ArmRig,
  handL: HandRig,
  handR: HandRig,
  at: ArmPlacement,
  surface?: MeshSurface,
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
  if (aL) poseOneArm(armL, handL, _wl, _ql, _stubL, _st.shoulderL, _wr, _st.shoulderR, surface);
  if (aR) poseOneArm(armR, handR, _wr, _qr, _stubR, _st.shoulderR, _wl, _st.shoulderL, surface);
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
  surface?: MeshSurface,
): void {
  // elbow: out, away from the other arm (its wrist and its shoulder), a little where the hand's
  // forearm points and a little down; the shoulder comes over the table when the arm must reach
  // across the back (solveArmReach)
  _out.subVectors(S, otherS).normalize();
  _pole.subVectors(W, otherW);
  if (_pole.lengthSq() > 1e-8) _pole.normalize();
  _pole.add(_out).addScaledVector(stub, 0.3).addScaledVector(_down, 0.15);
  solveArmReach(W, S, _pole, _down, surface, _elbow);
  // the wrist bends to the arm: the hand's stub runs towards the elbow, and the arm takes over from it
  aimHandForearm(hand, _elbow);
  handWristFrame(hand, _wp, q);
  arm.setChain(W, q, _elbow, S);
}
