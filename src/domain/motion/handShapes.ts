/**
 * Hand shapes of the massage actors: pure data (no three, no React).
 *
 * HAND-LOCAL FRAME (all data below; written for the RIGHT hand, the left hand is its mirror
 * image x → -x, which the rig applies):
 * - origin at the centre of the wrist joint, metres;
 * - +Y runs from the wrist towards the finger tips (along the middle finger's metacarpal);
 * - +Z is DORSAL (the back of the hand), -Z is PALMAR (the palm faces -Z);
 * - +X is the ULNAR side (little finger), so the thumb is on -X.
 *
 * BONE FRAMES: every digit bone has its origin at its proximal joint, +Y along the bone
 * (towards the tip), +Z dorsal (nail side), -Z palmar (pad side). Flexion turns +Y towards -Z.
 *
 * CONTACT FRAME of a shape: the point of the hand that touches the skin, given as a weighted
 * average of points fixed to bones (so it follows the joints as the shape changes), plus
 * - `normal`: the unit direction that must FACE THE SKIN (it points from the hand into the
 *   skin; the rig turns the hand so this direction equals -skinNormal), expressed in the frame
 *   of `normal.frame` (the hand frame or one bone's frame);
 * - `forward`: a hand-frame direction that the rig lines up with the path's forward direction
 *   (after projecting both onto the skin's tangent plane). For most shapes it is +Y (fingers
 *   point along the stroke).
 */

export type Vec3 = readonly [number, number, number];

export const HAND_SHAPES_LIST = [
  'flat',
  'fist',
  'thumb-press',
  'fingertip-press',
  'palm-edge',
  'cupped',
  'knead',
] as const;
export type HandShape = (typeof HAND_SHAPES_LIST)[number];

export const FINGERS = ['index', 'middle', 'ring', 'little'] as const;
export type Finger = (typeof FINGERS)[number];

/** Bones of the hand rig. 'palm' is the hand frame itself; 'palmUlnar' carries the ring and
 * little metacarpals (it turns about +Y to arch the palm); digit bones are numbered 1..3 from
 * the palm (finger: proximal, middle, distal phalanx; thumb: metacarpal, proximal, distal). */
export type HandBone =
  | 'palm'
  | 'palmUlnar'
  | 'forearm'
  | `${Finger}${1 | 2 | 3}`
  | `thumb${1 | 2 | 3}`;

/** Every joint angle of a hand shape, radians.
 * - `<finger>Mcp|Pip|Dip`: flexion (positive curls towards the palm);
 * - `<finger>Spread`: abduction at the MCP in the palm plane, positive AWAY from the middle
 *   finger (for the middle finger positive is towards the thumb);
 * - `thumbCmcFlex`: thumb metacarpal swings across the palm (towards the little finger);
 * - `thumbCmcAbd`: palmar abduction (thumb lifts out of the palm plane, towards -Z);
 * - `thumbCmcRoll`: opposition roll of the thumb about its own axis (pad turns to the fingers);
 * - `thumbMcp`, `thumbIp`: flexion;
 * - `palmArch`: ulnar half of the palm folds palmar (cupping the palm);
 * - `wristExt`: wrist extension (the forearm rises dorsally, towards +Z, away from the palm's
 *   plane; a palm flat on the skin then has its forearm lifted off the skin);
 * - `wristDev`: ulnar deviation of the hand; seen in the hand frame the forearm swings towards
 *   the thumb side (-X). Used by 'palm-edge' to lift the forearm off the skin. */
export const HAND_JOINTS = [
  'indexMcp',
  'indexPip',
  'indexDip',
  'indexSpread',
  'middleMcp',
  'middlePip',
  'middleDip',
  'middleSpread',
  'ringMcp',
  'ringPip',
  'ringDip',
  'ringSpread',
  'littleMcp',
  'littlePip',
  'littleDip',
  'littleSpread',
  'thumbCmcFlex',
  'thumbCmcAbd',
  'thumbCmcRoll',
  'thumbMcp',
  'thumbIp',
  'palmArch',
  'wristExt',
  'wristDev',
] as const;
export type HandJoint = (typeof HAND_JOINTS)[number];
export type HandAngles = Record<HandJoint, number>;

export interface ContactAnchor {
  bone: HandBone;
  /** Point in the bone's frame, metres. */
  offset: Vec3;
  /** Weights of a contact's anchors sum to 1. */
  weight: number;
}

export interface ContactDef {
  anchors: readonly ContactAnchor[];
  /** Direction facing the skin (unit), in the frame of `frame`. */
  normal: { frame: HandBone; dir: Vec3 };
  /** Hand-frame direction lined up with the stroke's forward direction. */
  forward: Vec3;
  /** Optional: the contact point lies this far (metres) from the anchors' centroid along
   * `normal` (into the skin). Kneading uses it: the pads grip a fold of skin that rises
   * between them, so they sit below the skin line by about this much. Default 0. */
  sink?: number;
  /** How the posed hand follows a curved skin (see scene/actors/conformHand.ts). */
  conform?: ConformDef;
}

/** A digit of the hand. */
export type Digit = Finger | 'thumb';

/** A point fixed to a bone (its frame, metres). */
export interface BonePoint {
  bone: HandBone;
  offset: Vec3;
}

/**
 * How a shape meets a CURVED skin (DESIGN §8): the hand first turns about its contact point so
 * the `fit` points (parts of the palm or of the fist that must touch) lie on the skin as well
 * as they can, then every `touch` digit bends joint by joint (proximal first) until each
 * segment's palmar end meets the skin, and every other digit (and the forearm) is bent away
 * where it would go into the skin.
 */
export interface ConformDef {
  /** Points that must touch, moved only by turning the whole hand (2–5 points). */
  fit: readonly BonePoint[];
  /** Digits whose every segment follows the skin. */
  touch: readonly Digit[];
  /** 'flex': every segment of a touching digit follows the skin (MCP, PIP, DIP: a flat hand);
   * 'pad': only the pad is brought onto the skin, by the MCP (the digit arches: a grip);
   * 'spread': the little finger abducts at its MCP (its ulnar side faces the skin: the edge). */
  bend: 'flex' | 'pad' | 'spread';
  /** Digits kept off the skin (bent away at their MCP where they would go into it). */
  clear: readonly Digit[];
  /** Cost of turning the whole hand in the fit (regularisation, m²/rad²); default 2e-5. A fist
   * touches with three points nearly in line: turning it freely would roll it off its flats. */
  turnCost?: number;
  /** Largest turn of the fit about the skin normal (the heading the engine chose from where the
   * therapist stands), radians; default 0. An edge settles along the curve with some. */
  maxYaw?: number;
  /** True when the palm does not touch (presses with a thumb or fingertips, a grip): the hand
   * is tipped about its contact where the palm would go into the skin. */
  palmClear?: boolean;
  /** Where fitted points and gripping pads aim above the skin, before half the pressure dent
   * is taken off (m); default 1.2 mm. Fingertips and pads that meet the skin steeply aim a
   * little higher, so the rest of the last phalanx stays out of the skin. */
  fitOffset?: number;
  /** The first `core` fit points are the parts the shape presses with (a flat hand: heel and
   * palm centre); the others only steady the fit. The core points weigh more in the fit, the
   * misses are shared between them alone, and the other points may lie above the skin (a rigid
   * palm on a ridge) but never deeper than the dent + 3.2 mm. Default: all points are core. */
  core?: number;
}

export interface HandShapeDef {
  name: HandShape;
  angles: Readonly<HandAngles>;
  contact: ContactDef;
}

/** A possibly blended pose: angles plus the two contact frames being blended (the rig
 * evaluates both on the current angles and interpolates them by `contactT`). */
export interface HandPose {
  angles: HandAngles;
  contactA: ContactDef;
  contactB: ContactDef;
  contactT: number;
}

// --- geometry of the hand (shared by the rig and the contact anchors) --------------------

export interface DigitGeometry {
  /** Proximal joint (MCP, or CMC for the thumb) in the hand frame (the palm arch bone for
   * ring/little: same point at rest). */
  base: Vec3;
  /** Joint-to-joint lengths of the three segments; the last one runs to the tip. */
  lengths: readonly [number, number, number];
  /** Half-width of the digit at its base and near its tip. */
  radius: readonly [number, number];
}

export interface HandGeometry {
  palm: {
    /** Half-width across the palm at the wrist and at the knuckles. */
    halfWidthWrist: number;
    halfWidthKnuckles: number;
    /** Dorsal and palmar half-thickness at mid palm. */
    halfThicknessDorsal: number;
    halfThicknessPalmar: number;
  };
  fingers: Readonly<Record<Finger, DigitGeometry>>;
  thumb: DigitGeometry & {
    /** Rest direction of the thumb metacarpal (hand frame) and of its nail side. */
    direction: Vec3;
    dorsal: Vec3;
  };
  forearm: { length: number; halfWidth: number; halfThickness: number };
  /** Dorsal/palmar half-thickness of a digit as a fraction of its half-width. */
  digitDorsal: number;
  digitPalmar: number;
}

/** An adult hand of medium size: wrist crease to middle tip ≈ 18.6 cm, palm ≈ 8.5 cm wide. */
export const HAND_GEOMETRY: HandGeometry = {
  palm: {
    halfWidthWrist: 0.029,
    halfWidthKnuckles: 0.0415,
    halfThicknessDorsal: 0.0105,
    halfThicknessPalmar: 0.0135,
  },
  fingers: {
    index: { base: [-0.0298, 0.0905, 0.0005], lengths: [0.0405, 0.0245, 0.0215], radius: [0.0098, 0.0076] },
    middle: { base: [-0.0098, 0.0945, 0.001], lengths: [0.0445, 0.0275, 0.0225], radius: [0.0101, 0.0078] },
    ring: { base: [0.0106, 0.0905, 0.0005], lengths: [0.0415, 0.0262, 0.0215], radius: [0.0093, 0.0072] },
    little: { base: [0.0288, 0.0815, -0.0005], lengths: [0.0325, 0.0195, 0.0185], radius: [0.0082, 0.0064] },
  },
  thumb: {
    base: [-0.0235, 0.021, -0.001],
    lengths: [0.045, 0.032, 0.0275],
    radius: [0.0125, 0.0088],
    direction: [-0.56, 0.82, -0.08],
    dorsal: [-0.6, 0, 0.8],
  },
  forearm: { length: 0.13, halfWidth: 0.0285, halfThickness: 0.0165 },
  digitDorsal: 0.8,
  digitPalmar: 0.92,
};

// --- contact points on the surface ------------------------------------------------------

/** The centre of a finger pad (palmar side of the tip) in the distal bone's frame. */
function padOf(finger: Finger | 'thumb'): Vec3 {
  const g = finger === 'thumb' ? HAND_GEOMETRY.thumb : HAND_GEOMETRY.fingers[finger];
  const r = g.radius[1];
  return [0, g.lengths[2] - 0.8 * r, -HAND_GEOMETRY.digitPalmar * r * 1.02];
}

/** The very tip of a digit (end of the distal bone, slightly on the pad side). */
function tipOf(finger: Finger | 'thumb'): Vec3 {
  const g = finger === 'thumb' ? HAND_GEOMETRY.thumb : HAND_GEOMETRY.fingers[finger];
  const r = g.radius[1];
  return [0, g.lengths[2] - 0.22 * r, -0.55 * r];
}

/** The dorsal surface of a proximal phalanx, halfway along (the flat of a fist). */
function knuckleFlatOf(finger: Finger): Vec3 {
  const g = HAND_GEOMETRY.fingers[finger];
  return [0, g.lengths[0] * 0.12, HAND_GEOMETRY.digitDorsal * g.radius[0] * 1.08];
}

const HAND_FRAME: HandBone = 'palm';

/** Half-width of the palm at height y of the hand frame (the mesh's outline, handRig.ts). */
function palmHalfWidth(y: number): number {
  const t = Math.min(1, Math.max(0, (y + 0.01) / 0.082));
  const P = HAND_GEOMETRY.palm;
  return P.halfWidthWrist + (P.halfWidthKnuckles - P.halfWidthWrist) * t * t * (3 - 2 * t);
}

/** A point of the ulnar border of the palm at height y (palmUlnar frame: origin at x = 4 mm). */
function ulnarEdgeAt(y: number): BonePoint {
  const P = HAND_GEOMETRY.palm;
  return { bone: 'palmUlnar', offset: [P.halfWidthKnuckles * 0.93 - 0.0012 - (P.halfWidthKnuckles - palmHalfWidth(y)) * 0.93, y, -0.004] };
}

const PALMAR = -HAND_GEOMETRY.palm.halfThicknessPalmar;
/** The palmar skin of the palm: heel, and the pads under the radial and ulnar knuckles. */
const PALM_HEEL: BonePoint = { bone: 'palm', offset: [0.002, 0.014, PALMAR - 0.0008] };
const PALM_KNUCKLE_RADIAL: BonePoint = { bone: 'palm', offset: [-0.024, 0.08, PALMAR - 0.0012] };
const PALM_KNUCKLE_ULNAR: BonePoint = { bone: 'palmUlnar', offset: [0.02, 0.076, PALMAR - 0.0012] };
const pt = (bone: HandBone, offset: Vec3): BonePoint => ({ bone, offset });

// --- the shapes -------------------------------------------------------------------------

const DEG = Math.PI / 180;

function angles(spec: Partial<Record<HandJoint, number>>): Readonly<HandAngles> {
  const out = {} as HandAngles;
  for (const j of HAND_JOINTS) out[j] = (spec[j] ?? 0) * DEG;
  return Object.freeze(out);
}

/** Finger joints helper, degrees: [mcp, pip, dip, spread] per finger. */
function fingers(
  spec: Record<Finger, readonly [number, number, number, number]>,
): Partial<Record<HandJoint, number>> {
  const out: Partial<Record<HandJoint, number>> = {};
  for (const f of FINGERS) {
    const [mcp, pip, dip, spread] = spec[f];
    out[`${f}Mcp`] = mcp;
    out[`${f}Pip`] = pip;
    out[`${f}Dip`] = dip;
    out[`${f}Spread`] = spread;
  }
  return out;
}

function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

export const HAND_SHAPES: Readonly<Record<HandShape, HandShapeDef>> = {
  flat: {
    name: 'flat',
    angles: angles({
      ...fingers({ index: [3, 2, 1, 1], middle: [3, 2, 1, 0], ring: [3, 2, 1, 1], little: [4, 3, 2, 3] }),
      // a massage palm: fingers together, thumb resting alongside the index
      thumbCmcFlex: 13,
      thumbCmcAbd: -8,
      thumbCmcRoll: -10,
      thumbMcp: 4,
      thumbIp: 4,
      wristExt: 32,
    }),
    contact: {
      anchors: [{ bone: 'palm', offset: [0.002, 0.05, -HAND_GEOMETRY.palm.halfThicknessPalmar - 0.0012], weight: 1 }],
      normal: { frame: HAND_FRAME, dir: [0, 0, -1] },
      forward: [0, 1, 0],
      conform: {
        fit: [
          PALM_HEEL,
          pt('palm', [0.002, 0.05, PALMAR - 0.0012]),
          PALM_KNUCKLE_RADIAL,
          PALM_KNUCKLE_ULNAR,
          pt('palm', [-0.022, 0.05, PALMAR - 0.0005]),
          pt('palmUlnar', [0.018, 0.05, PALMAR - 0.0005]),
          // the corners of the heel (hypothenar, thenar): kept out of the body
          pt('palm', [0.02, 0.025, PALMAR - 0.0005]),
          pt('palm', [-0.02, 0.025, PALMAR - 0.0005]),
        ],
        core: 2,
        touch: ['index', 'middle', 'ring', 'little'],
        bend: 'flex',
        clear: ['thumb'],
      },
    },
  },
  fist: {
    name: 'fist',
    angles: angles({
      ...fingers({
        // MCPs levelled so the three touching flats lie near one plane (the middle metacarpal is
        // the longest: its knuckle would stand out 4 mm and the fist would rock on it)
        // index and ring opened a little more: across a rounded back the middle knuckle stood
        // 1.5–3 mm deeper than the dent while the outer two floated 3–4 mm off the skin; opened
        // again (76/77 → 67/68) for a fist set down with no dent yet on the rounded erector
        // (the middle knuckle 1.1 mm in, the outer two 3.5 mm off)
        index: [67, 108, 78, 0],
        middle: [97, 106, 76, 0],
        ring: [68, 110, 76, 0],
        little: [95, 108, 74, 2],
      }),
      thumbCmcFlex: 7,
      thumbCmcAbd: 45,
      thumbCmcRoll: -57,
      thumbMcp: 21,
      thumbIp: 83,
      palmArch: 8,
      wristExt: 0,
    }),
    contact: {
      anchors: [
        { bone: 'index1', offset: knuckleFlatOf('index'), weight: 0.3 },
        { bone: 'middle1', offset: knuckleFlatOf('middle'), weight: 0.4 },
        { bone: 'ring1', offset: knuckleFlatOf('ring'), weight: 0.3 },
      ],
      normal: { frame: HAND_FRAME, dir: normalize([0, 0.87, 0.5]) },
      forward: [0, 0, -1],
      conform: {
        fit: (['index', 'middle', 'ring'] as const).map((f) => pt(`${f}1`, knuckleFlatOf(f))),
        touch: [],
        bend: 'flex',
        clear: [],
        turnCost: 1e-4,
      },
    },
  },
  'thumb-press': {
    name: 'thumb-press',
    angles: angles({
      ...fingers({ index: [28, 38, 18, 8], middle: [28, 38, 18, 2], ring: [30, 40, 20, 8], little: [32, 42, 22, 14] }),
      thumbCmcFlex: 14,
      thumbCmcAbd: 34,
      thumbCmcRoll: 18,
      thumbMcp: -2,
      thumbIp: 0,
      wristExt: 18,
    }),
    contact: {
      anchors: [{ bone: 'thumb3', offset: padOf('thumb'), weight: 1 }],
      normal: { frame: HAND_FRAME, dir: normalize([0.189, -0.296, -0.937]) },
      forward: [0, 1, 0],
      conform: { fit: [], touch: [], bend: 'flex', clear: ['index', 'middle', 'ring', 'little'], palmClear: true },
    },
  },
  'fingertip-press': {
    name: 'fingertip-press',
    angles: angles({
      // index and middle stand side by side on their tips, at one height, fingers together; the
      // last phalanges steep (≥ 60° to the skin, the longer middle finger straighter at its MCP
      // and bent at its PIP) so no phalanx lies in the skin behind the tip
      // (tests/unit/motion/shapeFingertip.test.ts)
      ...fingers({ index: [36, 22, 0, -3], middle: [20, 52, 6, 0], ring: [75, 100, 60, 2], little: [78, 100, 60, 4] }),
      thumbCmcFlex: 19,
      thumbCmcAbd: 18,
      thumbCmcRoll: -49,
      thumbMcp: 5,
      thumbIp: 5,
      palmArch: 6,
      wristExt: 10,
    }),
    contact: {
      anchors: [
        { bone: 'index3', offset: tipOf('index'), weight: 0.5 },
        { bone: 'middle3', offset: tipOf('middle'), weight: 0.5 },
      ],
      normal: { frame: HAND_FRAME, dir: normalize([0, 0.6, -0.8]) },
      forward: [0, 1, 0],
      conform: { fit: [pt('index3', tipOf('index')), pt('middle3', tipOf('middle'))], touch: [], bend: 'flex', clear: ['ring', 'little', 'thumb'], palmClear: true, fitOffset: 0.0024 },
    },
  },
  'palm-edge': {
    name: 'palm-edge',
    angles: angles({
      // the ring finger drawn in towards the middle one: it is longer than the little finger and
      // would reach past its tip into a skin that rises ahead (tests/unit/motion/shapeEdge.test.ts);
      // −5 → −8° for the edge stroke on the lumbar curve (tests/unit/motion/shapeSamples.test.ts);
      // and a little more curled (7/7/3 → 12/12/5°): chops at L3–L5 with the fingers over the rise
      // of the sacrum put its last phalanx 3.1–3.2 mm in the body once the little finger cleared
      // it (conformHand's edge; tests/unit/motion/shapeEdgeFingers.test.ts)
      ...fingers({ index: [6, 6, 3, -1], middle: [6, 6, 3, 0], ring: [12, 12, 5, -8], little: [8, 8, 4, -2] }),
      thumbCmcFlex: 14,
      thumbCmcAbd: -2,
      thumbCmcRoll: -10,
      thumbMcp: 6,
      thumbIp: 5,
      palmArch: 4,
      wristExt: 5,
      wristDev: 15,
    }),
    contact: {
      anchors: [
        { bone: 'palmUlnar', offset: [HAND_GEOMETRY.palm.halfWidthKnuckles * 0.93 - 0.0012, 0.05, -0.004], weight: 1 },
      ],
      normal: { frame: HAND_FRAME, dir: [1, 0, 0] },
      forward: [0, 1, 0],
      conform: { fit: [ulnarEdgeAt(0.02), ulnarEdgeAt(0.05), ulnarEdgeAt(0.075)], touch: ['little'], bend: 'spread', clear: [], maxYaw: 0.45 /* the edge may settle along the curve (as before) */ },
    },
  },
  cupped: {
    name: 'cupped',
    angles: angles({
      ...fingers({ index: [22, 28, 14, 0], middle: [22, 28, 14, 0], ring: [24, 30, 15, 0], little: [26, 32, 16, 1] }),
      thumbCmcFlex: 21,
      thumbCmcAbd: 9,
      thumbCmcRoll: 15,
      thumbMcp: 0,
      thumbIp: 0,
      palmArch: 16,
      wristExt: 25,
    }),
    contact: {
      anchors: [
        { bone: 'palm', offset: [0.004, 0.012, -HAND_GEOMETRY.palm.halfThicknessPalmar - 0.003], weight: 0.4 },
        { bone: 'index3', offset: padOf('index'), weight: 0.15 },
        { bone: 'middle3', offset: padOf('middle'), weight: 0.15 },
        { bone: 'ring3', offset: padOf('ring'), weight: 0.15 },
        { bone: 'thumb3', offset: padOf('thumb'), weight: 0.15 },
      ],
      normal: { frame: HAND_FRAME, dir: normalize([-0.186, -0.246, -0.951]) },
      forward: [0, 1, 0],
    },
  },
  knead: {
    name: 'knead',
    angles: angles({
      // fingers curled only so far that their last phalanges stand on the fold, pads towards the
      // thumb (more, and the conform's MCP hooks the middle tip into the skin); the thumb comes
      // across the palm to close the grip (tests/unit/motion/shapeKnead.test.ts); the index less
      // curled at PIP/DIP and more at the MCP (50/32/10) so its pad reaches the skin at the squeeze
      // (at 42/40/12 it sat at the bottom of its arc about the MCP, 3–4 mm up:
      // tests/unit/motion/shapeKneadPad.test.ts; 42/32/10 reached it too but moved the grip's
      // contact point 1 mm nearer the spine, the kneading palms to 7.9 cm: describeStep.test), the
      // little finger not spread (was 5°) so it does not reach nearer the spine half-way into the
      // grip; the thumb's IP slightly hyperextended (−6°, was 0°) so its last phalanx pressing the
      // fold stays out of the body (fx-classic: 3.4 mm past the dent)
      ...fingers({ index: [50, 32, 10, 2], middle: [44, 40, 12, 0], ring: [46, 40, 12, 2], little: [48, 40, 12, 0] }),
      thumbCmcFlex: -5,
      thumbCmcAbd: 36,
      thumbCmcRoll: -46,
      thumbMcp: 16,
      thumbIp: -6,
      palmArch: 10,
      wristExt: 20,
    }),
    contact: {
      anchors: [
        { bone: 'thumb3', offset: padOf('thumb'), weight: 0.5 },
        { bone: 'index3', offset: padOf('index'), weight: 0.25 },
        { bone: 'middle3', offset: padOf('middle'), weight: 0.25 },
      ],
      normal: { frame: HAND_FRAME, dir: normalize([0.076, -0.229, -0.97]) },
      forward: [0, 1, 0],
      sink: 0.009,
      conform: {
        fit: [pt('thumb3', padOf('thumb')), pt('index3', padOf('index')), pt('middle3', padOf('middle')), pt('ring3', padOf('ring'))],
        touch: ['thumb', 'index', 'middle', 'ring', 'little'],
        bend: 'pad',
        clear: [],
        palmClear: true,
        fitOffset: 0.0022,
      },
    },
  },
};

/** A new pose object holding `shape` (allocate once, then blend into it every frame). */
export function createHandPose(shape: HandShape = 'flat'): HandPose {
  const def = HAND_SHAPES[shape];
  return { angles: { ...def.angles }, contactA: def.contact, contactB: def.contact, contactT: 0 };
}

/**
 * Blends two shapes into `out` (no allocation): angles are interpolated linearly, the contact
 * frames are kept as a pair with weight `t` (clamped to [0, 1]) for the rig to interpolate
 * after evaluating both on the blended angles. Returns `out`.
 */
export function blendShapes(
  a: HandShape | HandShapeDef,
  b: HandShape | HandShapeDef,
  t: number,
  out: HandPose,
): HandPose {
  const da = typeof a === 'string' ? HAND_SHAPES[a] : a;
  const db = typeof b === 'string' ? HAND_SHAPES[b] : b;
  const k = t <= 0 ? 0 : t >= 1 ? 1 : t;
  const aa = da.angles;
  const ab = db.angles;
  const o = out.angles;
  for (let i = 0; i < HAND_JOINTS.length; i++) {
    const j = HAND_JOINTS[i] as HandJoint;
    o[j] = aa[j] + (ab[j] - aa[j]) * k;
  }
  out.contactA = da.contact;
  out.contactB = db.contact;
  out.contactT = k;
  return out;
}
