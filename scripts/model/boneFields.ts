/** Signed distance fields of the bones, placed by the body plan. */
import { UPPER_BODY } from '../../src/domain/anatomy/params.ts';
import type { BodyPlan, VertebraPlan } from './bodyPlan.ts';
import { curve1d } from './curve1d.ts';
import { cone, polyTube, roundBox, roundCylinder, smax, smin, sphere, type Field } from './sdf.ts';
import { boundsOf, cross, deg, normalize, sub, type V3 } from './vec.ts';

export interface BoneShape {
  field: Field;
  min: [number, number, number];
  max: [number, number, number];
}


/** One vertebra: body, pedicles, laminae, spinous process, transverse and articular processes. */
export function vertebraShape(v: VertebraPlan): BoneShape {
  const thoracic = v.id.startsWith('T');
  const toLocal = (x: number, y: number, z: number): V3 => {
    const qx = x - v.center[0];
    const qy = y - v.center[1];
    const qz = z - v.center[2];
    return [qx, qy * v.up[1] + qz * v.up[2], qy * v.post[1] + qz * v.post[2]];
  };
  const tip = toLocal(...v.spinousTip);
  const hd = v.depth / 2;
  const base: V3 = [0, 0.002, hd + 0.02];
  const sDir = normalize(sub(tip, base));
  const sSide: V3 = [1, 0, 0];
  const sUp = normalize(cross(sDir, sSide));
  const sLen = Math.hypot(tip[0] - base[0], tip[1] - base[1], tip[2] - base[2]);
  const sMid: V3 = [(tip[0] + base[0]) / 2, (tip[1] + base[1]) / 2, (tip[2] + base[2]) / 2];
  const sHalfH = Math.min(v.spinousHeight / 2, thoracic ? 0.007 : 0.013);
  const tpZ = hd + (thoracic ? 0.022 : 0.01);
  const tpY = thoracic ? 0.006 : 0.002;
  const field: Field = (x, y, z) => {
    const [lx, ly, lz] = toLocal(x, y, z);
    // Body with a slight waist.
    const waist = 1 - 0.06 * Math.cos((ly / (v.height / 2)) * (Math.PI / 2));
    let d = roundCylinder(lx, ly, lz, (v.width / 2) * waist, hd * waist, v.height / 2, 0.003);
    const ax = Math.abs(lx);
    // Pedicles and laminae (the neural arch around the canal).
    const ped = cone(ax, ly, lz, [0.011, 0.004, hd - 0.004], [0.013, 0.003, hd + 0.013], 0.0055, 0.005);
    const lam = cone(ax, ly, lz, [0.013, 0.002, hd + 0.013], [0, 0, hd + 0.022], 0.0055, 0.006);
    // Spinous process: a rounded blade from the laminae to the tip.
    const px = lx - sMid[0];
    const py = ly - sMid[1];
    const pz = lz - sMid[2];
    const bl = roundBox(px * sSide[0], py * sUp[1] + pz * sUp[2], py * sDir[1] + pz * sDir[2], [0.0032, sHalfH, sLen / 2], 0.003);
    // Transverse processes.
    const tp = cone(ax, ly, lz, [0.012, tpY, hd + 0.012], [v.tpHalfSpan, tpY - 0.002, tpZ], 0.0055, 0.0045);
    // Articular processes (superior and inferior facets).
    const sup = cone(ax, ly, lz, [0.016, 0.004, hd + 0.015], [0.017, 0.018, hd + 0.017], 0.0055, 0.005);
    const inf = cone(ax, ly, lz, [0.011, -0.002, hd + 0.02], [0.012, -0.018, hd + 0.021], 0.005, 0.0045);
    const arch = Math.min(ped, lam, tp, sup, inf);
    d = smin(d, arch, 0.004);
    d = smin(d, bl, 0.004);
    return d;
  };
  const pts: V3[] = [];
  const w = (p: V3): V3 => [
    v.center[0] + p[0],
    v.center[1] + p[1] * v.up[1] + p[2] * v.post[1],
    v.center[2] + p[1] * v.up[2] + p[2] * v.post[2],
  ];
  for (const sx of [-1, 1]) {
    pts.push(w([sx * (v.tpHalfSpan + 0.006), 0, tpZ]), w([sx * v.width * 0.55, v.height * 0.55, -hd]), w([sx * v.width * 0.55, -v.height * 0.55, -hd]));
    pts.push(w([sx * 0.02, 0.025, hd + 0.02]), w([sx * 0.02, -0.025, hd + 0.02]));
  }
  pts.push(v.spinousTip);
  const b = boundsOf(pts, 0.014);
  return { field, ...b };
}

/** Sacrum: a curved triangular wedge with median crest tubercles and dorsal foramina. */
export function sacrumShape(plan: BodyPlan): BoneShape {
  const L = plan.sacrumLength;
  const N = 80;
  const frames = Array.from({ length: N + 1 }, (_, i) => plan.sacralAt((i / N) * L));
  const halfWidth = curve1d([
    [0, 0.05],
    [0.012, 0.052],
    [0.03, 0.05],
    [0.05, 0.041],
    [0.075, 0.028],
    [L, 0.011],
  ]);
  const front = curve1d([
    [0, 0.017],
    [0.03, 0.015],
    [L, 0.006],
  ]);
  const foramina: V3[] = [];
  for (let k = 0; k < 4; k++) {
    const sv = [0.03, 0.055, 0.076, 0.092][k] as number;
    const f = plan.sacralAt(sv);
    const dd = plan.sacralDorsalDir(f);
    const depth = plan.sacralDorsalDepth(sv) * 0.6;
    for (const sx of [-1, 1]) foramina.push([sx * 0.022, f.point[1] + dd[1] * depth, f.point[2] + dd[2] * depth]);
  }
  // Median crest tubercles: spheres whose top is the landmark point.
  const tubercleCentres: V3[] = plan.sacralTubercles.map((t, i) => {
    const dd = plan.sacralDorsalDir(plan.sacralAt(plan.sacralSegmentS[i] as number));
    return [t[0] - dd[0] * 0.005, t[1] - dd[1] * 0.005, t[2] - dd[2] * 0.005];
  });
  const field: Field = (x, y, z) => {
    // Closest frame (coarse search + local refine on the table).
    let best = 0;
    let bd = Infinity;
    const dist2 = (i: number): number => {
      const p = (frames[i] as { point: V3 }).point;
      return (y - p[1]) ** 2 + (z - p[2]) ** 2;
    };
    for (let i = 0; i <= N; i += 8) {
      const d = dist2(i);
      if (d < bd) {
        bd = d;
        best = i;
      }
    }
    const c0 = best;
    for (let i = Math.max(0, c0 - 8); i <= Math.min(N, c0 + 8); i++) {
      const d = dist2(i);
      if (d < bd) {
        bd = d;
        best = i;
      }
    }
    const f0 = frames[best] as { point: V3; dir: V3; post: V3 };
    // Continuous arc length: the nearest table frame plus the offset along its tangent, refined
    // once on the interpolated curve (a discrete frame would print a step at every table entry).
    const sv0 = (best / N) * L + (y - f0.point[1]) * f0.dir[1] + (z - f0.point[2]) * f0.dir[2];
    const f1 = plan.sacralAt(Math.max(0, Math.min(L, sv0)));
    const sv = Math.max(0, Math.min(L, sv0)) + (y - f1.point[1]) * f1.dir[1] + (z - f1.point[2]) * f1.dir[2];
    const f = plan.sacralAt(Math.max(0, Math.min(L, sv)));
    const qy = y - f.point[1];
    const qz = z - f.point[2];
    const dd = plan.sacralDorsalDir(f);
    const n = qy * dd[1] + qz * dd[2];
    const hw = halfWidth(Math.max(0, Math.min(L, sv)));
    const ax = Math.abs(x);
    // Dorsal surface drops laterally (the alae are thinner than the median crest).
    const svc = Math.max(0, Math.min(L, sv));
    const back = plan.sacralDorsalDepth(svc) * (1 - 0.55 * Math.min(1, (ax / hw) ** 1.5)) - 0.002;
    const fr = front(svc) * (1 - 0.3 * (ax / hw) ** 2);
    const cn = (back - fr) / 2;
    const rn = (back + fr) / 2;
    let d = (Math.pow(Math.pow(ax / hw, 4) + Math.pow(Math.abs(n - cn) / rn, 2.5), 1 / 3) - 1) * Math.min(hw, rn);
    // Ends: top (S1 endplate) and apex.
    d = smax(d, -sv, 0.003);
    d = smax(d, sv - L, 0.003);
    for (const t of tubercleCentres) d = smin(d, sphere(x, y, z, t, 0.0055), 0.004);
    for (const c of foramina) d = smax(d, -sphere(x, y, z, c, 0.0045), 0.002);
    return d;
  };
  const pts: V3[] = [];
  for (const f of frames) {
    pts.push([0.056, f.point[1], f.point[2]], [-0.056, f.point[1], f.point[2]]);
    pts.push([0, f.point[1] + f.post[1] * 0.055, f.point[2] + f.post[2] * 0.055]);
    pts.push([0, f.point[1] - f.post[1] * 0.025, f.point[2] - f.post[2] * 0.025]);
  }
  return { field, ...boundsOf(pts, 0.01) };
}

/** Coccyx: three to four small fused segments tapering along the curve below the sacrum. */
export function coccyxShape(plan: BodyPlan): BoneShape {
  const L = plan.sacrumLength;
  const C = plan.coccyxLength;
  const segs = 4;
  const pts: V3[] = [];
  const field: Field = (x, y, z) => {
    let d = Infinity;
    for (let k = 0; k < segs; k++) {
      const a = plan.sacralAt(L + 0.002 + (k / segs) * C);
      const b = plan.sacralAt(L + ((k + 1) / segs) * C - 0.001);
      const r = 0.0085 - k * 0.0015;
      d = Math.min(d, cone(x / (1 + 0.5 * (1 - k / segs)), y, z, a.point, b.point, r, r * 0.85));
    }
    return d;
  };
  for (let k = 0; k <= segs; k++) {
    pts.push(plan.sacralAt(L + (k / segs) * C).point);
  }
  return { field, ...boundsOf(pts, 0.016) };
}

/** The centre and radius of the sphere the iliac wing is modelled on (one side). */
export function iliacSphere(plan: BodyPlan, side: 1 | -1): { c: V3; r: number } {
  const c = plan.iliacWing.center;
  return { c: [side * c[0], c[1], c[2]], r: plan.iliacWing.radius };
}

/** Crest height (y) as a function of the horizontal angle around the wing sphere (degrees). */
export const crestHeight = curve1d([
  [-70, -0.085],
  [-56, -0.064],
  [-35, -0.032],
  [-10, -0.008],
  [19, 0.0],
  [50, -0.018],
  [78, -0.052],
  [98, -0.089],
  [110, -0.105],
]);

/** Lower border of the iliac wing by horizontal angle: the anterior border between ASIS and
 * acetabulum, the body of the ilium over the acetabulum, the greater sciatic notch behind. */
const wingBottom = curve1d([
  [-60, -0.085],
  [-35, -0.11],
  [-5, -0.165],
  [40, -0.165],
  [62, -0.12],
  [110, -0.135],
]);

/** Both hip bones: iliac wings with crest rims, acetabula, ischia and pubic rami. */
export function pelvisShape(plan: BodyPlan): BoneShape {
  const side = (x: number, y: number, z: number, s: 1 | -1): number => {
    const { c, r } = iliacSphere(plan, s);
    const qx = (x - c[0]) * s;
    const qy = y - c[1];
    const qz = z - c[2];
    const dist = Math.hypot(qx, qy, qz);
    const phi = (Math.atan2(qz, qx) * 180) / Math.PI;
    const cy = crestHeight(phi);
    const rim = Math.exp(-((y - cy + 0.004) ** 2) / (2 * 0.006 ** 2));
    const t = 0.0035 + 0.0045 * rim;
    let d = Math.abs(dist - r - 0.002) - t;
    d = smax(d, y - cy, 0.004);
    const rh = Math.hypot(qx, qz);
    d = smax(d, (deg(-50) - deg(phi)) * rh, 0.006);
    d = smax(d, (deg(phi) - deg(104)) * rh, 0.006);
    // Lower border: down to the acetabulum laterally, the greater sciatic notch posteriorly.
    d = smax(d, wingBottom(phi) - y, 0.01);
    const hip = s > 0 ? plan.hip.right : plan.hip.left;
    const isch = s > 0 ? plan.ischialTuberosity.right : plan.ischialTuberosity.left;
    const sym: V3 = [s * 0.012, hip[1] - 0.012, hip[2] - 0.085];
    const symLow: V3 = [s * 0.012, hip[1] - 0.045, hip[2] - 0.078];
    const ace = sphere(x, y, z, [hip[0] + s * 0.006, hip[1] + 0.004, hip[2]], 0.027);
    const ischium = cone(x, y, z, [hip[0], hip[1] - 0.01, hip[2] + 0.012], isch, 0.014, 0.012);
    const sup = cone(x, y, z, hip, sym, 0.011, 0.008);
    const inf = polyTube(x, y, z, [isch, [isch[0] - s * 0.015, isch[1] + 0.005, isch[2] - 0.04], symLow], [0.009, 0.007, 0.008]);
    const symph = cone(x, y, z, sym, symLow, 0.009, 0.009);
    // Socket for the femoral head.
    let lower = Math.min(ace, ischium, sup, inf, symph);
    lower = smax(lower, -sphere(x, y, z, [hip[0] + s * 0.03, hip[1], hip[2]], 0.024), 0.003);
    return smin(d, lower, 0.012);
  };
  const field: Field = (x, y, z) => (x >= 0 ? side(x, y, z, 1) : side(x, y, z, -1));
  return { field, min: [-0.175, -0.27, -0.13], max: [0.175, 0.02, 0.125] };
}

/** A rib as a tapered tube along a polyline. */
export function ribShape(points: readonly V3[], radii: readonly number[]): BoneShape {
  return { field: (x, y, z) => polyTube(x, y, z, points, radii), ...boundsOf(points, 0.012) };
}

/** Rib polylines (right side; mirror for the left). */
export function ribPath(plan: BodyPlan, rib: 11 | 12): V3[] {
  const v = plan.byId.get(rib === 11 ? 'T11' : 'T12');
  if (!v) throw new Error('rib level missing');
  const back = v.center[2] + v.depth / 2;
  const y = v.center[1];
  if (rib === 12) {
    return [
      [0.019, y + 0.002, back - 0.004],
      [0.038, y - 0.002, back + 0.022],
      [0.065, y - 0.018, back + 0.032],
      [0.09, y - 0.045, back + 0.022],
      // The tip from the parameter table (UPPER_BODY.rib12Tip*).
      [UPPER_BODY.rib12TipLateral.value / 1000, y - UPPER_BODY.rib12TipDrop.value / 1000, back + 0.002],
    ];
  }
  return [
    [0.019, y + 0.002, back - 0.004],
    [0.04, y - 0.001, back + 0.024],
    [0.072, y - 0.02, back + 0.036],
    [0.1, y - 0.05, back + 0.026],
    [0.118, y - 0.085, back + 0.0],
    [0.126, y - 0.112, back - 0.032],
  ];
}

/** Proximal femur down to mid-thigh: head in the acetabulum, neck, greater trochanter, shaft. */
export function femurShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const hip = s > 0 ? plan.hip.right : plan.hip.left;
  const tro = s > 0 ? plan.trochanter.right : plan.trochanter.left;
  const troC: V3 = [tro[0] - s * 0.013, tro[1] + 0.004, tro[2] - 0.002];
  const neckEnd: V3 = [tro[0] - s * 0.03, tro[1] - 0.012, tro[2] - 0.004];
  const shaftTop: V3 = [tro[0] - s * 0.022, tro[1] - 0.04, tro[2] - 0.002];
  const shaftBottom: V3 = [s * 0.098, -0.55, hip[2] + 0.012];
  const field: Field = (x, y, z) => {
    const head = sphere(x, y, z, hip, 0.0235);
    const neck = cone(x, y, z, hip, neckEnd, 0.016, 0.018);
    const gt = cone(x, y, z, [troC[0], troC[1] + 0.012, troC[2]], [troC[0], troC[1] - 0.035, troC[2] + 0.002], 0.013, 0.015);
    const lt = sphere(x, y, z, [shaftTop[0] - s * 0.012, shaftTop[1] - 0.02, shaftTop[2] + 0.008], 0.008);
    const shaft = cone(x, y, z, shaftTop, shaftBottom, 0.016, 0.0135);
    let d = smin(head, neck, 0.006);
    d = smin(d, gt, 0.012);
    d = smin(d, shaft, 0.014);
    return smin(d, lt, 0.006);
  };
  return { field, ...boundsOf([hip, tro, troC, shaftTop, shaftBottom], 0.035) };
}
