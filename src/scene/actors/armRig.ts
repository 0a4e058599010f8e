import { Bone, Color, Group, Matrix4, MeshStandardMaterial, Quaternion, Skeleton, SkinnedMesh, Vector3 } from 'three';
import { SkinnedMeshBuilder, gauss, smoothstep, type Influence } from './meshBuilder';
import type { HandRig, HandSide } from './handRig';
import { TABLE_HEIGHT, bodyPose, poseMatrix, type BodyPosition } from '../../domain/anatomy/positions';
import type { TherapistPlace } from '../../domain/motion/stance';
import type { MeshSurface } from '../../geometry/meshSurface';

/**
 * The therapist's arm (issue 10 §3; DESIGN §8 "an analytic two-bone chain aimed from where the
 * therapist stands"): one opaque SkinnedMesh, ONE draw call, from the wrist (where it takes over
 * from the hand's short forearm stub, `forearmEnd: 'arm'`) along the forearm, over the elbow and
 * the upper arm to the shoulder, the upper half in a tunic sleeve. Three bones, none scaled, so
 * the forearm (FOREARM_M, wrist → elbow) and the upper arm (UPPER_ARM_M, elbow → shoulder) keep
 * their lengths whatever the pose:
 *
 * - `wrist`: at the wrist, turned like the hand's forearm bone (the first centimetres of the arm
 *   follow the hand, then blend into the forearm: a wrist that bends, not a kink);
 * - `forearm`: at the wrist, its −Y towards the elbow;
 * - `upper`: at the elbow, its −Y towards the shoulder.
 *
 * The rig lives in the same parent frame as the hands (the body frame). `setChain` places the
 * bones; `solveElbow` is the two-bone IK. Pure three.js, no React; per-frame calls allocate
 * nothing.
 */

/** Wrist → elbow, metres. */
export const FOREARM_M = 0.26;
/** Elbow → shoulder joint, metres. */
export const UPPER_ARM_M = 0.3;
/** The arm never stretches straighter than this share of its length (a soft elbow). */
export const MAX_REACH = 0.97;

export interface ArmOptions {
  skinColor?: number;
  sleeveColor?: number;
  /** Radial segments of the tube. Default 28. */
  radialSegments?: number;
}

const DEFAULTS: Required<ArmOptions> = { skinColor: 0xc08466, sleeveColor: 0x2f6f7e, radialSegments: 28 };

/** Where the tube starts above the wrist (inside the hand's stub), metres along the arm. */
const TUBE_START_M = 0.03;
/** The sleeve (a short-sleeved tunic) starts this far from the wrist. */
const SLEEVE_START_M = FOREARM_M + 0.13;
/** The shoulder cap (deltoid in the sleeve) reaches this far past the shoulder joint. */
const SHOULDER_CAP_M = 0.03;

// scratch (module scope: never reallocated)
const _m = new Matrix4();
const _x = new Vector3();
const _y = new Vector3();
const _z = new Vector3();
const _d = new Vector3();
const _u = new Vector3();
const _v = new Vector3();
const _q = new Quaternion();
const _down = new Vector3();

export class ArmRig extends Group {
  readonly side: HandSide;
  readonly mesh: SkinnedMesh;
  readonly material: MeshStandardMaterial;
  readonly wrist: Bone;
  readonly forearm: Bone;
  readonly upper: Bone;
  /** The last solved joints (rig parent frame): read by tests and checks. */
  readonly wristAt = new Vector3();
  readonly elbowAt = new Vector3();
  readonly shoulderAt = new Vector3();

  constructor(side: HandSide, options: ArmOptions = {}) {
    super();
    const o = { ...DEFAULTS, ...options };
    this.side = side;
    this.name = `arm-${side}-therapist`;
    this.wrist = new Bone();
    this.wrist.name = 'wrist';
    this.forearm = new Bone();
    this.forearm.name = 'forearm';
    this.upper = new Bone();
    this.upper.name = 'upper';
    this.upper.position.set(0, -FOREARM_M, 0);
    this.add(this.wrist, this.forearm, this.upper);
    this.updateMatrixWorld(true);
    this.material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.66, metalness: 0 });
    this.material.name = 'arm-skin';
    this.mesh = new SkinnedMesh(buildArmGeometry(o), this.material);
    this.mesh.name = `arm-${side}-mesh`;
    this.mesh.frustumCulled = false;
    this.add(this.mesh);
    this.mesh.bind(new Skeleton([this.wrist, this.forearm, this.upper]));
    this.elbowAt.set(0, -FOREARM_M, 0);
    this.shoulderAt.set(0, -FOREARM_M - UPPER_ARM_M, 0);
  }

  /**
   * Places the chain: wrist position and turn (`wristQ`: the hand's forearm frame, its −Y up
   * the forearm), the elbow and the shoulder (all in the rig's parent frame). The forearm bone
   * swings from the wrist's turn onto wrist → elbow, the upper arm from the forearm's onto
   * elbow → shoulder (no twist added). No allocation.
   */
  setChain(wrist: Vector3, wristQ: Quaternion, elbow: Vector3, shoulder: Vector3): void {
    this.wristAt.copy(wrist);
    this.elbowAt.copy(elbow);
    this.shoulderAt.copy(shoulder);
    this.wrist.position.copy(wrist);
    this.wrist.quaternion.copy(wristQ);
    _y.set(0, -1, 0).applyQuaternion(wristQ);
    _d.subVectors(elbow, wrist).normalize();
    _q.setFromUnitVectors(_y, _d);
    this.forearm.position.copy(wrist);
    this.forearm.quaternion.copy(_q).multiply(wristQ);
    _u.subVectors(shoulder, elbow).normalize();
    _q.setFromUnitVectors(_d, _u);
    this.upper.position.copy(elbow);
    this.upper.quaternion.copy(_q).multiply(this.forearm.quaternion);
    this.wrist.updateMatrix();
    this.forearm.updateMatrix();
    this.upper.updateMatrix();
  }

  override dispose(): void {
    super.dispose();
    this.mesh.geometry.dispose();
    this.material.dispose();
    this.mesh.skeleton.dispose();
  }
}

export function createArm(side: HandSide, options?: ArmOptions): ArmRig {
  return new ArmRig(side, options);
}

/**
 * The hand's wrist frame in the hand rig's PARENT frame (call after the hand is posed): the
 * wrist point and a right-handed turn whose −Y runs up the hand's forearm bone and +Z is its
 * dorsal side (the left hand's mirror is undone). Returns false when the hand is hidden.
 * No allocation.
 */
export function handWristFrame(hand: HandRig, outPos: Vector3, outQ: Quaternion): boolean {
  if (!hand.visible) return false;
  hand.updateMatrix();
  _m.copy(hand.matrix).multiply(hand.mirror.matrix).multiply(hand.bones.palm.matrix).multiply(hand.bones.forearm.matrix);
  outPos.setFromMatrixPosition(_m);
  _y.setFromMatrixColumn(_m, 1).normalize();
  _z.setFromMatrixColumn(_m, 2);
  _z.addScaledVector(_y, -_z.dot(_y)).normalize();
  _x.crossVectors(_y, _z);
  _m.makeBasis(_x, _y, _z);
  outQ.setFromRotationMatrix(_m);
  return true;
}

const _dl = new Vector3();
const _negY = new Vector3(0, -1, 0);

/**
 * Turns the hand's forearm bone (its stub) so that it runs from the wrist towards `elbow` (rig
 * parent frame): the wrist bends to the arm instead of the stub sticking out of it. Only the
 * drawing changes (the hand's contact and fingers stay where poseHand put them). No allocation.
 */
export function aimHandForearm(hand: HandRig, elbow: Vector3): void {
  _m.copy(hand.matrix).multiply(hand.mirror.matrix).multiply(hand.bones.palm.matrix).invert();
  _dl.copy(elbow).applyMatrix4(_m).sub(hand.bones.forearm.position);
  if (_dl.lengthSq() < 1e-10) return;
  _dl.normalize();
  hand.bones.forearm.quaternion.setFromUnitVectors(_negY, _dl);
  hand.bones.forearm.updateMatrix();
}

/**
 * Two-bone IK: the elbow for a wrist W and a shoulder S (lengths FOREARM_M, UPPER_ARM_M). The
 * elbow lies on the circle of points at the two lengths; it is the point of that circle in the
 * direction of `pole` (seen from the W–S axis). When S is farther than MAX_REACH of the whole
 * arm, S is pulled towards W along W–S (written back: the shoulder follows the reach) and the
 * arm is that straight. Writes `outElbow`; returns the distance the shoulder was pulled.
 * No allocation.
 */
export function solveElbow(W: Vector3, S: Vector3, pole: Vector3, outElbow: Vector3): number {
  const a = FOREARM_M;
  const b = UPPER_ARM_M;
  _u.subVectors(S, W);
  let D = _u.length();
  let pulled = 0;
  const maxD = MAX_REACH * (a + b);
  const minD = Math.abs(b - a) + 0.02;
  if (D < 1e-6) _u.set(0, 1, 0);
  else _u.divideScalar(D);
  if (D > maxD) {
    pulled = D - maxD;
    D = maxD;
    S.copy(W).addScaledVector(_u, D);
  } else if (D < minD) {
    pulled = D - minD;
    D = minD;
    S.copy(W).addScaledVector(_u, D);
  }
  const x = (a * a - b * b + D * D) / (2 * D);
  const h = Math.sqrt(Math.max(0, a * a - x * x));
  _v.copy(pole).addScaledVector(_u, -pole.dot(_u));
  if (_v.lengthSq() < 1e-10) {
    _down.set(0, 0, -1).addScaledVector(_u, _u.z);
    _v.copy(_down);
  }
  _v.normalize();
  outElbow.copy(W).addScaledVector(_u, x).addScaledVector(_v, h);
  return pulled;
}

// ==========================================================================================
// The standing therapist: where the shoulders are
// ==========================================================================================

/** Hip joints above the floor, metres (a therapist of ~1.75 m). */
export const HIP_HEIGHT_M = 0.97;
/** Shoulder joints above the floor when standing upright, metres. */
export const SHOULDER_HEIGHT_M = 1.42;
/** Half the distance between the shoulder joints, metres. */
export const SHOULDER_HALF_M = 0.19;
/** Front of the torso to the table's edge, metres (standing close, not against it). */
export const TORSO_GAP_M = 0.2;
/** The hips and shoulders lie this far behind the front of the torso, metres. */
export const TORSO_HALF_DEPTH_M = 0.08;
/** The torso leans forward (at the hips) at most this far, radians. */
export const MAX_LEAN_RAD = (62 * Math.PI) / 180;
/** The lean is the least that brings each wrist within this share of the arm's length. */
export const COMFORT_REACH = 0.93;

const TORSO_M = SHOULDER_HEIGHT_M - HIP_HEIGHT_M;
/** Room height of the hips (the floor is at −TABLE_HEIGHT, the table top at 0). */
const HIP_Y = HIP_HEIGHT_M - TABLE_HEIGHT;

/** Horizontal room direction from the table towards where the therapist stands. */
export const PLACE_DIR: Readonly<Record<TherapistPlace, readonly [number, number]>> = {
  right: [1, 0],
  left: [-1, 0],
  head: [0, -1],
  foot: [0, 1],
};

interface PoseFrames {
  toRoom: Matrix4;
  toBody: Matrix4;
  /** Furthest furniture along each place's direction (room), metres. */
  edge: Record<TherapistPlace, number>;
}

const FRAMES = new Map<BodyPosition, PoseFrames>();
function framesOf(position: BodyPosition): PoseFrames {
  let f = FRAMES.get(position);
  if (!f) {
    const bp = bodyPose(position);
    const toRoom = new Matrix4().fromArray(poseMatrix(bp.pose));
    const edge = { right: -Infinity, left: -Infinity, head: -Infinity, foot: -Infinity };
    for (const piece of bp.supports) {
      for (const place of ['right', 'left', 'head', 'foot'] as const) {
        const [ax, az] = PLACE_DIR[place];
        const e = piece.center[0] * ax + piece.center[2] * az + (Math.abs(ax) * piece.size[0] + Math.abs(az) * piece.size[2]) / 2;
        edge[place] = Math.max(edge[place], e);
      }
    }
    f = { toRoom, toBody: toRoom.clone().invert(), edge };
    FRAMES.set(position, f);
  }
  return f;
}

/** The therapist's stance solved for one frame (room frame unless said otherwise). */
export interface TherapistState {
  /** Hip point (between the hip joints) and the horizontal facing direction. */
  hip: Vector3;
  facing: Vector3;
  /** Forward lean of the torso at the hips, radians. */
  lean: number;
  /** How much of the chest-level stance (solveTherapist `lead`) applies, 0–1. */
  lead: number;
  /** Shoulder joints in the BODY frame (the frame of the hands). */
  shoulderL: Vector3;
  shoulderR: Vector3;
}

export function createTherapistState(): TherapistState {
  return { hip: new Vector3(), facing: new Vector3(), lean: 0, lead: 0, shoulderL: new Vector3(), shoulderR: new Vector3() };
}

const _wl = new Vector3();
const _wr = new Vector3();
const _fl = new Vector3();
const _fr = new Vector3();
const _mid = new Vector3();
const _right = new Vector3();
const _c = new Vector3();
const _sl = new Vector3();
const _sr = new Vector3();
const _hd = new Vector3();
/** Headward share of the forearms (mean of the stubs along the person's head direction) from
 * which a chest-level stance starts to apply, and at which it applies in full. */
const LEAD_STUB_MIN = 0.15;
const LEAD_STUB_FULL = 0.45;

function shouldersAt(st: TherapistState, lean: number, outL: Vector3, outR: Vector3): void {
  _c.copy(st.hip).addScaledVector(st.facing, TORSO_M * Math.sin(lean));
  _c.y += TORSO_M * Math.cos(lean);
  // the therapist's right: facing × up
  _right.set(-st.facing.z, 0, st.facing.x);
  outR.copy(_c).addScaledVector(_right, SHOULDER_HALF_M);
  outL.copy(_c).addScaledVector(_right, -SHOULDER_HALF_M);
}

function worstReach(st: TherapistState, lean: number, aL: boolean, aR: boolean): number {
  shouldersAt(st, lean, _sl, _sr);
  let w = 0;
  if (aL) w = Math.max(w, _sl.distanceTo(_wl));
  if (aR) w = Math.max(w, _sr.distanceTo(_wr));
  return w;
}

/**
 * Where the therapist standing at `place` has the shoulders, for wrists at `wristL`/`wristR`
 * (body frame; `activeL/R` false for a hand off the back) whose forearms point along `stubL/R`
 * (body-frame unit directions up the forearm). The hips stand at the place: at the table's
 * side (TORSO_GAP_M from its edge, along the table where the hands work, shifted the way the
 * forearms point) or at its end; the therapist faces the hands and leans forward at the hips
 * no more than needed to bring both wrists within COMFORT_REACH of the arm (at most
 * MAX_LEAN_RAD). Writes `st` (shoulders in the body frame). No allocation.
 */
export function solveTherapist(
  place: TherapistPlace,
  position: BodyPosition,
  wristL: Vector3,
  wristR: Vector3,
  activeL: boolean,
  activeR: boolean,
  stubL: Vector3,
  stubR: Vector3,
  st: TherapistState,
  lead = 0,
): void {
  const fr = framesOf(position);
  _wl.copy(wristL).applyMatrix4(fr.toRoom);
  _wr.copy(wristR).applyMatrix4(fr.toRoom);
  _fl.copy(stubL).transformDirection(fr.toRoom);
  _fr.copy(stubR).transformDirection(fr.toRoom);
  const aL = activeL || !activeR;
  const aR = activeR || !activeL;
  _mid.set(0, 0, 0);
  let k = 0;
  if (aL) {
    _mid.add(_wl);
    k++;
  }
  if (aR) {
    _mid.add(_wr);
    k++;
  }
  _mid.divideScalar(k);
  const [ax, az] = PLACE_DIR[place];
  // along the place's direction: beyond the furniture and the hands
  let out = fr.edge[place];
  if (aL) out = Math.max(out, _wl.x * ax + _wl.z * az + 0.05);
  if (aR) out = Math.max(out, _wr.x * ax + _wr.z * az + 0.05);
  const along = out + TORSO_GAP_M + TORSO_HALF_DEPTH_M;
  // across it: where the hands are, moved the way the forearms point (elbows lead to the body)
  const bx = -az;
  const bz = ax;
  let stub = 0;
  if (aL) stub += _fl.x * bx + _fl.z * bz;
  if (aR) stub += _fr.x * bx + _fr.z * bz;
  stub /= k;
  // A long stroke worked from chest level (stance.ts therapistLeadOf): the hips stand `lead`
  // further towards the person's head and the torso turns square to the table, so the shoulders
  // stay there and the far arm comes over the lower thorax, not over the lumbar work. Only while
  // the forearms point headward (strokes running down the back); forearms pointing to the feet
  // keep the therapist level with the hands.
  let w = 0;
  let across = _mid.x * bx + _mid.z * bz + 0.3 * stub;
  if (lead > 0) {
    _hd.set(0, 1, 0).transformDirection(fr.toRoom);
    const h = (aL ? _fl.dot(_hd) : 0) + (aR ? _fr.dot(_hd) : 0);
    w = smoothstep(LEAD_STUB_MIN, LEAD_STUB_FULL, h / k);
    across += lead * w * (_hd.x * bx + _hd.z * bz);
  }
  st.lead = w;
  st.hip.set(ax * along + bx * across, HIP_Y, az * along + bz * across);
  st.facing.set(_mid.x - st.hip.x, 0, _mid.z - st.hip.z);
  if (st.facing.lengthSq() < 1e-8) st.facing.set(-ax, 0, -az);
  st.facing.normalize();
  if (w > 0) {
    st.facing.multiplyScalar(1 - w);
    st.facing.x -= ax * w;
    st.facing.z -= az * w;
    st.facing.normalize();
  }
  const target = COMFORT_REACH * (FOREARM_M + UPPER_ARM_M);
  let lean = 0;
  if (worstReach(st, 0, aL, aR) > target) {
    if (worstReach(st, MAX_LEAN_RAD, aL, aR) > target) lean = MAX_LEAN_RAD;
    else {
      let lo = 0;
      let hi = MAX_LEAN_RAD;
      for (let i = 0; i < 16; i++) {
        const m = (lo + hi) / 2;
        if (worstReach(st, m, aL, aR) > target) lo = m;
        else hi = m;
      }
      lean = hi;
    }
  }
  st.lean = lean;
  shouldersAt(st, lean, st.shoulderL, st.shoulderR);
  st.shoulderL.applyMatrix4(fr.toBody);
  st.shoulderR.applyMatrix4(fr.toBody);
}

/** Room "down" in the body frame of `position` (for the elbow's pole). */
export function roomDownInBody(position: BodyPosition, out: Vector3): Vector3 {
  return out.set(0, -1, 0).transformDirection(framesOf(position).toBody);
}

const _cand = new Vector3();
const _pole = new Vector3();
const _axis = new Vector3();
const _qa = new Quaternion();
const _mp = new Vector3();
const _sq: number[] = [0, 0, 0];
const _sp: number[] = [0, 0, 0];
const _sn: number[] = [0, 0, 0];

/** Signed distance of p from the skin (positive outside). */
export function skinClearance(surface: MeshSurface, p: Vector3): number {
  _sq[0] = p.x;
  _sq[1] = p.y;
  _sq[2] = p.z;
  surface.closestPointInto(_sq as unknown as [number, number, number], _sp, _sn);
  return (p.x - (_sp[0] as number)) * (_sn[0] as number) + (p.y - (_sp[1] as number)) * (_sn[1] as number) + (p.z - (_sp[2] as number)) * (_sn[2] as number);
}

/** The elbow (and forearm middle) keep at least this from the skin when a choice exists, m. */
export const ELBOW_CLEAR_M = 0.045;
const POLE_TURNS = [0, 0.35, -0.35, 0.7, -0.7, 1.05, -1.05, 1.4, -1.4, 1.75, -1.75];

/**
 * The elbow for a wrist W and shoulder S (S may be pulled, see solveElbow), aimed along
 * `pole`; with a skin given, the pole turns about the W–S axis (0, ±20°, ±40°…) until the
 * elbow is ELBOW_CLEAR_M, the forearm's axis (at 45 % and 70 % of it) 1 cm less and the upper
 * arm's (halfway) 1 cm more out of the skin (else the clearest try). No allocation.
 */
export function solveElbowClear(W: Vector3, S: Vector3, pole: Vector3, surface: MeshSurface | undefined, outElbow: Vector3): number {
  solveElbow(W, S, pole, outElbow);
  if (!surface) return Infinity;
  _axis.subVectors(S, W).normalize();
  let best = -Infinity;
  for (let i = 0; i < POLE_TURNS.length; i++) {
    _pole.copy(pole).applyQuaternion(_qa.setFromAxisAngle(_axis, POLE_TURNS[i] as number));
    solveElbow(W, S, _pole, _cand);
    // the elbow, and the forearm beyond the hand's stub (its axis at least ~3.5 cm out)
    _mp.lerpVectors(W, _cand, 0.45);
    let c = Math.min(skinClearance(surface, _cand), skinClearance(surface, _mp) + 0.01);
    if (c > best) {
      _mp.lerpVectors(W, _cand, 0.7);
      c = Math.min(c, skinClearance(surface, _mp) + 0.01);
    }
    if (c > best) {
      // the upper arm (in its sleeve, ≈ 4.5 cm thick) halfway to the shoulder
      _mp.lerpVectors(_cand, S, 0.5);
      c = Math.min(c, skinClearance(surface, _mp) - 0.01);
    }
    if (c > best) {
      best = c;
      outElbow.copy(_cand);
    }
    if (c >= ELBOW_CLEAR_M) return c;
  }
  return best;
}

/** How far a shoulder may come up and over the table to bring its arm out of the body, m. */
export const REACH_OVER_UP_M = 0.3;
/** Radii of the drawn arm's forearm and upper arm (in its sleeve), metres. */
export const ARM_R_FOREARM_M = 0.03;
export const ARM_R_UPPER_M = 0.045;
/** The arm's surface keeps at least this off the skin when the shoulder can reach over, m. */
const REACH_CLEAR_M = 0.006;
const _ap = new Vector3();

/**
 * Least clearance of a drawn arm from the skin, metres (negative: inside): the elbow, the forearm
 * beyond the hand's stub (30 %–100 % of wrist → elbow, less its radius) and the upper arm (less
 * its radius in the sleeve). No allocation.
 */
export function armClearance(surface: MeshSurface, W: Vector3, E: Vector3, S: Vector3): number {
  let c = skinClearance(surface, E);
  for (let j = 1; j <= 4; j++) {
    _ap.lerpVectors(W, E, 0.3 + (0.7 * j) / 4);
    c = Math.min(c, skinClearance(surface, _ap) - ARM_R_FOREARM_M);
    _ap.lerpVectors(E, S, j / 4);
    c = Math.min(c, skinClearance(surface, _ap) - ARM_R_UPPER_M);
  }
  return c;
}
const REACH_OVER_STEPS = 8;
/** Bisection steps between two lifts (3.75 cm / 2^7 ≈ 0.3 mm). */
const REACH_BISECT = 7;
const _s0 = new Vector3();
const _sBest = new Vector3();
const _eBest = new Vector3();
const _upR = new Vector3();
const _tow = new Vector3();

/** The arm with the shoulder `up` above `_s0` (and 0.6 × up over the table towards the hand): S and the elbow written, clearance returned. */
function reachOver(W: Vector3, S: Vector3, pole: Vector3, surface: MeshSurface, outElbow: Vector3, up: number): number {
  S.copy(_s0).addScaledVector(_upR, up).addScaledVector(_tow, 0.6 * up);
  solveElbowClear(W, S, pole, surface, outElbow);
  return armClearance(surface, W, outElbow, S);
}

/**
 * The elbow (solveElbowClear) and, when no turn of the elbow brings the arm out of the skin (a
 * hand reaching across the back to the far flank: the straight arm from a shoulder beside the
 * table runs through the ridge of the back), the shoulder too: it comes up (room `down` given in
 * the body frame) and a little over the table towards the hand, as a therapist leaning over the
 * table to reach across does, by the least lift (up to REACH_OVER_UP_M: a scan of REACH_OVER_STEPS,
 * then bisection, so it follows the hand continuously) that keeps the whole arm REACH_CLEAR_M off
 * the skin. `S` is written back. Returns armClearance.
 * No allocation.
 */
export function solveArmReach(
  W: Vector3,
  S: Vector3,
  pole: Vector3,
  down: Vector3,
  surface: MeshSurface | undefined,
  outElbow: Vector3,
  sol?: ArmSolution,
): number {
  solveElbowClear(W, S, pole, surface, outElbow);
  if (sol) {
    elbowDir(W, S, outElbow, sol.dir);
    sol.up = 0;
  }
  if (!surface) return Infinity;
  const best0 = armClearance(surface, W, outElbow, S);
  if (best0 >= REACH_CLEAR_M) return best0;
  reachFrame(W, S, down);
  const best = leastClearingLift(W, S, pole, surface, outElbow, 0, best0, reachOver);
  if (sol) {
    elbowDir(W, S, outElbow, sol.dir);
    sol.up = _liftUp;
  }
  return best;
}

/** One try of a lift: the arm posed with the shoulder `up` above `_s0` (S and the elbow written),
 * its clearance returned. `aim`: the pole (solveArmReach) or the elbow's direction (solveArmAimed). */
type LiftTry = (W: Vector3, S: Vector3, aim: Vector3, surface: MeshSurface, outElbow: Vector3, up: number) => number;
/** solveArmAimed's try: the elbow aimed along `dir` (reachOver is solveArmReach's). */
function aimedOver(W: Vector3, S: Vector3, dir: Vector3, surface: MeshSurface, outElbow: Vector3, up: number): number {
  placeAimed(W, S, dir, up, outElbow);
  return aimedClearance(surface, W, outElbow, S);
}
/** The lift leastClearingLift chose last (m). */
let _liftUp = 0;

/**
 * The least shoulder lift in [up0, REACH_OVER_UP_M] that keeps the whole arm REACH_CLEAR_M off the
 * skin (a scan of REACH_OVER_STEPS, then REACH_BISECT bisections between the last lift that did
 * not clear and the first that did, so the shoulder rises smoothly as the hand reaches further),
 * or the clearest lift tried when none clears. `S` and `outElbow` hold the arm at lift `up0` with
 * clearance `best` on entry and the chosen arm on return (its lift in `_liftUp`); returns its
 * clearance. `reachFrame` must have been called for this arm. No allocation.
 */
function leastClearingLift(W: Vector3, S: Vector3, aim: Vector3, surface: MeshSurface, outElbow: Vector3, up0: number, best: number, tryAt: LiftTry): number {
  _sBest.copy(S);
  _eBest.copy(outElbow);
  let bestUp = up0;
  let lo = up0;
  let hi = -1;
  for (let k = 1; k <= REACH_OVER_STEPS; k++) {
    const up = up0 + ((REACH_OVER_UP_M - up0) * k) / REACH_OVER_STEPS;
    const c = tryAt(W, S, aim, surface, outElbow, up);
    if (c > best + 1e-4) {
      best = c;
      _sBest.copy(S);
      _eBest.copy(outElbow);
      bestUp = up;
    }
    if (c >= REACH_CLEAR_M) {
      hi = up;
      break;
    }
    lo = up;
  }
  if (hi > 0) {
    for (let i = 0; i < REACH_BISECT; i++) {
      const up = (lo + hi) / 2;
      const c = tryAt(W, S, aim, surface, outElbow, up);
      if (c >= REACH_CLEAR_M) {
        hi = up;
        best = c;
        _sBest.copy(S);
        _eBest.copy(outElbow);
        bestUp = up;
      } else lo = up;
    }
  }
  S.copy(_sBest);
  outElbow.copy(_eBest);
  _liftUp = bestUp;
  return best;
}

/** Where one arm's elbow points (a unit vector from the middle of its circle about W → S, rig
 * parent frame) and the shoulder's reach-over lift (metres up, see solveArmReach). */
export interface ArmSolution {
  dir: Vector3;
  up: number;
}

/** The unit direction from the W–S axis to the elbow E (no allocation). */
function elbowDir(W: Vector3, S: Vector3, E: Vector3, out: Vector3): Vector3 {
  _axis.subVectors(S, W).normalize();
  out.subVectors(E, W);
  out.addScaledVector(_axis, -out.dot(_axis));
  const l = out.length();
  return l > 1e-9 ? out.divideScalar(l) : out.set(0, 0, 0);
}

/** The lift's directions for a shoulder S (`_s0`), room `down` and a wrist W. */
function reachFrame(W: Vector3, S: Vector3, down: Vector3): void {
  _s0.copy(S);
  _upR.copy(down).negate().normalize();
  _tow.subVectors(W, S).addScaledVector(_upR, -_tow.dot(_upR));
  if (_tow.lengthSq() > 1e-10) _tow.normalize();
}

/** armClearance with the elbow measured as the upper arm's end (less its radius in the sleeve):
 * an elbow aimed from the knots is not held ELBOW_CLEAR_M off the skin by the fan. */
function aimedClearance(surface: MeshSurface, W: Vector3, E: Vector3, S: Vector3): number {
  return Math.min(armClearance(surface, W, E, S), skinClearance(surface, E) - ARM_R_UPPER_M);
}

/** The arm with the shoulder lifted by `up` (from `_s0`) and the elbow aimed along `dir`. */
function placeAimed(W: Vector3, S: Vector3, dir: Vector3, up: number, outElbow: Vector3): void {
  S.copy(_s0).addScaledVector(_upR, up).addScaledVector(_tow, 0.6 * up);
  solveElbow(W, S, dir, outElbow);
}

/**
 * The arm posed with a GIVEN elbow direction and shoulder lift (an ArmSolution, e.g. smoothed
 * over time: ArmTrack), then kept out of the body: when that arm is not REACH_CLEAR_M off the
 * skin, the shoulder comes up further by the least extra lift that brings it there (scan and
 * bisection as solveArmReach: it follows the pose continuously), or as far as it helps. `S` is
 * written back. Returns armClearance. No allocation.
 */
export function solveArmAimed(
  W: Vector3,
  S: Vector3,
  dir: Vector3,
  down: Vector3,
  surface: MeshSurface | undefined,
  up: number,
  outElbow: Vector3,
): number {
  reachFrame(W, S, down);
  const up0 = Math.min(Math.max(up, 0), REACH_OVER_UP_M);
  placeAimed(W, S, dir, up0, outElbow);
  if (!surface) return Infinity;
  const best = aimedClearance(surface, W, outElbow, S);
  if (best >= REACH_CLEAR_M || up0 >= REACH_OVER_UP_M) return best;
  return leastClearingLift(W, S, dir, surface, outElbow, up0, best, aimedOver);
}

// ==========================================================================================
// Geometry (build time)
// ==========================================================================================

type RGB = readonly [number, number, number];
function linear(hex: number): RGB {
  const c = new Color().setHex(hex);
  return [c.r, c.g, c.b];
}

/** Half-width (x), dorsal (+z) and palmar (−z) half-thickness at distance s from the wrist. */
function section(s: number): { hw: number; d: number; p: number } {
  // The hand's forearm stub (handRig forearmAt) at the wrist end, +0.6 mm so the stub stays inside.
  const u = smoothstep(0, 0.13, s);
  let hw = 0.0285 + 0.0065 * u + 0.0006;
  let d = 0.0148 + 0.003 * u + 0.0006;
  let p = 0.0146 + 0.0055 * u + 0.0006;
  // forearm muscle belly below the elbow, slimmer wrist end above it
  const belly = gauss(s, FOREARM_M - 0.07, 0.06);
  hw += 0.006 * belly;
  d += 0.004 * belly;
  p += 0.005 * belly;
  // elbow: a little narrower across, the olecranon behind
  const elbow = gauss(s, FOREARM_M, 0.025);
  hw -= 0.003 * elbow;
  // upper arm: rounder and thicker towards the shoulder
  const up = smoothstep(FOREARM_M - 0.02, FOREARM_M + 0.06, s);
  const rUp = 0.038 + 0.008 * smoothstep(FOREARM_M + 0.05, FOREARM_M + UPPER_ARM_M, s);
  hw = hw + (rUp - hw) * up;
  d = d + (rUp - d) * up;
  p = p + (rUp - p) * up;
  // the sleeve sits a little wider than the arm, with a rolled hem
  const sl = smoothstep(SLEEVE_START_M - 0.001, SLEEVE_START_M + 0.001, s);
  const hem = 0.0025 * gauss(s, SLEEVE_START_M + 0.005, 0.004);
  const add = sl * 0.004 + hem;
  return { hw: hw + add, d: d + add, p: p + add };
}

function buildArmGeometry(o: Required<ArmOptions>) {
  const mb = new SkinnedMeshBuilder();
  const skin = linear(o.skinColor);
  const sleeve = linear(o.sleeveColor);
  const n = o.radialSegments;
  const s0 = TUBE_START_M;
  const s1 = FOREARM_M + UPPER_ARM_M + SHOULDER_CAP_M;
  const cap0 = 0.012;
  const cap1 = SHOULDER_CAP_M + 0.015;
  const capScale = (s: number): number => {
    if (s < s0 + cap0) {
      const k = (s0 + cap0 - s) / cap0;
      return Math.sqrt(Math.max(0, 1 - k * k));
    }
    if (s > s1 - cap1) {
      const k = (s - (s1 - cap1)) / cap1;
      return Math.sqrt(Math.max(0, 1 - k * k));
    }
    return 1;
  };
  const influence = (s: number): Influence => {
    const wf = smoothstep(0.04, 0.13, s);
    const wu = smoothstep(FOREARM_M - 0.03, FOREARM_M + 0.03, s);
    return [
      [0, (1 - wf) * (1 - wu)],
      [1, wf * (1 - wu)],
      [2, wu],
    ];
  };
  const pos = new Vector3();
  const put = (s: number, th: number): number => {
    const q = section(s);
    const k = capScale(s);
    const c = Math.cos(th);
    const sn = Math.sin(th);
    // the shoulder cap rounds off a little wider (the deltoid)
    const grow = 1 + 0.08 * smoothstep(s1 - cap1 - 0.05, s1 - cap1, s);
    pos.set(q.hw * k * grow * c, -s, (sn >= 0 ? q.d : q.p) * k * grow * sn);
    const col = s >= SLEEVE_START_M ? sleeve : skin;
    return mb.addVertex(pos, col, influence(s));
  };
  const ss: number[] = [];
  for (let i = 1; i <= 6; i++) ss.push(s0 + cap0 - cap0 * Math.cos((i / 6) * (Math.PI / 2)));
  for (let s = s0 + cap0 + 0.008; s < s1 - cap1; s += 0.008) ss.push(s);
  ss.push(SLEEVE_START_M - 0.0006, SLEEVE_START_M + 0.0006);
  for (let i = 0; i < 8; i++) ss.push(s1 - cap1 + cap1 * Math.sin((i / 8) * (Math.PI / 2)));
  ss.sort((a, b) => a - b);
  const rings: number[][] = [];
  for (const s of ss) {
    const ring: number[] = [];
    // counter-clockwise seen from the wrist end (−s is +Y): faces outwards
    for (let i = 0; i < n; i++) ring.push(put(s, (2 * Math.PI * i) / n));
    rings.push(ring);
  }
  mb.stitchTube(rings, put(s0, 0), put(s1, 0));
  return mb.build();
}
