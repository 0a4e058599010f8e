/**
 * The skin as a signed distance field in the body frame: a lofted torso whose back carries the
 * erector columns, the spinal groove, the iliac crest line and the sacral dimples; buttocks with a
 * gluteal cleft and folds; thighs with hamstring and vastus masses; a rounded top.
 */
import { GLOBAL, UPPER_BODY } from '../../src/domain/anatomy/params.ts';
import type { BodyPlan } from './bodyPlan.ts';
import { curve1d } from './curve1d.ts';
import { cone, ellipsoid, gauss, smax, smin, type Field } from './sdf.ts';
import { mix, smoothstep, type V3 } from './vec.ts';

/** Distance from a point to a segment in a plane. */
function segment2d(px: number, py: number, a: readonly [number, number], b: readonly [number, number]): number {
  const ex = b[0] - a[0];
  const ey = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((px - a[0]) * ex + (py - a[1]) * ey) / (ex * ex + ey * ey)));
  return Math.hypot(px - a[0] - ex * t, py - a[1] - ey * t);
}

export interface SkinShape {
  field: Field;
  bounds: { min: [number, number, number]; max: [number, number, number] };
  /** Lowest and highest y of the skin. */
  yTop: number;
  yBottom: number;
  /** The back as a height field z = H(x, y) (before the torso's outline clips it). */
  backHeight: (x: number, y: number) => number;
}

/** Signed distance to a triangle in a plane (negative inside). */
export function triangle2d(px: number, py: number, a: readonly [number, number], b: readonly [number, number], c: readonly [number, number]): number {
  const edge = (p0: readonly [number, number], p1: readonly [number, number]): number => {
    const ex = p1[0] - p0[0];
    const ey = p1[1] - p0[1];
    const wx = px - p0[0];
    const wy = py - p0[1];
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    return Math.hypot(wx - ex * t, wy - ey * t);
  };
  const d = Math.min(edge(a, b), edge(b, c), edge(c, a));
  const side = (p0: readonly [number, number], p1: readonly [number, number]): number =>
    (p1[0] - p0[0]) * (py - p0[1]) - (p1[1] - p0[1]) * (px - p0[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inside ? -d : d;
}

/**
 * One buttock: an asymmetric ellipsoid (fuller below, flatter medially). The two overlap so that
 * they form one rounded mass; the cleft is pressed into it separately. Shared with the gluteus
 * maximus, which lies under it.
 */
export function buttockField(side: 1 | -1): Field {
  return (x, y, z) => {
    const py = y + 0.19;
    const ry = py > 0 ? 0.125 : 0.1;
    const px = x - side * 0.064;
    const rx = px * side < 0 ? 0.084 : 0.104;
    return ellipsoid(px, py, z - 0.08, [rx, ry, 0.084]);
  };
}

export function createSkinField(plan: BodyPlan): SkinShape {
  const yTop = 0.72;
  const yBottom = -0.54;

  const halfWidth = curve1d([
    [0.5, 0.06],
    [0.46, 0.125],
    [0.42, 0.152],
    [0.3, 0.157],
    [0.22, 0.152],
    [0.15, 0.143],
    [0.08, 0.134],
    [0.03, 0.142],
    [-0.02, 0.158],
    [-0.08, 0.17],
    [-0.14, 0.174],
    [-0.2, 0.166],
    [-0.26, 0.14],
    [-0.32, 0.1],
  ]);
  const tissue = curve1d([
    [0.42, 0.01],
    [0.3, 0.009],
    [0.2, 0.01],
    [0.1, 0.011],
    [0.0, 0.011],
    [-0.06, 0.009],
    [-0.12, 0.009],
  ]);
  const frontZ = curve1d([
    [0.5, -0.06],
    [0.46, -0.1],
    [0.42, -0.13],
    [0.3, -0.128],
    [0.18, -0.118],
    [0.08, -0.124],
    [-0.03, -0.132],
    [-0.12, -0.12],
    [-0.2, -0.095],
    [-0.28, -0.05],
  ]);

  // The back as a height field z = H(x, y): the midline over the spinous tips, the erector
  // columns either side (thick in the lumbar region, thin over the thorax), the rib cage and
  // shoulder blades lateral to them above T12, the gluteal shelf below the crests, and the
  // midline sinking into the sacral triangle and the gluteal cleft.
  const erectorAmp = curve1d([
    [0.4, 0.006],
    [0.25, 0.008],
    [0.17, 0.012],
    [0.09, 0.019],
    [0.02, 0.02],
    [-0.04, 0.016],
    [-0.1, 0.002],
  ]);
  // Crest of each column at the table's offset (3–4 cm), a little closer in over the sacrum.
  const eo = GLOBAL.erectorOffset.value / 1000;
  const erectorX = curve1d([
    [0.3, eo * 0.95],
    [0.1, eo],
    [-0.04, eo * 0.84],
  ]);
  const erectorSigma = curve1d([
    [0.3, 0.017],
    [0.08, 0.02],
    [-0.06, 0.016],
  ]);
  const ribAmp = curve1d([
    [0.42, 0.026],
    [0.27, 0.04],
    [0.2, 0.032],
    [0.14, 0.015],
    [0.08, 0.0],
  ]);
  const shelfAmp = curve1d([
    [0.02, 0.0],
    [-0.04, 0.012],
    [-0.1, 0.029],
    [-0.18, 0.04],
  ]);
  const cleftDepth = curve1d([
    [-0.1, 0.0],
    [-0.14, 0.004],
    [-0.17, 0.016],
  ]);
  // Symmetric pairs of Gaussians (smooth across the midline, unlike a Gaussian of |x|).
  const pair = (x: number, c: number, sg: number): number => gauss(x - c, sg) + gauss(x + c, sg);
  // Lower ends of the shoulder blades (inferior angles near T7): flat plates whose lower border
  // slants up and out, fading out at the top of the model.
  // The whole blades (issue 10): a raised triangular plate from the superior to the inferior
  // angle and out to the glenoid, with the spine of the scapula as a ridge to the acromion.
  const sc = plan.scapula;
  // Below T5 the lower ends of the blades keep the lumbar-sacral model's relief (so the skin
  // under the fingers of hands working at T10–T12 is as it was); above, the whole blade.
  const lowerBlades = (x: number, y: number): number => {
    const ax = Math.abs(x);
    const u = ax - 0.085;
    const lower = y - (0.275 + 0.35 * Math.max(0, ax - 0.07));
    return 0.0055 * Math.exp(-(u * u) / (2 * 0.032 * 0.032)) * smoothstep(-0.02, 0.03, lower);
  };
  const scapula = (x: number, y: number): number => {
    const w = smoothstep(0.29, 0.33, y);
    if (w <= 0) return lowerBlades(x, y);
    return lowerBlades(x, y) * (1 - w) + wholeBlade(x, y) * w;
  };
  const wholeBlade = (x: number, y: number): number => {
    const ax = Math.abs(x);
    const t = triangle2d(ax, y, sc.superiorAngle, sc.inferiorAngle, sc.lateralAngle);
    const plate = 0.006 * smoothstep(0.012, -0.012, t);
    const sp = segment2d(ax, y, sc.spineRoot, sc.acromion);
    const ridge = 0.0035 * Math.exp(-(sp * sp) / (2 * 0.009 * 0.009)) * smoothstep(sc.spineRoot[0] - 0.01, sc.spineRoot[0] + 0.02, ax);
    return plate + ridge;
  };
  const bumps = (x: number, y: number): number =>
    erectorAmp(y) * pair(x, erectorX(y), erectorSigma(y)) +
    ribAmp(y) * pair(x, 0.09, 0.045) +
    shelfAmp(y) * pair(x, 0.075, 0.05) +
    scapula(x, y);
  const H = (x: number, y: number): number => {
    // The midline lies exactly `tissue` behind the spinous tips; the columns, ribs and gluteal
    // shelf rise from it (the pairs of Gaussians have their minimum on the midline).
    const mid = plan.spinousLineZ(y) + tissue(y);
    const cleft = cleftDepth(y) * gauss(x, 0.011);
    return mid + bumps(x, y) - bumps(0, y) - cleft;
  };
  const backZ = (y: number): number => H(0.06, y) + 0.03;

  // Iliac crest: the crest curve in the (|x|, y) plane, from PSIS round to the flank.
  const psis = plan.psis.right;
  const crestY = curve1d([
    [psis[0], psis[1]],
    [0.07, -0.038],
    [0.1, -0.011],
    [0.125, 0.0],
    [0.15, -0.006],
    [0.175, -0.02],
  ]);

  const torso = (x: number, y: number, z: number): number => {
    const ax = Math.abs(x);
    const a = halfWidth(y);
    const zb = backZ(y);
    const zf = frontZ(y);
    const zc = (zb + zf) / 2;
    const dz = z - zc;
    const r = dz >= 0 ? zb - zc : zc - zf;
    const n = dz >= 0 ? 3.0 : 2.1;
    const q1 = Math.pow(ax / a, n);
    const q2 = Math.pow(Math.abs(dz) / r, n);
    const k = Math.pow(q1 + q2, 1 / n);
    const w = q1 + q2 > 0 ? q1 / (q1 + q2) : 0;
    let d = (k - 1) * (a * w + r * (1 - w));

    if (dz > 0) {
      let h = H(x, y);
      // Iliac crest line: a shallow crease on the crest, flank fullness above it, bone ridge below.
      const cy = crestY(ax);
      const eps = 0.001;
      const slope = (crestY(ax + eps) - crestY(ax - eps)) / (2 * eps);
      const sperp = (y - cy) / Math.sqrt(1 + slope * slope);
      const crestFade = smoothstep(psis[0] + 0.02, psis[0] + 0.05, ax) * (1 - smoothstep(0.165, 0.19, ax));
      h +=
        crestFade *
        (-0.0028 * gauss(sperp - 0.002, 0.0105) + 0.0035 * gauss(sperp - 0.032, 0.017) + 0.0012 * gauss(sperp + 0.014, 0.009));
      d = smax(d, z - h, 0.02);
    }
    // Dome the top (shoulder-blade level): no flat cut, and close the bottom into the thighs.
    // (Above T6 the chest rounds into the shoulder girdle, the neck and the head, added below.)
    d = smax(d, ellipsoid(x, Math.max(0, y - 0.25), z - 0.005, [0.172, 0.235, 0.16]), 0.03);
    d = smax(d, -(y + 0.27), 0.06);
    return d;
  };

  const buttock = (x: number, y: number, z: number, side: 1 | -1): number => buttockField(side)(x, y, z);

  const thighAxis = (y: number, side: number): [number, number] => {
    const t = smoothstep(-0.2, -0.55, y);
    return [side * mix(0.098, 0.092, t), mix(-0.004, 0.006, t)];
  };
  const thighR = curve1d([
    [-0.2, 0.088],
    [-0.3, 0.081],
    [-0.42, 0.071],
    [-0.55, 0.063],
  ]);
  const thigh = (x: number, y: number, z: number, side: number): number => {
    const [cx, cz] = thighAxis(y, side);
    const r = thighR(y);
    let d = Math.hypot((x - cx) / 1.0, (z - cz) / 0.95) - r;
    // Hamstrings (back) and vastus lateralis (side) make the thigh not a cylinder.
    // Hamstrings (back), vastus lateralis (outer side), adductors (inner, high) and quadriceps
    // (front) give the thigh its rounded-triangular, tapering section.
    const ham = ellipsoid(x - cx - side * 0.004, y + 0.38, z - cz - 0.04, [0.05, 0.15, 0.045]);
    const vas = ellipsoid(x - cx - side * 0.045, y + 0.42, z - cz + 0.004, [0.04, 0.15, 0.055]);
    const add = ellipsoid(x - cx + side * 0.045, y + 0.33, z - cz + 0.005, [0.04, 0.12, 0.05]);
    const quad = ellipsoid(x - cx, y + 0.43, z - cz + 0.042, [0.05, 0.16, 0.04]);
    d = smin(d, ham, 0.03);
    d = smin(d, vas, 0.03);
    d = smin(d, add, 0.03);
    d = smin(d, quad, 0.03);
    d = smax(d, y - -0.16, 0.04);
    return smax(d, -(y - yBottom), 0.035);
  };

  const cleftSigma = curve1d([
    [-0.12, 0.011],
    [-0.17, 0.0075],
    [-0.22, 0.007],
  ]);
  const cleftPress = curve1d([
    [-0.12, 0.0],
    [-0.15, 0.01],
    [-0.19, 0.03],
    [-0.24, 0.028],
    [-0.29, 0.0],
  ]);
  // Shoulder girdle, neck and head (issue 10), far above the lumbar-sacral region.
  const ac = plan.scapula.acromion;
  const c7 = plan.c7Tip;
  const neckBase: V3 = [0, c7[1] - 0.03, c7[2] - 0.06];
  const neckTop: V3 = [0, c7[1] + 0.1, c7[2] - 0.075];
  const headC: V3 = [0, c7[1] + 0.185, c7[2] - 0.085];
  const headR: V3 = [UPPER_BODY.headBreadth.value / 2000, 0.108, UPPER_BODY.headLength.value / 2000];
  const upper = (x: number, y: number, z: number): number => {
    const ax = Math.abs(x);
    // Shoulder cap (deltoid over the acromion and the humeral head).
    const cap = ellipsoid(ax - (ac[0] - 0.014), y - (ac[1] - 0.04), z - (backZ(ac[1]) - 0.085), [0.046, 0.075, 0.056]);
    // Trapezius: the slope from the neck to the acromion.
    const trap = cone(ax, y, z, [0.03, c7[1] + 0.035, c7[2] - 0.05], [ac[0] - 0.02, ac[1] + 0.004, backZ(ac[1]) - 0.07], 0.045, 0.034);
    const neck = cone(x, y, z, neckBase, neckTop, 0.058, 0.052);
    const head = smin(
      ellipsoid(x - headC[0], y - headC[1], z - headC[2], headR),
      ellipsoid(x, y - headC[1] - 0.015, z - headC[2] - 0.018, [headR[0] * 0.95, 0.085, 0.08]),
      0.02,
    );
    let d = smin(cap, trap, 0.04);
    d = smin(d, neck, 0.04);
    return smin(d, head, 0.035);
  };

  const field: Field = (x, y, z) => {
    let d = torso(x, y, z);
    // Blended in above the lower chest only (the blend radius grows from 0 so that nothing changes
    // below y = 0.22, i.e. T10 and everything under it stays as it was).
    if (y > 0.22) d = smin(d, upper(x, y, z), 0.05 * smoothstep(0.22, 0.3, y));
    // One thigh per side (never blended with each other), merged into the hips above the crotch.
    d = smin(d, thigh(x, y, z, x >= 0 ? 1 : -1), mix(0.008, 0.04, smoothstep(-0.32, -0.22, y)));
    const b = smin(buttock(x, y, z, 1), buttock(x, y, z, -1), 0.01);
    const k = mix(0.012, 0.05, smoothstep(-0.27, -0.12, y));
    d = smin(d, b, k);
    // The gluteal cleft: a narrow smooth groove pressed between the buttocks, down towards the
    // coccyx (a Gaussian of the distance to the midline, deepest at the coccyx).
    d += cleftPress(y) * gauss(x, cleftSigma(y)) * smoothstep(0.03, 0.08, z);
    // The hollow behind the greater trochanter, on the side of the buttock.
    const troch = plan.trochanter.right;
    d += 0.0045 * Math.exp(-((Math.abs(x) - troch[0] + 0.01) ** 2 + (y - troch[1] - 0.005) ** 2) / (2 * 0.03 ** 2)) * smoothstep(0.0, 0.05, z);
    // Sacral dimples over the PSIS, pressed into the final surface (after the buttocks blend).
    const dimple = Math.exp(-((Math.abs(x) - psis[0]) ** 2) / (2 * 0.0095 ** 2) - (y - psis[1]) ** 2 / (2 * 0.012 ** 2));
    return d + 0.0065 * dimple * smoothstep(0.06, 0.09, z);
  };

  return {
    field,
    bounds: { min: [-0.215 - 0.0035 * 7, yBottom - 0.012, -0.17], max: [0.215 + 0.0035 * 7, yTop + 0.012, 0.21] },
    yTop,
    yBottom,
    backHeight: H,
  };
}
