/**
 * The skin as a signed distance field in the body frame: a lofted torso whose back carries the
 * erector columns, the spinal groove, the iliac crest line and the sacral dimples; buttocks with a
 * gluteal cleft and folds; thighs with hamstring and vastus masses; a rounded top.
 */
import type { BodyPlan } from './bodyPlan.ts';
import { curve1d } from './curve1d.ts';
import { ellipsoid, gauss, smax, smin, type Field } from './sdf.ts';
import { mix, smoothstep } from './vec.ts';

export interface SkinShape {
  field: Field;
  bounds: { min: [number, number, number]; max: [number, number, number] };
  /** Lowest and highest y of the skin. */
  yTop: number;
  yBottom: number;
}

export function createSkinField(plan: BodyPlan): SkinShape {
  const yTop = 0.375;
  const yBottom = -0.54;

  const halfWidth = curve1d([
    [0.42, 0.152],
    [0.3, 0.157],
    [0.22, 0.152],
    [0.15, 0.143],
    [0.08, 0.134],
    [0.03, 0.138],
    [-0.02, 0.15],
    [-0.08, 0.163],
    [-0.14, 0.17],
    [-0.2, 0.166],
    [-0.26, 0.14],
    [-0.32, 0.1],
  ]);
  const tissue = curve1d([
    [0.42, 0.02],
    [0.3, 0.016],
    [0.2, 0.012],
    [0.1, 0.011],
    [0.0, 0.011],
    [-0.06, 0.009],
    [-0.12, 0.009],
  ]);
  const recede = (y: number): number => smoothstep(-0.1, -0.2, y);
  const backZ = (y: number): number => mix(plan.spinousLineZ(y) + tissue(y), 0.03, recede(y));
  const frontZ = curve1d([
    [0.42, -0.13],
    [0.25, -0.13],
    [0.1, -0.125],
    [0.0, -0.128],
    [-0.1, -0.122],
    [-0.2, -0.095],
    [-0.28, -0.05],
  ]);

  // Erector columns.
  const erectorAmp = curve1d([
    [0.36, 0.003],
    [0.25, 0.006],
    [0.17, 0.01],
    [0.07, 0.015],
    [0.0, 0.014],
    [-0.05, 0.008],
    [-0.1, 0.0],
  ]);
  const erectorX = curve1d([
    [0.3, 0.042],
    [0.1, 0.04],
    [-0.04, 0.034],
  ]);
  const erectorSigma = 0.019;

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
    const n = dz >= 0 ? 2.5 : 2.1;
    const q1 = Math.pow(ax / a, n);
    const q2 = Math.pow(Math.abs(dz) / r, n);
    const k = Math.pow(q1 + q2, 1 / n);
    const w = q1 + q2 > 0 ? q1 / (q1 + q2) : 0;
    let d = (k - 1) * (a * w + r * (1 - w));

    // Relief on the back only.
    const back = smoothstep(0.2, 0.75, dz / r) * (1 - smoothstep(0.75, 1.0, ax / a));
    if (back > 0) {
      const ex = erectorX(y);
      const bulge = erectorAmp(y) * gauss(ax - ex, erectorSigma);
      // Iliac crest line: a shallow crease on the crest, flank fullness above it, bone ridge below.
      const cy = crestY(ax);
      const h = 0.001;
      const slope = (crestY(ax + h) - crestY(ax - h)) / (2 * h);
      const sperp = (y - cy) / Math.sqrt(1 + slope * slope);
      const crestFade = smoothstep(psis[0] + 0.01, psis[0] + 0.035, ax) * (1 - smoothstep(0.165, 0.19, ax));
      const crest =
        crestFade *
        (-0.0035 * gauss(sperp - 0.002, 0.007) + 0.004 * gauss(sperp - 0.03, 0.016) + 0.0015 * gauss(sperp + 0.012, 0.006));
      // Sacral dimples over the PSIS.
      const dimple = -0.0045 * Math.exp(-((ax - psis[0]) ** 2) / (2 * 0.0085 ** 2) - (y - psis[1]) ** 2 / (2 * 0.011 ** 2));
      d -= back * (bulge + crest + dimple);
    }
    // Round the top (shoulder-blade level) and close the bottom into the thighs.
    d = smax(d, y - yTop, 0.07);
    d = smax(d, -(y + 0.27), 0.06);
    return d;
  };

  // Buttocks: asymmetric ellipsoids (fuller below), meeting in a crease = the gluteal cleft.
  const buttock = (x: number, y: number, z: number, side: number): number => {
    const cx = side * 0.076;
    const cy = -0.188;
    const cz = 0.084;
    const py = y - cy;
    const ry = py > 0 ? 0.112 : 0.1;
    const px = x - cx;
    // Slightly flatter on the medial face so that the cheeks press together.
    const rx = px * side < 0 ? 0.088 : 0.098;
    return ellipsoid(px, py, z - cz, [rx, ry, 0.086]);
  };

  const thighAxis = (y: number, side: number): [number, number] => {
    const t = smoothstep(-0.2, -0.55, y);
    return [side * mix(0.094, 0.086, t), mix(-0.004, 0.006, t)];
  };
  const thighR = curve1d([
    [-0.2, 0.09],
    [-0.3, 0.086],
    [-0.42, 0.079],
    [-0.55, 0.072],
  ]);
  const thigh = (x: number, y: number, z: number, side: number): number => {
    const [cx, cz] = thighAxis(y, side);
    const r = thighR(y);
    let d = Math.hypot((x - cx) / 1.0, (z - cz) / 0.95) - r;
    // Hamstrings (back) and vastus lateralis (side) make the thigh not a cylinder.
    const ham = ellipsoid(x - cx - side * 0.005, y + 0.39, z - cz - 0.045, [0.052, 0.14, 0.042]);
    const vas = ellipsoid(x - cx - side * 0.05, y + 0.4, z - cz + 0.005, [0.036, 0.13, 0.055]);
    d = smin(d, ham, 0.03);
    d = smin(d, vas, 0.03);
    d = smax(d, y - -0.16, 0.04);
    return smax(d, -(y - yBottom), 0.025);
  };

  const field: Field = (x, y, z) => {
    let d = torso(x, y, z);
    d = smin(d, thigh(x, y, z, 1), 0.04);
    d = smin(d, thigh(x, y, z, -1), 0.04);
    const b = smin(buttock(x, y, z, 1), buttock(x, y, z, -1), 0.006);
    const k = mix(0.012, 0.05, smoothstep(-0.27, -0.12, y));
    return smin(d, b, k);
  };

  return {
    field,
    bounds: { min: [-0.215, yBottom - 0.012, -0.17], max: [0.215, yTop + 0.012, 0.21] },
    yTop,
    yBottom,
  };
}
