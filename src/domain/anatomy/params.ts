/**
 * The one parameter table of the procedural back model (scripts/build-model.ts).
 *
 * Pure data, no three. Every number carries its unit and its source so that a change of the
 * model is a change of this table. Lengths are millimetres (the generator converts to metres),
 * angles are degrees. Values marked "model choice" are not measurements but the generator's
 * own defaults (body proportions of an average adult), documented so they can be reviewed.
 */

export interface Sourced<T> {
  readonly value: T;
  readonly unit: 'mm' | 'deg' | 'level' | 'ratio';
  readonly source: string;
}

const MORPHO = 'Zhou et al. 2000, Eur Spine J (CT/MRI lumbar morphometry); Amonoo-Kuofi 1991';
const DISC = 'Amonoo-Kuofi 1991; Zhou et al. 2000 (disc heights: L1/2 6–11, L4/5 8–15, L5/S1 7–13 mm)';
const LORD = 'Been & Kalichman 2014, review of standing radiographs (segmental lordosis)';
const SURFACE = 'Chakraverty et al. 2007, J Anat (surface landmarks vs imaging)';
const PROPORTION = 'model choice: average adult proportions (anthropometric tables, rounded)';

function s<T>(value: T, unit: Sourced<T>['unit'], source: string): Sourced<T> {
  return { value, unit, source };
}

export const MODELLED_VERTEBRAE = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const;
export type ModelledVertebra = (typeof MODELLED_VERTEBRAE)[number];

export interface VertebraParams {
  /** Anterior vertebral body height. */
  readonly anteriorHeight: Sourced<number>;
  /** Posterior vertebral body height. */
  readonly posteriorHeight: Sourced<number>;
  /** Sagittal depth of the endplate. */
  readonly endplateDepth: Sourced<number>;
  /** Transverse width of the endplate. */
  readonly endplateWidth: Sourced<number>;
  /** Distance from the posterior wall of the body to the tip of the spinous process. */
  readonly bodyToSpinousTip: Sourced<number>;
  /** Downward slope of the spinous process below the horizontal (thoracic processes slope down). */
  readonly spinousSlope: Sourced<number>;
  /** Half span of the transverse processes (midline to tip). */
  readonly transverseHalfSpan: Sourced<number>;
}

function lumbar(
  ant: number,
  post: number,
  depth: number,
  width: number,
  tp: number,
  slope: number,
  tip = 58,
): VertebraParams {
  return {
    anteriorHeight: s(ant, 'mm', `${MORPHO}: L1 ≈ 27 mm growing to L5 ≈ 30 mm anterior (interpolated)`),
    posteriorHeight: s(post, 'mm', `${MORPHO}: L5 posterior ≈ 26 mm; others interpolated`),
    endplateDepth: s(depth, 'mm', `${MORPHO}: L5 endplate depth ≈ 36 mm; upper levels interpolated`),
    endplateWidth: s(width, 'mm', `${MORPHO} (endplate width, rounded)`),
    bodyToSpinousTip: s(tip, 'mm', `${MORPHO} (canal ≈ 17 mm + posterior arch, rounded; L5 shorter)`),
    spinousSlope: s(slope, 'deg', 'model choice: lumbar spinous processes are near-horizontal standing'),
    transverseHalfSpan: s(tp, 'mm', 'model choice: lumbar transverse processes, L3 the longest'),
  };
}

function thoracic(h: number, depth: number, width: number, slope: number): VertebraParams {
  return {
    anteriorHeight: s(h - 1, 'mm', 'model choice: lower thoracic bodies slightly wedged (kyphosis)'),
    posteriorHeight: s(h, 'mm', 'model choice: lower thoracic body height, rounded from CT series'),
    endplateDepth: s(depth, 'mm', 'model choice: lower thoracic endplate depth'),
    endplateWidth: s(width, 'mm', 'model choice: lower thoracic endplate width'),
    bodyToSpinousTip: s(52, 'mm', 'model choice: thoracic posterior arch + spinous process'),
    spinousSlope: s(slope, 'deg', 'model choice: lower thoracic spinous processes slope downwards'),
    transverseHalfSpan: s(36, 'mm', 'model choice: thoracic transverse processes carry the ribs'),
  };
}

export const VERTEBRAE: Readonly<Record<ModelledVertebra, VertebraParams>> = {
  T10: thoracic(22, 28, 36, 34),
  T11: thoracic(23.5, 29, 38, 24),
  T12: thoracic(25, 30, 40, 14),
  L1: lumbar(27, 27.6, 31, 42, 38, 8),
  L2: lumbar(27.8, 27.4, 32.5, 44, 42, 7),
  L3: lumbar(28.5, 27.1, 34, 46, 46, 6),
  L4: lumbar(29.2, 26.6, 35, 48, 42, 8),
  L5: lumbar(30, 26, 36, 50, 40, 6, 50),
};

/** Disc below each vertebra, by the pair name 'upper/lower'. */
export const DISC_HEIGHTS = {
  'T10/T11': s(5, 'mm', 'model choice: lower thoracic discs ≈ 5 mm'),
  'T11/T12': s(5.5, 'mm', 'model choice: lower thoracic discs ≈ 5–6 mm'),
  'T12/L1': s(6.5, 'mm', 'model choice: thoracolumbar disc'),
  'L1/L2': s(8.5, 'mm', `${DISC} (L1/2 6–11 mm, mid value)`),
  'L2/L3': s(9.5, 'mm', `${DISC} (interpolated)`),
  'L3/L4': s(10.5, 'mm', `${DISC} (interpolated)`),
  'L4/L5': s(11.5, 'mm', `${DISC} (L4/5 8–15 mm, mid value: the tallest)`),
  'L5/S1': s(10, 'mm', `${DISC} (L5/S1 7–13 mm, mid value)`),
} as const;
export type DiscName = keyof typeof DISC_HEIGHTS;

/** Gap between neighbouring spinous processes (below the named vertebra). */
export const INTERSPINOUS_GAPS = {
  T10: s(5, 'mm', 'model choice: thoracic processes overlap (small gap)'),
  T11: s(6, 'mm', 'model choice'),
  T12: s(8, 'mm', 'model choice (thoracolumbar)'),
  L1: s(11, 'mm', 'interpolated towards L2–3 ≈ 12 mm'),
  L2: s(12, 'mm', `${MORPHO}: interspinous gap ≈ 12 mm at L2–3`),
  L3: s(11, 'mm', 'interpolated between L2–3 and L5–S1'),
  L4: s(10, 'mm', 'interpolated between L2–3 and L5–S1'),
  L5: s(8, 'mm', `${MORPHO}: interspinous gap ≈ 8 mm at L5–S1`),
} as const;

/**
 * Segmental lordosis as published (sum 73°). The published global lordosis T12–S1 is ≈ 50° (±11°):
 * the segmental figures come from different series and do not add up to it, so the generator keeps
 * their distribution (most of the curve at the bottom) and scales them to `GLOBAL.lumbarLordosis`.
 */
export const SEGMENTAL_LORDOSIS = {
  'L1/L2': s(4, 'deg', LORD),
  'L2/L3': s(8, 'deg', LORD),
  'L3/L4': s(12, 'deg', LORD),
  'L4/L5': s(17, 'deg', LORD),
  'L5/S1': s(32, 'deg', LORD),
} as const;

/** Thoracic kyphosis per segment (negative = kyphotic), lower thoracic spine. */
export const SEGMENTAL_KYPHOSIS = {
  'T10/T11': s(-2, 'deg', 'model choice: kyphosis grows upwards from the thoracolumbar junction'),
  'T11/T12': s(-1, 'deg', 'model choice'),
  'T12/L1': s(0, 'deg', 'model choice: thoracolumbar junction nearly straight'),
} as const;

export const GLOBAL = {
  lumbarLordosis: s(50, 'deg', `${LORD}: lumbar lordosis T12–S1 ≈ 50° (±11°) standing`),
  sacralSlope: s(40, 'deg', 'Legaye et al. 1998, Eur Spine J (sacral slope ≈ 40° standing)'),
  tuffierLevel: s('L4', 'level', `${SURFACE}: the line over the iliac crest tops crosses the spine at ≈ L4`),
  psisLevel: s('S2', 'level', `${SURFACE}: PSIS ("dimples of Venus") at S2`),
  psisLateral: s(42, 'mm', 'model choice: PSIS ≈ 4 cm either side of the midline'),
  erectorOffset: s(38, 'mm', 'DESIGN.md §2: erector spinae columns 3–4 cm either side of the midline'),
  sciaticWidth: s(15, 'mm', 'Smoll 2010, Clin Anat: sciatic nerve ≈ 15 mm wide at its exit'),
  sciaticRoots: s('L4–S3', 'level', 'standard anatomy: sciatic nerve roots L4–S3'),
  sacrumLength: s(105, 'mm', 'model choice: adult sacrum S1–S5 ≈ 10–11 cm along its curve'),
  sacralCurve: s(45, 'deg', 'model choice: sacral kyphosis S1–S5'),
  sacrumBaseWidth: s(104, 'mm', 'model choice: sacral base with alae ≈ 10–11 cm'),
  coccyxLength: s(30, 'mm', 'model choice: coccyx ≈ 3 cm'),
  softTissueOverSpine: s(12, 'mm', 'model choice: skin + fat over the spinous tips, lean adult'),
  hipJointBelowCrest: s(165, 'mm', 'model choice: hip joint centre ≈ 16–17 cm below the crest tops'),
  hipJointLateral: s(88, 'mm', 'model choice: hip joint centres ≈ 17–18 cm apart'),
  trochanterLateral: s(160, 'mm', 'model choice: bitrochanteric breadth ≈ 32 cm (bone)'),
  iliacCrestLateral: s(112, 'mm', 'model choice: highest point of each crest ≈ 11 cm from the midline (intercristal width ≈ 28–30 cm)'),
  hipBreadth: s(350, 'mm', PROPORTION),
  waistBreadth: s(280, 'mm', PROPORTION),
  chestBreadth: s(320, 'mm', PROPORTION),
  modelTopLevel: s('C7', 'level', 'issue 10: the whole back, C7 to mid-thigh (the head and arms beside it)'),
  thighLength: s(420, 'mm', PROPORTION),
} as const;

const ANSUR = 'Gordon et al. 2014, ANSUR II anthropometric survey (US Army, 2012)';
const SURFACE_ANATOMY = 'standard surface anatomy (e.g. Moore, Clinically Oriented Anatomy, 8th ed.)';

/**
 * The whole back, C7 to mid-thigh, lying face-down (issue 10): shoulders, shoulder blades, the
 * posterior chest, arms beside the body, a head in the face cradle. The lumbar-sacral region
 * above keeps its numbers; these only shape what lies above T9 and beside the body.
 */
export const UPPER_BODY = {
  /** Width between the acromia (skin over the bony points). */
  shoulderBreadth: s(390, 'mm', `${ANSUR}: biacromial breadth ≈ 37 cm (women) – 41 cm (men); the mean of both, rounded`),
  /** Skin width of the back at Tuffier's line (the crest tops). */
  backWidthAtCrests: s(300, 'mm', `${ANSUR}: waist breadth ≈ 28–32 cm; intercristal bone width ≈ 28–30 cm (${SURFACE}) plus the flank's soft tissue`),
  /** Distance from the posterior midline to the medial border of the scapula (at the root of its spine). */
  scapulaMedialBorder: s(65, 'mm', 'Sobush et al. 1996, J Orthop Sports Phys Ther (Lennie test): medial border ≈ 5–8 cm from the spinous processes at rest; WHO 2008: midline to medial border = 3 B-cun'),
  scapulaSuperiorAngleLevel: s('T2', 'level', `${SURFACE_ANATOMY}: superior angle of the scapula at T2`),
  scapulaSpineLevel: s('T3', 'level', `${SURFACE_ANATOMY}: root of the spine of the scapula at T3`),
  scapulaInferiorAngleLevel: s('T7', 'level', `${SURFACE_ANATOMY}: inferior angle of the scapula at T7`),
  /** Medial border to the inferior angle, sideways: the border runs nearly parallel to the spine. */
  scapulaInferiorAngleOffset: s(15, 'mm', 'model choice: the inferior angle ≈ 1–2 cm lateral of the medial border line'),
  /** Width of the blade from the medial border to the glenoid. */
  scapulaWidth: s(100, 'mm', 'model choice: adult scapula ≈ 10 cm from the medial border to the glenoid'),
  /** The 12th rib: from T12 down and out; its tip, lateral and below the T12 body. */
  rib12TipLateral: s(108, 'mm', `${SURFACE_ANATOMY}: the 12th rib's tip lies ≈ 10–12 cm from the midline, lateral to the erector spinae`),
  rib12TipDrop: s(75, 'mm', `${SURFACE_ANATOMY}: the 12th rib slopes down to its tip near the level of L1/L2 (≈ 7–8 cm below the T12 body)`),
  /** Lumbar lordosis of a person lying face-down on a flat table, hips straight. */
  proneLordosis: s(
    50,
    'deg',
    'Stephens et al. 1996, Spine; Benfanti & Geissele 1997, Spine: prone with the hips extended keeps the standing lordosis (≈ 50° ± 11°); the model keeps the standing curve',
  ),
  upperArmLength: s(300, 'mm', `${ANSUR}: acromion–radiale length ≈ 30–34 cm (rounded down: the shoulder joint lies below the acromion)`),
  forearmLength: s(250, 'mm', `${ANSUR}: radiale–stylion length ≈ 24–27 cm`),
  handLength: s(180, 'mm', `${ANSUR}: hand length ≈ 17–20 cm`),
  headLength: s(195, 'mm', `${ANSUR}: head length ≈ 19–20 cm (glabella–back of the head)`),
  headBreadth: s(150, 'mm', `${ANSUR}: head breadth ≈ 15 cm`),
  c7Prominence: s(58, 'mm', `${SURFACE_ANATOMY}: C7 (vertebra prominens) has the longest palpable spinous process of the neck`),
} as const;

/** The whole table, for hashing into landmarks.json `paramsHash`. */
export const ANATOMY_PARAMS = {
  vertebrae: VERTEBRAE,
  discHeights: DISC_HEIGHTS,
  interspinousGaps: INTERSPINOUS_GAPS,
  segmentalLordosis: SEGMENTAL_LORDOSIS,
  segmentalKyphosis: SEGMENTAL_KYPHOSIS,
  global: GLOBAL,
  upperBody: UPPER_BODY,
} as const;

/** Sum of the published segmental lordosis values L1/L2 … L5/S1 (degrees). */
export function publishedSegmentalSum(): number {
  return Object.values(SEGMENTAL_LORDOSIS).reduce((a, v) => a + v.value, 0);
}

/** Lordosis actually modelled at one segment: published distribution scaled to the global value. */
export function modelledLordosis(segment: keyof typeof SEGMENTAL_LORDOSIS): number {
  return (SEGMENTAL_LORDOSIS[segment].value * GLOBAL.lumbarLordosis.value) / publishedSegmentalSum();
}
