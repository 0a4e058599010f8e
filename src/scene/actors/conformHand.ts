import { Quaternion, Vector3, type Object3D } from 'three';
import type { MeshSurface } from '../../geometry/meshSurface';
import {
  FINGERS,
  HAND_GEOMETRY,
  HAND_JOINTS,
  HAND_SHAPES,
  blendShapes,
  type BonePoint,
  type ContactDef,
  type ConformDef,
  type Digit,
  type HandBone,
  type HandJoint,
  type HandShapeDef,
} from '../../domain/motion/handShapes';
import type { HandRig } from './handRig';
import { PALM_PADS, WRIST_CREASE, wristCreaseLocal } from './handParts';

/**
 * A placed hand follows the CURVED skin (DESIGN §8) instead of touching it at one point:
 *
 * 1. fit: the hand turns about its touching points (and slides along the skin normal) so the
 *    shape's `fit` points (palm heel and knuckle pads, fist flats, the palm's edge, the grip's
 *    pads) lie on the skin as well as a rigid palm can (a small least-squares problem, 2 rounds);
 * 2. touch: each touching digit bends joint by joint from the palm outwards, each joint until
 *    its segment's palmar end meets the skin (one closest-point query per joint; the joint's
 *    arc is intersected with the skin's tangent plane there, exactly);
 * 3. clear: the other digits and the forearm bend away where they would go into the skin.
 *
 * About 15–25 closest-point queries per hand and frame; allocation-free (module scratch).
 * Runs after `placeContact`; `lift` > 0 fades it out (a hand in the air keeps its shape).
 */

/** Where a touching part aims, relative to the skin: half the pressure dent in, + this. */
const TOUCH_OFFSET_M = 0.0004;
/** Where a rigid part (palm, fist, edge) aims: the middle of the band it may lie in, from the
 * pressure dent (below) to 3 mm above, a little lowered so a flat skin shows it touching. */
const FIT_OFFSET_M = 0.0012;
/** A fit point that only steadies the fit (not `core`) may go this much deeper than the dent. */
const FIT_FLOOR_M = 0.0032;
/** How far a part that must NOT touch is kept from the skin. */
const CLEAR_M = 0.0015;
/** The forearm's axis is kept this far from the skin (its half-thickness ≈ 17–21 mm + room). */
const FOREARM_CLEAR_M = 0.026;
/** The little finger's axis (last two phalanges) is kept this far from the skin, beyond the dent,
 * by an edge whose adduction could not lift it (the finger is 6.4–8.2 mm thick). */
const EDGE_LITTLE_CLEAR_M = 0.0045;
/** Above this lift the hand is left as placed. */
const CONFORM_FADE_M = 0.02;
/** Largest turn of the whole hand by the fit, radians. */
const MAX_FIT_TURN = 0.45;

/** Joint ranges, radians. The MCP extends up to 46° past straight (passive hyperextension of a
 * hand pressed flat where the skin rises ahead of the knuckles: at 34° a flat hand's proximal
 * phalanges stayed 3–4 mm in the body there). */
const RANGE = {
  mcp: [-0.8, 1.5],
  pip: [-0.12, 1.9],
  dip: [-0.3, 1.4],
  spread: [-0.3, 0.55],
  thumbAbd: [-0.5, 1.2],
  thumbMcp: [-0.4, 1.2],
  thumbRoll: [-1.4, 0.4],
  wristExt: [-0.35, 1.3],
  wristDev: [-0.35, 0.7],
  arch: [0, 0.4],
} as const satisfies Record<string, readonly [number, number]>;

/** Counters for benches (closest-point queries made so far). */
export const conformStats = { queries: 0, slides: 0, saddle: 0, miss: 0 };

// --- scratch -----------------------------------------------------------------------------
const _qIn: [number, number, number] = [0, 0, 0];
const _qP = [0, 0, 0];
const _qN = [0, 0, 0];
const _p0 = new Vector3();
const _p1 = new Vector3();
const _j = new Vector3();
const _r0 = new Vector3();
const _r1 = new Vector3();
const _ax = new Vector3();
const _par = new Vector3();
const _perp = new Vector3();
const _perp2 = new Vector3();
const _pivot = new Vector3();
const _w = new Vector3();
const _n0 = new Vector3();
const _qt = new Quaternion();
const MAX_FIT = 8;
const _fitP = Array.from({ length: MAX_FIT }, () => new Vector3());
const _fitN = Array.from({ length: MAX_FIT }, () => new Vector3());
const _fitD = new Float64Array(MAX_FIT);
const _fitQ = Array.from({ length: MAX_FIT }, () => new Vector3());
const _fitAt = Array.from({ length: MAX_FIT }, () => new Vector3());
const _fitQD = new Float64Array(MAX_FIT);
const _M = new Float64Array(16);
const _b = new Float64Array(4);
const _x = new Float64Array(4);
const _g = new Float64Array(4);

/** World (parent-space) position of a point given in a bone's frame, from local matrices. */
function worldOf(rig: HandRig, bone: Object3D, x: number, y: number, z: number, out: Vector3): Vector3 {
  out.set(x, y, z);
  let o: Object3D | null = bone;
  while (o && o !== rig) {
    out.applyMatrix4(o.matrix);
    o = o.parent;
  }
  return out.applyMatrix4(rig.matrix);
}

/** Signed distance of `p` from the skin (positive outside); writes the closest point and normal. */
function signedDistance(surface: MeshSurface, p: Vector3, q: Vector3, n: Vector3): number {
  _qIn[0] = p.x;
  _qIn[1] = p.y;
  _qIn[2] = p.z;
  surface.closestPointInto(_qIn, _qP, _qN);
  conformStats.queries++;
  q.set(_qP[0] as number, _qP[1] as number, _qP[2] as number);
  n.set(_qN[0] as number, _qN[1] as number, _qN[2] as number);
  return (p.x - q.x) * n.x + (p.y - q.y) * n.y + (p.z - q.z) * n.z;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);
const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

/** A point of a digit checked against the skin, with the skin's tangent plane found for it. */
interface Probe {
  bone: HandBone;
  x: number;
  y: number;
  z: number;
  /** Tangent plane of the skin nearest the probe (point, outward normal), from one query. */
  q: Vector3;
  n: Vector3;
  /** Where the probe was when queried, and its distance then. */
  at: Vector3;
  d: number;
}
const newProbe = (): Probe => ({ bone: 'palm', x: 0, y: 0, z: 0, q: new Vector3(), n: new Vector3(), at: new Vector3(), d: 0 });
const _probes: Probe[] = [newProbe(), newProbe(), newProbe(), newProbe()];

function setProbe(i: number, bone: HandBone, x: number, y: number, z: number): Probe {
  const p = _probes[i] as Probe;
  p.bone = bone;
  p.x = x;
  p.y = y;
  p.z = z;
  return p;
}

/** Queries the skin for a probe at its current position; returns its signed distance. */
function queryProbe(rig: HandRig, surface: MeshSurface, p: Probe): number {
  worldOf(rig, rig.bones[p.bone], p.x, p.y, p.z, p.at);
  p.d = signedDistance(surface, p.at, p.q, p.n);
  return p.d;
}

/** Re-queries a probe whose tangent plane has gone stale (it moved, or it was far off). */
function refreshProbe(rig: HandRig, surface: MeshSurface, p: Probe): void {
  worldOf(rig, rig.bones[p.bone], p.x, p.y, p.z, _p0);
  if (_p0.distanceToSquared(p.at) > 0.004 * 0.004 || Math.abs(p.d) > 0.008) queryProbe(rig, surface, p);
}

/**
 * Turns one joint until the FIRST of `probes[from..to)` (points distal to the joint, each with
 * its skin tangent plane) reaches `target` from the skin: the joint bends towards the skin
 * until its distal part meets it, so a finger bridges a groove instead of dipping into it.
 * `clearOnly`: only turn AWAY from the skin, where a probe is nearer than `target`. The arc of
 * each probe is intersected with its plane exactly; `weight` scales the change.
 */
function solveJoint(
  rig: HandRig,
  joint: HandJoint,
  jointBone: HandBone,
  from: number,
  to: number,
  target: number,
  range: readonly [number, number],
  clearOnly: boolean,
  weight: number,
  nearest = false,
): void {
  const bones = rig.bones;
  const angles = rig.pose.angles;
  const a0 = angles[joint];
  worldOf(rig, bones[jointBone], 0, 0, 0, _j);
  // the joint's axis and sense, from the farthest probe turned by +0.2 rad
  const far = _probes[to - 1] as Probe;
  worldOf(rig, bones[far.bone], far.x, far.y, far.z, _p0);
  angles[joint] = a0 + 0.2;
  rig.applyJoint(joint);
  worldOf(rig, bones[far.bone], far.x, far.y, far.z, _p1);
  angles[joint] = a0;
  rig.applyJoint(joint);
  _r0.subVectors(_p0, _j);
  _r1.subVectors(_p1, _j);
  _ax.crossVectors(_r0, _r1);
  const al = _ax.length();
  if (al < 1e-9) return;
  _ax.multiplyScalar(1 / al);
  let upper = Infinity; // largest turn allowed before a probe reaches the skin
  let lower = -Infinity; // smallest turn that gets every probe out of the skin
  for (let i = from; i < to; i++) {
    const pr = _probes[i] as Probe;
    worldOf(rig, bones[pr.bone], pr.x, pr.y, pr.z, _p0);
    _r0.subVectors(_p0, _j);
    // P(Δ) = J + par + cosΔ·perp + sinΔ·(axis × perp); want n·(P − q) = target.
    _par.copy(_ax).multiplyScalar(_ax.dot(_r0));
    _perp.subVectors(_r0, _par);
    _perp2.crossVectors(_ax, _perp);
    const n = pr.n;
    const A = n.dot(_perp);
    const B = n.dot(_perp2);
    const C = target - (n.x * (_j.x + _par.x - pr.q.x) + n.y * (_j.y + _par.y - pr.q.y) + n.z * (_j.z + _par.z - pr.q.z));
    const R = Math.hypot(A, B);
    if (R < 1e-9) continue;
    const phi = Math.atan2(B, A);
    if (C <= -R) continue; // never reaches the plane: no constraint
    if (C >= R) {
      // always inside: the best is the farthest point of the arc
      const d = wrap(phi);
      if (d > 0) lower = Math.max(lower, d);
      else upper = Math.min(upper, d);
      continue;
    }
    const ac = Math.acos(C / R);
    const d1 = wrap(phi + ac);
    const d2 = wrap(phi - ac);
    const d = Math.abs(d1) < Math.abs(d2) ? d1 : d2;
    // slope of n·P at the root: negative → turning further goes into the skin (upper bound)
    const slope = -A * Math.sin(d) + B * Math.cos(d);
    if (slope < 0) upper = Math.min(upper, d);
    else lower = Math.max(lower, d);
  }
  let delta: number;
  if (clearOnly) {
    if (lower <= 0 && upper >= 0) return;
    // `nearest`: of a turn each way that gets the probes out, the smaller one
    delta = nearest && lower > 0 && upper < 0 ? (lower < -upper ? lower : upper) : lower > 0 ? lower : upper;
  } else if (upper !== Infinity) delta = Math.max(upper, lower);
  else if (lower > 0) delta = lower;
  else return;
  angles[joint] = clamp(a0 + delta * weight, range[0], range[1]);
  rig.applyJoint(joint);
  if (DEBUG) console.log(joint, 'upper', upper.toFixed(3), 'lower', lower.toFixed(3), 'delta', ((delta * 180) / Math.PI).toFixed(1));
}
const DEBUG = typeof process !== 'undefined' && process.env.CONFORM_DEBUG === '1';

/** Solves the small symmetric system _M x = _b (4×4, Gaussian elimination, in place). */
function solve4(): boolean {
  const M = _M;
  const b = _b;
  for (let c = 0; c < 4; c++) {
    let piv = c;
    for (let r = c + 1; r < 4; r++) if (Math.abs(M[r * 4 + c] as number) > Math.abs(M[piv * 4 + c] as number)) piv = r;
    const pv = M[piv * 4 + c] as number;
    if (Math.abs(pv) < 1e-14) return false;
    if (piv !== c) {
      for (let k = 0; k < 4; k++) {
        const t = M[c * 4 + k] as number;
        M[c * 4 + k] = M[piv * 4 + k] as number;
        M[piv * 4 + k] = t;
      }
      const t = b[c] as number;
      b[c] = b[piv] as number;
      b[piv] = t;
    }
    for (let r = c + 1; r < 4; r++) {
      const f = (M[r * 4 + c] as number) / pv;
      if (f === 0) continue;
      for (let k = c; k < 4; k++) M[r * 4 + k] = (M[r * 4 + k] as number) - f * (M[c * 4 + k] as number);
      b[r] = (b[r] as number) - f * (b[c] as number);
    }
  }
  for (let r = 3; r >= 0; r--) {
    let s = b[r] as number;
    for (let k = r + 1; k < 4; k++) s -= (M[r * 4 + k] as number) * (_x[k] as number);
    _x[r] = s / (M[r * 4 + r] as number);
  }
  return true;
}

/** Signed distance of fit point i from its stored tangent plane, at its current position. */
function planeDistance(i: number): number {
  const p = _fitP[i] as Vector3;
  const q = _fitQ[i] as Vector3;
  const n = _fitN[i] as Vector3;
  return (p.x - q.x) * n.x + (p.y - q.y) * n.y + (p.z - q.z) * n.z;
}

/** Positions of the fit points now; each re-queried only when its tangent plane is stale (and
 * `requery`: the later rounds of a palm's fit only refine on the planes found). */
function fitDistances(rig: HandRig, surface: MeshSurface, fit: readonly BonePoint[], m: number, first: boolean, requery: boolean): void {
  for (let i = 0; i < m; i++) {
    const f = fit[i] as BonePoint;
    const p = _fitP[i] as Vector3;
    worldOf(rig, rig.bones[f.bone], f.offset[0], f.offset[1], f.offset[2], p);
    const at = _fitAt[i] as Vector3;
    if (first || (requery && (p.distanceToSquared(at) > 0.004 * 0.004 || Math.abs(_fitQD[i] as number) > 0.008))) {
      at.copy(p);
      _fitQD[i] = signedDistance(surface, p, _fitQ[i] as Vector3, _fitN[i] as Vector3);
      _fitD[i] = _fitQD[i] as number;
    } else _fitD[i] = planeDistance(i);
  }
}

/**
 * Step 1: turn the whole hand (about the fit points' centroid) and slide it along `n0` so the
 * fit points lie at `target` from the skin (linearised least squares, regularised turn, two
 * rounds); then slide it so the highest and the deepest fit point are equally far from
 * `target` (a rigid palm on a curved back: the misses are shared, not piled on one side).
 */
function fitRigid(
  rig: HandRig,
  surface: MeshSurface,
  fit: readonly BonePoint[],
  target: number,
  weight: number,
  turnCost: number,
  maxYaw: number,
  core: number,
  floor: number,
  edgeUpright = false,
): void {
  const m = Math.min(fit.length, MAX_FIT);
  if (m === 0) return;
  const edge = edgeUpright && m === 3;
  for (let iter = 0; iter < (core < m ? FIT_ROUNDS : 2); iter++) {
    fitDistances(rig, surface, fit, m, iter === 0, core < m ? false : iter < 2);
    if (iter === 0 && edge) {
      rollEdgeUpright(rig, surface, weight);
      fitDistances(rig, surface, fit, m, false, false);
    }
    _pivot.set(0, 0, 0);
    for (let i = 0; i < m; i++) _pivot.add(_fitP[i] as Vector3);
    _pivot.multiplyScalar(1 / m);
    _M.fill(0);
    _b.fill(0);
    let worst = 0;
    for (let i = 0; i < m; i++) {
      const p = _fitP[i] as Vector3;
      const n = _fitN[i] as Vector3;
      _r0.subVectors(p, _pivot);
      _r1.crossVectors(_r0, n); // d(dist)/dω
      _g[0] = _r1.x;
      _g[1] = _r1.y;
      _g[2] = _r1.z;
      _g[3] = n.dot(_n0); // d(dist)/dh
      const e = (_fitD[i] as number) - target;
      if (Math.abs(e) > worst) worst = Math.abs(e);
      const wi = i < core && core < m ? CORE_WEIGHT : 1;
      for (let r = 0; r < 4; r++) {
        _b[r] = (_b[r] as number) - wi * e * (_g[r] as number);
        for (let c = 0; c < 4; c++) _M[r * 4 + c] = (_M[r * 4 + c] as number) + wi * (_g[r] as number) * (_g[c] as number);
      }
    }
    if (worst < 0.0002) break;
    // Regularisation: turns cost `turnCost` per rad² (a fist's three touching points are nearly
    // in line: it needs more); the slide is cheap.
    for (let r = 0; r < 3; r++) _M[r * 4 + r] = (_M[r * 4 + r] as number) + turnCost;
    // A palm (core points) that may not turn about the skin normal: the fit solves WITHOUT that
    // turn (a stiff cost on it), instead of solving with it and dropping it afterwards (which
    // left the palm tilted wrong where the best fit was mostly a turn about the normal). The
    // fist keeps the old way: its three flats in a line would roll off them instead.
    if (maxYaw === 0 && core < m) {
      for (let r = 0; r < 3; r++) {
        const nr = r === 0 ? _n0.x : r === 1 ? _n0.y : _n0.z;
        for (let c = 0; c < 3; c++) {
          const nc = c === 0 ? _n0.x : c === 1 ? _n0.y : _n0.z;
          _M[r * 4 + c] = (_M[r * 4 + c] as number) + YAW_COST * nr * nc;
        }
      }
    }
    _M[15] = (_M[15] as number) + 1e-6;
    if (!solve4()) return;
    // no turn about the skin normal: that is the stroke's heading, not a fit
    _w.set(_x[0] as number, _x[1] as number, _x[2] as number);
    // a turn about the skin normal (yaw) changes the heading the engine chose from where the
    // therapist stands: at most maxYaw of it (the shape's; an edge may settle along the curve)
    const yaw = _w.dot(_n0);
    _w.addScaledVector(_n0, Math.max(-maxYaw, Math.min(maxYaw, yaw)) - yaw);
    _w.multiplyScalar(weight);
    const ang = _w.length();
    const h = (_x[3] as number) * weight;
    if (ang > 1e-9) {
      const a = Math.min(ang, MAX_FIT_TURN);
      _qt.setFromAxisAngle(_w.multiplyScalar(1 / ang), a);
      rig.quaternion.premultiply(_qt);
      rig.position.sub(_pivot).applyQuaternion(_qt).add(_pivot);
    }
    rig.position.addScaledVector(_n0, h);
    rig.updateMatrix();
  }
  shareMisses(rig, fit, m, target, weight, core, floor);
}

const _ruE = new Vector3();
const _ruM = new Vector3();
const _ruA = new Vector3();
const _ruX = new Vector3();
/** Where rollEdgeUpright samples the skin beside the edge (metres from its middle, across it),
 * the weight of those two normals against the three under the edge, and its largest roll (rad).
 * Measured (thoracolumbar-edge-rub frames over 8 mm / worst): 0.15 → 19 / 14.8 mm but fx-classic
 * t=68.06 (saw on the sacral slope, wrist deviation at its stop) forearm 3.4 mm into the body in
 * the reduced oracle (0.06: 3.1 mm); 0.2+ also made classic-edge-of-palm read as another contact.
 * 0.03: 50 / 16.0 mm, oracle clean. */
const EDGE_ROLL_SIDE_M = 0.05;
const EDGE_ROLL_SIDE_WEIGHT = 4;
const EDGE_ROLL_MAX = 0.03;

/**
 * The edge of the hand (three fit points in a line): distances to the skin cannot turn it about
 * its own line, so the fit kept the roll the engine's contact normal gave it — a normal that
 * turns up to 12° in one frame where the contact crosses a ridge (classic-thoracolumbar-edge-rub
 * t=12.25: the palm, standing 4–5 cm over the edge, swung 18 mm sideways in a frame). Here the
 * hand rolls about its edge (through the middle point), by at most EDGE_ROLL_MAX, towards upright
 * on the MEAN skin normal under its three points (the first round's queries) and 5 cm to either
 * side (two queries), which turns more slowly as the edge slides across a crest. No memory of
 * earlier frames: a function of the sample alone (classic-thoracolumbar-edge-rub at 60 fps:
 * frames with a palm jump over 8 mm 64 → 50, worst 18.3 → 16.0 mm; tests/unit/actors/edgeRoll.test.ts).
 * PARTIAL: a larger roll smooths more but pushes the sacral saw's forearm in (EDGE_ROLL_MAX).
 */
function rollEdgeUpright(rig: HandRig, surface: MeshSurface, weight: number): void {
  const p0 = _fitP[0] as Vector3;
  const p1 = _fitP[1] as Vector3;
  const p2 = _fitP[2] as Vector3;
  _ruE.subVectors(p2, p0);
  const el = _ruE.length();
  if (el < 1e-6) return;
  _ruE.multiplyScalar(1 / el);
  _ruM.set(0, 0, 0);
  for (let i = 0; i < 3; i++) _ruM.add(_fitN[i] as Vector3);
  // …and 5 cm to either side of the edge's middle (two queries), weighted more: the skin turns
  // across the edge, not along it, where a sliding edge crosses a crest
  _ruA.crossVectors(_ruE, _n0).normalize();
  for (let sgn = -1; sgn <= 1; sgn += 2) {
    _p0.copy(p1).addScaledVector(_ruA, sgn * EDGE_ROLL_SIDE_M);
    signedDistance(surface, _p0, _p1, _ruX);
    _ruM.addScaledVector(_ruX, EDGE_ROLL_SIDE_WEIGHT);
  }
  // both normals across the edge (their parts along it are the fit's pitch, not a roll)
  _ruM.addScaledVector(_ruE, -_ruM.dot(_ruE));
  _ruA.copy(_n0).addScaledVector(_ruE, -_n0.dot(_ruE));
  const lm = _ruM.length();
  const la = _ruA.length();
  if (lm < 1e-6 || la < 1e-6) return;
  _ruM.multiplyScalar(1 / lm);
  _ruA.multiplyScalar(1 / la);
  const phi = clamp(Math.atan2(_r0.crossVectors(_ruA, _ruM).dot(_ruE), _ruA.dot(_ruM)), -EDGE_ROLL_MAX, EDGE_ROLL_MAX) * weight;
  if (Math.abs(phi) < 1e-7) return;
  _qt.setFromAxisAngle(_ruE, phi);
  rig.quaternion.premultiply(_qt);
  rig.position.sub(p1).applyQuaternion(_qt).add(p1);
  rig.updateMatrix();
}

/** Weight of a core fit point (a part the shape presses with) in the fit, vs 1 for the others. */
const CORE_WEIGHT = 4;
/** Rounds of the fit for a palm with core points (others: 2, as tuned). */
const FIT_ROUNDS = 4;
/** Cost of a turn about the skin normal when the shape allows none (m²/rad²). */
const YAW_COST = 1;

/** Slides the hand along the normal so the highest and the deepest core fit point are equally
 * far from `target`, the other fit points kept above `floor` (tangent planes of the last fit
 * round: no query). */
function shareMisses(rig: HandRig, fit: readonly BonePoint[], m: number, target: number, weight: number, core: number, floor: number): void {
  if (m < 2) return;
  let lo = Infinity;
  let hi = -Infinity;
  let low = Infinity;
  for (let i = 0; i < m; i++) {
    const f = fit[i] as BonePoint;
    worldOf(rig, rig.bones[f.bone], f.offset[0], f.offset[1], f.offset[2], _fitP[i] as Vector3);
    const d = planeDistance(i);
    if (i >= core) {
      if (d < low) low = d;
      continue;
    }
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  let s = target - 0.5 * (lo + hi);
  if (low + s < floor && core >= 2) {
    // a steadying point would go too deep: roll the hand about the line of its first two core
    // points (they stay put) to lift it, as far as the other steadying points allow
    rollAboutCore(rig, m, core, floor - s, weight);
    low = Infinity;
    for (let i = core; i < m; i++) {
      const f = fit[i] as BonePoint;
      worldOf(rig, rig.bones[f.bone], f.offset[0], f.offset[1], f.offset[2], _fitP[i] as Vector3);
      const d = planeDistance(i);
      if (d < low) low = d;
    }
  }
  if (low + s < floor) s = floor - low;
  const shift = s * weight;
  if (Math.abs(shift) > 1e-5) {
    rig.position.addScaledVector(_n0, shift);
    rig.updateMatrix();
  }
}

/**
 * Last step of the fit: the core points' tangent planes are re-queried where the hand now lies
 * and the misses shared again on them. The fit's planes were found before its last turn and
 * slide, and a rigid palm or edge 5–7 cm long that moved a few mm over curved skin read its own
 * height off a stale plane by 0.1–0.3 mm (a flat heel 0.1 mm deeper than the dent allows, an
 * edge 3.06 mm above the skin where its twin on the other side lay at 2.4 mm).
 */
function settleCore(rig: HandRig, surface: MeshSurface, fit: readonly BonePoint[], target: number, weight: number, core: number, floor: number): void {
  const m = Math.min(fit.length, MAX_FIT);
  if (m < 2) return;
  const c = Math.min(core, m);
  for (let i = 0; i < c; i++) {
    const f = fit[i] as BonePoint;
    const p = _fitP[i] as Vector3;
    worldOf(rig, rig.bones[f.bone], f.offset[0], f.offset[1], f.offset[2], p);
    (_fitAt[i] as Vector3).copy(p);
    _fitQD[i] = signedDistance(surface, p, _fitQ[i] as Vector3, _fitN[i] as Vector3);
  }
  shareMisses(rig, fit, m, target, weight, core, floor);
}

/** The edge's three points are kept this far inside the checks' band (3 mm above the skin, the
 * dent + 0.5 mm below it). */
const EDGE_BAND_MARGIN_M = 0.00005;
/** Largest tilt of the edge along itself by centreEdge, radians. */
const EDGE_TILT_MAX = 0.1;

/**
 * The rigid edge of the hand (heel, middle and knuckle end of its ulnar side, in a line) on a
 * rounded skin: the fit's least squares left the middle pressing 0.6 mm past the dent while
 * the knuckle end floated 2.96 mm up (classic-percussion-buttocks t=38.95: a span of 3.57 mm in a
 * band of 3.56). Here the edge tilts along itself (about the middle point, across the edge in
 * the skin's plane) until its two ends are equally high — the span is then the sag of the skin
 * under the edge's chord, the least a straight edge can have — and slides along the normal to
 * the middle of the band the checks allow (a little below it, like the fit, where the band has
 * room). Tangent planes of settleCore: no query.
 */
function centreEdge(rig: HandRig, fit: readonly BonePoint[], lift: number, pressDepth: number, weight: number): void {
  for (let i = 0; i < 3; i++) {
    const f = fit[i] as BonePoint;
    worldOf(rig, rig.bones[f.bone], f.offset[0], f.offset[1], f.offset[2], _fitP[i] as Vector3);
  }
  const p0 = _fitP[0] as Vector3;
  const p1 = _fitP[1] as Vector3;
  const p2 = _fitP[2] as Vector3;
  _r0.subVectors(p2, p0);
  _ax.crossVectors(_r0, _n0);
  const al = _ax.length();
  if (al < 1e-6) return;
  _ax.multiplyScalar(1 / al);
  // d(distance)/d(tilt) of each end, about the middle point
  _r0.subVectors(p0, p1);
  const g0 = _r1.crossVectors(_r0, _fitN[0] as Vector3).dot(_ax);
  _r0.subVectors(p2, p1);
  const g2 = _r1.crossVectors(_r0, _fitN[2] as Vector3).dot(_ax);
  const d0 = planeDistance(0);
  const d1 = planeDistance(1);
  const d2 = planeDistance(2);
  let phi = Math.abs(g0 - g2) > 1e-6 ? (d2 - d0) / (g0 - g2) : 0;
  phi = clamp(phi, -EDGE_TILT_MAX, EDGE_TILT_MAX) * weight;
  const e0 = d0 + g0 * phi;
  const e2 = d2 + g2 * phi;
  const hi = Math.max(e0, d1, e2);
  const lo = Math.min(e0, d1, e2);
  // the band, and where the fit aims in it
  const top = lift + BAND_GAP_M - EDGE_BAND_MARGIN_M;
  const bottom = lift - pressDepth - 0.0005 + EDGE_BAND_MARGIN_M;
  const aim = lift + FIT_OFFSET_M - 0.5 * pressDepth;
  // slides keeping every point in the band: [bottom − lo, top − hi]; the one nearest to the
  // fit's aim (the misses centred on it); when none does, the band's middle
  const sLo = bottom - lo;
  const sHi = top - hi;
  const want = aim - 0.5 * (lo + hi);
  const slide = (sLo <= sHi ? clamp(want, sLo, sHi) : 0.5 * (sLo + sHi)) * weight;
  if (Math.abs(phi) > 1e-7) {
    _qt.setFromAxisAngle(_ax, phi);
    rig.quaternion.premultiply(_qt);
    rig.position.sub(p1).applyQuaternion(_qt).add(p1);
  }
  rig.position.addScaledVector(_n0, slide);
  rig.updateMatrix();
}

/** The palm's rounded outline near the skin: [x, y, z, radius] in the palm's frame (its heel
 * and knuckle corners and the wrist, as solids: they reach the skin beside the hand where it
 * rises, not only under it). */
const PALM_BODY: readonly (readonly [number, number, number, number])[] = [
  [0.022, 0.025, -0.0015, 0.012],
  [-0.022, 0.025, -0.0015, 0.012],
  [0.022, 0.075, -0.0015, 0.012],
  [-0.022, 0.075, -0.0015, 0.012],
  [0, 0.075, -0.0015, 0.012],
  [0, 0, 0, HAND_GEOMETRY.palm.halfThicknessPalmar],
];
/** The flat shape's fit point whose tangent plane first estimates each PALM_BODY point. */
const PALM_BODY_PLANE: readonly number[] = [6, 7, 3, 2, 1, 0];
/** A PALM_BODY point estimated this near its limit (or past it) is measured on the skin. */
const PALM_BODY_ASK_M = 0.003;
/** How far the palm's outline may reach into the skin beyond the dent (the oracle allows 3 mm). */
const PALM_BODY_SLACK_M = 0.0024;
/** …and what a roll cannot clear lifts the palm as long as its heel and centre stay this near
 * the skin (above the dent; the oracle allows 3 mm). */
const PALM_BODY_RISE_M = 0.0026;
const _pbN = new Float64Array(PALM_BODY.length);
const _pbR = new Float64Array(PALM_BODY.length);

/**
 * A flat palm pressing with its heel and centre: where the skin rises beside the heel or the
 * knuckles (the sacrum's slope, the flank), the palm's rounded outline would dip into it. The
 * hand rolls about the heel–centre line (they stay put) until no corner is deeper than the
 * dent + PALM_BODY_SLACK_M, as far as the corners on the other side allow; what is left (a
 * corner on that line: the wrist, the knuckle centre) lifts the hand along the normal while its
 * heel and centre stay within reach of the skin. Six queries.
 */
function clearPalm(rig: HandRig, surface: MeshSurface, floor: number, lift: number, weight: number): void {
  _pivot.copy(_fitP[0] as Vector3);
  _ax.subVectors(_fitP[1] as Vector3, _pivot);
  const al = _ax.length();
  if (al < 1e-4) return;
  _ax.multiplyScalar(1 / al);
  let upNeed = 0;
  let up = Infinity;
  let dnNeed = 0;
  let dn = Infinity;
  let worst = 0;
  for (let i = 0; i < PALM_BODY.length; i++) {
    const c = PALM_BODY[i] as (typeof PALM_BODY)[number];
    worldOf(rig, rig.bones.palm, c[0], c[1], c[2], _p0);
    // first from the tangent plane of the nearest fit point (no query): only a corner that
    // comes within PALM_BODY_ASK_M of its limit there is measured on the skin
    const k = PALM_BODY_PLANE[i] as number;
    const q = _fitQ[k] as Vector3;
    const qn = _fitN[k] as Vector3;
    let d = (_p0.x - q.x) * qn.x + (_p0.y - q.y) * qn.y + (_p0.z - q.z) * qn.z;
    _n0Scratch.copy(qn);
    if (c[3] + floor - PALM_BODY_SLACK_M - d > -PALM_BODY_ASK_M) d = signedDistance(surface, _p0, _p1, _n0Scratch);
    const need = c[3] + floor - PALM_BODY_SLACK_M - d + 0.0002; // > 0: must rise
    _pbN[i] = need;
    if (need > worst) worst = need;
    _r0.subVectors(_p0, _pivot);
    _r1.crossVectors(_ax, _r0);
    const rate = _r1.dot(_n0Scratch);
    _pbR[i] = rate;
    if (Math.abs(rate) < 0.004) continue; // on the heel–centre line: a roll cannot lift it
    if (rate > 0) {
      if (need > 0) upNeed = Math.max(upNeed, need / rate);
      else dn = Math.min(dn, -need / rate);
    } else {
      if (need > 0) dnNeed = Math.max(dnNeed, need / -rate);
      else up = Math.min(up, need / rate);
    }
  }
  if (worst <= 0) return;
  let ang = 0;
  if (upNeed > 0 && dnNeed === 0) ang = Math.min(upNeed, up);
  else if (dnNeed > 0 && upNeed === 0) ang = -Math.min(dnNeed, dn);
  ang = clamp(ang * weight, -MAX_FIT_TURN, MAX_FIT_TURN);
  if (Math.abs(ang) > 1e-6) {
    _qt.setFromAxisAngle(_ax, ang);
    rig.quaternion.premultiply(_qt);
    rig.position.sub(_pivot).applyQuaternion(_qt).add(_pivot);
    rig.updateMatrix();
    // what is left after the roll (linear: no new query)
    worst = 0;
    for (let i = 0; i < PALM_BODY.length; i++) worst = Math.max(worst, (_pbN[i] as number) - ang * (_pbR[i] as number));
    if (worst <= 0) return;
  }
  // the heel and centre may rise as far as they stay within reach of the skin
  const room = PALM_BODY_RISE_M + lift - Math.max(planeDistance(0), planeDistance(1));
  if (room > 0) {
    rig.position.addScaledVector(_n0, Math.min(worst, room) * weight);
    rig.updateMatrix();
  }
}
const _n0Scratch = new Vector3();

/**
 * Turns the hand about the line through fit points 0 and 1 (core: they stay put) so that the
 * deepest steadying point (index ≥ core) rises to `floor`, but no other steadying point goes
 * below `floor` (fit planes: no query). `_fitP` holds the current positions.
 */
function rollAboutCore(rig: HandRig, m: number, core: number, floor: number, weight: number): void {
  const a0 = _fitP[0] as Vector3;
  _ax.subVectors(_fitP[1] as Vector3, a0);
  const al = _ax.length();
  if (al < 1e-4) return;
  _ax.multiplyScalar(1 / al);
  // each steadying point: its rate of rise per radian about the axis, and its room
  let up = Infinity; // largest positive turn allowed by points that go down with it
  let upNeed = 0; // positive turn needed by points that rise with it
  let dn = Infinity;
  let dnNeed = 0;
  for (let i = core; i < m; i++) {
    _r0.subVectors(_fitP[i] as Vector3, a0);
    _r1.crossVectors(_ax, _r0);
    const rate = _r1.dot(_fitN[i] as Vector3);
    const d = planeDistance(i);
    if (Math.abs(rate) < 1e-4) continue;
    const need = floor - d; // > 0: this point must rise this much
    if (rate > 0) {
      if (need > 0) upNeed = Math.max(upNeed, need / rate);
      else dn = Math.min(dn, -need / rate);
    } else {
      if (need > 0) dnNeed = Math.max(dnNeed, need / -rate);
      else up = Math.min(up, -need / -rate);
    }
  }
  let ang = 0;
  if (upNeed > 0 && dnNeed === 0) ang = Math.min(upNeed, up);
  else if (dnNeed > 0 && upNeed === 0) ang = -Math.min(dnNeed, dn);
  ang = clamp(ang * weight, -MAX_FIT_TURN, MAX_FIT_TURN);
  if (Math.abs(ang) < 1e-6) return;
  _qt.setFromAxisAngle(_ax, ang);
  _pivot.copy(a0);
  rig.quaternion.premultiply(_qt);
  rig.position.sub(_pivot).applyQuaternion(_qt).add(_pivot);
  rig.updateMatrix();
}

/**
 * A flat palm on a convex back (the erector ridge, the flank): the ulnar half of the palm folds
 * towards the skin (palm arch) until one of its fit points meets it, then the misses are shared
 * again. Uses the fit's tangent planes: no query.
 */
function archPalm(rig: HandRig, fit: readonly BonePoint[], target: number, weight: number, core: number, floor: number): void {
  const m = Math.min(fit.length, MAX_FIT);
  let k = 0;
  for (let i = 0; i < m && k < _probes.length; i++) {
    const f = fit[i] as BonePoint;
    if (f.bone !== 'palmUlnar') continue;
    const pr = setProbe(k++, f.bone, f.offset[0], f.offset[1], f.offset[2]);
    pr.q.copy(_fitQ[i] as Vector3);
    pr.n.copy(_fitN[i] as Vector3);
  }
  if (k === 0) return;
  solveJoint(rig, 'palmArch', 'palmUlnar', 0, k, target, RANGE.arch, false, weight);
  shareMisses(rig, fit, m, target, weight, core, floor);
}

/** The palm's corners [x, y, z] (palmar skin), and the palmar side of the wrist (its centre
 * is as far from the skin as the palm is thick: kept that far, less the room the checks give). */
const PALM_CORNERS: readonly (readonly [number, number, number])[] = [
  [-0.022, 0.02, -HAND_GEOMETRY.palm.halfThicknessPalmar],
  [0.022, 0.02, -HAND_GEOMETRY.palm.halfThicknessPalmar],
  [-0.022, 0.08, -HAND_GEOMETRY.palm.halfThicknessPalmar],
  [0.022, 0.08, -HAND_GEOMETRY.palm.halfThicknessPalmar],
  [0, 0, 0],
];
/** How far each corner is kept beyond the target: 0 for the palm's corners (points on its palmar
 * skin); the wrist is a ball about its centre, as thick as the palm there less 2.5 mm (checked
 * as a point on the palmar side, a hand tipped sideways — a thumb pressing on the slope of the
 * erector — brought the wrist's side into the skin). */
const PALM_CORNER_R: readonly number[] = [0, 0, 0, 0, HAND_GEOMETRY.palm.halfThicknessPalmar - 0.0025];
/** The palm's corners are kept this far out of the skin (before the dent) when it must not touch. */
const PALM_CLEAR_M = 0.0005;

/**
 * For shapes that press with a thumb, fingertips or a grip: if a corner of the palm would go
 * into the skin, tip the whole hand about the contact point (which stays put) until it clears.
 * Four queries.
 */
function tipPalmOff(rig: HandRig, surface: MeshSurface, target: number): void {
  for (let round = 0; round < 2; round++) if (!tipPalmOnce(rig, surface, target)) return;
}

/** One round of tipPalmOff; false when every corner was clear. */
function tipPalmOnce(rig: HandRig, surface: MeshSurface, target: number): boolean {
  let worst = 0;
  let wi = -1;
  for (let i = 0; i < PALM_CORNERS.length; i++) {
    const c = PALM_CORNERS[i] as (typeof PALM_CORNERS)[number];
    const p = _fitP[i] as Vector3;
    worldOf(rig, rig.bones.palm, c[0], c[1], c[2], p);
    const d = signedDistance(surface, p, _fitQ[i] as Vector3, _fitN[i] as Vector3) - (PALM_CORNER_R[i] as number);
    if (target - d > worst) {
      worst = target - d;
      wi = i;
    }
  }
  if (wi < 0) return false;
  // pivot: the contact point now (the rig's contact, from its current placement)
  rig.getContactLocal(_pivot, _w, _r1);
  _pivot.applyMatrix4(rig.matrix);
  const p = _fitP[wi] as Vector3;
  const n = _fitN[wi] as Vector3;
  _r0.subVectors(p, _pivot);
  _ax.crossVectors(_r0, n);
  const lever = _ax.length();
  if (lever < 0.01 * _r0.length() || lever < 1e-4) return false;
  _ax.multiplyScalar(1 / lever);
  // a little past the linear estimate: the skin curves away under a corner that tips up
  const ang = Math.min((worst * 1.15 + 0.0002) / lever, MAX_FIT_TURN);
  _qt.setFromAxisAngle(_ax, ang);
  rig.quaternion.premultiply(_qt);
  rig.position.sub(_pivot).applyQuaternion(_qt).add(_pivot);
  rig.updateMatrix();
  return true;
}

/** Moves the whole hand along the skin's normal so that its contact point lies `target` from
 * the skin (negative: in it). One query. */
function seatContact(rig: HandRig, surface: MeshSurface, target: number): void {
  rig.getContactLocal(_pivot, _w, _r1);
  _pivot.applyMatrix4(rig.matrix);
  const d = signedDistance(surface, _pivot, _r0, _ax);
  rig.position.addScaledVector(_ax, target - d);
  rig.updateMatrix();
}

/** Radius of a digit at a fraction `s` (0 base … 1 tip) of its length. */
function radiusAt(d: Digit, s: number): number {
  const g = d === 'thumb' ? HAND_GEOMETRY.thumb : HAND_GEOMETRY.fingers[d];
  return g.radius[0] + (g.radius[1] - g.radius[0]) * s;
}

type Finger = (typeof FINGERS)[number];
/** Bones and joints of each finger, proximal first (tables: no strings built per frame). */
const CHAIN: Record<Finger, readonly [HandBone, HandBone, HandBone]> = {
  index: ['index1', 'index2', 'index3'],
  middle: ['middle1', 'middle2', 'middle3'],
  ring: ['ring1', 'ring2', 'ring3'],
  little: ['little1', 'little2', 'little3'],
};
const CHAIN_JOINTS: Record<Finger, readonly [HandJoint, HandJoint, HandJoint]> = {
  index: ['indexMcp', 'indexPip', 'indexDip'],
  middle: ['middleMcp', 'middlePip', 'middleDip'],
  ring: ['ringMcp', 'ringPip', 'ringDip'],
  little: ['littleMcp', 'littlePip', 'littleDip'],
};
const DISTAL: Record<Digit, HandBone> = { index: 'index3', middle: 'middle3', ring: 'ring3', little: 'little3', thumb: 'thumb3' };
const MCP: Record<Digit, HandJoint> = {
  index: 'indexMcp',
  middle: 'middleMcp',
  ring: 'ringMcp',
  little: 'littleMcp',
  thumb: 'thumbMcp',
};

/** The proximal phalanx as a solid: its palmar side at this fraction of its base half-width. */
const PROXIMAL_BODY = 0.9;
/** …may lie this much deeper than a touching point's target (the checks allow 3 mm past the dent). */
const PROXIMAL_SLACK_M = 0.0018;

/** Step 2 for one finger, 'flex' mode: MCP, PIP, DIP each until its segment's end meets the skin. */
function flexFinger(rig: HandRig, surface: MeshSurface, f: (typeof FINGERS)[number], target: number, weight: number): void {
  const g = HAND_GEOMETRY.fingers[f];
  const L = g.lengths[0] + g.lengths[1] + g.lengths[2];
  const k = HAND_GEOMETRY.digitPalmar;
  const r1 = radiusAt(f, g.lengths[0] / L) * k;
  const r2 = radiusAt(f, (g.lengths[0] + g.lengths[1]) / L) * k;
  const r3 = g.radius[1] * k;
  const b = CHAIN[f];
  const j = CHAIN_JOINTS[f];
  setProbe(0, b[0], 0, g.lengths[0], -r1);
  setProbe(1, b[1], 0, g.lengths[1], -r2);
  setProbe(2, b[2], 0, g.lengths[2] - 0.8 * g.radius[1], -r3);
  for (let i = 0; i < 3; i++) queryProbe(rig, surface, _probes[i] as Probe);
  solveJoint(rig, j[0], b[0], 0, 3, target, RANGE.mcp, false, weight);
  // The proximal phalanx's thick middle over a bump of the skin (the segment's ends on the skin,
  // its middle in it): the MCP opens until the middle is out, by the tangent plane at the
  // segment's end first, measured only when that plane puts it near the skin.
  const mid = setProbe(3, b[0], 0, g.lengths[0] / 2, -PROXIMAL_BODY * g.radius[0]);
  const p0 = _probes[0] as Probe;
  worldOf(rig, rig.bones[b[0]], mid.x, mid.y, mid.z, mid.at);
  const est = (mid.at.x - p0.q.x) * p0.n.x + (mid.at.y - p0.q.y) * p0.n.y + (mid.at.z - p0.q.z) * p0.n.z;
  const clearTo = target - PROXIMAL_SLACK_M;
  if (est < clearTo + 0.003) {
    queryProbe(rig, surface, mid);
    if (mid.d < clearTo) solveJoint(rig, j[0], b[0], 3, 4, clearTo, RANGE.mcp, true, weight);
  }
  refreshProbe(rig, surface, _probes[1] as Probe);
  refreshProbe(rig, surface, _probes[2] as Probe);
  solveJoint(rig, j[1], b[1], 1, 3, target, RANGE.pip, false, weight);
  refreshProbe(rig, surface, _probes[2] as Probe);
  solveJoint(rig, j[2], b[2], 2, 3, target, RANGE.dip, false, weight);
}

/** A pressing finger's last phalanx (its axis, as thick as it is) may lie this much deeper than
 * the dent (the checks allow 3 mm). */
const PAD_PHALANX_SLACK_M = 0.0024;
/** …measured on the skin when the pad's tangent plane puts it within this of that (the skin curves
 * away under a finger reaching down a flank: the plane erred by ~2 mm there). */
const PAD_PHALANX_ASK_M = 0.005;

/**
 * A finger bent at its MCP until its pad meets the skin (a kneading grip): where it had to bend
 * far (a little finger reaching down the flank, MCP 85°) its last phalanx points back under the
 * hand and its middle lies deeper than the pad (classic-knead-palms t=594.45: 4.3 mm past the
 * dent; the thumb's at the end of a squeeze, fx-classic t=40.76: 3.1 mm). Then the MCP (the thumb's
 * base) turns away (clear-only) until that middle is out as far as the checks allow.
 * Decided on the pad's tangent plane (probe 0); one query more only when it comes near.
 */
function clearPadPhalanx(rig: HandRig, surface: MeshSurface, f: Digit, base: number): void {
  const g = f === 'thumb' ? HAND_GEOMETRY.thumb : HAND_GEOMETRY.fingers[f];
  const pad = _probes[0] as Probe;
  const target = base + 0.9 * g.radius[1] - PAD_PHALANX_SLACK_M;
  const mid = setProbe(1, DISTAL[f], 0, g.lengths[2] / 2, 0);
  worldOf(rig, rig.bones[mid.bone], mid.x, mid.y, mid.z, mid.at);
  const est = (mid.at.x - pad.q.x) * pad.n.x + (mid.at.y - pad.q.y) * pad.n.y + (mid.at.z - pad.q.z) * pad.n.z;
  if (est > target + PAD_PHALANX_ASK_M) return;
  queryProbe(rig, surface, mid);
  if (mid.d >= target) return;
  if (f === 'thumb') solveJoint(rig, 'thumbCmcAbd', 'thumb1', 1, 2, target, RANGE.thumbAbd, true, 1);
  else solveJoint(rig, MCP[f], CHAIN[f][0], 1, 2, target, RANGE.mcp, true, 1);
}

/** The thumb's tip as drawn: a ball of the tip's radius about this point of its last phalanx's
 * axis (thumb3 frame, y; the mesh's cap: 7.6 mm wide 4.4 mm from the end, 6.2 at 2.7 mm). */
const THUMB_TIP_Y = HAND_GEOMETRY.thumb.lengths[2] - HAND_GEOMETRY.thumb.radius[1];
/** …may lie this much deeper than the dent while its pad presses (the checks allow 3 mm). */
const THUMB_TIP_SLACK_M = 0.0022;
/** …but its pad, lifted with it, stays within this of the skin (the checks: 3 mm above). */
const THUMB_PAD_MAX_M = 0.0026;
/** The joints that tilt the thumb's tip out relative to its pad (the base's abduction, last,
 * then puts the pad back), the ranges they may turn in, radians. Not the MCP nor the base's
 * flexion: they open the grip (the oracle's kneading squeeze, thumb–fingers ≤ 0.75× of set-down:
 * 0.83–0.87× with either, 0.63–0.71× with these two). */
const TIP_JOINTS: readonly HandJoint[] = ['thumbIp', 'thumbCmcRoll', 'thumbCmcAbd'];
const TIP_RANGES: readonly (readonly [number, number])[] = [RANGE.dip, RANGE.thumbRoll, RANGE.thumbAbd];
const TIP_EPS = 0.01;
const _tipA = new Float64Array(TIP_JOINTS.length);
const _tipB = new Float64Array(TIP_JOINTS.length);

/**
 * The kneading thumb presses with its pad, rolled (opposition, −46°) so that the radial side of
 * its tip faces the skin: with the pad on the skin, that side went 4–5.5 mm past the dent (the
 * drawn mesh; classic-knead-palms t=135.5: 5.2 mm; ~100 of the library's touching poses). No joint
 * lifts the tip much more than the pad (the base's abduction 1.1×, the others less), so the thumb
 * tilts: its IP extends and its base rolls back a little (the smallest turn, least squares, that
 * lifts the tip by what it lacks while the base's abduction keeps the pad where it is: a linear
 * step on the pad's and the tip's tangent planes; t=135.5: IP −6° → −17°, its limit, roll −46° → −36°), then
 * the abduction puts the pad back on the skin and, clear-only, lifts the tip by what is left (the
 * pad with it, up to THUMB_PAD_MAX_M: fx-classic t=40.76, a light press whose IP reached its
 * limit, lifted the pad 3.4 mm off the skin). After the pad's solve (probe 0 holds the pad and its plane). No query when the
 * pad's plane puts the tip clear, 3 when it is in.
 */
function clearThumbTip(rig: HandRig, surface: MeshSurface, lift: number, pressDepth: number, padTarget: number, weight: number): void {
  const t = HAND_GEOMETRY.thumb;
  const pad = _probes[0] as Probe;
  const target = lift - pressDepth + t.radius[1] - THUMB_TIP_SLACK_M;
  const tip = setProbe(1, 'thumb3', 0, THUMB_TIP_Y, 0);
  const bone = rig.bones.thumb3;
  worldOf(rig, bone, tip.x, tip.y, tip.z, tip.at);
  const est = (tip.at.x - pad.q.x) * pad.n.x + (tip.at.y - pad.q.y) * pad.n.y + (tip.at.z - pad.q.z) * pad.n.z;
  if (est > target + PAD_PHALANX_ASK_M) return;
  queryProbe(rig, surface, tip);
  const lack = target - tip.d;
  if (lack <= 0) return;
  // how each joint moves the pad along its plane's normal (a) and the tip along its own (b), per radian
  const angles = rig.pose.angles;
  worldOf(rig, bone, pad.x, pad.y, pad.z, _p0);
  for (let k = 0; k < TIP_JOINTS.length; k++) {
    const j = TIP_JOINTS[k] as HandJoint;
    const a0 = angles[j];
    angles[j] = a0 + TIP_EPS;
    rig.applyJoint(j);
    worldOf(rig, bone, pad.x, pad.y, pad.z, _p1).sub(_p0);
    _tipA[k] = _p1.dot(pad.n) / TIP_EPS;
    worldOf(rig, bone, tip.x, tip.y, tip.z, _p1).sub(tip.at);
    _tipB[k] = _p1.dot(tip.n) / TIP_EPS;
    angles[j] = a0;
    rig.applyJoint(j);
  }
  const last = TIP_JOINTS.length - 1;
  const aA = _tipA[last] as number;
  if (Math.abs(aA) < 1e-4) return;
  const ratio = (_tipB[last] as number) / aA;
  // each tilting joint's gain on the tip with the pad held (b − a·ratio), then the least-squares turn
  let sum = 0;
  for (let k = 0; k < last; k++) {
    _tipB[k] = (_tipB[k] as number) - (_tipA[k] as number) * ratio;
    sum += (_tipB[k] as number) ** 2;
  }
  if (sum < 1e-8) return;
  for (let k = 0; k < last; k++) {
    const j = TIP_JOINTS[k] as HandJoint;
    const r = TIP_RANGES[k] as readonly [number, number];
    angles[j] = clamp(angles[j] + (lack * (_tipB[k] as number)) / sum, r[0], r[1]);
  }
  rig.applyShape(rig.pose);
  queryProbe(rig, surface, pad);
  solveJoint(rig, 'thumbCmcAbd', 'thumb1', 0, 1, padTarget, RANGE.thumbAbd, false, weight);
  // what is left, by the abduction: as far as the pad may rise (the tip rises `ratio` × the pad)
  queryProbe(rig, surface, tip);
  const room = Math.max(0, lift + THUMB_PAD_MAX_M - padTarget) * Math.max(0, ratio);
  solveJoint(rig, 'thumbCmcAbd', 'thumb1', 1, 2, Math.min(target, tip.d + room), RANGE.thumbAbd, true, 1);
}

/** The pad of a digit in its distal bone's frame: y and z (precomputed, no allocation). */
const PAD_Y = {} as Record<Digit, number>;
const PAD_Z = {} as Record<Digit, number>;
for (const d of [...FINGERS, 'thumb'] as const) {
  const g = d === 'thumb' ? HAND_GEOMETRY.thumb : HAND_GEOMETRY.fingers[d];
  PAD_Y[d] = g.lengths[2] - 0.8 * g.radius[1];
  PAD_Z[d] = -HAND_GEOMETRY.digitPalmar * g.radius[1];
}

/**
 * Poses a placed hand to the skin: fit, touch, clear (see the file comment). `normal` is the
 * skin's outward normal at the contact (the sample's), `pressDepth` the pressure dent (m),
 * `lift` the contact's height above the skin (m). No allocation.
 *
 * A hand changing its shape near the skin (a blend of two shapes below CONFORM_FADE_M) is
 * conformed as each of the two shapes at the same contact, and the two conformed hands are
 * blended (placement and joints), then cleared out of the body: the blended angles of two
 * unconformed shapes, fitted as one of them, turned the hand up to 8 cm into the body
 * (flat → knead) or were not conformed at all (cupped → flat).
 */
export function conformHand(
  rig: HandRig,
  surface: MeshSurface,
  normal: Vector3,
  pressDepth: number,
  lift: number,
): void {
  const pose = rig.pose;
  if (pose.contactA !== pose.contactB && pose.contactT > 0 && pose.contactT < 1) placeBlend(rig, normal);
  if (lift < CONFORM_FADE_M && pose.contactA !== pose.contactB && pose.contactT > 0 && pose.contactT < 1) {
    const a = shapeOfContact(pose.contactA);
    const b = shapeOfContact(pose.contactB);
    if (a && b) {
      conformBlend(rig, surface, normal, pressDepth, lift, a, b);
      return;
    }
  }
  conformPose(rig, surface, normal, pressDepth, lift);
}

/** Every shape's definition, to find a blend's two shapes by their contact (no allocation). */
const SHAPE_DEFS: readonly HandShapeDef[] = Object.values(HAND_SHAPES);
function shapeOfContact(c: ContactDef): HandShapeDef | null {
  for (let i = 0; i < SHAPE_DEFS.length; i++) if ((SHAPE_DEFS[i] as HandShapeDef).contact === c) return SHAPE_DEFS[i] as HandShapeDef;
  return null;
}

/** Where in a blend the hand starts to move from the first shape's place to the second's. */
const BLEND_PLACE_FROM = 0.5;
const _blendAng = new Float64Array(HAND_JOINTS.length);
const _blendPos = new Vector3();
const _blendQuat = new Quaternion();
const _blendP = new Vector3();
const _blendN = new Vector3();
const _blendF = new Vector3();
const _blendNormal = new Vector3();

/**
 * A blend of shapes `a` → `b` at the rig's pose.contactT = t. Within MID_BLEND of either end the
 * hand is conformed as placed (that shape's fit on the blended angles, as before). In between,
 * the hand is placed and conformed as the blend at MID_BLEND and as the blend at 1 − MID_BLEND,
 * both at the contact where the blended hand was placed, and the two conformed hands are blended
 * (position, rotation, every joint; eased, so it is continuous with the ends); then the fingers
 * rise off the skin to take the new grip and what is in the body comes out. Twice a shape's
 * queries while the grip changes. No allocation.
 */
function conformBlend(rig: HandRig, surface: MeshSurface, normal: Vector3, pressDepth: number, lift: number, a: HandShapeDef, b: HandShapeDef): void {
  const pose = rig.pose;
  const t = pose.contactT;
  if (t <= MID_BLEND || t >= 1 - MID_BLEND) {
    conformPose(rig, surface, normal, pressDepth, lift);
    return;
  }
  const u = (t - MID_BLEND) / (1 - 2 * MID_BLEND);
  const s = u * u * (3 - 2 * u);
  // the hand stays where the first shape lay while its fingers change (the palm on the skin),
  // and goes over to where the second lies in the second half of the blend
  const v = clamp((t - BLEND_PLACE_FROM) / (1 - MID_BLEND - BLEND_PLACE_FROM), 0, 1);
  const sp = v * v * (3 - 2 * v);
  // the contact where the blended hand was placed (point already down by the dent), its forward
  _blendNormal.copy(normal).normalize();
  rig.getContactLocal(_blendP, _blendN, _blendF);
  _blendP.applyMatrix4(rig.matrix);
  _blendF.transformDirection(rig.matrix);
  placeAs(rig, a, b, MID_BLEND);
  conformPose(rig, surface, normal, pressDepth, lift);
  const ang = pose.angles;
  for (let i = 0; i < HAND_JOINTS.length; i++) _blendAng[i] = ang[HAND_JOINTS[i] as HandJoint];
  _blendPos.copy(rig.position);
  _blendQuat.copy(rig.quaternion);
  placeAs(rig, a, b, 1 - MID_BLEND);
  conformPose(rig, surface, normal, pressDepth, lift);
  for (let i = 0; i < HAND_JOINTS.length; i++) {
    const j = HAND_JOINTS[i] as HandJoint;
    ang[j] = (_blendAng[i] as number) + (ang[j] - (_blendAng[i] as number)) * s;
  }
  pose.contactT = MID_BLEND + (1 - 2 * MID_BLEND) * s;
  rig.applyShape(pose);
  rig.position.lerpVectors(_blendPos, rig.position, sp);
  // the turn from the first shape's place to the second's keeps the forearm on its side (a
  // twist about it and a swing of it, not the shortest turn: fist → flat is a half turn)
  _qt.copy(rig.quaternion);
  twistBlend(rig, _blendQuat, _qt, sp, rig.quaternion);
  rig.updateMatrix();
  // in between: the fingers off the skin to take the new grip, nothing in the body
  _n0.copy(normal).normalize();
  const regrip = REGRIP_LIFT_M * clamp(Math.min(s, 1 - s) / REGRIP_RAMP, 0, 1);
  for (let i = 0; i < FINGERS.length; i++) {
    const f = FINGERS[i] as Finger;
    queryProbe(rig, surface, setProbe(0, DISTAL[f], 0, PAD_Y[f], PAD_Z[f]));
    solveJoint(rig, MCP[f], CHAIN[f][0], 0, 1, lift + CLEAR_M + regrip, RANGE.mcp, true, 1);
  }
  const clear = lift > 0 ? Math.min(lift, LIFT_CLEAR_M) : -pressDepth - BLEND_SLACK_M;
  clearThumb(rig, surface, clear);
  liftClear(rig, surface, clear);
  clearForearm(rig, surface, lift, (t < 0.5 ? a : b).contact.conform?.bend === 'spread');
}

const _twA = new Quaternion();
const _twB = new Quaternion();
const _twX = new Quaternion();
const _twT = new Quaternion();
const _twS = new Quaternion();
const _twI = new Quaternion();
const _twS2 = new Quaternion();
const _twV = new Vector3();
const _twO = new Vector3();
const _twCp = new Vector3();
const _twCn = new Vector3();
const _twCf = new Vector3();
const _twP = new Vector3();
const _twF = new Vector3();

/** The forearm's direction (wrist → elbow) in the rig's own frame, unit, into `out`. */
function forearmLocal(rig: HandRig, out: Vector3): Vector3 {
  let o: Object3D | null = rig.bones.forearm;
  out.set(0, -1, 0);
  _twO.set(0, 0, 0);
  while (o && o !== rig) {
    out.applyMatrix4(o.matrix);
    _twO.applyMatrix4(o.matrix);
    o = o.parent;
  }
  return out.sub(_twO).normalize();
}

/**
 * `out` = the turn from `qa` to `qb` at `s` (0 → 1) that keeps the forearm on the arm's side: the
 * relative turn (in the hand's own frame) is split into a twist about the forearm and a swing of
 * the forearm, each taken a part `s` of the way. The twist goes the hand's own way (pronation
 * for a right hand and a left hand alike, mirrored), so a half turn (fist → flat: the palm faces
 * ahead in the fist, the skin in the flat hand) neither flips between frames nor sweeps the
 * forearm across the back as the shortest turn did. `out` may be `qb`, not `qa`.
 */
function twistBlend(rig: HandRig, qa: Quaternion, qb: Quaternion, s: number, out: Quaternion): Quaternion {
  const v = forearmLocal(rig, _twV);
  _twX.copy(qa).invert().multiply(qb);
  if (_twX.w < 0) _twX.set(-_twX.x, -_twX.y, -_twX.z, -_twX.w);
  const proj = _twX.x * v.x + _twX.y * v.y + _twX.z * v.z;
  if (Math.hypot(proj, _twX.w) < 1e-6) return out.slerpQuaternions(qa, _twS2.copy(qb), s);
  let theta = 2 * Math.atan2(proj, _twX.w);
  // the window of twist angles: (c − π, c + π] about c = ±π/2 (the hand's own way)
  const c = rig.side === 'left' ? -TWIST_WAY : TWIST_WAY;
  while (theta > c + Math.PI) theta -= 2 * Math.PI;
  while (theta <= c - Math.PI) theta += 2 * Math.PI;
  _twT.setFromAxisAngle(v, theta);
  // swing = X · T⁻¹
  _twS.copy(_twX).multiply(_twT.invert());
  _twS2.copy(_twS);
  _twS.slerpQuaternions(_twI.identity(), _twS2, s);
  _twT.setFromAxisAngle(v, s * theta);
  return out.copy(qa).multiply(_twS).multiply(_twT);
}
/** The way a hand twists about its forearm in a half turn (see twistBlend), radians. */
const TWIST_WAY = Math.PI / 2;

/**
 * A hand blending two shapes whose contacts face different ways: the rig placed the blended
 * contact (the two shapes' normals and forwards mixed), which for fist → flat (their frames a
 * half turn apart) lost its forward midway and turned the hand half round about the normal in
 * one frame (classic-percussion-buttocks t=93.214: forearm pointing feet-wards, then head-wards).
 * Here the hand is placed as each shape, at the same contact point, and turned between the two
 * places by twistBlend. No allocation; no query.
 */
function placeBlend(rig: HandRig, normal: Vector3): void {
  const pose = rig.pose;
  const t = pose.contactT;
  // where the contact is now, and the forward it was placed along (the tangent of the blended
  // forward: placeContact turned it onto the sample's forward on the skin)
  rig.getContactLocal(_twCp, _twCn, _twCf);
  _twP.copy(_twCp).applyMatrix4(rig.matrix);
  _twCf.addScaledVector(_twCn, -_twCf.dot(_twCn));
  if (_twCf.lengthSq() < 1e-10) return;
  _twF.copy(_twCf).normalize().applyQuaternion(rig.quaternion);
  pose.contactT = 0;
  rig.placeContact(_twP, normal, _twF, 0);
  _twA.copy(rig.quaternion);
  pose.contactT = 1;
  rig.placeContact(_twP, normal, _twF, 0);
  _twB.copy(rig.quaternion);
  pose.contactT = t;
  twistBlend(rig, _twA, _twB, t, rig.quaternion);
  rig.getContactLocal(_twCp, _twCn, _twCf);
  rig.position.copy(_twP).sub(_twCp.applyQuaternion(rig.quaternion));
  rig.updateMatrix();
}

/** Poses the rig as the blend `a` → `b` at `t`, its contact at `_blendP` facing the skin
 * (`_blendNormal`), forward `_blendF`. */
function placeAs(rig: HandRig, a: HandShapeDef, b: HandShapeDef, t: number): void {
  blendShapes(a, b, t, rig.pose);
  rig.applyShape(rig.pose);
  rig.placeContact(_blendP, _blendNormal, _blendF, 0);
}

/** conformHand for one shape (or a blend whose shapes are not in HAND_SHAPES). */
function conformPose(rig: HandRig, surface: MeshSurface, normal: Vector3, pressDepth: number, lift: number): void {
  _n0.copy(normal).normalize();
  // the heading the engine gave (the palm's fingers direction on the skin): the band's yaw is
  // bounded by the total turn from it
  headingOf(rig, _heading0);
  if (lift >= CONFORM_FADE_M) {
    // a hand turning over in the air (changing its shape between strokes) rises clear of the
    // skin: tipped about its contact point it swung its forearm across the back
    liftClear(rig, surface, LIFT_CLEAR_M, rig.pose.contactA === rig.pose.contactB || rig.pose.contactT <= 0 || rig.pose.contactT >= 1);
    clearForearm(rig, surface, lift, (rig.pose.contactT < 0.5 ? rig.pose.contactA : rig.pose.contactB).conform?.bend === 'spread');
    return;
  }
  const pose = rig.pose;
  const def: ConformDef | undefined = (pose.contactT < 0.5 ? pose.contactA : pose.contactB).conform;
  if (!def) return;
  const wgt = lift <= 0 ? 1 : 1 - lift / CONFORM_FADE_M;
  _n0.copy(normal).normalize();
  const target = lift + TOUCH_OFFSET_M - 0.5 * pressDepth;
  rig.updateMatrix();
  // a hand pressing with one pad and nothing else (no fit): its pad sits on the skin itself by
  // the dent (the sample's point comes from the chart, which lies up to ~0.7 mm off the skin on
  // the slope of the erector beside the spine: the pressing thumb sank past its dent there)
  if (def.fit.length === 0 && def.touch.length === 0) seatContact(rig, surface, lift - pressDepth);
  if (def.palmClear) tipPalmOff(rig, surface, lift + PALM_CLEAR_M - pressDepth);
  const fitTarget = lift + (def.fitOffset ?? FIT_OFFSET_M) - 0.5 * pressDepth;
  const core = Math.min(def.core ?? def.fit.length, def.fit.length);
  const floor = lift - pressDepth - FIT_FLOOR_M;
  fitRigid(rig, surface, def.fit, fitTarget, wgt, def.turnCost ?? 2e-5, def.maxYaw ?? 0, core, floor, def.bend === 'spread');
  if (def.bend === 'flex' && def.touch.length > 0) archPalm(rig, def.fit, fitTarget, wgt, core, floor);
  settleCore(rig, surface, def.fit, fitTarget, wgt, core, floor);
  if (def.bend === 'spread' && def.fit.length === 3) centreEdge(rig, def.fit, lift, pressDepth, wgt);
  if (def.palmClear && (pose.contactA === pose.contactB || pose.contactT <= MID_BLEND || pose.contactT >= 1 - MID_BLEND))
    tipPalmOff(rig, surface, lift + PALM_CLEAR_M - pressDepth);
  if (def.bend === 'flex' && core >= 2 && core < def.fit.length) {
    clearPalm(rig, surface, lift - pressDepth, lift, wgt);
    const cross = pose.contactA === pose.contactB;
    _crPos.copy(rig.position);
    _crQuat.copy(rig.quaternion);
    bandAll(rig, surface, pressDepth, lift, wgt, cross);
    // the crease's cost pushes the palm to the top of its band, where the hollow measured before
    // the band turned the palm errs most (up to 0.6 mm: the centre 3.1–3.2 mm above the skin on the
    // full oracle, honey-lumbar~demo t=33.73): its centre checked where it ended (3 queries); when
    // over, the band's rounds again from there with the hollow measured there (at most twice);
    // still over, the band again without the crease (lowering the palm by what is over put its
    // pads and wrist 3.0–3.5 mm in the body: 43 interpenetrations; by the ~0.1 mm left after the
    // reruns, still 4 palm balls 3.0–3.1 mm in)
    if (_crUsed) {
      let over = centreOver(rig, surface, lift);
      for (let k = 0; k < CENTRE_RERUNS && over > 0; k++) {
        _hollow = _hollowHere;
        for (let round = 0; round < BAND_ROUNDS; round++) if (!bandPalm(rig, surface, pressDepth, lift, wgt, false, false)) break;
        over = centreOver(rig, surface, lift);
      }
      if (over > 0) {
        rig.position.copy(_crPos);
        rig.quaternion.copy(_crQuat);
        rig.updateMatrix();
        _crOn = false;
        bandAll(rig, surface, pressDepth, lift, wgt, cross);
        _crOn = true;
      }
    }
  }

  if (def.bend === 'flex') {
    // a hand changing its grip (flat → knead and back) lifts its fingers a little off the skin
    // to take the new grip, smoothly from the ends of the blend: they follow the skin that far
    // above it instead of pressing on it (a flat hand's little finger turning to a kneading grip
    // beside the spine pressed on the spinous processes)
    const edge = pose.contactA === pose.contactB ? 0 : Math.min(pose.contactT, 1 - pose.contactT);
    const regrip = REGRIP_LIFT_M * clamp((edge - MID_BLEND) / REGRIP_RAMP, 0, 1);
    for (let i = 0; i < FINGERS.length; i++) {
      const f = FINGERS[i] as (typeof FINGERS)[number];
      if (def.touch.includes(f)) flexFinger(rig, surface, f, target + regrip, wgt);
    }
  } else if (def.bend === 'pad') {
    for (let i = 0; i < def.touch.length; i++) {
      const d = def.touch[i] as Digit;
      queryProbe(rig, surface, setProbe(0, DISTAL[d], 0, PAD_Y[d], PAD_Z[d]));
      if (d === 'thumb') solveJoint(rig, 'thumbCmcAbd', 'thumb1', 0, 1, fitTarget, RANGE.thumbAbd, false, wgt);
      else solveJoint(rig, MCP[d], CHAIN[d][0], 0, 1, fitTarget, RANGE.mcp, false, wgt);
      clearPadPhalanx(rig, surface, d, lift - pressDepth);
      if (d === 'thumb') clearThumbTip(rig, surface, lift, pressDepth, fitTarget, wgt);
    }
  } else {
    // the edge of the hand: the little finger's ulnar side follows the skin (abduction)
    const g = HAND_GEOMETRY.fingers.little;
    queryProbe(rig, surface, setProbe(0, 'little2', 0.85 * g.radius[0], g.lengths[1], -0.001));
    queryProbe(rig, surface, setProbe(1, 'little3', 0.8 * g.radius[1], g.lengths[2] * 0.55, -0.001));
    solveJoint(rig, 'littleSpread', 'little1', 0, 2, target, RANGE.spread, false, wgt);
    // where the skin rises past the end of the edge more than the adduction can follow (its range
    // ends at −17°: chops at L3–L5 with the fingers over the sacrum, 3–6 mm in), the little finger
    // bends at its MCP the nearer way (back, dorsally, or curling in) until its last two
    // phalanges are clear of the skin (tests/unit/motion/shapeEdgeFingers.test.ts)
    // (two rounds: the skin curves under the finger's arc)
    for (let round = 0; round < 2; round++) {
      queryProbe(rig, surface, setProbe(0, 'little2', 0, g.lengths[1] * 0.5, 0));
      queryProbe(rig, surface, setProbe(1, 'little3', 0, g.lengths[2] * 0.5, 0));
      solveJoint(rig, 'littleMcp', 'little1', 0, 2, lift + EDGE_LITTLE_CLEAR_M - pressDepth, RANGE.mcp, true, 1, true);
    }
  }

  // Step 3: the digits that must not touch stay out of the skin.
  const clearTarget = lift + CLEAR_M;
  for (let i = 0; i < def.clear.length; i++) {
    const d = def.clear[i] as Digit;
    const j: HandBone = d === 'thumb' ? 'thumb2' : CHAIN[d][0];
    queryProbe(rig, surface, setProbe(0, DISTAL[d], 0, PAD_Y[d], PAD_Z[d]));
    solveJoint(rig, MCP[d], j, 0, 1, clearTarget, d === 'thumb' ? RANGE.thumbMcp : RANGE.mcp, true, 1);
    // a flat hand pressing deep: the thumb lying beside the palm has its proximal phalanx in the
    // body though its pad is clear (the MCP does not move it): lifted at its base when the pad's
    // tangent plane puts it near its limit (two queries then, none otherwise)
    if (d === 'thumb' && def.bend === 'flex') clearThumbNear(rig, surface, _probes[0] as Probe, lift - pressDepth - BLEND_SLACK_M);
  }
  // A hand on its way up or down keeps every part out of the body (a rigid hand tilted by the
  // skin under its palm reaches into the skin ahead with its fingers).
  if (lift > 0) liftClear(rig, surface, Math.min(lift, LIFT_CLEAR_M));
  else if (pose.contactA !== pose.contactB && pose.contactT > MID_BLEND && pose.contactT < 1 - MID_BLEND) {
    // a hand changing its grip on the skin (neither shape's fit holds): nothing deeper in the
    // body than the dent and most of what the checks allow. The thumb swinging from alongside
    // the index (flat) to the grip (knead) sweeps through the skin beside the palm: it lifts at
    // its base first (tipping the whole hand for it put the little finger's tip on the skin).
    clearThumb(rig, surface, -pressDepth - BLEND_SLACK_M);
    liftClear(rig, surface, -pressDepth - BLEND_SLACK_M);
  }
  if (def.bend === 'spread') alignEdgeForearm(rig, surface, lift);
  else clearForearm(rig, surface, lift, false);
}

/** A forearm leaning this little out of the edge's upright plane is left as it is, radians. */
const EDGE_LEAN_TOL = 0.02;
const _leanH = new Vector3();
const _leanM = new Vector3();

/** The unit direction wrist → elbow of the rig's forearm, world, into `out`. */
function forearmDir(rig: HandRig, out: Vector3): Vector3 {
  worldOf(rig, rig.bones.forearm, 0, -1, 0, out);
  worldOf(rig, rig.bones.forearm, 0, 0, 0, _p1);
  return out.sub(_p1).normalize();
}

/**
 * The edge of the hand (chop, saw) stands upright on the skin, palm facing sideways: its wrist's
 * flexion–extension swings the forearm sideways, out of the upright plane through the edge.
 * The shape's 5° of extension, and the hand tilted with the skin beside the spine, leaned the
 * forearms towards the dorsal side — both hands' forearms towards the midline in a two-handed saw
 * (classic-edge-of-palm t=140.56: forearms overlapping 4.3 mm; fx-classic step 4: crossing in
 * an X at 23–32°). Here the wrist flexes or extends until the forearm lies in that plane (the
 * skin's normal and the edge's heading), then the forearm is cleared of the body as before
 * (radial deviation, in the plane). No query for the turn.
 */
function alignEdgeForearm(rig: HandRig, surface: MeshSurface, lift: number): void {
  headingOf(rig, _leanH);
  _leanM.crossVectors(_leanH, _n0);
  const ml = _leanM.length();
  if (ml > 1e-6) {
    _leanM.multiplyScalar(1 / ml);
    const angles = rig.pose.angles;
    for (let it = 0; it < 2; it++) {
      const lean = forearmDir(rig, _w).dot(_leanM);
      if (Math.abs(lean) < EDGE_LEAN_TOL) break;
      const a0 = angles.wristExt;
      angles.wristExt = a0 + 0.05;
      rig.applyJoint('wristExt');
      const slope = (forearmDir(rig, _w).dot(_leanM) - lean) / 0.05;
      if (Math.abs(slope) < 0.2) {
        angles.wristExt = a0;
        rig.applyJoint('wristExt');
        break;
      }
      angles.wristExt = clamp(a0 - lean / slope, RANGE.wristExt[0], RANGE.wristExt[1]);
      rig.applyJoint('wristExt');
    }
  }
  clearForearm(rig, surface, lift, true);
}


/**
 * The rigid palm's band (a flat hand pressing with its heel and centre): every part of the palm
 * must lie in the band the skin allows there, all at once —
 * - the heel and the palm centre: no more than 3 mm above the skin and no deeper than the dent
 *   (+ 0.5 mm);
 * - the palm's rounded body (its heel, middle and knuckle corners, as balls flush with its
 *   palmar skin) and the wrist: no deeper in the body than the dent + 3 mm.
 * On a back hollow (or ridged) along or across the hand the fit of the heel and centre alone
 * left a corner or the wrist in the body, the fingers' roots deep, or the centre floating. Here the hand
 * turns (pitch and roll about the palm centre, a grid of candidates) and slides along the normal
 * (exact interval per candidate) to the placement nearest the current one that keeps every
 * point in its band; when none does, the one whose worst miss is smallest. Linear in the turn
 * (tangent planes of one query per point); a second round re-queries where the hand went.
 * Returns false when the hand was already inside every band.
 */
function bandPalm(rig: HandRig, surface: MeshSurface, pressDepth: number, lift: number, weight: number, first: boolean, slides = first): boolean {
  const nb = BAND.length;
  const bones = rig.bones;
  worldOf(rig, bones.palm, 0.002, 0.05, BAND_PALMAR, _pivot);
  // the turn axes: across the hand (pitch) and along it (roll), world
  worldOf(rig, bones.palm, 0.002 + 1, 0.05, BAND_PALMAR, _r0);
  const ax = _bandAx.subVectors(_r0, _pivot).normalize();
  worldOf(rig, bones.palm, 0.002, 0.05 + 1, BAND_PALMAR, _r0);
  const ay = _bandAy.subVectors(_r0, _pivot).normalize();
  let inside = true;
  for (let i = 0; i < nb; i++) {
    const b = BAND[i] as (typeof BAND)[number];
    const p = _bandP[i] as Vector3;
    worldOf(rig, bones[b[0]], b[1], b[2], b[3], p);
    const q = _bandQ[i] as Vector3;
    const n = _bandN[i] as Vector3;
    const at = _bandAt[i] as Vector3;
    if (first) {
      // first estimate: the tangent plane the fit found for the nearest fit point (no query)
      const k = b[6];
      q.copy(_fitQ[k] as Vector3);
      n.copy(_fitN[k] as Vector3);
      // the heel and the centre: settleCore has just measured the skin under them
      if (i < 2) at.copy(_fitAt[k] as Vector3);
      else at.set(Infinity, Infinity, Infinity);
    }
    // limits of the signed distance, with a margin inside the checks' limits; the palm centre
    // bridges a hollow along the hand (palmHollow)
    const lo = b[5] - pressDepth - BAND_DEPTH_M + lift + BAND_MARGIN_M + (i >= BAND_PADS ? BAND_PAD_MARGIN_M : 0);
    const hi = b[4] === 1 ? lift + BAND_GAP_M - BAND_MARGIN_M + (i === 1 && _hollow > 0 ? _hollow : 0) : Infinity;
    let d = (p.x - q.x) * n.x + (p.y - q.y) * n.y + (p.z - q.z) * n.z;
    // measured on the skin only near a limit, where the plane was not measured from here
    // (a plane measured far off errs with the skin's curve: ~2 mm at 3 cm on the lumbosacral saddle)
    // (the wrist, 2 cm behind the heel whose plane it starts from, is always measured: on the bend
    // beside L5–S1 (radius ≈ 3.5 cm) the heel's plane put it 2.8 mm too high, and a wrist the band
    // took for inside lay 3.1 mm in the body, point-lumbosacral~demo t=4.48)
    // (so are the pads, whose first planes are a fit point's 1–3 cm away)
    const ask = i >= BAND_PADS ? Infinity : BAND_ASK_M + BAND_ASK_CURVE * p.distanceToSquared(q);
    if ((d < lo + ask || d > hi - ask) && p.distanceToSquared(at) > BAND_STALE_M * BAND_STALE_M) {
      d = signedDistance(surface, p, q, n);
      at.copy(p);
    }
    _bandD[i] = d;
    _bandLo[i] = lo;
    _bandHi[i] = hi;
    if (d < lo - 1e-5 || d > hi + 1e-5) inside = false;
    turnGradient(p, n, ax, ay, i, _bandGx, _bandGy, _bandGz, _bandK);
  }
  if (!inside && Number.isNaN(_hollow)) {
    // measured only where the band does not hold (3 queries, once a pose)
    _bandHi[1] = (_bandHi[1] as number) + palmHollow(rig, surface);
    inside = true;
    for (let i = 0; i < nb; i++) if ((_bandD[i] as number) < (_bandLo[i] as number) - 1e-5 || (_bandD[i] as number) > (_bandHi[i] as number) + 1e-5) inside = false;
  }
  const creaseIn = measureCrease(rig, surface, pressDepth, lift, first, ax, ay);
  if (!creaseIn) _crUsed = true;
  if (inside && creaseIn) {
    _bandMiss = 0;
    return false;
  }
  _bandNb = nb;
  // the turn about the normal the fit has made already (signed): the yaw allowed is what is
  // left of BAND_MAX_YAW
  headingOf(rig, _w);
  _r0.crossVectors(_heading0, _w);
  _bandYaw0 = Math.atan2(_r0.dot(_n0), _heading0.dot(_w));
  _bandBest[0] = Infinity; // miss
  _bandBest[1] = Infinity; // cost
  _bandBest[2] = 0; // pitch
  _bandBest[3] = 0; // roll
  _bandBest[4] = 0; // yaw
  _bandBest[5] = 0; // slide
  _bandSlide = 0;
  bandSearch();
  // the crease's cost, on turns near the best without it only (CREASE_LOCAL fine steps each way):
  // searched over all turns, the best placement jumped between distant candidates from frame to frame
  if (_crOut && (_bandBest[0] as number) <= 1e-6) {
    const a0 = _bandBest[2] as number;
    const c0 = _bandBest[3] as number;
    const z0 = _bandBest[4] as number;
    const df = BAND_MAX_TURN / BAND_STEPS / BAND_FINE;
    _crCost = true;
    _bandBest[0] = Infinity;
    _bandBest[1] = Infinity;
    for (let ix = -CREASE_LOCAL; ix <= CREASE_LOCAL; ix++) for (let iy = -CREASE_LOCAL; iy <= CREASE_LOCAL; iy++) bandTry(a0 + ix * df, c0 + iy * df, z0);
    _crCost = false;
  }
  // the last resort (a rigid palm on a saddle of the back, the lumbosacral junction): no turn
  // holds it at the engine's contact point, but a little further along (or across) the skin one
  // does — the smallest slide (≤ BAND_MAX_SLIDE) whose turns hold every point. Linear in the
  // slide (each point's tangent plane); no query: the next round measures where the hand went.
  let bt = 0;
  let bu = 0;
  if ((_bandBest[0] as number) > 1e-6 && slides) {
    _bandKeep.set(_bandBest);
    headingOf(rig, _bandU);
    _bandV.crossVectors(_n0, _bandU);
    for (let i = 0; i < nb; i++) {
      const n = _bandN[i] as Vector3;
      _bandGu[i] = n.dot(_bandU);
      _bandGv[i] = n.dot(_bandV);
    }
    let found = false;
    for (let k = 1; k <= BAND_SLIDE_STEPS && !found; k++) {
      const t = (k * BAND_MAX_SLIDE) / BAND_SLIDE_STEPS;
      // along the heading (either way), then across it, then aslant
      for (let dir = 0; dir < 8 && !found; dir++) {
        const e = SLIDE_DIRS[dir] as readonly [number, number];
        const along = t * e[0];
        const across = t * e[1];
        for (let i = 0; i < nb; i++) _bandOff[i] = along * (_bandGu[i] as number) + across * (_bandGv[i] as number);
        for (let j = 0; j < NCREASE; j++) _crOff[j] = along * (_crN[j] as Vector3).dot(_bandU) + across * (_crN[j] as Vector3).dot(_bandV);
        _bandSlide = 1;
        _bandBest[0] = Infinity;
        _bandBest[1] = Infinity;
        bandLocal(_bandKeep[2] as number, _bandKeep[3] as number, _bandKeep[4] as number);
        if ((_bandBest[0] as number) <= 1e-6) {
          found = true;
          bt = along;
          bu = across;
        }
      }
    }
    _bandSlide = 0;
    if (!found) _bandBest.set(_bandKeep);
    conformStats.slides++;
    if (DEBUG) console.log("slide", found, (bt * 1000).toFixed(1), (bu * 1000).toFixed(1));
  }
  let bx = _bandBest[2] as number;
  let by = _bandBest[3] as number;
  let bz = _bandBest[4] as number;
  let bs = _bandBest[5] as number;
  const bestMiss = _bandBest[0] as number;
  _bandMiss = bestMiss;
  if (DEBUG) console.log('band', Array.from(_bandD.slice(0, nb), (d, i) => `${(d * 1000).toFixed(1)}[${((_bandLo[i] as number) * 1000).toFixed(1)},${((_bandHi[i] as number) * 1000).toFixed(1)}] g${((_bandGx[i] as number) * 1000).toFixed(0)},${((_bandGy[i] as number) * 1000).toFixed(0)}`).join(' '), 'best', bx.toFixed(3), by.toFixed(3), (bs * 1000).toFixed(2), 'miss', (bestMiss * 1000).toFixed(2));
  bx *= weight;
  by *= weight;
  bz *= weight;
  bs *= weight;
  _w.copy(ax).multiplyScalar(bx).addScaledVector(ay, by).addScaledVector(_n0, bz);
  const ang = _w.length();
  if (ang > 1e-7) {
    _qt.setFromAxisAngle(_w.multiplyScalar(1 / ang), ang);
    rig.quaternion.premultiply(_qt);
    rig.position.sub(_pivot).applyQuaternion(_qt).add(_pivot);
  }
  rig.position.addScaledVector(_n0, bs);
  rig.position.addScaledVector(_bandU, bt * weight).addScaledVector(_bandV, bu * weight);
  rig.updateMatrix();
  return ang > 1e-5 || Math.abs(bs) > 1e-5 || bt !== 0 || bu !== 0;
}


/**
 * The wrist crease's balls (WRIST_CREASE) where the drawn skin puts them — blended between the
 * palm and the forearm as the drawn vertices are — measured on the skin (one query each where the
 * hand moved more than BAND_STALE_M since the last), with their turn gradients for bandTry.
 * Unlike BAND's points they are soft: their depth past the dent + 3 mm is a cost, never a miss, so
 * the heel and the centre keep their band (a hard heel-corner ball lifted flat palms 3 mm beyond the
 * hollow they may bridge: 155 contact-gap violations, session 10). Returns true when every ball is
 * out of the body by its limit.
 */
function measureCrease(rig: HandRig, surface: MeshSurface, pressDepth: number, lift: number, first: boolean, ax: Vector3, ay: Vector3): boolean {
  let inside = true;
  // (a hand off the skin — the upper hand of a palm-on-palm press lies a palm's thickness up — has
  // no crease to keep out: turned for it, it went 3.4 mm into the lower hand, fx-point t=207.20)
  for (let j = 0; j < NCREASE && _crOn && lift === 0; j++) {
    const cb = WRIST_CREASE[j] as (typeof WRIST_CREASE)[number];
    const p = creaseOf(rig, cb, _crP[j] as Vector3);
    const q = _crQ[j] as Vector3;
    const n = _crN[j] as Vector3;
    const at = _crAt[j] as Vector3;
    if (first) at.set(Infinity, Infinity, Infinity);
    let d: number;
    if (p.distanceToSquared(at) > BAND_STALE_M * BAND_STALE_M) {
      d = signedDistance(surface, p, q, n);
      at.copy(p);
    } else d = (p.x - q.x) * n.x + (p.y - q.y) * n.y + (p.z - q.z) * n.z;
    const lo = cb[3] - pressDepth - BAND_DEPTH_M + lift + BAND_MARGIN_M + BAND_PAD_MARGIN_M;
    _crD[j] = d;
    _crLo[j] = lo;
    if (d < lo - 1e-5) inside = false;
    turnGradient(p, n, ax, ay, j, _crGx, _crGy, _crGz, _crK);
  }
  _crOut = !inside;
  return inside;
}

/** d(distance)/d(turn) of point `p` on the tangent plane with normal `n` about the pitch, roll and
 * yaw axes through the band's pivot — (p − pivot) × n · axis — and the plane's tilt to the normal. */
function turnGradient(p: Vector3, n: Vector3, ax: Vector3, ay: Vector3, i: number, gx: Float64Array, gy: Float64Array, gz: Float64Array, k: Float64Array): void {
  _r0.subVectors(p, _pivot);
  _r1.crossVectors(_r0, n);
  gx[i] = _r1.dot(ax);
  gy[i] = _r1.dot(ay);
  gz[i] = _r1.dot(_n0);
  k[i] = n.dot(_n0);
}

/** Where the drawn skin puts a WRIST_CREASE ball's centre, world. */
function creaseOf(rig: HandRig, cb: (typeof WRIST_CREASE)[number], out: Vector3): Vector3 {
  wristCreaseLocal(rig, cb, out);
  return worldOf(rig, rig.bones.palm, out.x, out.y, out.z, out);
}
const NCREASE = WRIST_CREASE.length;
let _crOut = false;
let _crCost = false;
const BAND_CREASE_W = 100;
const CREASE_LOCAL = 4;
/** Whether the crease's cost moved the palm this pose (its centre is then checked), whether the
 * crease counts at all, and where the palm was before the band. */
let _crUsed = false;
let _crOn = true;
const _crPos = new Vector3();
const _crQuat = new Quaternion();

/** The flat palm's band: turns alone; where no turn holds the palm, first the continuous crossing of
 * the lumbosacral saddle along the heading (saddleSlide), then the ≤ 1 cm slides in any direction. */
function bandAll(rig: HandRig, surface: MeshSurface, pressDepth: number, lift: number, wgt: number, cross: boolean): void {
  _bandMiss = 0;
  _hollow = NaN;
  _crUsed = false;
  // (a hand changing its grip, conformed as each shape, keeps the ≤ 1 cm slides first: the
  // crossing put its palm 3.0 mm in on the full oracle at flat→knead 0.09–0.16)
  for (let round = 0; round < BAND_ROUNDS; round++) if (!bandPalm(rig, surface, pressDepth, lift, wgt, round === 0, round === 0 && !cross)) break;
  conformStats.saddle = 0;
  conformStats.miss = _bandMiss;
  if (cross && _bandMiss > 0) saddleSlide(rig, surface, pressDepth, lift, wgt);
  // …and where the crossing still misses (its frames inside the blocked stretch, or no stretch
  // along the heading ends within 2 cm), the ≤ 1 cm slides in any direction as before
  if (cross && _bandMiss > 0) {
    _bandMiss = 0;
    for (let round = 0; round < BAND_ROUNDS; round++) if (!bandPalm(rig, surface, pressDepth, lift, wgt, false, round === 0)) break;
  }
}

/** How far the palm centre lies above the gap limit over the hollow along the hand (less its
 * margin), both measured where the palm is (3 queries), m (≤ 0: within it; the band keeps it
 * BAND_MARGIN_M under). */
function centreOver(rig: HandRig, surface: MeshSurface, lift: number): number {
  let sum = 0;
  let centre = 0;
  for (let k = 0; k < 3; k++) {
    worldOf(rig, rig.bones.palm, 0.002, HOLLOW_Y[k] as number, BAND_PALMAR, _w);
    const d = signedDistance(surface, _w, _r0, _r1);
    if (k === 1) centre = d;
    sum += (k === 1 ? 2 : -1) * d;
  }
  _hollowHere = Math.max(0, sum / 2 - HOLLOW_MARGIN_M);
  return centre - (lift + BAND_GAP_M + _hollowHere);
}
/** Band reruns with the hollow measured where the crease's cost put the palm. */
const CENTRE_RERUNS = 2;
/** The hollow along the palm where centreOver measured it, m. */
let _hollowHere = 0;
const _crP = Array.from({ length: NCREASE }, () => new Vector3());
const _crQ = Array.from({ length: NCREASE }, () => new Vector3());
const _crN = Array.from({ length: NCREASE }, () => new Vector3());
const _crAt = Array.from({ length: NCREASE }, () => new Vector3(Infinity, Infinity, Infinity));
const _crD = new Float64Array(NCREASE);
const _crT = new Float64Array(NCREASE);
const _crLo = new Float64Array(NCREASE);
const _crOff = new Float64Array(NCREASE);
const _crGx = new Float64Array(NCREASE);
const _crGy = new Float64Array(NCREASE);
const _crGz = new Float64Array(NCREASE);
const _crK = new Float64Array(NCREASE);

/** The hollow of the skin under the palm along the hand, m (NaN: not measured yet this pose). */
let _hollow = NaN;
/** Heel, centre and knuckle pad of the palm: three points evenly spaced along its long axis. */
const HOLLOW_Y = [0.016, 0.05, 0.084] as const;
/** The hollow allowance is kept this much inside the oracle's (which measures where the palm ends up). */
const HOLLOW_MARGIN_M = 0.0005;

/**
 * How deep the skin under the palm's centre lies below the chord from under its heel to under its
 * knuckle pads, m (0 on a flat or rounded skin) — placement-free to first order: the second
 * difference of the skin's height along the palm. A palm is rigid along its length (the
 * metacarpals): on a hollow tighter than the hand (the bend from the lumbar hollow up onto the
 * buttock beside L5–S1, radius ≈ 3.5 cm, against the palm's 7 cm) it touches with its heel and
 * its knuckle pads and its centre bridges the hollow; held on the skin as well, the palm's
 * corners went 4–5 mm past the dent into the body (the oracle's last 17 flat-palm overlaps).
 * The oracle's contact-gap rule allows the palm centre the same bridge. Three queries, once a pose.
 */
function palmHollow(rig: HandRig, surface: MeshSurface): number {
  if (Number.isNaN(_hollow)) {
    let sum = 0;
    for (let k = 0; k < 3; k++) {
      worldOf(rig, rig.bones.palm, 0.002, HOLLOW_Y[k] as number, BAND_PALMAR, _w);
      sum += (k === 1 ? 2 : -1) * signedDistance(surface, _w, _r0, _r1);
    }
    _hollow = Math.max(0, sum / 2 - HOLLOW_MARGIN_M);
  }
  return _hollow;
}

/** Best miss of the band's last round (0: every point inside its band). */
let _bandMiss = 0;
/** The saddle slide: the flat palm moves along its heading by at most this… */
const SADDLE_SLIDE_M = 0.02;
/** …found by this many bisections of [0, SADDLE_SLIDE_M]. */
const SADDLE_BISECT = 5;
/** Band rounds after a slide (they measure the skin where the palm went). */
const SADDLE_ROUNDS = 3;

/** The band's miss with the palm slid by `t` along `_bandU` from `_saddlePos`/`_saddleQuat`
 * (each band point measured on the skin where it went, then the band's rounds). Leaves the rig there. */
function saddleTry(rig: HandRig, surface: MeshSurface, pressDepth: number, lift: number, weight: number, t: number): number {
  rig.position.copy(_saddlePos).addScaledVector(_bandU, t);
  rig.quaternion.copy(_saddleQuat);
  rig.updateMatrix();
  for (let i = 0; i < BAND.length; i++) {
    const b = BAND[i] as (typeof BAND)[number];
    const p = worldOf(rig, rig.bones[b[0]], b[1], b[2], b[3], _bandP[i] as Vector3);
    signedDistance(surface, p, _bandQ[i] as Vector3, _bandN[i] as Vector3);
    (_bandAt[i] as Vector3).copy(p);
  }
  _bandMiss = 0;
  for (let round = 0; round < SADDLE_ROUNDS; round++) if (!bandPalm(rig, surface, pressDepth, lift, weight, false)) break;
  return _bandMiss;
}

/**
 * The saddle of the back beside the lumbosacral junction (x ≈ ±6 cm, L4–S1): where neither a turn
 * nor the ≤ 1 cm slides hold the rigid palm in its band. Measured along the heading (30 Nov,
 * session 8), the placements that do not hold form ONE blocked stretch of 20–27 mm that moves
 * back under the palm as the contact moves on (the saddle is fixed on the body): a rigid palm
 * that follows the contact must either cross it in a jump of ≥ 20 mm or lie in it for a while.
 * Here the palm takes the nearest placement that holds behind (`lo`, towards the wrist) and ahead
 * (`hi`, towards the fingers), each by bisection of [0, 2 cm], and goes from `lo` to `hi` as the
 * contact passes the middle of the stretch (smoothstep over 2·SADDLE_CROSS of it): continuous in
 * the sample (both edges are), so the jump of the crossing is spread over the frames in which the
 * contact covers 60 % of the stretch; those frames lie in it (the oracle still sees them). Where
 * nothing holds within 2 cm either way, `lo` = −2 cm, `hi` = 2 cm and the palm stays (t = 0).
 * Costs ~12 band fits (each 12 queries + its rounds) on the saddle only; none elsewhere.
 */
function saddleSlide(rig: HandRig, surface: MeshSurface, pressDepth: number, lift: number, weight: number): void {
  conformStats.slides++;
  headingOf(rig, _bandU);
  _saddlePos.copy(rig.position);
  _saddleQuat.copy(rig.quaternion);
  // the nearest placement that holds ahead (towards the fingers) and behind (towards the wrist)
  const hi = saddleEdge(rig, surface, pressDepth, lift, weight, 1);
  const lo = -saddleEdge(rig, surface, pressDepth, lift, weight, -1);
  // how far the contact has come through the blocked stretch: 0 where it opens just ahead of the
  // palm, 1 where it closes just behind it; the palm lags behind it, then crosses it ahead
  const p = -lo / (hi - lo);
  const x = clamp((p - (0.5 - SADDLE_CROSS)) / (2 * SADDLE_CROSS), 0, 1);
  const b = x * x * (3 - 2 * x);
  const t = lo + b * (hi - lo);
  saddleTry(rig, surface, pressDepth, lift, weight, t * weight);
  conformStats.saddle = t;
  if (DEBUG) console.log('saddle', (lo * 1000).toFixed(2), (hi * 1000).toFixed(2), p.toFixed(3), (t * 1000).toFixed(2));
}

/** The nearest slide (m, ≤ SADDLE_SLIDE_M) in direction `dir` (1: towards the fingers) at which the
 * band holds the rigid palm, found by bisection (SADDLE_SLIDE_M where none holds). */
function saddleEdge(rig: HandRig, surface: MeshSurface, pressDepth: number, lift: number, weight: number, dir: number): number {
  if (saddleTry(rig, surface, pressDepth, lift, weight, dir * SADDLE_SLIDE_M * weight) > 1e-6) return SADDLE_SLIDE_M;
  let lo = 0;
  let hi = SADDLE_SLIDE_M;
  for (let k = 0; k < SADDLE_BISECT; k++) {
    const mid = 0.5 * (lo + hi);
    if (saddleTry(rig, surface, pressDepth, lift, weight, dir * mid * weight) <= 1e-6) hi = mid;
    else lo = mid;
  }
  return hi;
}
/** Half the share of the blocked stretch over which the palm crosses from behind to ahead. A palm
 * crossing faster jumps more: its jump per frame beyond the contact's is ~(1.5/(2·SADDLE_CROSS) − 1)
 * × the contact's move; a slower one lies longer in the stretch. Measured 30 Nov (warming rub,
 * point, honey, cupping, knead palms, edge of palm, gentle stroking at 60 per step; main: 21
 * violations, worst jump 14.4 mm, 32 frames over 8 mm): crossing first, then the ≤ 1 cm slides:
 * 0.15: 3 violations, 15.8 mm, 30 frames; 0.2: 6, 17.2 mm, 32. The ≤ 1 cm slides first and the
 * crossing after them: 0.15: 6, 16.7 mm; 0.3: 19 (wrist +2), 15.6 mm; full oracle at 0.3 flat
 * palm 91 → 72 but flat forearm 6 → 10 (not kept). */
const SADDLE_CROSS = 0.15;
const _saddlePos = new Vector3();
const _saddleQuat = new Quaternion();

/** The band's search over turns (coarse grid, then finer about the best) into `_bandBest`. */
function bandSearch(): void {
  for (let n = 0; n < BAND_CANDIDATES; n++) {
    // pitch and roll of candidate n; its yaw 0 first, then ±1, ±2… steps: tried only when no
    // placement without a yaw holds every point in its band
    const k = n % (BAND_SIDE * BAND_SIDE);
    const m = (n - k) / (BAND_SIDE * BAND_SIDE);
    if (k === 0 && m > 0 && (_bandBest[0] as number) <= 1e-6) break;
    const ix = (k % BAND_SIDE) - BAND_STEPS;
    const iy = (k - (k % BAND_SIDE)) / BAND_SIDE - BAND_STEPS;
    const iz = m === 0 ? 0 : m % 2 === 1 ? -(m + 1) / 2 : m / 2;
    if (Math.abs(_bandYaw0 + (iz * BAND_MAX_YAW) / BAND_YAW_STEPS) > BAND_MAX_HEADING && iz !== 0) continue;
    bandTry((ix * BAND_MAX_TURN) / BAND_STEPS, (iy * BAND_MAX_TURN) / BAND_STEPS, (iz * BAND_MAX_YAW) / BAND_YAW_STEPS);
  }
  // …then finer about the best: the coarse grid's step turns a point 5 cm out by 1 mm
  if ((_bandBest[0] as number) > 1e-6) {
    const a0 = _bandBest[2] as number;
    const c0 = _bandBest[3] as number;
    const z0 = _bandBest[4] as number;
    const da = BAND_MAX_TURN / BAND_STEPS / BAND_FINE;
    const dz = BAND_MAX_YAW / BAND_YAW_STEPS / 2;
    for (let iz = -1; iz <= 1; iz++) {
      const z = z0 + iz * dz;
      if (Math.abs(z) > BAND_MAX_YAW + 1e-9 || (iz !== 0 && Math.abs(_bandYaw0 + z) > BAND_MAX_HEADING)) continue;
      for (let ix = -BAND_FINE; ix <= BAND_FINE; ix++) for (let iy = -BAND_FINE; iy <= BAND_FINE; iy++) bandTry(a0 + ix * da, c0 + iy * da, z);
    }
  }
}

/** The band's search for a slid palm: turns near the best one without the slide (a, c, z) — the
 * coarse grid within BAND_LOCAL steps of it, at its yaw and a coarse yaw step either side, then
 * finer about its best (≤ 363 + 243 candidates, a quarter of the full search). */
const BAND_LOCAL = 5;
function bandLocal(a0: number, c0: number, z0: number): void {
  const da = BAND_MAX_TURN / BAND_STEPS;
  const dy = BAND_MAX_YAW / BAND_YAW_STEPS;
  for (let iz = 0; iz <= 2; iz++) {
    const z = z0 + (iz === 0 ? 0 : iz === 1 ? -dy : dy);
    if (Math.abs(z) > BAND_MAX_YAW + 1e-9 || (iz !== 0 && Math.abs(_bandYaw0 + z) > BAND_MAX_HEADING)) continue;
    for (let ix = -BAND_LOCAL; ix <= BAND_LOCAL; ix++) for (let iy = -BAND_LOCAL; iy <= BAND_LOCAL; iy++) bandTry(a0 + ix * da, c0 + iy * da, z);
    if ((_bandBest[0] as number) <= 1e-6) break;
  }
  const a1 = _bandBest[2] as number;
  const c1 = _bandBest[3] as number;
  const z1 = _bandBest[4] as number;
  if ((_bandBest[0] as number) <= 1e-6) return;
  const df = BAND_MAX_TURN / BAND_STEPS / BAND_FINE;
  const dz = BAND_MAX_YAW / BAND_YAW_STEPS / 2;
  for (let iz = -1; iz <= 1; iz++) {
    const z = z1 + iz * dz;
    if (Math.abs(z) > BAND_MAX_YAW + 1e-9 || (iz !== 0 && Math.abs(_bandYaw0 + z) > BAND_MAX_HEADING)) continue;
    for (let ix = -BAND_FINE; ix <= BAND_FINE; ix++) for (let iy = -BAND_FINE; iy <= BAND_FINE; iy++) bandTry(a1 + ix * df, c1 + iy * df, z);
  }
}

/** Best placement of the band's search so far: miss, cost, pitch, roll, yaw, slide. */
const _bandBest = new Float64Array(6);
let _bandNb = 0;
let _bandYaw0 = 0;
const _heading0 = new Vector3();

/** The palm's finger direction projected on the skin's tangent plane (normal `_n0`), unit. */
function headingOf(rig: HandRig, out: Vector3): Vector3 {
  rig.bones.palm.updateMatrix();
  worldOf(rig, rig.bones.palm, 0, 1, 0, out);
  worldOf(rig, rig.bones.palm, 0, 0, 0, _p1);
  out.sub(_p1);
  out.addScaledVector(_n0, -out.dot(_n0));
  const l = out.length();
  return l > 1e-9 ? out.multiplyScalar(1 / l) : out.set(0, 0, 0);
}

/** One candidate of the band's search (pitch a, roll c, yaw z; linear in the turn): the slide
 * that keeps every point in its band, or the best miss; kept when better than the best so far. */
function bandTry(a: number, c: number, z: number): void {
  const nb = _bandNb;
  // each point's distance after this turn: d + a·gx + c·gy, + s·k after a slide s
  let sLo = -Infinity;
  let sHi = Infinity;
  for (let i = 0; i < nb; i++) {
    const k = Math.max(0.3, _bandK[i] as number);
    const d = (_bandD[i] as number) + (_bandSlide ? (_bandOff[i] as number) : 0) + a * (_bandGx[i] as number) + c * (_bandGy[i] as number) + z * (_bandGz[i] as number);
    const l = ((_bandLo[i] as number) - d) / k;
    if (l > sLo) sLo = l;
    const h = ((_bandHi[i] as number) - d) / k;
    if (h < sHi) sHi = h;
  }
  let miss = 0;
  let s = clamp(0, sLo, sHi);
  if (sLo > sHi) {
    // no slide keeps every point in its band: the touching points (heel, centre) first —
    // a palm visibly floating is worse than its soft outline pressed a little deeper —
    // then the slide that shares the body points' misses, weighted
    let tLo = -Infinity;
    let tHi = Infinity;
    for (let i = 0; i < 2; i++) {
      const k = Math.max(0.3, _bandK[i] as number);
      const d = (_bandD[i] as number) + (_bandSlide ? (_bandOff[i] as number) : 0) + a * (_bandGx[i] as number) + c * (_bandGy[i] as number) + z * (_bandGz[i] as number);
      tLo = Math.max(tLo, ((_bandLo[i] as number) - d) / k);
      tHi = Math.min(tHi, ((_bandHi[i] as number) - d) / k);
    }
    if (tLo > tHi) {
      miss = BAND_INFEASIBLE + 0.5 * (tLo - tHi);
      s = 0.5 * (tLo + tHi);
    } else {
      // the slide within [tLo, tHi] that lifts the body points most: its top
      s = tHi;
      miss = Math.max(0, sLo - tHi) * BAND_BODY_WEIGHT;
    }
  }
  // the wrist crease (soft): each placement's palm rises within its band as far as that clears the
  // crease (no cost of its own: a crease costing 100 × its depth² as the gap's slack cleared a few
  // more poses, but the search then turned the palm for it between one frame and the next —
  // 6 more palm jumps over 8 mm in a frame, check:hands)
  if (miss === 0 && _crOut) {
    let need = -Infinity;
    for (let j = 0; j < NCREASE; j++) {
      const d = (_crD[j] as number) + (_bandSlide ? (_crOff[j] as number) : 0) + a * (_crGx[j] as number) + c * (_crGy[j] as number) + z * (_crGz[j] as number);
      _crT[j] = d;
      need = Math.max(need, ((_crLo[j] as number) - d) / Math.max(0.3, _crK[j] as number));
    }
    if (need > s) {
      // (no higher than keeps the touching points out of their gap's slack, the centre without
      // the hollow it may bridge: lifted to the band's edge, a palm lay 3.1–3.2 mm above the skin
      // where its tangent plane or the hollow — measured before the band turned it — erred)
      let cap = sHi;
      for (let i = 0; i < 2; i++) {
        const k = Math.max(0.3, _bandK[i] as number);
        const d = (_bandD[i] as number) + (_bandSlide ? (_bandOff[i] as number) : 0) + a * (_bandGx[i] as number) + c * (_bandGy[i] as number) + z * (_bandGz[i] as number);
        const hi = _bandHi[0] as number;
        cap = Math.min(cap, (hi - BAND_GAP_SLACK_M - d) / k);
      }
      if (cap > s) s = Math.min(cap, need);
    }
  }
  const turn = BAND_LEVER_M * Math.hypot(a, c, z * BAND_YAW_COST);
  let cost = turn * turn + s * s;
  if (_crCost && miss === 0)
    for (let j = 0; j < NCREASE; j++) {
      const over = (_crLo[j] as number) - ((_crT[j] as number) + s * Math.max(0.3, _crK[j] as number));
      if (over > 0) cost += BAND_CREASE_W * over * over;
    }
  if (miss === 0) {
    for (let i = 0; i < 2; i++) {
      const k = Math.max(0.3, _bandK[i] as number);
      const d = (_bandD[i] as number) + (_bandSlide ? (_bandOff[i] as number) : 0) + a * (_bandGx[i] as number) + c * (_bandGy[i] as number) + z * (_bandGz[i] as number) + s * k;
      const over = d - ((_bandHi[i] as number) - BAND_GAP_SLACK_M);
      if (over > 0) cost += BAND_GAP_SLACK_W * over * over;
    }
  }
  const bestMiss = _bandBest[0] as number;
  if (miss < bestMiss - 1e-6 || (Math.abs(miss - bestMiss) <= 1e-6 && cost < (_bandBest[1] as number))) {
    _bandBest[0] = miss;
    _bandBest[1] = cost;
    _bandBest[2] = a;
    _bandBest[3] = c;
    _bandBest[4] = z;
    _bandBest[5] = s;
  }
}

/** Palmar skin of the palm under the heel and the centre (handParts' points). */
const BAND_PALMAR = -HAND_GEOMETRY.palm.halfThicknessPalmar - 0.0012;
/** Points of the band: [bone, x, y, z, two-sided (1: must touch), radius, nearest fit point]. A touching point's
 * distance lies between −dent − 0.5 mm and 3 mm; a body point's (its centre, `radius` from its
 * surface) at least radius − dent − 3 mm. */
const BAND: readonly (readonly [HandBone, number, number, number, 0 | 1, number, number])[] = (() => {
  const out: [HandBone, number, number, number, 0 | 1, number, number][] = [
    ['palm', 0.004, 0.016, BAND_PALMAR, 1, 0.0025, 0],
    ['palm', 0.002, 0.05, BAND_PALMAR, 1, 0.0025, 1],
  ];
  // each with the flat shape's fit point nearest it (its tangent plane is the first estimate)
  const near = [7, 0, 6, 4, 1, 5, 2, 2, 3];
  let k = 0;
  for (const y of [0.025, 0.05, 0.075]) for (const x of [-0.022, 0, 0.022]) out.push(['palm', x, y, -0.0015, 0, 0.012, near[k++] as number]);
  // the pads the grid's balls do not reach: the thenar eminence and the knuckle pads, as balls
  // flush with the drawn palm there (PALM_PADS)
  // (each with its nearest fit point: the thenar corner of the heel, the radial or ulnar knuckle pad)
  for (const b of PALM_PADS) out.push(['palm', b[0], b[1], b[2], 0, b[3], b[0] < -0.02 ? 7 : b[0] < 0 ? 2 : 3]);
  // the wrist: as thick as the palm there
  out.push(['forearm', 0, 0, 0, 0, HAND_GEOMETRY.palm.halfThicknessPalmar, 0]);
  return out;
})();
/** The pads (and the wrist) are kept this much further inside their limit: their planes come from
 * fit points 1–3 cm away, and a hand setting down or changing its grip moves them after the band. */
const BAND_PAD_MARGIN_M = 0.0003;
/** Index of the first pad in BAND (PALM_PADS, then the wrist, last). */
const BAND_PADS = BAND.length - PALM_PADS.length - 1;
/** The checks' limits: 3 mm above the skin for a touching part, dent + 3 mm into it for a body. */
const BAND_GAP_M = 0.003;
const BAND_DEPTH_M = 0.003;
/** …kept this far inside them. */
const BAND_MARGIN_M = 0.00015;
/** Of the placements that hold every point, those keeping the touching points (heel, centre) this
 * much further under their gap limit are preferred (their tangent plane errs by ~0.15 mm: a heel
 * put 0.05 mm under it lay 3.0 mm above the skin, full oracle): a miss of it costs as much as a
 * turn BAND_GAP_SLACK_W times as large. */
const BAND_GAP_SLACK_M = 0.0003;
const BAND_GAP_SLACK_W = 100;
/** The two-sided points' lower limit is the dent + 0.5 mm, not + 3 mm: written into BAND's radius
 * (0.0025 = 3 mm − 0.5 mm), so one rule serves both. */
/** Candidate turns: ±BAND_MAX_TURN in BAND_STEPS steps each way, about both axes. */
const BAND_MAX_TURN = 0.2;
const BAND_STEPS = 10;
/** …and about the skin normal (yaw) up to BAND_MAX_YAW, in BAND_YAW_STEPS steps each way. The
 * heading is the engine's (its footprint keeps the hand off the spine): at most ~5°, and a yaw
 * costs BAND_YAW_COST times a pitch, so it is used where pitch and roll alone cannot hold the
 * palm in its band — over a saddle of the back (hollow along the body over the lumbosacral
 * junction, rounded across it), where a rigid palm fits better turned a few degrees. */
const BAND_MAX_YAW = 0.085;
const BAND_YAW_STEPS = 2;
const BAND_YAW_COST = 3;
/** …and the whole fit may turn the engine's heading (the palm's fingers direction on the skin)
 * by at most this: pitch and roll about axes not in the skin's plane turn it a little too (up
 * to ~5° on the lumbar saddle). Reduced oracle: total ≤ 5°: flat palm into body 19; ≤ 10°: 9;
 * spine strip 0 at 40 samples per step either way. */
const BAND_MAX_HEADING = 0.17;
/** The finer search about the best candidate: BAND_FINE steps each way within one coarse step. */
const BAND_FINE = 4;
const BAND_SIDE = 2 * BAND_STEPS + 1;
const BAND_CANDIDATES = BAND_SIDE * BAND_SIDE * (2 * BAND_YAW_STEPS + 1);
/** A turn costs as much as the slide of a point this far from the centre. */
const BAND_LEVER_M = 0.05;
/** Rounds of the band (each re-measures where the last one put the palm): a third verifies a
 * palm the first round turned far (~9°) and the second turned back (full oracle: the wrist 3.2 mm in). */
const BAND_ROUNDS = 3;
/** A point estimated this near a limit (from a tangent plane) is measured on the skin… */
const BAND_ASK_M = 0.0015;
/** …plus this × the squared distance from where its tangent plane was measured (1/m). */
const BAND_ASK_CURVE = 2.5;
/** …unless it was measured within this distance of where it is now. */
const BAND_STALE_M = 0.004;
/** Miss of a candidate whose heel and centre cannot both lie in their band (ranked after all others). */
const BAND_INFEASIBLE = 1;
/** Weight of a body point's miss when the band cannot hold every point. */
const BAND_BODY_WEIGHT = 0.5;
/** The slide along the skin (last resort): up to BAND_MAX_SLIDE in BAND_SLIDE_STEPS steps each way,
 * along the heading first, then across it. (Tried 1.5 and 2 cm, 30 Nov: honey-lumbar +
 * cupping-lumbar at 60 per step flat palm into body 18 → 14 / 11, but the hand then jumps
 * between frames: armSmooth's frames over 1 cm 23 → 24. Not kept.) */
const BAND_MAX_SLIDE = 0.01;
const BAND_SLIDE_STEPS = 4;
const SLIDE_DIRS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [Math.SQRT1_2, Math.SQRT1_2],
  [Math.SQRT1_2, -Math.SQRT1_2],
  [-Math.SQRT1_2, Math.SQRT1_2],
  [-Math.SQRT1_2, -Math.SQRT1_2],
];
let _bandSlide = 0;
const _bandKeep = new Float64Array(6);
const _bandU = new Vector3();
const _bandV = new Vector3();
const _bandGu = new Float64Array(BAND.length);
const _bandGv = new Float64Array(BAND.length);
const _bandOff = new Float64Array(BAND.length);
const _bandAx = new Vector3();
const _bandAy = new Vector3();
const _bandP = Array.from({ length: BAND.length }, () => new Vector3());
const _bandN = Array.from({ length: BAND.length }, () => new Vector3());
const _bandQ = Array.from({ length: BAND.length }, () => new Vector3());
const _bandAt = Array.from({ length: BAND.length }, () => new Vector3());
const _bandD = new Float64Array(BAND.length);
const _bandLo = new Float64Array(BAND.length);
const _bandHi = new Float64Array(BAND.length);
const _bandGx = new Float64Array(BAND.length);
const _bandGy = new Float64Array(BAND.length);
const _bandGz = new Float64Array(BAND.length);
const _bandK = new Float64Array(BAND.length);

/** The thumb's last two phalanges (their axes) and its tip (the ball of its cap, THUMB_TIP_Y)
 * kept `clear` + their radius out of the skin by its palmar abduction at the base (turned only
 * away from the skin). Three queries. */
function clearThumb(rig: HandRig, surface: MeshSurface, clear: number): void {
  const t = HAND_GEOMETRY.thumb;
  const r = (t.radius[0] + t.radius[1]) / 2;
  queryProbe(rig, surface, setProbe(0, 'thumb2', 0, t.lengths[1] / 2, -(r - t.radius[1])));
  queryProbe(rig, surface, setProbe(1, 'thumb3', 0, t.lengths[2] / 2, 0));
  queryProbe(rig, surface, setProbe(2, 'thumb3', 0, THUMB_TIP_Y, 0));
  solveJoint(rig, 'thumbCmcAbd', 'thumb1', 0, 3, t.radius[1] + clear, RANGE.thumbAbd, true, 1);
}

/** clearThumb, only where the thumb's proximal phalanx lies within THUMB_NEAR_M of its limit by
 * the tangent plane `pr` measured under the thumb (no query to decide). */
const THUMB_NEAR_M = 0.003;
function clearThumbNear(rig: HandRig, surface: MeshSurface, pr: Probe, clear: number): void {
  const t = HAND_GEOMETRY.thumb;
  const r = (t.radius[0] + t.radius[1]) / 2;
  worldOf(rig, rig.bones.thumb2, 0, t.lengths[1] / 2, -(r - t.radius[1]), _p0);
  const est = (_p0.x - pr.q.x) * pr.n.x + (_p0.y - pr.q.y) * pr.n.y + (_p0.z - pr.q.z) * pr.n.z;
  if (est < t.radius[1] + clear + THUMB_NEAR_M) clearThumb(rig, surface, clear);
}

/** The forearm never dips into the body: lift it at the wrist. */
function clearForearm(rig: HandRig, surface: MeshSurface, lift: number, spread: boolean): void {
  const fj: HandJoint = spread ? 'wristDev' : 'wristExt';
  const range = spread ? RANGE.wristDev : RANGE.wristExt;
  queryProbe(rig, surface, setProbe(0, 'forearm', 0, -0.06, 0));
  queryProbe(rig, surface, setProbe(1, 'forearm', 0, -0.125, 0));
  solveJoint(rig, fj, 'forearm', 0, 2, lift + FOREARM_CLEAR_M, range, true, 1);
}

/** Points of a lifted hand kept out of the body: [bone, x, y, z, radius] (the middle of each
 * distal and middle phalanx, the thumb's tip, the palm's four corners). */
const LIFT_PROBES: readonly (readonly [HandBone, number, number, number, number])[] = (() => {
  const out: [HandBone, number, number, number, number][] = [];
  for (const f of FINGERS) {
    const g = HAND_GEOMETRY.fingers[f];
    const b = CHAIN[f];
    for (let k = 1; k < 3; k++) out.push([b[k] as HandBone, 0, (g.lengths[k] as number) / 2, 0, g.radius[0] + ((g.radius[1] - g.radius[0]) * k) / 2]);
  }
  const t = HAND_GEOMETRY.thumb;
  out.push(['thumb3', 0, t.lengths[2] / 2, 0, t.radius[1]]);
  for (const x of [-0.022, 0.022]) for (const y of [0.025, 0.075]) out.push(['palm', x, y, -0.0015, 0.012]);
  out.push(['palm', 0, 0, 0, HAND_GEOMETRY.palm.halfThicknessPalmar]);
  out.push(['forearm', 0, -0.06, 0, HAND_GEOMETRY.forearm.halfThickness]);
  // (a hand rising clear as it turns over: the proximal phalanges too, a half-made fist's lowest)
  for (const f of FINGERS) {
    const g = HAND_GEOMETRY.fingers[f];
    out.push([CHAIN[f][0], 0, g.lengths[0] / 2, 0, g.radius[0]]);
  }
  return out;
})();
/** LIFT_PROBES checked by a hand that tips clear (the rest only by one that rises clear). */
const LIFT_TIP_PROBES = LIFT_PROBES.length - FINGERS.length;
/** A lifted hand's parts stay this far above the skin (at most; less when it is barely lifted). */
const LIFT_CLEAR_M = 0.002;
/** A blend between two shapes counts as mid-blend (neither shape's contact holds) past this. */
const MID_BLEND = 0.08;
/** How far a hand changing its grip lifts its fingers off the skin (mid-blend), and over what
 * part of the blend (past MID_BLEND) it gets there. */
const REGRIP_LIFT_M = 0.004;
const REGRIP_RAMP = 0.12;
/** A hand changing its grip in contact may reach this much deeper than the dent (checks: 3 mm). */
const BLEND_SLACK_M = 0.0024;
const _liftD = new Float64Array(LIFT_PROBES.length);
const _liftP = Array.from({ length: LIFT_PROBES.length }, () => new Vector3());
const _liftN = Array.from({ length: LIFT_PROBES.length }, () => new Vector3());

/**
 * A lifted hand (on its way between strokes, up or down): the whole hand tips about its contact
 * point until no part is in the skin (fingers reaching into a skin that rises ahead, a half-made
 * fist curling through it), then, if some part still is, it rises along the normal. Up to three
 * rounds of ≤ 13 queries; none when the hand is clear.
 */
function liftClear(rig: HandRig, surface: MeshSurface, clear: number, tip = true): void {
  for (let round = 0; round < 4; round++) {
    let worst = 0;
    let wi = -1;
    const np = tip ? LIFT_TIP_PROBES : LIFT_PROBES.length;
    for (let i = 0; i < np; i++) {
      const pr = LIFT_PROBES[i] as (typeof LIFT_PROBES)[number];
      const p = _liftP[i] as Vector3;
      worldOf(rig, rig.bones[pr[0]], pr[1], pr[2], pr[3], p);
      const d = signedDistance(surface, p, _p1, _liftN[i] as Vector3);
      const need = pr[4] + clear - d;
      _liftD[i] = need;
      if (need > worst) {
        worst = need;
        wi = i;
      }
    }
    if (DEBUG) console.log('liftClear round', round, 'worst', (worst * 1000).toFixed(1), 'probe', wi);
    if (wi < 0) return;
    if (round === 3 || !tip) {
      rig.position.addScaledVector(_n0, worst);
      rig.updateMatrix();
      if (round === 3) return;
      continue;
    }
    rig.getContactLocal(_pivot, _w, _r1);
    _pivot.applyMatrix4(rig.matrix);
    const p = _liftP[wi] as Vector3;
    const n = _liftN[wi] as Vector3;
    _r0.subVectors(p, _pivot);
    _ax.crossVectors(_r0, n);
    const lever = _ax.length();
    if (lever < 0.02) {
      rig.position.addScaledVector(_n0, worst);
      rig.updateMatrix();
      return;
    }
    _ax.multiplyScalar(1 / lever);
    _qt.setFromAxisAngle(_ax, Math.min((worst * 1.1) / lever, MAX_FIT_TURN));
    rig.quaternion.premultiply(_qt);
    rig.position.sub(_pivot).applyQuaternion(_qt).add(_pivot);
    rig.updateMatrix();
  }
}
