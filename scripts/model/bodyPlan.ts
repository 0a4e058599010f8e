/**
 * The skeleton plan: where every vertebra, the sacrum and the pelvic key points sit in the body
 * frame, computed from the parameter table. Everything else (skin, bones, muscles, nerves,
 * landmarks) is placed relative to this plan.
 */
import {
  DISC_HEIGHTS,
  GLOBAL,
  INTERSPINOUS_GAPS,
  MODELLED_VERTEBRAE,
  SEGMENTAL_KYPHOSIS,
  VERTEBRAE,
  modelledLordosis,
  UPPER_BODY,
  type DiscName,
  type ModelledVertebra,
} from '../../src/domain/anatomy/params.ts';
import { curve1d } from './curve1d.ts';
import { add, deg, madd, type V3 } from './vec.ts';

const MM = 0.001;

export interface VertebraPlan {
  id: string;
  /** Body centre. */
  center: V3;
  /** Tilt of the body's cranial axis towards +Z (posterior), radians. */
  phi: number;
  /** Cranial unit axis of the body. */
  up: V3;
  /** Posterior unit axis of the body (perpendicular to `up`, in the sagittal plane). */
  post: V3;
  height: number;
  depth: number;
  width: number;
  bodyToTip: number;
  /** Downward slope of the spinous process (radians). */
  tipDrop: number;
  tpHalfSpan: number;
  /** Craniocaudal height of the spinous process (honours the interspinous gap below). */
  spinousHeight: number;
  spinousTip: V3;
  /** True for T10–L5 (meshed); false for the thoracic levels only used to shape the skin. */
  meshed: boolean;
}

export interface SacralFrame {
  point: V3;
  /** Caudal direction of the curve. */
  dir: V3;
  /** Posterior (dorsal) direction. */
  post: V3;
}

export interface BodyPlan {
  vertebrae: VertebraPlan[];
  byId: Map<string, VertebraPlan>;
  /** Sacrum + coccyx centre line, s in metres from the S1 endplate centre. */
  sacralAt(s: number): SacralFrame;
  sacrumLength: number;
  coccyxLength: number;
  /** Half-depth from the sacral centre line to its dorsal surface, as a function of s. */
  sacralDorsalDepth(s: number): number;
  /** Direction of the dorsal (median crest) side of the sacrum at a frame. */
  sacralDorsalDir(f: SacralFrame): V3;
  /** Centre s of S1…S5. */
  sacralSegmentS: number[];
  /** Median sacral crest tubercles S1…S4 (bony landmarks). */
  sacralTubercles: V3[];
  sacralHiatus: V3;
  coccyxTip: V3;
  s1Endplate: V3;
  psis: { left: V3; right: V3 };
  crestTop: { left: V3; right: V3 };
  /** Sphere the right iliac wing is modelled on (mirror for the left). */
  iliacWing: { center: V3; radius: number };
  asis: { left: V3; right: V3 };
  hip: { left: V3; right: V3 };
  trochanter: { left: V3; right: V3 };
  ischialTuberosity: { left: V3; right: V3 };
  /** Midline back profile: z of the spinous line at height y (interpolated, T6 … coccyx). */
  spinousLineZ(y: number): number;
  /** Piecewise-linear line through the actual tips. */
  spinousLineRaw(y: number): number;
  /** Height of the crest tops (Tuffier's line) = 0 by construction of the frame. */
  tuffierY: number;
  /** Right shoulder blade in the (x, y) plane of the back (mirror x for the left). */
  scapula: {
    spineRoot: [number, number];
    superiorAngle: [number, number];
    inferiorAngle: [number, number];
    lateralAngle: [number, number];
    acromion: [number, number];
  };
  /** Tip of the C7 spinous process (vertebra prominens). */
  c7Tip: V3;
}

interface Segment {
  id: string;
  disc: number;
  angle: number;
  height: number;
  depth: number;
  width: number;
  bodyToTip: number;
  tipDrop: number;
  tpHalfSpan: number;
  gap: number;
  meshed: boolean;
}

const DISC_BELOW: Record<ModelledVertebra, DiscName> = {
  T10: 'T10/T11',
  T11: 'T11/T12',
  T12: 'T12/L1',
  L1: 'L1/L2',
  L2: 'L2/L3',
  L3: 'L3/L4',
  L4: 'L4/L5',
  L5: 'L5/S1',
};

function segmentAngle(id: ModelledVertebra): number {
  switch (id) {
    case 'L5':
      return modelledLordosis('L5/S1');
    case 'L4':
      return modelledLordosis('L4/L5');
    case 'L3':
      return modelledLordosis('L3/L4');
    case 'L2':
      return modelledLordosis('L2/L3');
    case 'L1':
      return modelledLordosis('L1/L2');
    case 'T12':
      return SEGMENTAL_KYPHOSIS['T12/L1'].value;
    case 'T11':
      return SEGMENTAL_KYPHOSIS['T11/T12'].value;
    case 'T10':
      return SEGMENTAL_KYPHOSIS['T10/T11'].value;
  }
}

function frameOf(phi: number): { up: V3; post: V3 } {
  return { up: [0, Math.cos(phi), Math.sin(phi)], post: [0, -Math.sin(phi), Math.cos(phi)] };
}

export function computeBodyPlan(): BodyPlan {
  // Segments from the bottom (L5) up; the disc and angle are those below the vertebra.
  const modelled = [...MODELLED_VERTEBRAE].reverse();
  const segments: Segment[] = modelled.map((id) => {
    const p = VERTEBRAE[id];
    return {
      id,
      disc: DISC_HEIGHTS[DISC_BELOW[id]].value * MM,
      angle: deg(segmentAngle(id)),
      height: ((p.anteriorHeight.value + p.posteriorHeight.value) / 2) * MM,
      depth: p.endplateDepth.value * MM,
      width: p.endplateWidth.value * MM,
      bodyToTip: p.bodyToSpinousTip.value * MM,
      tipDrop: deg(p.spinousSlope.value),
      tpHalfSpan: p.transverseHalfSpan.value * MM,
      gap: INTERSPINOUS_GAPS[id].value * MM,
      meshed: true,
    };
  });
  // T9…T6: not meshed, they only carry the skin's back profile up to the shoulder blades.
  for (const id of ['T9', 'T8', 'T7', 'T6']) {
    segments.push({
      id,
      disc: 4.5 * MM,
      angle: deg(-3),
      height: 21 * MM,
      depth: 27 * MM,
      width: 34 * MM,
      bodyToTip: 52 * MM,
      tipDrop: deg(40),
      tpHalfSpan: 36 * MM,
      gap: 5 * MM,
      meshed: false,
    });
  }
  // T5…T1 and C7 (not meshed either): the upper thoracic kyphosis and the vertebra prominens,
  // which carry the skin's profile up to the neck and place the shoulder blades.
  const upper: Array<[string, number, number, number, number]> = [
    // id, body height mm, disc mm, segment angle deg, spinous slope deg
    ['T5', 20, 4, -4, 42],
    ['T4', 19.5, 4, -4, 40],
    ['T3', 19, 4, -4, 36],
    ['T2', 18.5, 4, -3, 30],
    ['T1', 17.5, 4.5, -2, 22],
    ['C7', 15, 5, 4, 14],
  ];
  for (const [id, h, disc, angle, slope] of upper) {
    segments.push({
      id,
      disc: disc * MM,
      angle: deg(angle),
      height: h * MM,
      depth: (id === 'C7' ? 18 : 25) * MM,
      width: (id === 'C7' ? 26 : 30) * MM,
      bodyToTip: (id === 'C7' ? UPPER_BODY.c7Prominence.value : 50) * MM,
      tipDrop: deg(slope),
      tpHalfSpan: 34 * MM,
      gap: 5 * MM,
      meshed: false,
    });
  }

  // Chain in a provisional frame: S1 endplate centre at the origin, tilted by the sacral slope.
  let phi = -deg(GLOBAL.sacralSlope.value);
  let endplate: V3 = [0, 0, 0];
  const raw: VertebraPlan[] = [];
  for (const sgm of segments) {
    const lower = frameOf(phi);
    const discCentre = madd(endplate, lower.up, sgm.disc / 2);
    phi += sgm.angle;
    const f = frameOf(phi);
    const center = madd(discCentre, f.up, sgm.disc / 2 + sgm.height / 2);
    endplate = madd(center, f.up, sgm.height / 2);
    // Spinous processes point backwards (and down by their slope) in the standing body, not
    // along the tilted body axis.
    const wall = madd(center, f.post, sgm.depth / 2);
    const tip = madd(wall, [0, -Math.sin(sgm.tipDrop), Math.cos(sgm.tipDrop)], sgm.bodyToTip);
    raw.push({
      id: sgm.id,
      center,
      phi,
      up: f.up,
      post: f.post,
      height: sgm.height,
      depth: sgm.depth,
      width: sgm.width,
      bodyToTip: sgm.bodyToTip,
      tipDrop: sgm.tipDrop,
      tpHalfSpan: sgm.tpHalfSpan,
      spinousHeight: 0,
      spinousTip: tip,
      meshed: sgm.meshed,
    });
  }

  // Frame origin: y = 0 at Tuffier's line, which crosses the spine at the spinous tip of the
  // table's Tuffier level (L4); z = 0 at the anterior surface of the L4 body (mid-height);
  // x = 0 the midline.
  const l4 = raw.find((v) => v.id === 'L4');
  const tuffier = raw.find((v) => v.id === GLOBAL.tuffierLevel.value);
  if (!l4 || !tuffier) throw new Error('L4 / Tuffier level missing from the chain');
  const l4Front = madd(l4.center, l4.post, -l4.depth / 2);
  const shift: V3 = [0, -tuffier.spinousTip[1], -l4Front[2]];
  const vertebrae = raw.map((v) => ({ ...v, center: add(v.center, shift), spinousTip: add(v.spinousTip, shift) }));
  const s1Endplate = add([0, 0, 0], shift);

  // Sacrum + coccyx centre line.
  const sacrumLength = GLOBAL.sacrumLength.value * MM;
  const coccyxLength = GLOBAL.coccyxLength.value * MM;
  const psi0 = deg(GLOBAL.sacralSlope.value);
  const sacralCurve = deg(GLOBAL.sacralCurve.value);
  const coccyxCurve = deg(35);
  const psiAt = (sv: number): number =>
    sv <= sacrumLength
      ? psi0 - (sacralCurve * sv) / sacrumLength
      : psi0 - sacralCurve - (coccyxCurve * (sv - sacrumLength)) / coccyxLength;
  // Integrate the curve once on a fine table (deterministic, exact enough).
  const STEP = 0.0005;
  const total = sacrumLength + coccyxLength;
  const table: V3[] = [s1Endplate];
  let pt = s1Endplate;
  for (let sv = 0; sv < total + 0.02; sv += STEP) {
    const psi = psiAt(sv + STEP / 2);
    pt = madd(pt, [0, -Math.cos(psi), Math.sin(psi)], STEP);
    table.push(pt);
  }
  const sacralAt = (sv: number): SacralFrame => {
    const cl = Math.max(0, Math.min(sv, total + 0.015));
    const i = Math.floor(cl / STEP);
    const t = cl / STEP - i;
    const a = table[Math.min(i, table.length - 1)] as V3;
    const b = table[Math.min(i + 1, table.length - 1)] as V3;
    const psi = psiAt(cl);
    return {
      point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t],
      dir: [0, -Math.cos(psi), Math.sin(psi)],
      post: [0, Math.sin(psi), Math.cos(psi)],
    };
  };
  // The dorsal arch of each sacral segment leans caudally (the median crest), like the spinous
  // processes above it: the sacral "posterior" axis turned 20° downwards.
  const dorsalDir = (f: SacralFrame): V3 => {
    const c = Math.cos(deg(20));
    const sn = Math.sin(deg(20));
    return [0, f.post[1] * c + f.dir[1] * sn, f.post[2] * c + f.dir[2] * sn];
  };
  const sacralDorsalDepth = (sv: number): number => {
    const t = Math.max(0, Math.min(1, sv / sacrumLength));
    return 0.049 - 0.034 * t;
  };
  const segLen = [30, 25, 21, 16, 13].map((x) => x * MM);
  const sacralSegmentS: number[] = [];
  let acc = 0;
  for (const l of segLen) {
    sacralSegmentS.push(acc + l / 2);
    acc += l;
  }
  const tubercleAt = (sv: number): V3 => {
    const f = sacralAt(sv);
    return madd(f.point, dorsalDir(f), sacralDorsalDepth(sv) + 0.003);
  };
  const sacralTubercles = sacralSegmentS.slice(0, 4).map(tubercleAt);
  const hiatusFrame = sacralAt(sacrumLength - 0.012);
  // The hiatus opens in the dorsal surface at S5: its landmark sits just under that surface.
  const sacralHiatus = madd(hiatusFrame.point, dorsalDir(hiatusFrame), sacralDorsalDepth(sacrumLength - 0.012) - 0.004);
  const coccyxTip = sacralAt(total).point;

  // Spinous tips: set their craniocaudal height from the gaps.
  for (let i = 0; i < vertebrae.length; i++) {
    const v = vertebrae[i] as VertebraPlan;
    const below = i === 0 ? (sacralTubercles[0] as V3) : (vertebrae[i - 1] as VertebraPlan).spinousTip;
    const gap = (segments[i] as Segment).gap;
    const dist = Math.hypot(v.spinousTip[1] - below[1], v.spinousTip[2] - below[2]);
    v.spinousHeight = Math.max(0.008, dist - gap);
  }

  // Pelvis key points.
  // PSIS at the table's level (S2).
  const s2 = sacralTubercles[Number(GLOBAL.psisLevel.value.slice(1)) - 1] as V3;
  const psisLat = GLOBAL.psisLateral.value * MM;
  const psisR: V3 = [psisLat, s2[1], s2[2] + 0.004];
  // The iliac wing is modelled on a sphere; its crest peaks 19° behind the lateral direction,
  // at Tuffier's line (y = 0) and at the tabulated distance from the midline.
  const CREST_PHI = deg(19);
  const wingR = 0.096;
  const wingCy = -0.073;
  const wingRh = Math.sqrt(wingR * wingR - wingCy * wingCy) + 0.002;
  const wingC: V3 = [GLOBAL.iliacCrestLateral.value * MM - wingRh * Math.cos(CREST_PHI), wingCy, 0.006];
  const crestR: V3 = [GLOBAL.iliacCrestLateral.value * MM, 0, wingC[2] + wingRh * Math.sin(CREST_PHI)];
  const hipR: V3 = [GLOBAL.hipJointLateral.value * MM, -GLOBAL.hipJointBelowCrest.value * MM, s1Endplate[2] - 0.028];
  const trochR: V3 = [GLOBAL.trochanterLateral.value * MM, hipR[1] - 0.004, hipR[2] + 0.006];
  const asisR: V3 = [0.118, -0.062, hipR[2] - 0.06];
  const ischR: V3 = [0.058, hipR[1] - 0.07, hipR[2] + 0.03];
  const mir = (p: V3): V3 => [-p[0], p[1], p[2]];

  // Midline spinous profile for the skin: from the top thoracic tip down to the coccyx.
  const profile: Array<[number, number]> = [];
  for (let i = vertebrae.length - 1; i >= 0; i--) {
    const t = (vertebrae[i] as VertebraPlan).spinousTip;
    profile.push([t[1], t[2]]);
  }
  for (let sv = 0.01; sv <= total; sv += 0.01) {
    const f = sacralAt(sv);
    const p = madd(f.point, dorsalDir(f), sv <= sacrumLength ? sacralDorsalDepth(sv) : 0.008);
    if (p[1] < (profile[profile.length - 1] as [number, number])[0] - 0.005) profile.push([p[1], p[2]]);
  }
  // Smoothed (Gaussian, σ = 15 mm) and resampled every 5 mm: the raw tips wobble by a few mm
  // from level to level and would print a shading band at every vertebra.
  const rawLine = (y: number): number => {
    const first = profile[0] as [number, number];
    const last = profile[profile.length - 1] as [number, number];
    if (y >= first[0]) return first[1];
    if (y <= last[0]) return last[1];
    for (let i = 0; i < profile.length - 1; i++) {
      const a = profile[i] as [number, number];
      const b = profile[i + 1] as [number, number];
      if (y <= a[0] && y >= b[0]) return a[1] + ((b[1] - a[1]) * (a[0] - y)) / (a[0] - b[0]);
    }
    return last[1];
  };
  // Below T6 the profile is the lumbar-sacral model's (the line held flat above the T6 tip), so
  // that the skin the motion engine works on (T10 and down, and the hands' fingers above it)
  // stays as it was; from T6 to T4 it blends into the upper thoracic kyphosis.
  const t6 = vertebrae.find((v) => v.id === 'T6');
  if (!t6) throw new Error('T6 missing from the chain');
  const lowerLine = (y: number): number => (y >= t6.spinousTip[1] ? t6.spinousTip[2] : rawLine(y));
  const smoothAt = (line: (y: number) => number, y: number): number => {
    let sw = 0;
    let sz = 0;
    for (let k = -45; k <= 45; k += 3) {
      const w = Math.exp(-(k * k) / (2 * 15 * 15));
      sw += w;
      sz += w * line(y + k * MM);
    }
    return sz / sw;
  };
  const smoothKeys: Array<readonly [number, number]> = [];
  const upperFrom = t6.spinousTip[1] + 0.015;
  const upperTo = upperFrom + 0.05;
  for (let y = -0.25; y <= 0.5; y += 0.005) {
    const lo = smoothAt(lowerLine, y);
    if (y <= upperFrom) {
      smoothKeys.push([y, lo]);
      continue;
    }
    const t = Math.min(1, (y - upperFrom) / (upperTo - upperFrom));
    const w = t * t * (3 - 2 * t);
    smoothKeys.push([y, lo + (smoothAt(rawLine, y) - lo) * w]);
  }
  const spinousLineZ = curve1d(smoothKeys);
  /** The unsmoothed polyline through the tips (bone positions). */
  const spinousLineRaw = rawLine;

  const byId = new Map(vertebrae.map((v) => [v.id, v] as const));

  // Shoulder girdle (right side; mirror for the left), in the (x, y) plane of the back: the
  // skin field sets the depth. Levels are those of the spinous tips (how they are palpated).
  const tipY = (id: string): number => {
    const v = byId.get(id);
    if (!v) throw new Error(`vertebra ${id} missing from the chain`);
    return v.spinousTip[1];
  };
  const medial = UPPER_BODY.scapulaMedialBorder.value * MM;
  const spineY = tipY(UPPER_BODY.scapulaSpineLevel.value);
  const c7 = (byId.get('C7') as VertebraPlan).spinousTip;
  const acromionR: [number, number] = [(UPPER_BODY.shoulderBreadth.value / 2 - 12) * MM, c7[1] - 0.028];
  const scapula = {
    spineRoot: [medial, spineY] as [number, number],
    superiorAngle: [medial + 0.006, tipY(UPPER_BODY.scapulaSuperiorAngleLevel.value)] as [number, number],
    inferiorAngle: [medial + UPPER_BODY.scapulaInferiorAngleOffset.value * MM, tipY(UPPER_BODY.scapulaInferiorAngleLevel.value)] as [
      number,
      number,
    ],
    lateralAngle: [medial + UPPER_BODY.scapulaWidth.value * MM, spineY + 0.012] as [number, number],
    acromion: acromionR,
  };
  return {
    vertebrae,
    byId,
    sacralAt,
    sacrumLength,
    coccyxLength,
    sacralDorsalDepth,
    sacralDorsalDir: dorsalDir,
    sacralSegmentS,
    sacralTubercles,
    sacralHiatus,
    coccyxTip,
    s1Endplate,
    psis: { left: mir(psisR), right: psisR },
    crestTop: { left: mir(crestR), right: crestR },
    iliacWing: { center: wingC, radius: wingR },
    asis: { left: mir(asisR), right: asisR },
    hip: { left: mir(hipR), right: hipR },
    trochanter: { left: mir(trochR), right: trochR },
    ischialTuberosity: { left: mir(ischR), right: ischR },
    spinousLineZ,
    spinousLineRaw,
    tuffierY: 0,
    scapula,
    c7Tip: c7,
  };
}
