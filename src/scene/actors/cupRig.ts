import {
  BufferGeometry,
  Color,
  DoubleSide,
  Float32BufferAttribute,
  FrontSide,
  BackSide,
  Group,
  LatheGeometry,
  Matrix4,
  Mesh,
  Quaternion,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  Vector2,
  Vector3,
} from 'three';
import type { StaticCupPose, StaticCupSlot } from '../../domain/motion/staticCups';

/**
 * A glass cupping cup ("banka"): a thick-walled glass bell with a rounded rim, and the dome of
 * skin that the suction draws up inside it. Pure three.js, no React.
 *
 * Cup frame: the rim's centre (on the skin) at the origin, the cup's axis along +Y (away from
 * the skin). `placeCup` turns +Y onto the skin's outward normal.
 *
 * Glass without `transmission` (too slow in software WebGL): a transparent physical material
 * with clearcoat and specular, drawn back faces first then front faces, plus a fresnel term
 * that makes the silhouette and the thick rim read brighter (vertex alpha carries the rim).
 * Three draw calls: glass inside, glass outside, skin dome.
 */

export interface CupOptions {
  /** Outer diameter of the rim, metres. Default 0.055. */
  rimDiameter?: number;
  /** Height of the cup, metres. Default 0.068. */
  height?: number;
  /** Skin colour of the drawn dome (sRGB hex), at zero suction. */
  skinColor?: number;
  /** Colour the skin turns at full suction (cupping reddens the skin). */
  flushColor?: number;
  glassColor?: number;
}

const DEFAULTS: Required<CupOptions> = {
  rimDiameter: 0.055,
  height: 0.068,
  skinColor: 0xe3b69c,
  flushColor: 0xd47f74,
  glassColor: 0xd8ecf2,
};

/** Dome height at full suction as a fraction of the inner rim radius. */
const DOME_MAX = 0.75;
/** Dome height at the faintest suction (a dome that still reads), same unit. */
const DOME_MIN = 0.25;

const _n = new Vector3();
const _f = new Vector3();
const _x = new Vector3();
const _m = new Matrix4();
const _sp = new Vector3();
const _sn = new Vector3();
const _sf = new Vector3();
/** The bell bulges to 1.13 × the rim radius (buildGlass). */
const BELL_BULGE = 1.13;

export class CupRig extends Group {
  readonly glassInside: Mesh<BufferGeometry, MeshPhysicalMaterial>;
  readonly glassOutside: Mesh<BufferGeometry, MeshPhysicalMaterial>;
  readonly dome: Mesh<BufferGeometry, MeshStandardMaterial>;
  /** Inner radius of the rim (where the skin dome meets the glass), metres. */
  readonly innerRadius: number;
  readonly outerRadius: number;
  readonly height: number;
  private readonly skin = new Color();
  private readonly flush = new Color();
  private suctionValue = -1;

  constructor(options: CupOptions = {}) {
    super();
    const o = { ...DEFAULTS, ...options };
    this.name = 'cup';
    const R = o.rimDiameter / 2;
    const wall = 0.0032;
    this.outerRadius = R;
    this.innerRadius = R - wall * 1.6;
    this.height = o.height;
    const glassGeo = buildGlass(R, o.height, wall);
    const make = (side: typeof FrontSide | typeof BackSide, opacity: number): MeshPhysicalMaterial => {
      const m = new MeshPhysicalMaterial({
        color: o.glassColor,
        roughness: 0.06,
        metalness: 0,
        clearcoat: 1,
        clearcoatRoughness: 0.04,
        specularIntensity: 1,
        ior: 1.5,
        transparent: true,
        opacity,
        depthWrite: false,
        side,
        vertexColors: true,
      });
      addFresnel(m, side === BackSide ? 0.15 : 0.75);
      return m;
    };
    this.glassInside = new Mesh(glassGeo, make(BackSide, 0.35));
    this.glassInside.name = 'cup-glass-inside';
    this.glassInside.renderOrder = 1;
    this.glassOutside = new Mesh(glassGeo, make(FrontSide, 0.65));
    this.glassOutside.name = 'cup-glass-outside';
    this.glassOutside.renderOrder = 2;

    this.skin.setHex(o.skinColor);
    this.flush.setHex(o.flushColor);
    this.dome = new Mesh(
      buildDome(this.innerRadius + wall * 0.5),
      new MeshStandardMaterial({ color: o.skinColor, roughness: 0.55, metalness: 0, side: DoubleSide }),
    );
    this.dome.name = 'cup-skin-dome';
    this.dome.renderOrder = 0;
    this.add(this.dome, this.glassInside, this.glassOutside);
    this.setSuction(0);
  }

  /** Current suction, 0..1. */
  get suction(): number {
    return this.suctionValue;
  }

  /** Height of the skin dome above the rim plane, metres. */
  get domeHeight(): number {
    return this.dome.visible ? this.dome.scale.y : 0;
  }

  /** Raises the skin dome (0 = flat skin, 1 = full suction) and flushes its colour. No
   * allocation. */
  setSuction(suction: number): void {
    const s = suction <= 0 ? 0 : suction >= 1 ? 1 : suction;
    if (s === this.suctionValue) return;
    this.suctionValue = s;
    // Even light suction draws the skin up visibly (about a third of the rim radius at 0.3):
    // a dome of DOME_MIN + (DOME_MAX − DOME_MIN)·s, flushed from the first moment.
    const h = s > 0 ? (DOME_MIN + (DOME_MAX - DOME_MIN) * s) * this.innerRadius : 0;
    this.dome.visible = h > 1e-5;
    this.dome.scale.set(1, Math.max(h, 1e-5), 1);
    this.dome.material.color.copy(this.skin).lerp(this.flush, s > 0 ? 0.35 + 0.6 * s : 0);
  }

  /**
   * Sets the cup on the skin: the rim's centre on `point`, the axis along the outward
   * `normal`, the cup's +Z (its "front", which only matters for a future handle/valve) turned
   * towards `forward` projected on the skin. `point`, `normal`, `forward` are in the parent
   * space of the rig. The rim sinks 1 mm into the skin so no gap shows. No allocation.
   */
  placeCup(point: Vector3, normal: Vector3, forward: Vector3, suction: number): void {
    _n.copy(normal).normalize();
    _f.copy(forward).addScaledVector(_n, -forward.dot(_n));
    if (_f.lengthSq() < 1e-10) _f.set(1, 0, 0).addScaledVector(_n, -_n.x);
    if (_f.lengthSq() < 1e-10) _f.set(0, 0, 1).addScaledVector(_n, -_n.z);
    _f.normalize();
    _x.crossVectors(_n, _f);
    _m.makeBasis(_x, _n, _f);
    this.quaternion.setFromRotationMatrix(_m);
    this.position.copy(point).addScaledVector(_n, -0.001);
    this.updateMatrix();
    this.setSuction(suction);
  }

  /** Frees geometries and materials (then fires the Object3D 'dispose' event). */
  override dispose(): void {
    super.dispose();
    this.glassInside.geometry.dispose();
    this.glassInside.material.dispose();
    this.glassOutside.material.dispose();
    this.dome.geometry.dispose();
    this.dome.material.dispose();
  }
}

export function createCup(options?: CupOptions): CupRig {
  return new CupRig(options);
}

/**
 * Cups left on the skin: switches on one rig of `pool` per cup on now (`slots`, filled by
 * staticCupsAt; `n` of them), each at its pose, and the rest off. A pooled rig whose cup is
 * set keeps its place. The moving `actor` cup is hidden while its glass overlaps a cup left on
 * the skin (it has just let go of it, or is about to take it off): never two cups in one place.
 * Given the skin, each cup is seated on it (seatCupOnSkin). Returns whether the actor was
 * hidden. No allocation (per frame).
 */
export function poseStaticCups(
  pool: readonly CupRig[],
  slots: readonly StaticCupSlot[],
  n: number,
  poses: readonly StaticCupPose[],
  actor: CupRig | null,
  surface?: SkinQuery,
): boolean {
  let hide = false;
  for (let i = 0; i < pool.length; i++) {
    const rig = pool[i] as CupRig;
    const slot = slots[i];
    const pose = i < n && slot && slot.on ? poses[slot.index] : undefined;
    if (!pose) {
      rig.visible = false;
      rig.userData.staticCup = -1;
      continue;
    }
    rig.visible = true;
    // A cup left on the skin does not move: placed (and seated) once when its slot takes it.
    if (rig.userData.staticCup !== slot!.index) {
      rig.userData.staticCup = slot!.index;
      _sp.set(pose.point[0], pose.point[1], pose.point[2]);
      _sn.set(pose.normal[0], pose.normal[1], pose.normal[2]);
      _sf.set(pose.forward[0], pose.forward[1], pose.forward[2]);
      rig.placeCup(_sp, _sn, _sf, pose.suction);
      if (surface) seatCupOnSkin(rig, surface);
    }
    if (actor && actor.visible && actor.position.distanceTo(rig.position) < (actor.outerRadius + rig.outerRadius) * BELL_BULGE) hide = true;
  }
  if (actor && hide) actor.visible = false;
  return hide;
}

/** The skin query seatCupOnSkin needs (MeshSurface has it). */
export interface SkinQuery {
  closestPointInto(p: [number, number, number], outPoint: number[], outNormal: number[]): number;
}

const RIM_SAMPLES = 12;
const _q: [number, number, number] = [0, 0, 0];
const _qp = [0, 0, 0];
const _qn = [0, 0, 0];
const _r = new Vector3();
const _axis = new Vector3();
const _tilt = new Vector3();
const _rq = new Quaternion();
const _rimGap = new Float64Array(RIM_SAMPLES);

/** Signed gap of the skin under a parent-space point (+ above the skin, − under it). */
function gapAt(surface: SkinQuery, p: Vector3): number {
  _q[0] = p.x;
  _q[1] = p.y;
  _q[2] = p.z;
  const d = surface.closestPointInto(_q, _qp, _qn);
  const side = (p.x - _qp[0]!) * _qn[0]! + (p.y - _qp[1]!) * _qn[1]! + (p.z - _qp[2]!) * _qn[2]!;
  return side < 0 ? -d : d;
}

/** Signed gaps of RIM_SAMPLES points of the rim into _rimGap; returns the largest. */
function rimGaps(rig: CupRig, surface: SkinQuery): number {
  rig.updateMatrix();
  let worst = -Infinity;
  for (let k = 0; k < RIM_SAMPLES; k++) {
    const a = (k / RIM_SAMPLES) * Math.PI * 2;
    _r.set(Math.cos(a) * rig.innerRadius, 0, Math.sin(a) * rig.innerRadius).applyMatrix4(rig.matrix);
    const g = gapAt(surface, _r);
    _rimGap[k] = g;
    if (g > worst) worst = g;
  }
  return worst;
}

/**
 * Seats a placed cup on the skin so its whole rim touches it (call after placeCup): where the
 * back curves away under the rim (the flank, the iliac crest) the cup tilts to the rim's best
 * plane (at most 25°) and sinks until no part of the rim stands more than 1 mm off the skin
 * (the rim presses into the soft tissue, as a cup under suction does; the dome rises from the
 * rim). Returns the largest rim gap left, metres. No allocation.
 */
export function seatCupOnSkin(rig: CupRig, surface: SkinQuery): number {
  rimGaps(rig, surface);
  // Best plane through the rim gaps: g(θ) ≈ c + a·cosθ + b·sinθ (local x = cos, local z = sin).
  let a = 0;
  let b = 0;
  for (let k = 0; k < RIM_SAMPLES; k++) {
    const th = (k / RIM_SAMPLES) * Math.PI * 2;
    a += (_rimGap[k] as number) * Math.cos(th);
    b += (_rimGap[k] as number) * Math.sin(th);
  }
  a = (2 * a) / RIM_SAMPLES;
  b = (2 * b) / RIM_SAMPLES;
  // Tilt: the side standing off (+ gap) goes down towards the skin.
  const slope = Math.hypot(a, b) / rig.innerRadius;
  if (slope > 1e-4) {
    const ang = Math.min(Math.atan(slope), (25 * Math.PI) / 180);
    // Rotate about the local axis perpendicular to the direction (a, b) in the rim plane: the
    // rim at +(a, b) moves along −Y. Rotation axis (local) = (b, 0, −a)/|…| turns +X·a+Z·b down.
    _tilt.set(-b, 0, a).normalize().applyQuaternion(rig.quaternion);
    _rq.setFromAxisAngle(_tilt, -ang);
    rig.quaternion.premultiply(_rq);
  }
  let worst = rimGaps(rig, surface);
  _axis.set(0, 1, 0).applyQuaternion(rig.quaternion);
  // The skin's closest points move as the cup sinks: a few steps (each exact for a flat patch).
  for (let i = 0; i < 3 && worst > RIM_SEAT_M; i++) {
    rig.position.addScaledVector(_axis, -(worst - RIM_SEAT_M * 0.5));
    worst = rimGaps(rig, surface);
  }
  return worst;
}

/** Largest gap allowed between the rim and the skin after seating, metres. */
const RIM_SEAT_M = 0.001;

/** Where a hand takes hold of a cup, in the cup's parent space. */
export interface CupGrip {
  /** Centre of the cup's closed top: where the palm lies. */
  point: Vector3;
  /** The cup's axis (away from the skin): the palm faces against it. */
  normal: Vector3;
  /** The cup's front, on the skin: the way the fingers point. */
  forward: Vector3;
}

/**
 * The grip on a placed cup (call after placeCup): the hand holds the glass by its closed top,
 * palm on the top, fingers down round the bell — a hand placed at `point` with `normal` and
 * `forward` (e.g. HandRig.placeContact with the cupped shape) sits on the cup, not through it,
 * so it need not be drawn see-through. Writes into `out` (no allocation).
 */
export function cupGrip(rig: CupRig, out: CupGrip): CupGrip {
  rig.updateMatrix();
  out.normal.set(0, 1, 0).applyQuaternion(rig.quaternion);
  out.forward.set(0, 0, 1).applyQuaternion(rig.quaternion);
  out.point.copy(rig.position).addScaledVector(out.normal, rig.height);
  return out;
}

/** The glass: one closed lathe profile (rolled rim lip, outer wall up over a rounded top,
 * inner wall back down), vertex alpha higher on the thick rim. */
function buildGlass(R: number, H: number, wall: number): BufferGeometry {
  const lipR = wall * 0.8;
  const lipC = new Vector2(R - lipR, lipR);
  const y0 = lipR;
  const n = 30;
  const outerAt = (t: number): Vector2 => {
    const y = y0 + t * (H - y0);
    // a slight bell: bulges above the rim, rounds over at the top
    let r = R * (1 + 0.13 * Math.sin(Math.PI * Math.min(1, t / 0.8)));
    if (t > 0.55) r *= Math.pow(Math.max(0, 1 - Math.pow((t - 0.55) / 0.45, 3)), 1 / 3);
    return new Vector2(r, y);
  };
  const profile: Vector2[] = [];
  for (let i = 0; i <= 8; i++) {
    const a = Math.PI + (i / 8) * Math.PI;
    profile.push(new Vector2(lipC.x + lipR * Math.cos(a), lipC.y + lipR * Math.sin(a)));
  }
  for (let i = 1; i <= n; i++) profile.push(outerAt(i / n));
  for (let i = n; i >= 1; i--) {
    const p = outerAt(i / n);
    const t = i / n;
    const inner = new Vector2(p.x - wall, p.y - (t > 0.55 ? wall * Math.pow((t - 0.55) / 0.45, 2) : 0));
    if (inner.x > 0) profile.push(inner);
    else if (i === n || (profile[profile.length - 1] as Vector2).x > 0) profile.push(new Vector2(0, H - wall));
  }
  profile.push(new Vector2(lipC.x - lipR, lipC.y));
  const geo = new LatheGeometry(profile, 48);
  const pos = geo.attributes.position as Float32BufferAttribute;
  const col: number[] = [];
  for (let i = 0; i < pos.count; i++) {
    const y = pos.getY(i);
    // The thick rolled rim reads as a solid glass edge (near opaque, a little green-blue as
    // the edge of real glass is); the wall stays clear enough to show the dome through it.
    const rim = Math.exp(-y / 0.004);
    const top = Math.exp(-(H - y) / 0.006) * 0.5;
    const e = Math.max(rim, top);
    col.push(1 - 0.45 * e, 1 - 0.25 * e, 1 - 0.3 * e, 0.28 + 0.7 * e);
  }
  geo.setAttribute('color', new Float32BufferAttribute(col, 4));
  return geo;
}

/** A unit-height dome of skin of base radius r: steep where the rim holds the skin, rounded
 * on top: y = (1 - (ρ/r)^2.4)^0.75. */
function buildDome(r: number): BufferGeometry {
  const prof: Vector2[] = [];
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const t = i / n; // 0 at the top
    const rho = r * Math.sin((t * Math.PI) / 2);
    prof.push(new Vector2(rho, Math.pow(Math.max(0, 1 - (rho / r) ** 2.4), 0.75)));
  }
  return new LatheGeometry(prof, 40);
}

/** Adds a fresnel term to a transparent material: opacity rises towards grazing angles. */
function addFresnel(m: MeshPhysicalMaterial, strength: number): void {
  m.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace(
      '#include <opaque_fragment>',
      `{
        float fres = pow(1.0 - abs(dot(normalize(normal), normalize(vViewPosition))), 3.0);
        diffuseColor.a = clamp(diffuseColor.a + fres * ${strength.toFixed(3)}, 0.0, 1.0);
        outgoingLight += vec3(0.85, 0.95, 1.0) * (fres * ${(strength * 0.35).toFixed(3)});
        // a window-like highlight streak down one side (reads as polished glass)
        vec3 nv = normalize(normal);
        float band = smoothstep(0.25, 0.42, nv.x) * (1.0 - smoothstep(0.5, 0.68, nv.x)) * smoothstep(-0.4, 0.1, nv.y);
        diffuseColor.a = clamp(diffuseColor.a + band * ${(strength * 0.6).toFixed(3)}, 0.0, 1.0);
        outgoingLight += vec3(band * ${(strength * 0.9).toFixed(3)});
      }
      #include <opaque_fragment>`,
    );
  };
  m.customProgramCacheKey = () => `cup-fresnel-${strength}`;
}
