/**
 * The technique file format of Handpath: one massage technique per JSON file in
 * `data/techniques/`. This module is the single source of truth: the TypeScript types below are
 * inferred from the zod schemas, and `data/schema/technique.schema.json` is generated from them
 * (`npm run schema`).
 *
 * Do not call `TechniqueSchema.parse` directly: use `parseTechnique` (./parse.ts), the only gate,
 * which turns zod issues into errors that name the file, the JSON path, what was expected and what
 * was found.
 *
 * ## Conventions (read these before writing a compiler against the types)
 *
 * - JSON keys are snake_case and carry their unit: `duration_s`, `hold_s`, `lateral_cm`,
 *   `radius_cm`, `duration_min`.
 * - Nothing is xyz. A point is anchored on ONE of
 *   - a vertebral `level` ('T10'…'L5', 'S1'…'S4'): the skin over the tip of that vertebra's
 *     spinous process (the bony midline bump), optionally moved to `at: 'lower-border'` of the
 *     process (about a third of the way down to the next level);
 *   - a `landmark` id (see LANDMARK_IDS; paired landmarks may be written without '-left'/'-right'
 *     and then take the side of the point / step);
 *   - a named `acupoint` ('BL23', 'GB30', …) defined in `data/anatomy/acupoints.json`.
 *   From the anchor the point moves `lateral_cm` (or `lateral_cun`; 1 cun = the body's proportional back cun, 2.17 cm on the model) away
 *   from the midline and `vertical_cm` up (+, towards the head) or down (−).
 * - Sides. A point may carry an absolute `side` ('left' | 'right', the patient's sides, which are
 *   also the viewer's sides when looking at the back). A point without `side` is *relative*: it
 *   takes the side from its step's `side`; `side: 'both'` on a step means the step is done on the
 *   left and on the right (mirrored; simultaneously when `hands` is 'both', otherwise one side
 *   after the other). A point with lateral offset 0 on a level is on the midline.
 *   Use `resolvePoint` (./points.ts) to turn a point into a signed, normalised form.
 * - Paths (`PathSpec`) are discriminated on `shape`: polyline, zigzag, spiral, circle, band.
 *   The order of polyline points is the direction of the stroke.
 * - Steps (`Step`) are discriminated on `move`. Each move has only the fields it needs.
 * - Timing: a technique has a real `duration_min`. Cyclic steps carry `tempo`: either the whole
 *   step's `duration_s` or `cycles_per_min` (a cycle = one repetition: one back-and-forth, one
 *   circle, one stroke, one press-and-pull). Presses carry `hold_s`. Preparation moves carry
 *   `duration_s`. `stepDurationS` (./duration.ts) gives the real duration of any step.
 * - Defaults are filled in by the gate, so a parsed `Technique` always has `side`, `hands` and
 *   the move-specific defaults set.
 */
import { z } from 'zod';
import { VERTEBRAL_LEVELS } from '../anatomy/types';
import { PRECAUTION_IDS } from '../safety/ids';
import { BAND_EDGES, LINE_IDS, bandEdgeRank } from './landmarks';

/**
 * Version of the technique file format written in `format_version`. Version 1 files are still
 * read: the gate migrates them (./migrate.ts); they may not use the fields and moves that came
 * with version 2 (positions, the new contacts and moves, ramps, static cups, the new landmarks).
 */
export const TECHNIQUE_FORMAT_VERSION = 2;
/** Every version the gate reads. */
export const FORMAT_VERSIONS = [1, 2] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];

/**
 * How the person lies or sits (DESIGN.md §7): face-down on the table (default), on the left or
 * right side (a pillow between the knees: late pregnancy, or when lying face-down is not
 * possible), or seated leaning forward on a support (a massage chair).
 */
export const POSITIONS = ['prone', 'side-lying-left', 'side-lying-right', 'seated'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * Where the therapist stands for a step (format 2): at the person's left or right side of the
 * table, at its head end or its foot end (for a seated person: behind the chair is 'foot').
 * Both arms come from there. Omitted: a default per move (src/domain/motion/stance.ts).
 */
export const THERAPIST_PLACES = ['left', 'right', 'head', 'foot'] as const;
export type TherapistPlace = (typeof THERAPIST_PLACES)[number];

/** Default length of one cun (the width of the patient's thumb) in cm. 1.5 cun ≈ 3 cm. */
export const DEFAULT_CUN_CM = 2;

export const MASSAGE_TYPES = ['classic', 'point', 'cupping', 'thai', 'honey'] as const;
export type MassageType = (typeof MASSAGE_TYPES)[number];

export const BODY_REGIONS = ['thoracic', 'lumbar', 'sacral', 'gluteal'] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

/** Who the technique is for: a patient (gentle, self/partner use), a student, a therapist. */
export const AUDIENCE_LEVELS = ['patient', 'student', 'therapist'] as const;
export type AudienceLevel = (typeof AUDIENCE_LEVELS)[number];

export const MOVES = [
  'apply-oil',
  'apply-honey',
  'set-cup',
  'rub',
  'circular-rub',
  'knead-palm',
  'knead-fist',
  'point-press',
  'palm-press',
  'edge-of-palm-stroke',
  'effleurage',
  'cup-glide',
  'honey-press-pull',
  'wringing',
  'percussion',
  'vibration',
  'stretch',
  'remove-cup',
] as const;
/** Moves that came with format version 2. */
export const V2_MOVES: readonly MoveName[] = ['wringing', 'percussion', 'vibration', 'stretch', 'remove-cup'];
export type MoveName = (typeof MOVES)[number];

export const PATH_SHAPES = ['polyline', 'zigzag', 'spiral', 'circle', 'band', 'line'] as const;
export type PathShape = (typeof PATH_SHAPES)[number];

/**
 * Landmarks teachers name that the domain derives from the generated ones (./landmarks.ts):
 * the 12th rib (its angle beside the erectors and its tip), the middle and the outer edge of the
 * buttock, the gluteal fold. Paired. Format version 2.
 */
export const DERIVED_LANDMARKS = [
  'rib-12-angle',
  'rib-12-tip',
  'buttock-middle',
  'buttock-outer-edge',
  'gluteal-fold',
] as const;
export type DerivedLandmark = (typeof DERIVED_LANDMARKS)[number];

/** Paired landmarks, written '<base>-left' / '<base>-right' (or just '<base>' = side of the point). */
export const PAIRED_LANDMARKS = ['iliac-crest-top', 'psis', 'greater-trochanter', ...DERIVED_LANDMARKS] as const;
/** Midline landmarks besides the vertebrae. */
export const MIDLINE_LANDMARKS = ['sacral-hiatus', 'coccyx'] as const;

/** Landmark ids a point may be anchored on (the ids of data/anatomy/landmarks.json). */
export const LANDMARK_IDS = [
  ...VERTEBRAL_LEVELS,
  ...PAIRED_LANDMARKS,
  'iliac-crest-top-left',
  'iliac-crest-top-right',
  'psis-left',
  'psis-right',
  'greater-trochanter-left',
  'greater-trochanter-right',
  ...MIDLINE_LANDMARKS,
  ...DERIVED_LANDMARKS.flatMap((d) => [`${d}-left` as const, `${d}-right` as const]),
] as const;
export type LandmarkId = (typeof LANDMARK_IDS)[number];

/** Named acupoints of data/anatomy/acupoints.json (a unit test keeps the two in step). */
export const ACUPOINT_IDS = [
  'BL23',
  'BL25',
  'BL52',
  'GV4',
  'BL31',
  'BL32',
  'BL33',
  'BL34',
  'GB30',
] as const;
export type AcupointId = (typeof ACUPOINT_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const MAX_TEXT = 2000;

/** Text in English and Russian. Both are required and non-empty. */
export const LocalizedTextSchema = z
  .strictObject({
    en: z.string().trim().min(1).max(MAX_TEXT).describe('English text'),
    ru: z
      .string()
      .trim()
      .min(1)
      .max(MAX_TEXT)
      .describe('Russian text (real Russian, not a transliteration)'),
  })
  .describe('Text in English and Russian')
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const VertebralLevelSchema = z
  .enum(VERTEBRAL_LEVELS)
  .describe('Vertebral level: T10…T12, L1…L5, S1…S4 (skin over the spinous process tip)');

/** Absolute side of a point (the patient's side). */
export const PointSideSchema = z.enum(['left', 'right']);
export type PointSide = z.infer<typeof PointSideSchema>;

/** Side(s) a step is done on. */
export const StepSideSchema = z.enum(['left', 'right', 'both']);
export type StepSide = z.infer<typeof StepSideSchema>;

/** Which hands do the move. */
export const HandsSchema = z.enum(['both', 'left', 'right', 'alternating']);
export type Hands = z.infer<typeof HandsSchema>;

export const PressureSchema = z.enum(['light', 'medium', 'firm']);
export type Pressure = z.infer<typeof PressureSchema>;

export const SuctionSchema = z.enum(['light', 'medium', 'strong']);
export type Suction = z.infer<typeof SuctionSchema>;

export const RotationSchema = z
  .enum(['clockwise', 'counterclockwise'])
  .describe('Sense of rotation as seen by a viewer looking at the back');
export type Rotation = z.infer<typeof RotationSchema>;

const cm = (max: number) => z.number().min(0).max(max);

/**
 * A point on the back, anchored anatomically (never xyz). Exactly one anchor: `level`,
 * `landmark` or `acupoint`; at most one of `lateral_cm` / `lateral_cun` (default 0).
 */
export const AnatomicalPointSchema = z
  .strictObject({
    level: VertebralLevelSchema.optional(),
    at: z
      .enum(['spinous-process', 'lower-border'])
      .optional()
      .describe('With `level`: the tip of the spinous process (default) or its lower border'),
    landmark: z
      .enum(LANDMARK_IDS)
      .optional()
      .describe('Anchor on a landmark of data/anatomy/landmarks.json'),
    acupoint: z
      .enum(ACUPOINT_IDS)
      .optional()
      .describe('Anchor on a named acupoint of data/anatomy/acupoints.json'),
    lateral_cm: z
      .number()
      .min(-30)
      .max(30)
      .optional()
      .describe(
        'Distance from the anchor away from the midline, cm (negative = towards it; only with a landmark)',
      ),
    lateral_cun: z
      .number()
      .min(-15)
      .max(15)
      .optional()
      .describe('Same as lateral_cm, in cun (the proportional back cun: midline to the medial border of the scapula = 3 cun; 2.17 cm on the model)'),
    vertical_cm: z
      .number()
      .min(-30)
      .max(30)
      .optional()
      .describe('Shift up (+, towards the head) or down (−), cm'),
    side: PointSideSchema.optional().describe(
      'Absolute side; omit to take the side from the step (both = mirrored on left and right)',
    ),
  })
  .superRefine((p, ctx) => {
    const anchors = (['level', 'landmark', 'acupoint'] as const).filter((k) => p[k] !== undefined);
    if (anchors.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'a point needs an anchor: one of "level", "landmark" or "acupoint"',
        path: [],
      });
    } else if (anchors.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a point has exactly one anchor, found ${anchors.map((a) => `"${a}"`).join(' and ')}`,
        path: [anchors[1] as string],
      });
    }
    if (p.lateral_cm !== undefined && p.lateral_cun !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'give the lateral offset once: "lateral_cm" or "lateral_cun", not both',
        path: ['lateral_cun'],
      });
    }
    if (p.level !== undefined && ((p.lateral_cm ?? 0) < 0 || (p.lateral_cun ?? 0) < 0)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'on a vertebral level the lateral offset is a distance from the midline and cannot be negative; use "side" to choose left or right',
        path: [p.lateral_cm !== undefined ? 'lateral_cm' : 'lateral_cun'],
      });
    }
    if (p.at !== undefined && p.level === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: '"at" is only meaningful with "level"',
        path: ['at'],
      });
    }
  })
  .describe('A point on the back: an anatomical anchor plus offsets, never xyz')
  .meta({ id: 'AnatomicalPoint' });
export type AnatomicalPoint = z.infer<typeof AnatomicalPointSchema>;

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/** Ordered points; the order is the stroke direction. */
export const PolylinePathSchema = z
  .strictObject({
    shape: z.literal('polyline'),
    points: z.array(AnatomicalPointSchema).min(2).max(32),
    closed: z.boolean().default(false).describe('Join the last point back to the first'),
  })
  .describe('A stroke through the points, in order')
  .meta({ id: 'PolylinePath' });

/** A zig-zag along the centre line from→to, swinging ±amplitude_cm across it. */
export const ZigzagPathSchema = z
  .strictObject({
    shape: z.literal('zigzag'),
    from: AnatomicalPointSchema,
    to: AnatomicalPointSchema,
    amplitude_cm: cm(10).describe('Half-width of the zig-zag, cm'),
    zigs: z.number().int().min(1).max(40).describe('Number of full left-right swings'),
  })
  .describe('A zig-zag along a centre line')
  .meta({ id: 'ZigzagPath' });

/** A spiral around a centre, from the centre out (or the reverse). */
export const SpiralPathSchema = z
  .strictObject({
    shape: z.literal('spiral'),
    center: AnatomicalPointSchema,
    radius_cm: cm(15).describe('Outer radius, cm'),
    turns: z.number().min(0.5).max(10),
    direction: z.enum(['outward', 'inward']).default('outward'),
    rotation: RotationSchema.default('clockwise'),
  })
  .describe('A spiral around a point')
  .meta({ id: 'SpiralPath' });

/** A circle around a point (the hand goes round it). */
export const CirclePathSchema = z
  .strictObject({
    shape: z.literal('circle'),
    center: AnatomicalPointSchema,
    radius_cm: z.number().min(0.5).max(15),
    rotation: RotationSchema.default('clockwise'),
  })
  .describe('A circle around a point')
  .meta({ id: 'CirclePath' });

/**
 * An area between two vertebral levels and two lateral distances from the midline, on the
 * step's side(s). The move covers it with strokes `along` the spine or `across` it.
 */
export const BandPathSchema = z
  .strictObject({
    shape: z.literal('band'),
    from_level: z
      .enum(BAND_EDGES as [string, ...string[]])
      .describe('Upper edge of the band: a vertebral level, or (format 2) rib-12, iliac-crest, psis, sacral-hiatus, buttock-middle, coccyx, gluteal-fold'),
    to_level: z
      .enum(BAND_EDGES as [string, ...string[]])
      .describe('Lower edge of the band (same choices as from_level)'),
    lateral_from_cm: cm(30).describe('Inner edge, cm from the midline'),
    lateral_to_cm: cm(30).describe('Outer edge, cm from the midline'),
    strokes: z
      .enum(['along', 'across'])
      .default('along')
      .describe('Strokes along the spine or across it'),
  })
  .superRefine((b, ctx) => {
    if (bandEdgeRank(b.from_level) > bandEdgeRank(b.to_level)) {
      ctx.addIssue({
        code: 'custom',
        message: `"from_level" is the upper edge: ${b.from_level} is below ${b.to_level}`,
        path: ['from_level'],
      });
    }
    if (b.lateral_from_cm >= b.lateral_to_cm) {
      ctx.addIssue({
        code: 'custom',
        message: `"lateral_from_cm" (inner edge, ${b.lateral_from_cm}) must be less than "lateral_to_cm" (outer edge, ${b.lateral_to_cm})`,
        path: ['lateral_to_cm'],
      });
    }
  })
  .describe('An area between two levels and two distances from the midline')
  .meta({ id: 'BandPath' });

/**
 * A line teachers name, used as a path (format 2): the 12th rib, the iliac crest, the gluteal
 * fold, on the step's side; from the spine outwards (default) or inwards.
 */
export const LinePathSchema = z
  .strictObject({
    shape: z.literal('line'),
    line: z.enum(LINE_IDS).describe('rib-12, iliac-crest or gluteal-fold'),
    direction: z.enum(['outward', 'inward']).default('outward'),
    vertical_cm: z.number().min(-10).max(10).default(0).describe('Shift the whole line up (+) or down (−), cm'),
  })
  .describe('A named landmark line as a path')
  .meta({ id: 'LinePath' });

export const PathSpecSchema = z.discriminatedUnion('shape', [
  PolylinePathSchema,
  ZigzagPathSchema,
  SpiralPathSchema,
  CirclePathSchema,
  BandPathSchema,
  LinePathSchema,
]);
export type LinePath = z.infer<typeof LinePathSchema>;
export type PolylinePath = z.infer<typeof PolylinePathSchema>;
export type ZigzagPath = z.infer<typeof ZigzagPathSchema>;
export type SpiralPath = z.infer<typeof SpiralPathSchema>;
export type CirclePath = z.infer<typeof CirclePathSchema>;
export type BandPath = z.infer<typeof BandPathSchema>;
export type PathSpec = z.infer<typeof PathSpecSchema>;

// ---------------------------------------------------------------------------------------------
// Tempo
// ---------------------------------------------------------------------------------------------

/** Either the real duration of the whole step or the cycle rate (exactly one). */
export const TempoSchema = z
  .strictObject({
    duration_s: z
      .number()
      .positive()
      .max(7200)
      .optional()
      .describe('Real duration of the whole step, s'),
    cycles_per_min: z
      .number()
      .positive()
      .max(240)
      .optional()
      .describe('Cycles (repetitions) per minute'),
  })
  .superRefine((t, ctx) => {
    const n = (t.duration_s !== undefined ? 1 : 0) + (t.cycles_per_min !== undefined ? 1 : 0);
    if (n !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          n === 0
            ? 'tempo needs "duration_s" (whole step, s) or "cycles_per_min"'
            : 'tempo takes "duration_s" or "cycles_per_min", not both',
        path: [],
      });
    }
  })
  .describe('How fast: the whole step duration, or cycles per minute')
  .meta({ id: 'Tempo' });
export type Tempo = z.infer<typeof TempoSchema>;

/** Percussion tempo: strikes per minute of the two hands together (up to 900), or the step's duration. */
export const PercussionTempoSchema = z
  .strictObject({
    duration_s: z.number().positive().max(7200).optional().describe('Real duration of the whole step, s'),
    cycles_per_min: z
      .number()
      .positive()
      .max(900)
      .optional()
      .describe('Strikes per minute, both hands together (hacking ≈ 300–500); shown slowed on screen'),
  })
  .superRefine((t, ctx) => {
    const n = (t.duration_s !== undefined ? 1 : 0) + (t.cycles_per_min !== undefined ? 1 : 0);
    if (n !== 1)
      ctx.addIssue({
        code: 'custom',
        message: n === 0 ? 'tempo needs "duration_s" or "cycles_per_min"' : 'tempo takes "duration_s" or "cycles_per_min", not both',
        path: [],
      });
  })
  .meta({ id: 'PercussionTempo' });

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

const repetitions = z
  .number()
  .int()
  .min(1)
  .max(1000)
  .describe('How many times the cycle is done (at least 1)');

const holdS = z
  .number()
  .positive()
  .max(600)
  .describe('Hold at each press, s (the lint allows at most 60)');

/** Fields every step has. */
const stepBase = {
  caption: LocalizedTextSchema.describe('What the person does, shown under the player'),
  cautions: z.array(LocalizedTextSchema).max(10).optional().describe('Step-specific cautions'),
  side: StepSideSchema.default('both').describe('Side(s) of the back the step is done on'),
  hands: HandsSchema.default('both'),
  position: z
    .enum(POSITIONS)
    .optional()
    .describe("How the person lies for this step (format 2); default: the technique's position"),
  therapist_at: z
    .enum(THERAPIST_PLACES)
    .optional()
    .describe(
      "Where the therapist stands (format 2): the person's left or right side of the table, the head end or the foot end; default: per move (one-sided kneading and wringing from the opposite side, presses from the same side, the rest from the person's left)",
    ),
};

/** A pressure ramp within a step (format 2): the pressure moves from `pressure` to this by the step's end. */
const pressureTo = PressureSchema.optional().describe(
  'Pressure at the end of the step: the pressure changes smoothly from "pressure" to this (format 2)',
);

/** Spread oil over an area (preparation for cupping or gliding). */
export const ApplyOilStepSchema = z
  .strictObject({
    move: z.literal('apply-oil'),
    ...stepBase,
    area: BandPathSchema,
    duration_s: z.number().positive().max(600),
  })
  .meta({ id: 'ApplyOilStep' });

/** Spread a thin layer of honey over an area (preparation for honey press-and-pull). */
export const ApplyHoneyStepSchema = z
  .strictObject({
    move: z.literal('apply-honey'),
    ...stepBase,
    area: BandPathSchema,
    duration_s: z.number().positive().max(600),
  })
  .meta({ id: 'ApplyHoneyStep' });

/** Squeeze the cup, put it on the skin and let it draw the skin in. */
export const SetCupStepSchema = z
  .strictObject({
    move: z.literal('set-cup'),
    ...stepBase,
    at: AnatomicalPointSchema,
    suction: SuctionSchema,
    cup_diameter_cm: z.number().min(2).max(10).default(5),
    duration_s: z.number().positive().max(600),
    leave_on: z
      .boolean()
      .default(false)
      .describe('Leave the cup on the skin (a static cup) until a "remove-cup" step at the same place, or the end (format 2)'),
  })
  .meta({ id: 'SetCupStep' });

/** Palm rubbing back and forth (warming). */
export const RubStepSchema = z
  .strictObject({
    move: z.literal('rub'),
    ...stepBase,
    hand_shape: z
      .enum(['palm', 'heel-of-palm', 'fingers', 'edge-of-palm', 'knuckles', 'forearm'])
      .default('palm'),
    path: z.discriminatedUnion('shape', [BandPathSchema, PolylinePathSchema, LinePathSchema]),
    axis: z
      .enum(['along-spine', 'across-spine'])
      .describe('Direction of the back-and-forth movement: longitudinal or lateral rubbing'),
    pressure: PressureSchema,
    pressure_to: pressureTo,
    repetitions,
    tempo: TempoSchema,
  })
  .meta({ id: 'RubStep' });

/** Small circles of the hand, either round a centre or travelling along a path. */
export const CircularRubStepSchema = z
  .strictObject({
    move: z.literal('circular-rub'),
    ...stepBase,
    hand_shape: z.enum(['palm', 'heel-of-palm', 'fingertips', 'thumb']).default('palm'),
    path: z.discriminatedUnion('shape', [CirclePathSchema, PolylinePathSchema]),
    radius_cm: z
      .number()
      .min(0.5)
      .max(10)
      .default(3)
      .describe('Radius of the small circles when the path is a polyline'),
    circles: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe('Circles per repetition (per pass along a polyline)'),
    rotation: RotationSchema.default('clockwise'),
    pressure: PressureSchema,
    pressure_to: pressureTo,
    repetitions,
    tempo: TempoSchema.describe('cycles_per_min counts circles per minute'),
  })
  .meta({ id: 'CircularRubStep' });

const kneadFields = {
  path: z.discriminatedUnion('shape', [PolylinePathSchema, BandPathSchema, LinePathSchema]),
  pressure: PressureSchema,
  pressure_to: pressureTo,
  repetitions,
  tempo: TempoSchema,
};

/** Kneading with the palms: grip, lift and shift the muscle. */
export const KneadPalmStepSchema = z
  .strictObject({
    move: z.literal('knead-palm'),
    ...stepBase,
    hand_shape: z.enum(['palm', 'heel-of-palm']).default('palm'),
    ...kneadFields,
  })
  .meta({ id: 'KneadPalmStep' });

/** Kneading with the knuckles of loosely closed fists. */
export const KneadFistStepSchema = z
  .strictObject({
    move: z.literal('knead-fist'),
    ...stepBase,
    hand_shape: z.enum(['fist', 'knuckles']).default('fist').describe('fist = knuckles of loosely closed fists'),
    ...kneadFields,
  })
  .meta({ id: 'KneadFistStep' });

/** Press, hold for `hold_s`, release, at each point in order; `repetitions` rounds. */
export const PointPressStepSchema = z
  .strictObject({
    move: z.literal('point-press'),
    ...stepBase,
    hand_shape: z.enum(['thumb', 'fingertip', 'two-fingers', 'knuckles', 'elbow']).default('thumb'),
    points: z.array(AnatomicalPointSchema).min(1).max(32),
    pressure: PressureSchema,
    pressure_to: pressureTo.describe('Pressure of the last round: rounds grow from "pressure" to this (format 2)'),
    hold_s: holdS,
    rest_s: z.number().min(0).max(60).default(3).describe('Pause between presses, s'),
    repetitions: repetitions.describe('Rounds through all the points'),
  })
  .meta({ id: 'PointPressStep' });

/** Palm pressure "walking" along a path: press at `stations` evenly spaced places. */
export const PalmPressStepSchema = z
  .strictObject({
    move: z.literal('palm-press'),
    ...stepBase,
    hand_shape: z
      .enum(['palm', 'heel-of-palm', 'thumbs', 'knuckles', 'forearm', 'elbow'])
      .default('palm'),
    path: z.discriminatedUnion('shape', [PolylinePathSchema, LinePathSchema]),
    stations: z.number().int().min(1).max(40),
    pressure: PressureSchema,
    pressure_to: pressureTo.describe('Pressure at the last station: the walk deepens from "pressure" to this (format 2)'),
    hold_s: holdS,
    repetitions: repetitions.describe('Passes along the path'),
  })
  .meta({ id: 'PalmPressStep' });

/** Strokes with the edge (ulnar side) of the palm: smooth sawing or short chopping. */
export const EdgeOfPalmStrokeStepSchema = z
  .strictObject({
    move: z.literal('edge-of-palm-stroke'),
    ...stepBase,
    hand_shape: z.literal('edge-of-palm').default('edge-of-palm'),
    style: z
      .enum(['saw', 'chop'])
      .describe('saw = smooth back-and-forth; chop = light rhythmic chopping'),
    path: z.discriminatedUnion('shape', [PolylinePathSchema, BandPathSchema]),
    pressure: PressureSchema,
    repetitions,
    tempo: TempoSchema,
  })
  .meta({ id: 'EdgeOfPalmStrokeStep' });

/** Long gliding strokes along the path, in the direction of lymph flow. */
export const EffleurageStepSchema = z
  .strictObject({
    move: z.literal('effleurage'),
    ...stepBase,
    hand_shape: z.enum(['palm', 'fingers', 'heel-of-palm', 'knuckles', 'forearm']).default('palm'),
    path: z.discriminatedUnion('shape', [PolylinePathSchema, LinePathSchema]),
    pressure: PressureSchema,
    pressure_to: pressureTo,
    repetitions,
    tempo: TempoSchema,
  })
  .meta({ id: 'EffleurageStep' });

/** Glide a set cup over oiled skin: the path shape gives the pattern (linear, zig-zag, spiral). */
export const CupGlideStepSchema = z
  .strictObject({
    move: z.literal('cup-glide'),
    ...stepBase,
    path: z.discriminatedUnion('shape', [PolylinePathSchema, ZigzagPathSchema, SpiralPathSchema]),
    suction: SuctionSchema,
    cup_diameter_cm: z.number().min(2).max(10).default(5),
    repetitions,
    tempo: TempoSchema,
  })
  .meta({ id: 'CupGlideStep' });

/** Press the palms flat onto honeyed skin, then pull them sharply away (tearing off). */
export const HoneyPressPullStepSchema = z
  .strictObject({
    move: z.literal('honey-press-pull'),
    ...stepBase,
    hand_shape: z.literal('palm').default('palm'),
    path: z.discriminatedUnion('shape', [BandPathSchema, PolylinePathSchema]),
    pressure: PressureSchema,
    repetitions: repetitions.describe('Press-and-pull cycles'),
    tempo: TempoSchema,
  })
  .meta({ id: 'HoneyPressPullStep' });

/** Wringing: both hands across the muscle, working in opposite directions (format 2). */
export const WringingStepSchema = z
  .strictObject({
    move: z.literal('wringing'),
    ...stepBase,
    hand_shape: z.enum(['palm', 'heel-of-palm', 'fingers']).default('palm'),
    path: z
      .discriminatedUnion('shape', [PolylinePathSchema, BandPathSchema, LinePathSchema])
      .describe('Where the hands travel along the muscle; they push and pull across it'),
    pressure: PressureSchema,
    pressure_to: pressureTo,
    repetitions: repetitions.describe('Push-pull cycles (one = each hand across and back)'),
    tempo: TempoSchema,
  })
  .meta({ id: 'WringingStep' });

/**
 * Percussion (format 2): hacking (edges of the palms), cupping/clapping (cupped palms), pounding
 * (loose fists), tapping (fingertips); the hands alternate. `repetitions` counts strikes of both
 * hands together, `tempo.cycles_per_min` strikes per minute (a real hacking is 300–500/min: the
 * player shows it slowed and says so).
 */
export const PercussionStepSchema = z
  .strictObject({
    move: z.literal('percussion'),
    ...stepBase,
    style: z.enum(['hacking', 'cupping', 'pounding', 'tapping']),
    path: z.discriminatedUnion('shape', [PolylinePathSchema, BandPathSchema, LinePathSchema]),
    pressure: PressureSchema,
    repetitions: repetitions.max(20000).describe('Strikes, both hands together'),
    tempo: PercussionTempoSchema,
  })
  .meta({ id: 'PercussionStep' });

/**
 * Vibration (format 2): the hand rests on one place (`at`) and trembles finely and fast, in
 * `repetitions` bouts of `hold_s` each (a short rest between bouts).
 */
export const VibrationStepSchema = z
  .strictObject({
    move: z.literal('vibration'),
    ...stepBase,
    hand_shape: z.enum(['palm', 'fingertips', 'heel-of-palm']).default('palm'),
    at: AnatomicalPointSchema.describe('Where the hand rests'),
    frequency_hz: z.number().min(1).max(50).default(8).describe('Trembles per second (shown slowed above 3)'),
    pressure: PressureSchema,
    pressure_to: pressureTo,
    hold_s: holdS.describe('Length of one bout of vibration, s'),
    repetitions: repetitions.describe('Bouts'),
  })
  .meta({ id: 'VibrationStep' });

/**
 * Stretch / traction between two hands (format 2): both hands set down `gap_cm` apart around
 * `center`, press, and slide apart by `distance_cm` each, along or across the spine; hold; release.
 */
export const StretchStepSchema = z
  .strictObject({
    move: z.literal('stretch'),
    ...stepBase,
    hand_shape: z.enum(['palm', 'heel-of-palm', 'forearm']).default('palm'),
    center: AnatomicalPointSchema,
    axis: z.enum(['along-spine', 'across-spine']),
    gap_cm: z.number().min(4).max(40).default(12).describe('Distance between the hands when they set down, cm'),
    distance_cm: z.number().min(0.5).max(15).default(3).describe('How far each hand slides away, cm'),
    pressure: PressureSchema,
    pressure_to: pressureTo,
    hold_s: holdS,
    repetitions,
  })
  .meta({ id: 'StretchStep' });

/** Take a cup off (format 2): a finger presses the skin beside its rim to let air in, then the cup lifts. */
export const RemoveCupStepSchema = z
  .strictObject({
    move: z.literal('remove-cup'),
    ...stepBase,
    at: AnatomicalPointSchema.describe('Where the cup is (as its set-cup step said)'),
    duration_s: z.number().positive().max(120),
  })
  .meta({ id: 'RemoveCupStep' });

export const StepSchema = z.discriminatedUnion('move', [
  ApplyOilStepSchema,
  ApplyHoneyStepSchema,
  SetCupStepSchema,
  RubStepSchema,
  CircularRubStepSchema,
  KneadPalmStepSchema,
  KneadFistStepSchema,
  PointPressStepSchema,
  PalmPressStepSchema,
  EdgeOfPalmStrokeStepSchema,
  EffleurageStepSchema,
  CupGlideStepSchema,
  HoneyPressPullStepSchema,
  WringingStepSchema,
  PercussionStepSchema,
  VibrationStepSchema,
  StretchStepSchema,
  RemoveCupStepSchema,
]);
export type WringingStep = z.infer<typeof WringingStepSchema>;
export type PercussionStep = z.infer<typeof PercussionStepSchema>;
export type VibrationStep = z.infer<typeof VibrationStepSchema>;
export type StretchStep = z.infer<typeof StretchStepSchema>;
export type RemoveCupStep = z.infer<typeof RemoveCupStepSchema>;
export type ApplyOilStep = z.infer<typeof ApplyOilStepSchema>;
export type ApplyHoneyStep = z.infer<typeof ApplyHoneyStepSchema>;
export type SetCupStep = z.infer<typeof SetCupStepSchema>;
export type RubStep = z.infer<typeof RubStepSchema>;
export type CircularRubStep = z.infer<typeof CircularRubStepSchema>;
export type KneadPalmStep = z.infer<typeof KneadPalmStepSchema>;
export type KneadFistStep = z.infer<typeof KneadFistStepSchema>;
export type PointPressStep = z.infer<typeof PointPressStepSchema>;
export type PalmPressStep = z.infer<typeof PalmPressStepSchema>;
export type EdgeOfPalmStrokeStep = z.infer<typeof EdgeOfPalmStrokeStepSchema>;
export type EffleurageStep = z.infer<typeof EffleurageStepSchema>;
export type CupGlideStep = z.infer<typeof CupGlideStepSchema>;
export type HoneyPressPullStep = z.infer<typeof HoneyPressPullStepSchema>;
/** One step of a technique: a discriminated union on `move`. */
export type Step = z.infer<typeof StepSchema>;
/** The step type of a given move, e.g. `StepOf<'point-press'>`. */
export type StepOf<M extends MoveName> = Extract<Step, { move: M }>;

/** Preparation moves: timed by `duration_s`, no repetitions, no pressure of the hands. */
// The step kinds (prep, hold) live in stepKinds.ts, without zod, for code that must not load the schema.
export { PREP_MOVES, isPrepStep, isHoldStep, type PrepStep, type HoldStep } from './stepKinds';

// ---------------------------------------------------------------------------------------------
// Course and technique
// ---------------------------------------------------------------------------------------------

/** A stage of a course: sessions `from_session`…`to_session` done at this intensity. */
export const CourseStageSchema = z.strictObject({
  from_session: z.number().int().min(1).max(100),
  to_session: z.number().int().min(1).max(100),
  max_pressure: PressureSchema.describe('Strongest pressure used in these sessions'),
  session_min: z.number().positive().max(180).describe('Session length in these sessions, min'),
  note: LocalizedTextSchema.optional(),
});
export type CourseStage = z.infer<typeof CourseStageSchema>;

/**
 * A course: the technique is done as a series of sessions. `stages`, when given, describe how
 * intensity grows from session to session (they must cover 1…sessions in order; checked by the
 * lint).
 */
export const CourseSchema = z.strictObject({
  sessions: z.number().int().min(1).max(100),
  frequency: z.enum(['daily', 'every-other-day', 'twice-weekly', 'weekly']),
  repeat_after_months: z
    .number()
    .positive()
    .max(36)
    .optional()
    .describe('Repeat the course after about N months'),
  stages: z.array(CourseStageSchema).max(20).optional(),
  note: LocalizedTextSchema.optional(),
});
export type Course = z.infer<typeof CourseSchema>;

/** A list whose items must be distinct (reported at the repeated item). */
function uniqueList<T extends z.ZodArray<z.ZodEnum>>(schema: T, what: string) {
  return schema
    .superRefine((items, ctx) => {
      const seen = new Set<unknown>();
      items.forEach((item, i) => {
        if (seen.has(item))
          ctx.addIssue({
            code: 'custom',
            message: `${what} "${String(item)}" is listed twice`,
            path: [i],
          });
        seen.add(item);
      });
    })
    .meta({ uniqueItems: true });
}

export const SourceSchema = z.strictObject({
  title: z.string().min(1).max(500),
  url: z.string().max(1000).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const TechniqueSchema = z
  .strictObject({
    $schema: z.string().max(500).optional().describe('Path of the JSON Schema, for editors'),
    id: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case kebab-case, e.g. "classic-warming-rub"')
      .describe('Unique id, kebab-case; by convention the file name without .json'),
    format_version: z
      .literal(FORMAT_VERSIONS)
      .describe('Version of this file format (2; version 1 files are read and migrated)'),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    type: z.enum(MASSAGE_TYPES).describe('Massage type'),
    regions: uniqueList(z.array(z.enum(BODY_REGIONS)).min(1).max(BODY_REGIONS.length), 'region'),
    level: z.enum(AUDIENCE_LEVELS).describe('Audience: patient, student or therapist'),
    position: z
      .enum(POSITIONS)
      .default('prone')
      .describe('How the person lies: prone (face-down, default), side-lying-left/right, seated (format 2)'),
    duration_min: z
      .number()
      .positive()
      .max(180)
      .describe('Real duration of the whole technique, min'),
    precautions: uniqueList(
      z.array(z.enum(PRECAUTION_IDS)).max(PRECAUTION_IDS.length),
      'precaution',
    ).describe('Ids of data/safety/precautions.json that apply (rules by type are added on top)'),
    course: CourseSchema.optional(),
    sources: z.array(SourceSchema).max(20).optional(),
    steps: z.array(StepSchema).min(1).max(100),
  })
  .describe('A Handpath massage technique');

/** A parsed, valid technique (defaults filled in). Only `parseTechnique` produces one. */
export type Technique = z.infer<typeof TechniqueSchema>;
/** A technique as written in a file (before defaults). */
export type TechniqueInput = z.input<typeof TechniqueSchema>;

/** Relative path of the schema, as written in technique files' `$schema`. */
export const TECHNIQUE_SCHEMA_REF = '../schema/technique.schema.json';

/** The JSON Schema of technique files (written to data/schema/technique.schema.json). */
export function techniqueJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TechniqueSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://handpath.local/schema/technique.schema.json',
    title: 'Handpath technique',
    $comment:
      'GENERATED by `npm run schema` from src/domain/technique/schema.ts. Do not edit by hand.',
  };
}
