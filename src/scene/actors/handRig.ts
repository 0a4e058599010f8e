import {
  Bone,
  BufferAttribute,
  Color,
  Group,
  Matrix4,
  MeshStandardMaterial,
  Object3D,
  Quaternion,
  Skeleton,
  SkinnedMesh,
  Vector3,
} from 'three';
import {
  FINGERS,
  HAND_GEOMETRY,
  HAND_SHAPES,
  createHandPose,
  type ContactDef,
  type DigitGeometry,
  type Finger,
  type HandBone,
  type HandJoint,
  type HandPose,
  type HandShape,
  type HandShapeDef,
} from '../../domain/motion/handShapes';
import { createFleshUniforms, fleshWeights, injectFlesh } from './fleshPress';
import { SkinnedMeshBuilder, gauss, smoothstep, spow, type Influence } from './meshBuilder';
import { wristBlend } from './handParts';

/**
 * A procedural therapist's hand: one SkinnedMesh driven by 18 bones, vertex colours for skin
 * and nails. Two draw calls: the opaque hand, and the end of the forearm stub fading out
 * (transparent pass); with `forearmEnd: 'sleeve'` it is one draw call ending in a tunic cuff.
 * Pure three.js, no React.
 *
 * Frame of the rig (see handShapes.ts): wrist at the origin, fingers along +Y, palm facing
 * -Z; the right hand has its thumb on -X, the left hand is the mirror image (a mirror group
 * with scale.x = -1 under the rig; three flips the face winding for it).
 *
 * Per-frame API (no allocation): `applyShape(pose)` then `placeContact(point, normal,
 * forward, pressDepth)`; both write into preallocated temporaries.
 */

export type HandSide = 'left' | 'right';

export interface HandOptions {
  /** Skin colour of the hands (sRGB hex). Default: a warm tan, darker than a typical back. */
  skinColor?: number;
  nailColor?: number;
  /** Colour of the sleeve cuff at the end of the forearm stub (a therapist's tunic). */
  sleeveColor?: number;
  /** How the forearm stub ends: 'fade' dissolves it through vertex alpha (a second,
   * transparent draw call of the same mesh), 'sleeve' ends it in a tunic cuff (one draw
   * call), 'arm' makes it a short opaque stub (ARM_STUB_M) that the whole arm (armRig.ts)
   * continues from the wrist to the shoulder (one draw call). Default 'fade'. */
  forearmEnd?: 'fade' | 'sleeve' | 'arm';
  /** Radial segments of the digits (quality). Default 18. */
  radialSegments?: number;
  /** Debug: colour each piece (fingers, thumb, web, palm, forearm) differently. */
  debugPieces?: boolean;
}

const DEFAULTS: Required<HandOptions> = {
  skinColor: 0xc08466,
  nailColor: 0xd9a99a,
  sleeveColor: 0x2f6f7e,
  forearmEnd: 'fade',
  radialSegments: 18,
  debugPieces: false,
};

/** Length of the forearm stub with `forearmEnd: 'arm'` (the arm's tube covers it), metres. */
export const ARM_STUB_M = 0.07;

export const HAND_BONES: readonly HandBone[] = [
  'palm',
  'palmUlnar',
  'forearm',
  'index1',
  'index2',
  'index3',
  'middle1',
  'middle2',
  'middle3',
  'ring1',
  'ring2',
  'ring3',
  'little1',
  'little2',
  'little3',
  'thumb1',
  'thumb2',
  'thumb3',
];
const BONE_INDEX = new Map<HandBone, number>(HAND_BONES.map((b, i) => [b, i]));
function bi(b: HandBone): number {
  return BONE_INDEX.get(b) as number;
}

/** Where the palm-arch bone sits (the ring/little metacarpals pivot about +Y through it). */
const ARCH_ORIGIN = new Vector3(0.004, 0, 0);

type RGB = readonly [number, number, number];
function linear(hex: number): RGB {
  const c = new Color().setHex(hex);
  return [c.r, c.g, c.b];
}

// --- per-frame temporaries (module scope, never reallocated) -----------------------------
const _p = new Vector3();
const _n = new Vector3();
const _v = new Vector3();
const _a1 = new Vector3();
const _a2 = new Vector3();
const _a3 = new Vector3();
const _b1 = new Vector3();
const _b2 = new Vector3();
const _b3 = new Vector3();
const _ma = new Matrix4();
const _mb = new Matrix4();
const _q1 = new Quaternion();
const _q2 = new Quaternion();
const _cpA = new Vector3();
const _cnA = new Vector3();
const _cfA = new Vector3();
const _cpB = new Vector3();
const _cnB = new Vector3();
const _cfB = new Vector3();
const Z_AXIS = new Vector3(0, 0, 1);
/** Hinge joints (one flexion about the bone's X) and their bones. */
const JOINT_BONE: Partial<Record<HandJoint, HandBone>> = {
  indexPip: 'index2',
  indexDip: 'index3',
  middlePip: 'middle2',
  middleDip: 'middle3',
  ringPip: 'ring2',
  ringDip: 'ring3',
  littlePip: 'little2',
  littleDip: 'little3',
  thumbMcp: 'thumb2',
  thumbIp: 'thumb3',
};
const Y_AXIS = new Vector3(0, 1, 0);

export class HandRig extends Group {
  readonly side: HandSide;
  /** Mirror group (scale.x = -1 for the left hand); the skeleton and the mesh live in it. */
  readonly mirror: Group;
  readonly mesh: SkinnedMesh;
  /** The skin (and nails, sleeve) material: opaque. */
  readonly material: MeshStandardMaterial;
  /** The fading end of the forearm stub: same look, transparent through vertex alpha. */
  readonly fadeMaterial: MeshStandardMaterial;
  readonly bones: Readonly<Record<HandBone, Bone>>;
  /** The pose last applied (a private copy; blend into your own pose and pass it in). */
  readonly pose: HandPose;
  /** The flesh pressed flat on the skin (fleshPress.ts): the shader's uniforms, set by poseHand. */
  readonly flesh = createFleshUniforms();
  /** Each vertex's fleshiness, [palmar, ulnar edge] (the `flesh` attribute), for the CPU twin `pressFlesh`. */
  readonly fleshWeights: Float32Array;

  /** Thumb metacarpal: rest orientation and the palmar-abduction axis (hand frame). */
  private readonly thumbRest = new Quaternion();
  private readonly thumbAbdAxis = new Vector3();

  constructor(side: HandSide, options: HandOptions = {}) {
    super();
    const o = { ...DEFAULTS, ...options };
    this.side = side;
    this.name = `hand-${side}`;
    this.mirror = new Group();
    this.mirror.name = 'mirror';
    this.add(this.mirror);

    // Skeleton at rest (all angles 0).
    const bones = {} as Record<HandBone, Bone>;
    for (const name of HAND_BONES) {
      const b = new Bone();
      b.name = name;
      bones[name] = b;
    }
    this.bones = bones;
    this.mirror.add(bones.palm);
    bones.palm.add(bones.forearm, bones.palmUlnar);
    bones.palmUlnar.position.copy(ARCH_ORIGIN);
    for (const f of FINGERS) {
      const g = HAND_GEOMETRY.fingers[f];
      const parent = f === 'ring' || f === 'little' ? bones.palmUlnar : bones.palm;
      const b1 = bones[`${f}1`];
      parent.add(b1);
      b1.position.set(g.base[0], g.base[1], g.base[2]);
      if (parent === bones.palmUlnar) b1.position.sub(ARCH_ORIGIN);
      b1.add(bones[`${f}2`]);
      bones[`${f}2`].position.set(0, g.lengths[0], 0);
      bones[`${f}2`].add(bones[`${f}3`]);
      bones[`${f}3`].position.set(0, g.lengths[1], 0);
    }
    const th = HAND_GEOMETRY.thumb;
    bones.palm.add(bones.thumb1);
    bones.thumb1.position.set(th.base[0], th.base[1], th.base[2]);
    bones.thumb1.add(bones.thumb2);
    bones.thumb2.position.set(0, th.lengths[0], 0);
    bones.thumb2.add(bones.thumb3);
    bones.thumb3.position.set(0, th.lengths[1], 0);
    {
      const y = new Vector3(...th.direction).normalize();
      const z = new Vector3(...th.dorsal);
      z.addScaledVector(y, -z.dot(y)).normalize();
      const x = new Vector3().crossVectors(y, z);
      this.thumbRest.setFromRotationMatrix(new Matrix4().makeBasis(x, y, z));
      this.thumbAbdAxis.crossVectors(y, new Vector3(0, 0, -1)).normalize();
      bones.thumb1.quaternion.copy(this.thumbRest);
    }
    this.updateMatrixWorld(true);

    const geometry = buildHandGeometry(this, o);
    this.material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.62, metalness: 0 });
    this.material.name = 'hand-skin';
    this.fleshWeights = fleshWeights(geometry);
    geometry.setAttribute('flesh', new BufferAttribute(this.fleshWeights, 2));
    injectFlesh(this.material, this.flesh);
    // Group 1 of the geometry (only with forearmEnd 'fade'): the forearm dissolving through
    // vertex alpha, drawn in the transparent pass. Normals span both groups: no seam.
    this.fadeMaterial = new MeshStandardMaterial({
      vertexColors: true,
      roughness: 0.62,
      metalness: 0,
      transparent: true,
      depthWrite: false,
    });
    this.fadeMaterial.name = 'hand-skin-fade';
    this.mesh = new SkinnedMesh(geometry, [this.material, this.fadeMaterial]);
    this.mesh.name = `hand-${side}-mesh`;
    // The pose changes the extent a lot (flat ↔ fist); a hand is small: never cull it.
    this.mesh.frustumCulled = false;
    this.mirror.add(this.mesh);
    const skeleton = new Skeleton(HAND_BONES.map((n) => bones[n]));
    this.mesh.bind(skeleton);

    if (side === 'left') this.mirror.scale.x = -1;
    this.pose = createHandPose('flat');
    this.applyShape(this.pose);
    this.updateMatrixWorld(true);
  }

  /** Sets every joint from a shape name, a shape definition or a (blended) pose. No
   * allocation. The contact frame follows the shape. */
  applyShape(shape: HandShape | HandShapeDef | HandPose): void {
    const pose = this.pose;
    if (typeof shape === 'string' || 'name' in shape) {
      const def = typeof shape === 'string' ? HAND_SHAPES[shape] : shape;
      Object.assign(pose.angles, def.angles);
      pose.contactA = def.contact;
      pose.contactB = def.contact;
      pose.contactT = 0;
    } else if (shape !== pose) {
      Object.assign(pose.angles, shape.angles);
      pose.contactA = shape.contactA;
      pose.contactB = shape.contactB;
      pose.contactT = shape.contactT;
    }
    const a = pose.angles;
    const b = this.bones;
    // Fingers: spread about the palm normal, then flexion about the spread-rotated X.
    b.index1.rotation.set(-a.indexMcp, 0, a.indexSpread, 'ZXY');
    b.middle1.rotation.set(-a.middleMcp, 0, a.middleSpread, 'ZXY');
    b.ring1.rotation.set(-a.ringMcp, 0, -a.ringSpread, 'ZXY');
    b.little1.rotation.set(-a.littleMcp, 0, -a.littleSpread, 'ZXY');
    b.index2.rotation.set(-a.indexPip, 0, 0);
    b.middle2.rotation.set(-a.middlePip, 0, 0);
    b.ring2.rotation.set(-a.ringPip, 0, 0);
    b.little2.rotation.set(-a.littlePip, 0, 0);
    b.index3.rotation.set(-a.indexDip, 0, 0);
    b.middle3.rotation.set(-a.middleDip, 0, 0);
    b.ring3.rotation.set(-a.ringDip, 0, 0);
    b.little3.rotation.set(-a.littleDip, 0, 0);
    // Thumb metacarpal: swing across the palm (about -Z), palmar abduction, rest, own roll.
    _q1.setFromAxisAngle(Z_AXIS, -a.thumbCmcFlex);
    _q2.setFromAxisAngle(this.thumbAbdAxis, a.thumbCmcAbd);
    b.thumb1.quaternion.copy(_q1).multiply(_q2).multiply(this.thumbRest);
    _q1.setFromAxisAngle(Y_AXIS, a.thumbCmcRoll);
    b.thumb1.quaternion.multiply(_q1);
    b.thumb2.rotation.set(-a.thumbMcp, 0, 0);
    b.thumb3.rotation.set(-a.thumbIp, 0, 0);
    b.palmUlnar.rotation.set(0, a.palmArch, 0);
    // Forearm relative to the hand: extension lifts it dorsally, deviation swings it.
    b.forearm.rotation.set(-a.wristExt, 0, -a.wristDev, 'ZXY');
    for (let i = 0; i < HAND_BONES.length; i++) b[HAND_BONES[i] as HandBone].updateMatrix();
  }

  /**
   * Re-applies ONE joint angle of `this.pose.angles` to its bone (after editing the angle in
   * place), cheaper than a whole applyShape. Joints of the thumb's base and the palm arch need
   * the whole shape (they compose several rotations): those fall back to applyShape. No
   * allocation.
   */
  applyJoint(joint: HandJoint): void {
    const a = this.pose.angles;
    const b = this.bones;
    switch (joint) {
      case 'indexMcp':
      case 'indexSpread':
        b.index1.rotation.set(-a.indexMcp, 0, a.indexSpread, 'ZXY');
        b.index1.updateMatrix();
        return;
      case 'middleMcp':
      case 'middleSpread':
        b.middle1.rotation.set(-a.middleMcp, 0, a.middleSpread, 'ZXY');
        b.middle1.updateMatrix();
        return;
      case 'ringMcp':
      case 'ringSpread':
        b.ring1.rotation.set(-a.ringMcp, 0, -a.ringSpread, 'ZXY');
        b.ring1.updateMatrix();
        return;
      case 'littleMcp':
      case 'littleSpread':
        b.little1.rotation.set(-a.littleMcp, 0, -a.littleSpread, 'ZXY');
        b.little1.updateMatrix();
        return;
      case 'wristExt':
      case 'wristDev':
        b.forearm.rotation.set(-a.wristExt, 0, -a.wristDev, 'ZXY');
        b.forearm.updateMatrix();
        return;
      default: {
        const bone = JOINT_BONE[joint];
        if (bone) {
          b[bone].rotation.set(-a[joint], 0, 0);
          b[bone].updateMatrix();
        } else this.applyShape(this.pose);
      }
    }
  }

  /** Current contact frame in the rig's own (local) frame: the contact point, the unit
   * direction facing the skin and the unit forward direction. No allocation. */
  getContactLocal(point: Vector3, normal: Vector3, forward: Vector3): void {
    const pose = this.pose;
    this.evalContact(pose.contactA, point, normal, forward);
    if (pose.contactT > 0 && pose.contactB !== pose.contactA) {
      this.evalContact(pose.contactB, _cpB, _cnB, _cfB);
      const t = pose.contactT;
      point.lerp(_cpB, t);
      normal.lerp(_cnB, t).normalize();
      forward.lerp(_cfB, t).normalize();
    }
  }

  /**
   * Moves and turns the whole hand so that the current shape's contact point sits on
   * `point - normal·pressDepth`, its contact direction faces `-normal` (into the skin) and
   * its forward direction lines up with `forward` projected on the skin's tangent plane.
   * `point`, `normal`, `forward` are in the PARENT space of this rig (world space when the
   * rig hangs under an untransformed group). `normal` is the skin's outward normal. Use a
   * `pressDepth` of ~0.5–1 mm or more to hide the seam between hand and skin.
   * No allocation.
   */
  placeContact(point: Vector3, normal: Vector3, forward: Vector3, pressDepth = 0): void {
    this.getContactLocal(_cpA, _cnA, _cfA);
    // Target frame: b1 = into the skin, b2 = forward in the tangent plane.
    _n.copy(normal).normalize();
    _b1.copy(_n).negate();
    tangent(forward, _b1, _b2);
    _b3.crossVectors(_b1, _b2);
    // Source frame from the hand.
    _a1.copy(_cnA);
    tangent(_cfA, _a1, _a2);
    _a3.crossVectors(_a1, _a2);
    _ma.makeBasis(_a1, _a2, _a3).transpose();
    _mb.makeBasis(_b1, _b2, _b3).multiply(_ma);
    this.quaternion.setFromRotationMatrix(_mb);
    _v.copy(_cpA).applyQuaternion(this.quaternion);
    this.position.copy(point).addScaledVector(_n, -pressDepth).sub(_v);
    this.updateMatrix();
  }

  /** Frees the GPU resources (geometry, material, bone texture). */
  override dispose(): void {
    super.dispose();
    this.mesh.geometry.dispose();
    this.material.dispose();
    this.fadeMaterial.dispose();
    this.mesh.skeleton.dispose();
  }

  private evalContact(c: ContactDef, point: Vector3, normal: Vector3, forward: Vector3): void {
    point.set(0, 0, 0);
    for (let i = 0; i < c.anchors.length; i++) {
      const an = c.anchors[i];
      if (!an) continue;
      _p.set(an.offset[0], an.offset[1], an.offset[2]);
      this.toRig(this.bones[an.bone], _p, false);
      point.addScaledVector(_p, an.weight);
    }
    normal.set(c.normal.dir[0], c.normal.dir[1], c.normal.dir[2]);
    this.toRig(this.bones[c.normal.frame], normal, true);
    if (c.sink) point.addScaledVector(normal, c.sink);
    forward.set(c.forward[0], c.forward[1], c.forward[2]);
    this.toRig(this.bones.palm, forward, true);
  }

  /** Bone frame → rig frame through the local matrices (valid right after applyShape,
   * whatever the rig's own placement). */
  private toRig(bone: Object3D, v: Vector3, direction: boolean): void {
    let obj: Object3D | null = bone;
    while (obj && obj !== this) {
      if (direction) v.transformDirection(obj.matrix);
      else v.applyMatrix4(obj.matrix);
      obj = obj.parent;
    }
  }
}

/** `out` = unit component of `v` orthogonal to unit `n` (any perpendicular if parallel). */
function tangent(v: Vector3, n: Vector3, out: Vector3): void {
  out.copy(v).addScaledVector(n, -v.dot(n));
  if (out.lengthSq() < 1e-10) {
    out.set(1, 0, 0).addScaledVector(n, -n.x);
    if (out.lengthSq() < 1e-6) out.set(0, 1, 0).addScaledVector(n, -n.y);
  }
  out.normalize();
}

/** Creates a hand rig. Add it to a scene, then drive it with applyShape/placeContact. */
export function createHand(side: HandSide, options?: HandOptions): HandRig {
  return new HandRig(side, options);
}

// ==========================================================================================
// Geometry (build time)
// ==========================================================================================

interface Profile {
  /** Half-width, dorsal and palmar half-thickness, centre offset along Z at axial `s`. */
  at(s: number): { hw: number; d: number; p: number; cz: number };
  /** First and last axial coordinates (the poles). */
  s0: number;
  s1: number;
  /** Lengths of the rounded end caps. */
  cap0: number;
  cap1: number;
}

function capScale(pr: Profile, s: number): number {
  const a = pr.s0 + pr.cap0;
  const b = pr.s1 - pr.cap1;
  if (s < a) {
    const u = (a - s) / pr.cap0;
    return Math.sqrt(Math.max(0, 1 - u * u));
  }
  if (s > b) {
    const u = (s - b) / pr.cap1;
    return Math.sqrt(Math.max(0, 1 - u * u));
  }
  return 1;
}

/** Axial stations: dense in the caps (uniform in angle), ~`step` apart in the body. */
function stations(pr: Profile, step: number, capRings: number): number[] {
  const out: number[] = [];
  const a = pr.s0 + pr.cap0;
  const b = pr.s1 - pr.cap1;
  for (let k = 1; k <= capRings; k++) out.push(a - pr.cap0 * Math.cos((k / capRings) * (Math.PI / 2)));
  const n = Math.max(1, Math.round((b - a) / step));
  for (let k = 1; k < n; k++) out.push(a + ((b - a) * k) / n);
  for (let k = 0; k < capRings; k++) out.push(b + pr.cap1 * Math.sin((k / capRings) * (Math.PI / 2)));
  return out;
}

/** Surface point of a profile at axial `s`, angle `th` (th = π/2 is dorsal, +Z). */
function surface(pr: Profile, s: number, th: number, out: Vector3): Vector3 {
  const q = pr.at(s);
  const k = capScale(pr, s);
  const c = Math.cos(th);
  const sn = Math.sin(th);
  out.set(q.hw * k * spow(c, 0.88), s, q.cz + (sn >= 0 ? q.d : q.p) * k * spow(sn, 0.92));
  return out;
}

interface TubeOptions {
  profile: Profile;
  /** Piece frame → rig (rest) frame. */
  matrix: Matrix4;
  radial: number;
  step: number;
  capRings: number;
  color: (s: number, th: number) => RGB;
  influence: (s: number, local: Vector3, rest: Vector3) => Influence;
  /** Optional extra displacement hook (rest frame). */
}

function addTube(mb: SkinnedMeshBuilder, t: TubeOptions): void {
  const pr = t.profile;
  const local = new Vector3();
  const rest = new Vector3();
  const rings: number[][] = [];
  const put = (s: number, th: number): number => {
    surface(pr, s, th, local);
    rest.copy(local).applyMatrix4(t.matrix);
    return mb.addVertex(rest, t.color(s, th), t.influence(s, local, rest));
  };
  for (const s of stations(pr, t.step, t.capRings)) {
    const ring: number[] = [];
    for (let i = 0; i < t.radial; i++) ring.push(put(s, (-2 * Math.PI * i) / t.radial));
    rings.push(ring);
  }
  const p0 = put(pr.s0, 0);
  const p1 = put(pr.s1, 0);
  mb.stitchTube(rings, p0, p1);
}

/** Linear blend between consecutive bones of a chain across its joints. */
function chainInfluence(
  s: number,
  joints: readonly number[],
  bones: readonly number[],
  halfWidths: readonly number[],
): Influence {
  // bones[i] covers (joints[i-1], joints[i]); bones.length === joints.length + 1
  for (let j = 0; j < joints.length; j++) {
    const js = joints[j] as number;
    const h = halfWidths[j] as number;
    if (s < js + h) {
      const t = smoothstep(js - h, js + h, s);
      return [
        [bones[j] as number, 1 - t],
        [bones[j + 1] as number, t],
      ];
    }
  }
  return [[bones[bones.length - 1] as number, 1]];
}

function digitProfile(g: DigitGeometry, isThumb: boolean): Profile {
  const [l1, l2, l3] = g.lengths;
  const L = l1 + l2 + l3;
  const [r0, r1] = g.radius;
  const j1 = l1;
  const j2 = l1 + l2;
  const dorsal = HAND_GEOMETRY.digitDorsal;
  const palmar = HAND_GEOMETRY.digitPalmar;
  const s0 = isThumb ? -0.008 : -1.1 * r0;
  return {
    s0,
    s1: L,
    cap0: isThumb ? 0.006 : 0.8 * r0,
    cap1: r1 * 1.05,
    at(s) {
      const u = Math.min(1, Math.max(0, s / (L - r1)));
      let hw = r0 + (r1 - r0) * u;
      // joints a little wider, shafts a little slimmer
      hw *= 1 + 0.06 * gauss(s, j1, 0.35 * r0) + 0.05 * gauss(s, j2, 0.35 * r1);
      hw *= 1 - 0.04 * gauss(s, (j1 + j2) / 2, l2 * 0.25);
      let d = dorsal * hw;
      let p = palmar * hw;
      // dorsal knuckle bumps just past the joints, palmar creases at the joints
      d *= 1 + 0.09 * gauss(s, j1 + 0.15 * r0, 0.35 * r0) + 0.08 * gauss(s, j2 + 0.15 * r1, 0.35 * r1);
      p *= 1 - 0.08 * gauss(s, j1, 0.14 * r0) - 0.08 * gauss(s, j2, 0.14 * r1);
      // finger pads: proximal/middle segments and the fleshy tip
      p *= 1 + 0.05 * gauss(s, j1 / 2, l1 * 0.25) + 0.1 * gauss(s, L - 0.55 * l3, 0.28 * l3);
      // the nail side is flatter near the tip
      d *= 1 - 0.1 * smoothstep(j2, L, s);
      if (isThumb) {
        // thenar eminence: a fleshy palmar bulk over the metacarpal
        const base = gauss(s, 0.4 * l1, 0.32 * l1);
        hw *= 1 + 0.16 * base;
        p *= 1 + 0.3 * base;
        d *= 1 - 0.1 * base;
      }
      return { hw, d, p, cz: 0 };
    },
  };
}

/** Outward unit direction of the profile's cross-section at (s, th) (approximate). */
function radialDir(pr: Profile, s: number, th: number, out: Vector3): Vector3 {
  const q = pr.at(s);
  const c = Math.cos(th);
  const sn = Math.sin(th);
  // gradient of the ellipse (x/hw)^2 + (z/d)^2
  out.set(c / q.hw, 0, sn / (sn >= 0 ? q.d : q.p)).normalize();
  return out;
}

/** A nail: a thin shell over the dorsal side of the distal segment, bound to `bone`. */
function addNail(
  mb: SkinnedMeshBuilder,
  pr: Profile,
  g: DigitGeometry,
  matrix: Matrix4,
  bone: number,
  color: RGB,
  isThumb: boolean,
): void {
  const [l1, l2, l3] = g.lengths;
  const L = l1 + l2 + l3;
  const sA = l1 + l2 + l3 * (isThumb ? 0.3 : 0.36);
  const sB = L - g.radius[1] * 0.32;
  const nu = 9;
  const nv = 8;
  const top: number[][] = [];
  const pos = new Vector3();
  const dir = new Vector3();
  const rest = new Vector3();
  const infl: Influence = [[bone, 1]];
  const span = 0.78; // radians either side of dorsal
  const pointAt = (u: number, v: number, lift: number): Vector3 => {
    // rounded cuticle: the sides pull in near v = 0
    const round = Math.sqrt(Math.max(0, 1 - Math.pow(Math.max(0, 1 - v / 0.35), 2)));
    const s = sA + (sB - sA) * v;
    const th = Math.PI / 2 + u * span * (0.35 + 0.65 * round);
    surface(pr, s, th, pos);
    radialDir(pr, s, th, dir);
    pos.addScaledVector(dir, lift);
    return rest.copy(pos).applyMatrix4(matrix);
  };
  for (let j = 0; j <= nv; j++) {
    const row: number[] = [];
    for (let i = 0; i <= nu; i++) {
      const u = -1 + (2 * i) / nu;
      const v = j / nv;
      // a slightly domed nail, thicker in the middle
      const lift = 0.00028 + 0.00022 * (1 - u * u) * Math.min(1, v * 3);
      row.push(mb.addVertex(pointAt(u, v, lift), color, infl));
    }
    top.push(row);
  }
  // top surface (u grows towards -th… wind so that faces point outwards)
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = (top[j] as number[])[i] as number;
      const b = (top[j] as number[])[i + 1] as number;
      const c = (top[j + 1] as number[])[i + 1] as number;
      const d = (top[j + 1] as number[])[i] as number;
      mb.tri(a, c, b);
      mb.tri(a, d, c);
    }
  }
  // skirt: the rim of the shell sunk into the skin
  const rim: [number, number][] = [];
  for (let i = 0; i <= nu; i++) rim.push([i, 0]);
  for (let j = 1; j <= nv; j++) rim.push([nu, j]);
  for (let i = nu - 1; i >= 0; i--) rim.push([i, nv]);
  for (let j = nv - 1; j >= 1; j--) rim.push([0, j]);
  const sunk = rim.map(([i, j]) => mb.addVertex(pointAt(-1 + (2 * i) / nu, j / nv, -0.0006), color, infl));
  for (let k = 0; k < rim.length; k++) {
    const k2 = (k + 1) % rim.length;
    const [i0, j0] = rim[k] as [number, number];
    const [i1, j1] = rim[k2] as [number, number];
    const a = (top[j0] as number[])[i0] as number;
    const b = (top[j1] as number[])[i1] as number;
    mb.tri(a, b, sunk[k2] as number);
    mb.tri(a, sunk[k2] as number, sunk[k] as number);
  }
}

const DEBUG: readonly RGB[] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
  [1, 1, 0],
  [1, 0, 1],
  [0, 1, 1],
  [0.9, 0.9, 0.9],
  [0.2, 0.2, 0.2],
];

function buildHandGeometry(rig: HandRig, o: Required<HandOptions>) {
  const mb = new SkinnedMeshBuilder();
  const skin = linear(o.skinColor);
  const nail = linear(o.nailColor);
  const sleeve = linear(o.sleeveColor);
  const radial = o.radialSegments;
  const P = HAND_GEOMETRY.palm;
  const bones = rig.bones;
  const palmI = bi('palm');
  const archI = bi('palmUlnar');
  const forearmI = bi('forearm');

  // --- fingers ---
  for (const f of FINGERS) {
    const g = HAND_GEOMETRY.fingers[f];
    const pr = digitProfile(g, false);
    const m = bones[`${f}1`].matrixWorld.clone();
    const parentI = f === 'ring' || f === 'little' ? archI : palmI;
    const chain = [parentI, bi(`${f}1`), bi(`${f}2`), bi(`${f}3`)];
    const joints = [0, g.lengths[0], g.lengths[0] + g.lengths[1]];
    const hws = [0.75 * g.radius[0], 0.5 * g.radius[0], 0.5 * g.radius[1]];
    addTube(mb, {
      profile: pr,
      matrix: m,
      radial,
      step: 0.0022,
      capRings: 6,
      color: () => (o.debugPieces ? DEBUG[FINGERS.indexOf(f)]! : skin),
      influence: (s) => chainInfluence(s, joints, chain, hws),
    });
    addNail(mb, pr, g, m, bi(`${f}3`), nail, false);
  }

  // --- thumb ---
  {
    const g = HAND_GEOMETRY.thumb;
    const pr = digitProfile(g, true);
    const m = bones.thumb1.matrixWorld.clone();
    const chain = [palmI, bi('thumb1'), bi('thumb2'), bi('thumb3')];
    const joints = [0.01, g.lengths[0], g.lengths[0] + g.lengths[1]];
    const hws = [0.022, 0.5 * g.radius[0], 0.5 * g.radius[1]];
    addTube(mb, {
      profile: pr,
      matrix: m,
      radial: radial + 2,
      step: 0.0024,
      capRings: 6,
      color: () => (o.debugPieces ? DEBUG[4]! : skin),
      influence: (s) => chainInfluence(s, joints, chain, hws),
    });
    addNail(mb, pr, g, m, bi('thumb3'), nail, true);
  }

  // --- first web space (thumb ↔ index): a flat tube that stretches between the palm and
  // the thumb metacarpal ---
  {
    const g = HAND_GEOMETRY.thumb;
    const a = new Vector3(-0.026, 0.072, -0.002);
    const b = new Vector3(0, g.lengths[0] * 0.78, 0).applyMatrix4(bones.thumb1.matrixWorld);
    const axis = b.clone().sub(a);
    const len = axis.length();
    axis.normalize();
    const z = new Vector3(0, 0, 1).addScaledVector(axis, -axis.z).normalize();
    const x = new Vector3().crossVectors(axis, z);
    const m = new Matrix4().makeBasis(x, axis, z).setPosition(a);
    const thumbI = bi('thumb1');
    addTube(mb, {
      profile: {
        s0: -0.004,
        s1: len + 0.004,
        cap0: 0.006,
        cap1: 0.007,
        at: (s) => {
          const u = s / len;
          const hw = 0.0105 + 0.003 * Math.sin(Math.PI * Math.min(1, Math.max(0, u)));
          return { hw, d: 0.0045, p: 0.0068, cz: -0.0032 };
        },
      },
      matrix: m,
      radial: 16,
      step: 0.003,
      capRings: 4,
      color: () => (o.debugPieces ? DEBUG[5]! : skin),
      influence: (s) => {
        const w = smoothstep(0.05 * len, 0.95 * len, s);
        return [
          [palmI, 1 - w],
          [thumbI, w],
        ];
      },
    });
  }

  // --- palm and forearm: ONE tube from the sleeve to the knuckles (no seam at the wrist) ---
  {
    const yEnd = 0.1;
    const F = HAND_GEOMETRY.forearm;
    const fade = o.forearmEnd === 'fade';
    const armEnd = o.forearmEnd === 'arm';
    const cuff = fade || armEnd ? -1 : -(F.length - 0.034);
    const arc = (x: number): number => -9 * x * x - 0.22 * Math.max(0, x);
    const palmAt = (y: number) => {
      const hw = P.halfWidthWrist + (P.halfWidthKnuckles - P.halfWidthWrist) * smoothstep(-0.01, 0.072, y);
      const heel = 1 - smoothstep(-0.005, 0.045, y);
      const d = P.halfThicknessDorsal + 0.0045 * heel - 0.0012 * smoothstep(0.06, 0.095, y);
      const p = P.halfThicknessPalmar + 0.001 * heel - 0.0012 * smoothstep(0.075, 0.1, y);
      return { hw, d, p, cz: 0.0005 * heel };
    };
    const forearmAt = (y: number) => {
      const s = -y; // distance from the wrist towards the elbow
      const u = smoothstep(0, F.length, s);
      const sl = smoothstep(-cuff - 0.0008, -cuff + 0.0008, s);
      const roll = 0.0022 * gauss(s, -cuff + 0.004, 0.0028);
      return {
        hw: F.halfWidth + 0.0065 * u + sl * 0.003 + roll,
        d: 0.0148 + 0.003 * u + sl * 0.003 + roll,
        p: 0.0146 + 0.0055 * u + sl * 0.003 + roll,
        cz: 0,
      };
    };
    const pr: Profile = {
      s0: armEnd ? -ARM_STUB_M : -F.length,
      s1: yEnd,
      cap0: 0.012,
      cap1: 0.018,
      at(y) {
        if (y > 0.012) return palmAt(y);
        if (y < -0.02) return forearmAt(y);
        const a = palmAt(y);
        const b = forearmAt(y);
        const t = smoothstep(-0.02, 0.012, y);
        return { hw: b.hw + (a.hw - b.hw) * t, d: b.d + (a.d - b.d) * t, p: b.p + (a.p - b.p) * t, cz: b.cz + (a.cz - b.cz) * t };
      },
    };
    const local = new Vector3();
    const rings: number[][] = [];
    const fingerXs = FINGERS.map((f) => HAND_GEOMETRY.fingers[f].base);
    const put = (y: number, th: number): number => {
      surface(pr, y, th, local);
      const x = local.x;
      const hw = pr.at(y).hw;
      const xn = x / hw;
      // palmar relief: hypothenar pad, central hollow, pads under the knuckles
      if (local.z < 0) {
        const w = -Math.sin(th);
        local.z -=
          w *
          capScale(pr, y) *
          (0.002 * smoothstep(0.2, 0.75, xn) * gauss(y, 0.04, 0.022) -
            0.001 * gauss(x, -0.002, 0.014) * gauss(y, 0.052, 0.017) +
            0.0018 * gauss(y, 0.079, 0.009) * (1 - smoothstep(0.6, 1, Math.abs(xn))));
      } else {
        // dorsal: the metacarpals fan out; gentle transverse convexity
        local.z += 0.0012 * (1 - xn * xn) * smoothstep(0.02, 0.07, y);
        // metacarpal heads: the knuckles of the back of the hand
        const w = Math.sin(th);
        for (const b of fingerXs) local.z += w * 0.0017 * gauss(x, b[0], 0.0058) * gauss(y, b[1] - 0.003, 0.0065);
      }
      // knuckle arc: the distal end follows the line of the MCP joints
      local.y += arc(x) * smoothstep(0.035, 0.085, y);
      // influence
      const infl: [number, number][] = [];
      const wArch = smoothstep(-0.004, 0.026, x) * smoothstep(-0.005, 0.03, y);
      const wFore = wristBlend(local.y);
      // webs and knuckles follow the proximal phalanges
      let best = 0;
      let bestD = Infinity;
      for (let k = 0; k < fingerXs.length; k++) {
        const dx = Math.abs(x - (fingerXs[k] as readonly number[])[0]!);
        if (dx < bestD) {
          bestD = dx;
          best = k;
        }
      }
      const fb = fingerXs[best] as readonly number[];
      const wF =
        smoothstep(fb[1]! - 0.014, fb[1]! + 0.004, local.y) * (local.z < 0 ? 0.55 : 0.35) * (1 - smoothstep(0.5, 1.05, Math.abs(xn)) * 0.3);
      const base = 1 - wFore;
      infl.push([palmI, base * (1 - wArch) * (1 - wF)]);
      infl.push([archI, base * wArch * (1 - wF)]);
      infl.push([bi(`${FINGERS[best] as Finger}1`), base * wF]);
      infl.push([forearmI, wFore]);
      const rgb = o.debugPieces ? (y < 0 ? DEBUG[7]! : DEBUG[6]!) : skin;
      const col = fade
        ? [rgb[0], rgb[1], rgb[2], 1 - smoothstep(-0.045, -F.length + 0.01, y)]
        : y < cuff
          ? sleeve
          : rgb;
      return mb.addVertex(local, col, infl);
    };
    // stations: coarse along the forearm, fine over the wrist and the palm
    const ys = stations(pr, 0.0022, 7).filter((y) => y > -0.03 || y < pr.s0 + pr.cap0 + 1e-9);
    for (let y = pr.s0 + pr.cap0 + 0.004; y < -0.03; y += 0.004) ys.push(y);
    if (!fade && !armEnd) ys.push(cuff - 0.0006, cuff + 0.0006);
    ys.sort((a, b) => a - b);
    for (const y of ys) {
      const ring: number[] = [];
      for (let i = 0; i < 40; i++) ring.push(put(y, (-2 * Math.PI * i) / 40));
      rings.push(ring);
    }
    mb.stitchTube(rings, put(pr.s0, 0), put(pr.s1, 0));
  }

  return mb.build();
}
