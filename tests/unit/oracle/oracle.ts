/**
 * The motion oracle: samples compiled techniques, poses the real hand rigs exactly as the scene
 * does (createHand + poseHand), and checks what would be drawn against the rules of issue 9:
 *
 * - ribbon-direction: a path-ribbon arrow never points against the actor's travel there;
 * - contact-gap / contact-depth: every part of a touching hand that must touch is within 3 mm of
 *   the skin and not inside it deeper than the pressure dent (+0.5 mm);
 * - interpenetration: hands or forearms through each other, or through the body;
 * - forearm-cross: forearms (wrist → elbow, seen from behind) crossing in an X;
 * - spine-strip: any pressing part of a hand within 2 cm of the midline between S1 and T10;
 * - contact-kind: chop/saw on the ulnar edge with the palm roughly perpendicular to the skin;
 *   kneading closes thumb and fingers with the palm facing the skin; fist kneading on the
 *   knuckle flats; a point press on the named point (contact and pressing part within 5 mm);
 * - landmarks: midline landmarks within 2 mm of the midline; a point with a side or lateral
 *   offset lands on its side; left and right versions mirror within 3 mm.
 *
 * Node only (three's core math, no renderer). Used by tests/unit/oracle/oracle.test.ts (reduced
 * sample) and scripts/check-motion.ts (full).
 */
import { Vector3 } from 'three';
import { createHand, type HandRig } from '../../../src/scene/actors/handRig';
import { MAX_PRESS_DEPTH_M, poseHand } from '../../../src/scene/actors/poseActors';
import { PALM_PADS, handParts, segmentDistance, type HandPartsResult } from '../../../src/scene/actors/handParts';
import { FINGERS, HAND_GEOMETRY, createHandPose, type HandShape } from '../../../src/domain/motion/handShapes';
import {
  compile,
  createMotionSample,
  prepareAnatomy,
  resolvePoint,
  sampleInto,
  type ActorSample,
  type MotionAnatomy,
  type Timeline,
} from '../../../src/domain/motion';
import type { Piece } from '../../../src/domain/motion/types';
import type { Landmark } from '../../../src/domain/anatomy/types';
import type { SkinSurface } from '../../../src/domain/surface';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import type { AnatomicalPoint, Technique } from '../../../src/domain/technique/schema';
import { PAIRED_LANDMARKS } from '../../../src/domain/technique/schema';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { buildPathRibbon, chevronTipSign, piecesOnPath, ribbonState, type RibbonState } from '../../../src/scene/pathRibbon';

export const RULES = [
  'ribbon-direction',
  'contact-gap',
  'contact-depth',
  'interpenetration',
  'forearm-cross',
  'spine-strip',
  'contact-kind',
  'point-press',
  'landmarks',
] as const;
export type RuleId = (typeof RULES)[number];

/** Limits (from the issue; never loosened to get green). */
export const LIMITS = {
  /** A touching part may float this far above the skin, m. */
  gapM: 0.003,
  /** …and sink this much deeper than the pressure dent, m. */
  depthSlackM: 0.0005,
  /** Hand spheres / forearm capsules may overlap each other or the body by this much, m. */
  overlapM: 0.003,
  /** Avoid strip: half-width over the spinous processes, S1…T10, m. */
  stripHalfM: 0.02,
  /** A part counts as touching (for the strip) when nearer the skin than this, m. */
  touchM: 0.003,
  /** Chop/saw: |palm normal · skin normal| at most this (palm ≥ 60° from flat). */
  edgeDot: 0.5,
  /** Knead: palm normal · into-skin at least this (not upright); pads close by ≥ 25 %. */
  kneadFacing: 0.5,
  kneadClose: 0.75,
  /** Fist: mean knuckle facing · into-skin at least this. */
  fistFacing: 0.7,
  /** Point press: contact and pressing part within this of the named point, m. */
  pointM: 0.005,
  /** Midline landmarks within this of x = 0; left/right mirror within this, m. */
  midlineM: 0.002,
  mirrorM: 0.003,
  /** Forearms crossing at more than this angle (deg) count as an X. */
  crossDeg: 20,
  /** Ribbon: travel shorter than this over the window is no direction, m. */
  travelM: 0.004,
} as const;

export interface RuleStat {
  checks: number;
  violations: number;
  /** Worst value of the rule's measure (mm for distances, see `unit`). */
  worst: number;
  worstAt: string;
  unit: string;
  examples: string[];
  /** Violations by kind (shape, part, pair…). */
  kinds: Record<string, number>;
}

export interface OracleOptions {
  /** Samples per step (and per transition), spread over it by a low-discrepancy sequence. */
  perStep: number;
  /** Ribbon checks per move piece. */
  ribbonPerPiece: number;
  /** Check the ribbon as the old shader drew it (arrows fixed, slant −0.25): should fail. */
  legacyRibbon?: boolean;
  /** Keep at most this many example lines per rule. */
  examples?: number;
}

export interface OracleReport {
  techniques: number;
  samples: number;
  handPoses: number;
  rules: Record<RuleId, RuleStat>;
  /** Per technique: violations by rule. */
  byTechnique: Record<string, Partial<Record<RuleId, number>>>;
}

export interface OracleAnatomy {
  surface: SkinSurface;
  landmarks: readonly Landmark[];
  anatomy: MotionAnatomy;
}

const UNITS: Record<RuleId, string> = {
  'ribbon-direction': 'mm against',
  'contact-gap': 'mm above',
  'contact-depth': 'mm below dent',
  interpenetration: 'mm overlap',
  'forearm-cross': 'deg',
  'spine-strip': 'mm inside',
  'contact-kind': 'score',
  'point-press': 'mm off',
  landmarks: 'mm',
};

export function emptyReport(): OracleReport {
  const rules = {} as Record<RuleId, RuleStat>;
  for (const r of RULES) rules[r] = { checks: 0, violations: 0, worst: 0, worstAt: '', unit: UNITS[r], examples: [], kinds: {} };
  return { techniques: 0, samples: 0, handPoses: 0, rules, byTechnique: {} };
}

class Recorder {
  constructor(
    readonly report: OracleReport,
    readonly technique: string,
    readonly maxExamples: number,
  ) {}
  check(rule: RuleId, ok: boolean, value: number, where: string, what: string, kind = ''): void {
    const s = this.report.rules[rule];
    s.checks++;
    if (value > s.worst) {
      s.worst = value;
      s.worstAt = where;
    }
    if (ok) return;
    s.violations++;
    if (kind) s.kinds[kind] = (s.kinds[kind] ?? 0) + 1;
    const bt = (this.report.byTechnique[this.technique] ??= {});
    bt[rule] = (bt[rule] ?? 0) + 1;
    if (s.examples.length < this.maxExamples) s.examples.push(`${where}: ${what}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

const _v = new Vector3();

/** The skin the hands conform to, as the scene passes it (a mesh surface with its BVH). */
function conformSurfaceOf(surface: SkinSurface): MeshSurface | undefined {
  return 'closestPointInto' in surface ? (surface as MeshSurface) : undefined;
}

function signedDistance(surface: SkinSurface, p: Vector3): { d: number; n: Vector3 } {
  const hit = surface.closestPoint([p.x, p.y, p.z]);
  _v.set(p.x - hit.point[0], p.y - hit.point[1], p.z - hit.point[2]);
  const n = new Vector3(hit.normal[0], hit.normal[1], hit.normal[2]);
  const sign = _v.dot(n) >= 0 ? 1 : -1;
  return { d: sign * hit.distance, n };
}

/**
 * How deep the skin under a flat palm's centre lies below the chord from under its heel to under
 * its knuckle pads (0 on a flat or rounded skin), m: the second difference of the skin's height
 * along the palm, whatever its placement. The palm is rigid along its length (the metacarpals):
 * over a hollow tighter than the hand it touches with its heel and knuckle pads and its centre
 * bridges the hollow, so the centre's contact gap is measured above that chord.
 */
export function palmHollow(rig: HandRig, surface: SkinSurface): number {
  const at = (y: number) => signedDistance(surface, new Vector3(0.002, y, -HAND_GEOMETRY.palm.halfThicknessPalmar - 0.0012).applyMatrix4(rig.bones.palm.matrixWorld)).d;
  return Math.max(0, at(0.05) - (at(0.016) + at(0.084)) / 2);
}

/** Spheres approximating a posed hand: palm grid + digit segments. */
export function handSpheres(rig: HandRig): Array<{ c: Vector3; r: number; name: string }> {
  const out: Array<{ c: Vector3; r: number; name: string }> = [];
  const w = (bone: keyof HandRig['bones'], x: number, y: number, z: number) =>
    new Vector3(x, y, z).applyMatrix4(rig.bones[bone].matrixWorld);
  const rPalm = 0.012;
  for (const y of [0.025, 0.05, 0.075]) {
    for (const x of [-0.022, 0, 0.022]) out.push({ c: w('palm', x, y, -0.0015), r: rPalm, name: `palm(${x},${y})` });
  }
  for (const [x, y, z, r] of PALM_PADS) out.push({ c: w('palm', x, y, z), r, name: y < 0.01 ? `heel-corner(${x})` : x < -0.02 ? 'thenar' : `knuckle-pad(${x})` });
  for (const f of FINGERS) {
    const g = HAND_GEOMETRY.fingers[f];
    for (let k = 0; k < 3; k++) {
      const r = g.radius[0] + ((g.radius[1] - g.radius[0]) * k) / 2;
      out.push({ c: w(`${f}${k + 1}` as keyof HandRig['bones'], 0, (g.lengths[k] as number) / 2, 0), r: r * 0.9, name: `${f}${k + 1}` });
    }
  }
  const t = HAND_GEOMETRY.thumb;
  for (let k = 1; k < 3; k++) {
    const r = t.radius[0] + ((t.radius[1] - t.radius[0]) * k) / 2;
    out.push({ c: w(`thumb${k + 1}` as keyof HandRig['bones'], 0, (t.lengths[k] as number) / 2, 0), r: r * 0.9, name: `thumb${k + 1}` });
  }
  return out;
}

/** 2D segment intersection (x, y of the body frame: as seen from behind). Angle in degrees or -1. */
export function crossAngle(a0: Vector3, a1: Vector3, b0: Vector3, b1: Vector3): number {
  const rx = a1.x - a0.x;
  const ry = a1.y - a0.y;
  const sx = b1.x - b0.x;
  const sy = b1.y - b0.y;
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-12) return -1;
  const qx = b0.x - a0.x;
  const qy = b0.y - a0.y;
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return -1;
  const c = Math.abs(rx * sx + ry * sy) / (Math.hypot(rx, ry) * Math.hypot(sx, sy));
  return (Math.acos(Math.min(1, c)) * 180) / Math.PI;
}

function pieceAt(track: readonly Piece[], t: number): Piece {
  let lo = 0;
  let hi = track.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((track[mid] as Piece).t0 <= t) lo = mid;
    else hi = mid - 1;
  }
  return track[lo] as Piece;
}

/** Sample times over [t0, t1): n points of a golden-ratio sequence (no aliasing with cycles). */
function times(t0: number, t1: number, n: number, seed: number): number[] {
  const out: number[] = [];
  const g = 0.6180339887498949;
  for (let k = 0; k < n; k++) {
    const f = (seed * 0.37 + (k + 0.5) * g) % 1;
    out.push(t0 + f * (t1 - t0));
  }
  return out;
}

/** Shape whose touching rules apply (pure shapes only: mid-blend hands are changing grip). */
function pureShape(a: ActorSample): HandShape | null {
  if (a.blend <= 0.1) return a.shape;
  if (a.blend >= 0.9) return a.nextShape;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Per technique

interface Rigs {
  left: HandRig;
  right: HandRig;
}

const rigCache = new WeakMap<object, Rigs>();

function rigsFor(key: object): Rigs {
  let r = rigCache.get(key);
  if (!r) {
    r = { left: createHand('left'), right: createHand('right') };
    rigCache.set(key, r);
  }
  return r;
}

export function checkTechnique(
  technique: Technique,
  oa: OracleAnatomy,
  options: OracleOptions,
  report: OracleReport = emptyReport(),
): OracleReport {
  const tl = compile(technique, oa.anatomy);
  const rec = new Recorder(report, technique.id, options.examples ?? 8);
  report.techniques++;
  report.byTechnique[technique.id] ??= {};
  const surface = oa.surface;
  const yOf = (id: string): number => {
    const l = oa.landmarks.find((x) => x.id === id);
    if (!l) throw new Error(`landmark ${id} missing`);
    return l.skin[1];
  };
  const yS1 = yOf('S1');
  const yT10 = yOf('T10');
  const rigs = rigsFor(oa.surface);
  const poses = { left: createHandPose(), right: createHandPose() };
  const s = createMotionSample();
  const a = prepareAnatomy(oa.anatomy);

  // Named points of point-press steps, per side.
  const pressTargets = new Map<number, Vector3[]>();
  technique.steps.forEach((st, i) => {
    if (st.move !== 'point-press') return;
    const pts: Vector3[] = [];
    for (const side of ['left', 'right'] as const) {
      if (st.side !== 'both' && st.side !== side) continue;
      for (const p of st.points) {
        const r = resolvePoint(p, a, side);
        if (!r.noPressure) pts.push(new Vector3(...r.point));
      }
    }
    pressTargets.set(i, pts);
  });

  // Knead: thumb–finger distance at set-down vs peak squeeze, per piece.
  checkKnead(tl, rigs, oa, rec);

  tl.segments.forEach((seg, si) => {
    for (const t of times(seg.t0, seg.t1, options.perStep, si)) {
      sampleInto(tl, t, s);
      report.samples++;
      const where0 = `${technique.id} t=${t.toFixed(2)} step ${s.stepIndex + 1}${s.inTransition ? ' (transition)' : ''}`;
      const parts: Partial<Record<'left' | 'right', HandPartsResult>> = {};
      const spheres: Partial<Record<'left' | 'right', ReturnType<typeof handSpheres>>> = {};
      for (const id of ['left', 'right'] as const) {
        const act = s[id];
        if (!act.active) continue;
        const rig = rigs[id];
        poseHand(rig, act, poses[id], conformSurfaceOf(surface));
        report.handPoses++;
        const shapeNow = pureShape(act) ?? (act.blend < 0.5 ? act.shape : act.nextShape);
        const hp = handParts(rig, shapeNow);
        parts[id] = hp;
        spheres[id] = handSpheres(rig);
        const piece = pieceAt(tl.tracks[id], t);
        const move = piece.kind === 'move' ? piece : null;
        const where = `${where0} ${id} ${act.shape}${act.blend > 0 ? `→${act.nextShape} ${act.blend.toFixed(2)}` : ''}`;
        const dent = act.contact ? act.pressure * MAX_PRESS_DEPTH_M : 0;
        const ghost = act.grip === 'cup';

        // Body penetration: hand spheres and the forearm stub.
        if (!ghost) {
          let worst = -Infinity;
          let worstName = '';
          for (const sp of spheres[id]) {
            const { d } = signedDistance(surface, sp.c);
            const over = sp.r - dent - d;
            if (over > worst) {
              worst = over;
              worstName = sp.name;
            }
          }
          // The forearm is an oval, flat side to the skin: its half-thickness faces the body.
          const fa = hp.forearm;
          for (let k = 0; k <= 4; k++) {
            const p = new Vector3().lerpVectors(fa.a, fa.b, k / 4);
            const { d } = signedDistance(surface, p);
            // The wrist end goes down with the heel of the hand by the pressure dent, and is as
            // thick as the palm's tube there (the forearm's oval starts above the wrist).
            const half = k === 0 ? HAND_GEOMETRY.palm.halfThicknessPalmar : HAND_GEOMETRY.forearm.halfThickness;
            const over = half - (k === 0 ? dent : 0) - d;
            if (over > worst) {
              worst = over;
              worstName = `forearm ${k}/4`;
            }
          }
          rec.check('interpenetration', worst <= LIMITS.overlapM, Math.max(0, worst) * 1000, where, `${worstName} ${(worst * 1000).toFixed(1)} mm into the body (lift ${(act.lift * 1000).toFixed(1)} mm)`, `${act.blend > 0.1 && act.blend < 0.9 ? `${act.shape}→${act.nextShape}` : (pureShape(act) ?? act.shape)} ${worstName.replace(/\(.*\)| \d\/4/g, '')} into body`);
        }

        if (!act.contact || ghost || (move && move.stackLift > 0)) continue;
        const pure = pureShape(act);
        // Touching parts: gap and depth.
        if (pure) {
          const allowedDepth = dent + LIMITS.depthSlackM;
          for (const p of hp.parts) {
            if (!p.mustTouch) continue;
            const { d } = signedDistance(surface, p.point);
            // a flat palm's centre bridges a hollow along the hand by the hollow's depth
            const bridge = p.name === 'palm' ? palmHollow(rig, surface) : 0;
            rec.check('contact-gap', d <= LIMITS.gapM + bridge, Math.max(0, d - bridge) * 1000, `${where} ${p.name}`, `${p.name} ${(d * 1000).toFixed(1)} mm above the skin${bridge > 0 ? ` (bridging a ${(bridge * 1000).toFixed(1)} mm hollow)` : ''}`, `${pure} ${p.name}`);
            rec.check(
              'contact-depth',
              -d <= allowedDepth,
              Math.max(0, -d - dent) * 1000,
              `${where} ${p.name}`,
              `${p.name} ${(-d * 1000).toFixed(1)} mm into the skin (dent ${(dent * 1000).toFixed(1)} mm)`,
              `${pure} ${p.name}`,
            );
          }
          // The kind of contact.
          const n = signedDistance(surface, new Vector3(...act.point)).n;
          if (pure === 'palm-edge' && move && (move.move === 'edge-of-palm-stroke' || move.move === 'rub')) {
            const dot = Math.abs(hp.palmNormal.dot(n));
            rec.check('contact-kind', dot <= LIMITS.edgeDot, dot, where, `edge stroke with the palm ${((Math.acos(Math.min(1, dot)) * 180) / Math.PI).toFixed(0)}° from the skin (needs ≥ 60°)`);
          }
          if (pure === 'fist') {
            let f = 0;
            let k = 0;
            for (const p of hp.parts) {
              if (!p.mustTouch) continue;
              f -= p.facing.dot(n);
              k++;
            }
            f /= Math.max(k, 1);
            rec.check('contact-kind', f >= LIMITS.fistFacing, 1 - f, where, `fist knuckle flats face the skin at only ${f.toFixed(2)} (needs ≥ ${LIMITS.fistFacing})`);
          }
          if (pure === 'knead') {
            const f = -hp.palmNormal.dot(n);
            rec.check('contact-kind', f >= LIMITS.kneadFacing, 1 - f, where, `kneading hand upright: palm faces the skin at ${f.toFixed(2)} (needs ≥ ${LIMITS.kneadFacing})`);
          }
        }
        // Pressing parts over the spinous processes (every part near the skin, not just the centre).
        if (act.pressure > 0) {
          let worst = -Infinity;
          let worstName = '';
          const cands: Array<{ name: string; p: Vector3 }> = hp.parts.map((p) => ({ name: p.name, p: p.point }));
          cands.push({ name: 'contact point', p: new Vector3(...act.point) });
          for (const c of cands) {
            if (c.p.y < yS1 || c.p.y > yT10) continue;
            const { d } = signedDistance(surface, c.p);
            if (d > LIMITS.touchM) continue;
            const inside = LIMITS.stripHalfM - Math.abs(c.p.x);
            if (inside > worst) {
              worst = inside;
              worstName = c.name;
            }
          }
          if (worst > -Infinity) {
            rec.check('spine-strip', worst <= 0, Math.max(0, worst) * 1000, where, `${worstName} presses ${(Math.abs(LIMITS.stripHalfM - worst) * 100).toFixed(1)} cm from the midline (pressure ${act.pressure.toFixed(2)})`, `${act.shape} ${worstName} (${move?.move ?? 'travel'})`);
          }
        }
        // Point press on the named point.
        if (move && move.move === 'point-press' && move.program.kind === 'presses' && s.holdRemaining > 0 && act.pressure >= move.pressure * 0.99) {
          const targets = pressTargets.get(move.stepIndex) ?? [];
          const cp = new Vector3(...act.point);
          let best: Vector3 | null = null;
          for (const q of targets) if (!best || q.distanceTo(cp) < best.distanceTo(cp)) best = q;
          if (best) {
            const pressing = hp.parts.filter((p) => p.mustTouch);
            const centre = new Vector3();
            for (const p of pressing) centre.add(p.point);
            centre.multiplyScalar(1 / Math.max(1, pressing.length));
            const d = Math.max(best.distanceTo(cp), best.distanceTo(centre));
            rec.check('point-press', d <= LIMITS.pointM, d * 1000, where, `press ${(best.distanceTo(cp) * 1000).toFixed(1)} mm, pressing part ${(best.distanceTo(centre) * 1000).toFixed(1)} mm from the named point`);
          }
        }
      }

      // Two hands: overlap and crossing.
      const L = parts.left;
      const R = parts.right;
      if (L && R && spheres.left && spheres.right && s.left.grip !== 'cup' && s.right.grip !== 'cup') {
        let worst = -Infinity;
        let what = '';
        for (const p of spheres.left) {
          for (const q of spheres.right) {
            const over = p.r + q.r - p.c.distanceTo(q.c);
            if (over > worst) {
              worst = over;
              what = `left ${p.name} / right ${q.name}`;
            }
          }
        }
        const ff = L.forearm.r + R.forearm.r - segmentDistance(L.forearm.a, L.forearm.b, R.forearm.a, R.forearm.b);
        if (ff > worst) {
          worst = ff;
          what = 'forearms';
        }
        rec.check('interpenetration', worst <= LIMITS.overlapM, Math.max(0, worst) * 1000, `${where0} hands`, `${what} overlap by ${(worst * 1000).toFixed(1)} mm`, `hands ${what.replace(/\(.*?\)/g, '')}`);
        const pl = pieceAt(tl.tracks.left, t);
        const pr = pieceAt(tl.tracks.right, t);
        const stacked = (pl.kind === 'move' && pl.stackLift > 0) || (pr.kind === 'move' && pr.stackLift > 0);
        if (!stacked) {
          const ang = crossAngle(L.arm.a, L.arm.b, R.arm.a, R.arm.b);
          rec.check('forearm-cross', ang < LIMITS.crossDeg, Math.max(0, ang), `${where0} arms`, `forearms cross in an X at ${ang.toFixed(0)}° (left wrist x=${(L.arm.a.x * 100).toFixed(1)} cm → elbow x=${(L.arm.b.x * 100).toFixed(1)} cm; right ${(R.arm.a.x * 100).toFixed(1)} → ${(R.arm.b.x * 100).toFixed(1)} cm)`);
        }
      }
    }
  });

  checkRibbons(tl, technique.id, options, rec);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Knead: the grip closes (thumb towards fingers) between set-down and peak squeeze.

function checkKnead(tl: Timeline, rigs: Rigs, oa: OracleAnatomy, rec: Recorder): void {
  const s = createMotionSample();
  const pose = createHandPose();
  for (const id of ['left', 'right'] as const) {
    for (const piece of tl.tracks[id]) {
      if (piece.kind !== 'move' || piece.program.kind !== 'knead') continue;
      const P = (piece.t1 - piece.t0) / Math.max(piece.cycles, 1e-9);
      // A whole cycle in the middle of the piece (away from the pressure ramps; a demo's piece
      // has only a few), at set-down and at peak squeeze.
      const k = Math.max(1, Math.floor(piece.cycles / 2));
      let c0 = piece.t0 + (k - (piece.phase % 1)) * P;
      if (c0 + P > piece.t1) c0 -= P;
      if (c0 < piece.t0) c0 += P;
      if (c0 + P > piece.t1) continue;
      const dist = (phi: number): number => {
        sampleInto(tl, c0 + phi * P, s);
        poseHand(rigs[id], s[id], pose, conformSurfaceOf(oa.surface));
        const hp = handParts(rigs[id], s[id].blend < 0.5 ? s[id].shape : s[id].nextShape);
        const th = hp.parts.find((p) => p.name === 'thumb-pad')?.point;
        const ix = hp.parts.find((p) => p.name === 'index-pad')?.point;
        const md = hp.parts.find((p) => p.name === 'middle-pad')?.point;
        if (!th || !ix || !md) return NaN;
        return th.distanceTo(new Vector3().addVectors(ix, md).multiplyScalar(0.5));
      };
      const open = dist(0.16);
      const shut = dist(0.475);
      const ratio = shut / open;
      void oa;
      rec.check(
        'contact-kind',
        ratio <= LIMITS.kneadClose,
        ratio,
        `${tl.techniqueId} step ${piece.stepIndex + 1} ${id} knead`,
        `kneading grip does not close on a fold: thumb–fingers ${(open * 100).toFixed(1)} cm at set-down, ${(shut * 100).toFixed(1)} cm at the squeeze (needs ≤ ${LIMITS.kneadClose}×)`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Ribbon arrows vs travel

function checkRibbons(tl: Timeline, techniqueId: string, options: OracleOptions, rec: Recorder): void {
  const s = createMotionSample();
  const rs: RibbonState = { dir: 0, progress: 0 };
  const seen = new Set<object>();
  for (const id of ['left', 'right', 'cup'] as const) {
    for (const piece of tl.tracks[id]) {
      if (piece.kind !== 'move' || piece.path.n < 2) continue;
      if (piece.holdsCup || piece.stackLift > 0) continue;
      if (piece.program.kind === 'presses' || piece.program.kind === 'cup-set') continue;
      const ribbonPieces = piecesOnPath(tl, piece.path);
      if (!seen.has(piece.path)) seen.add(piece.path);
      const geo = buildPathRibbon(tl.chart, piece.path);
      const pos = geo.getAttribute('position');
      const alongAttr = geo.getAttribute('aAlong');
      const nV = pos.count / 2;
      const along: number[] = [];
      for (let i = 0; i < nV; i++) along.push(alongAttr.getX(2 * i));
      const centre: Vector3[] = [];
      for (let i = 0; i < nV; i++) {
        centre.push(
          new Vector3(
            (pos.getX(2 * i) + pos.getX(2 * i + 1)) / 2,
            (pos.getY(2 * i) + pos.getY(2 * i + 1)) / 2,
            (pos.getZ(2 * i) + pos.getZ(2 * i + 1)) / 2,
          ),
        );
      }
      geo.dispose();
      const P = (piece.t1 - piece.t0) / Math.max(piece.cycles, 1e-9);
      // Window: whole cycles (the oscillation averages out), at least 0.4 s.
      const w = Math.max(P * Math.max(1, Math.round(0.4 / P)), 0.4);
      const avg = (ta: number, tb: number): Vector3 | null => {
        const m = new Vector3();
        const k = 8;
        for (let j = 0; j < k; j++) {
          const t = ta + ((j + 0.5) / k) * (tb - ta);
          sampleInto(tl, t, s);
          if (!s[id].contact) return null;
          m.add(new Vector3(...s[id].point));
        }
        return m.multiplyScalar(1 / k);
      };
      const span = piece.t1 - piece.t0;
      for (const t of times(piece.t0 + w, piece.t1 - w, options.ribbonPerPiece, piece.stepIndex)) {
        if (span < 2.5 * w) break;
        sampleInto(tl, t, s);
        if (!s[id].contact) continue;
        const before = avg(t - w, t);
        const after = avg(t, t + w);
        if (!before || !after) continue;
        // Where the work was and is along the ribbon (arc length of the nearest ribbon point to
        // each cycle-averaged position): round a corner of the path this follows the ribbon.
        const nearest = (q: Vector3): number => {
          let best = 0;
          for (let i = 1; i < nV; i++) if ((centre[i] as Vector3).distanceTo(q) < (centre[best] as Vector3).distanceTo(q)) best = i;
          return best;
        };
        const travel = (along[nearest(after)] as number) - (along[nearest(before)] as number);
        let arrow: number;
        if (options.legacyRibbon) {
          arrow = chevronTipSign(1, -0.25);
        } else {
          // A pass that turns round inside the window has no one direction there: not judged.
          ribbonState(ribbonPieces, t - w, rs);
          const before = rs.dir;
          ribbonState(ribbonPieces, t + w, rs);
          const after = rs.dir;
          ribbonState(ribbonPieces, t, rs);
          arrow = rs.dir === 0 || before !== rs.dir || after !== rs.dir ? 0 : chevronTipSign(rs.dir);
        }
        if (arrow === 0 || Math.abs(travel) < LIMITS.travelM) continue;
        const against = arrow * travel < 0;
        rec.check(
          'ribbon-direction',
          !against,
          against ? Math.abs(travel) * 1000 : 0,
          `${techniqueId} t=${t.toFixed(2)} step ${piece.stepIndex + 1} ${id} ${piece.program.kind}`,
          `the ribbon's arrows point ${arrow > 0 ? 'forward' : 'backward'} along the path while the ${id === 'cup' ? 'cup' : `${id} hand`} travels ${(travel * 100).toFixed(1)} cm ${travel > 0 ? 'forward' : 'backward'}`,
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Landmarks and sides (data level)

function collectPoints(v: unknown, out: AnatomicalPoint[]): void {
  if (Array.isArray(v)) {
    for (const x of v) collectPoints(x, out);
    return;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('level' in o || 'landmark' in o || 'acupoint' in o) {
      if (typeof o.level === 'string' || typeof o.landmark === 'string' || typeof o.acupoint === 'string') {
        out.push(o as AnatomicalPoint);
        return;
      }
    }
    for (const x of Object.values(o)) collectPoints(x, out);
  }
}

export function checkLandmarks(oa: OracleAnatomy, techniques: readonly Technique[], report: OracleReport, maxExamples = 8): void {
  const rec = new Recorder(report, 'landmarks', maxExamples);
  const a = prepareAnatomy(oa.anatomy);
  const mm = (v: number) => (v * 1000).toFixed(1);
  for (const l of oa.landmarks) {
    if (l.side !== 'midline') continue;
    const chart = a.landmarkChart.get(l.id);
    const u = chart ? Math.abs(chart[0]) : Infinity;
    const asSuch = Math.abs(resolvePoint({ landmark: l.id } as AnatomicalPoint, a, 'right').point[0]);
    const worst = Math.max(u, asSuch);
    rec.check('landmarks', worst <= LIMITS.midlineM, worst * 1000, `midline ${l.id}`, `resolves ${mm(worst)} mm from the midline (chart u ${mm(u)} mm, skin point ${mm(asSuch)} mm)`);
  }
  const pts: AnatomicalPoint[] = [];
  for (const t of techniques) collectPoints(t.steps, pts);
  // Every landmark and acupoint with a lateral offset, as well.
  for (const l of oa.landmarks) {
    const base = l.id.replace(/-(left|right)$/, '');
    if (l.side === 'right') continue;
    pts.push({ landmark: base, lateral_cm: 3 } as AnatomicalPoint);
    pts.push({ landmark: base, lateral_cm: 2, vertical_cm: -2 } as AnatomicalPoint);
  }
  for (const ap of oa.anatomy.acupoints.acupoints) pts.push({ acupoint: ap.id } as AnatomicalPoint);
  const seen = new Set<string>();
  for (const p of pts) {
    const key = JSON.stringify(p);
    if (seen.has(key)) continue;
    seen.add(key);
    const paired = p.landmark !== undefined && (PAIRED_LANDMARKS as readonly string[]).includes(p.landmark);
    const lateral = (p.lateral_cm ?? 0) + (p.lateral_cun ?? 0) * 2;
    const acu = p.acupoint ? oa.anatomy.acupoints.acupoints.find((x) => x.id === p.acupoint) : undefined;
    if (acu && !acu.paired && lateral === 0) continue;
    if (p.side) {
      for (const stepSide of ['left', 'right'] as const) {
        const r = resolvePoint(p, a, stepSide);
        const ok = p.side === 'left' ? r.point[0] < 0 : r.point[0] > 0;
        rec.check('landmarks', ok, 0, `point ${key} (step side ${stepSide})`, `lands at x=${(r.point[0] * 100).toFixed(1)} cm, not on its ${p.side} side`);
      }
      continue;
    }
    const midAnchor = p.landmark !== undefined && !paired && !/-(left|right)$/.test(p.landmark);
    if (lateral <= 0 && !paired && !acu && !(p.landmark && /-(left|right)$/.test(p.landmark))) {
      if (!midAnchor && p.level !== undefined) continue;
    }
    if (p.landmark && /-(left|right)$/.test(p.landmark)) continue;
    const L = resolvePoint(p, a, 'left');
    const R = resolvePoint(p, a, 'right');
    if (lateral > 0 || paired || acu) {
      const sideOk = L.point[0] < 0 && R.point[0] > 0;
      rec.check('landmarks', sideOk, 0, `point ${key}`, `left version at x=${(L.point[0] * 100).toFixed(1)} cm, right at x=${(R.point[0] * 100).toFixed(1)} cm`);
    }
    const mirror = Math.hypot(L.point[0] + R.point[0], L.point[1] - R.point[1], L.point[2] - R.point[2]);
    rec.check('landmarks', mirror <= LIMITS.mirrorM, mirror * 1000, `mirror ${key}`, `left and right versions differ by ${mm(mirror)} mm from mirror images`);
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

export function formatReport(r: OracleReport, title: string): string {
  const lines: string[] = [];
  lines.push(`[oracle] ${title}: ${r.techniques} techniques, ${r.samples} samples, ${r.handPoses} hand poses`);
  for (const id of RULES) {
    const s = r.rules[id];
    lines.push(
      `[oracle]   ${id.padEnd(17)} checks ${String(s.checks).padStart(7)}  violations ${String(s.violations).padStart(6)}  worst ${s.worst.toFixed(id === 'contact-kind' ? 2 : 1)} ${s.unit}${s.worstAt ? ` (${s.worstAt})` : ''}`,
    );
    const kinds = Object.entries(s.kinds).sort((a, b) => b[1] - a[1]);
    if (kinds.length > 0) lines.push(`[oracle]       by kind: ${kinds.slice(0, 30).map(([k, n]) => `${k} ${n}`).join('; ')}`);
    for (const e of s.examples) lines.push(`[oracle]       ${e}`);
  }
  const bad = Object.entries(r.byTechnique).filter(([, v]) => Object.keys(v).length > 0);
  for (const [t, v] of bad) {
    lines.push(`[oracle]   ${t}: ${Object.entries(v).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * What the oracle runs on: every technique as written (full length) and, for the library, its
 * demo version (src/domain/technique/demo.ts: what the player shows by default), id "<id>~demo".
 */
export function oracleTechniques(list: readonly { source: 'data' | 'fixture'; technique: Technique }[]): Technique[] {
  const out: Technique[] = [];
  for (const nt of list) {
    out.push(nt.technique);
    if (nt.source === 'data') out.push({ ...demoTechnique(nt.technique).technique, id: `${nt.technique.id}~demo` });
  }
  return out;
}
