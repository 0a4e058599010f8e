/** Signed distance fields of the muscles and the sciatic nerve. */
import { GLOBAL } from '../../src/domain/anatomy/params.ts';
import type { BodyPlan } from './bodyPlan.ts';
import { crestHeight, iliacSphere, type BoneShape } from './boneFields.ts';
import { curve1d } from './curve1d.ts';
import { polyTube, smax, smin, type Field } from './sdf.ts';
import { buttockField } from './skinField.ts';
import { boundsOf, madd, mix, smoothstep, type V3 } from './vec.ts';

/** Lofted elliptic column: centre and radii as functions of y, tapered to a point at both ends. */
function column(
  yBottom: number,
  yTop: number,
  cx: (y: number) => number,
  cz: (y: number) => number,
  rx: (y: number) => number,
  rz: (y: number) => number,
  /** Length over which the ends taper (metres). */
  taperLength = 0.0,
): Field {
  const span = yTop - yBottom;
  const tl = taperLength > 0 ? taperLength / span : 0.2;
  return (x, y, z) => {
    const yc = Math.min(Math.max(y, yBottom), yTop);
    const t = (yc - yBottom) / span;
    const taper = Math.sqrt(Math.max(0.04, Math.min(1, Math.min(t, 1 - t) / tl)));
    const ax = rx(yc) * taper;
    const az = rz(yc) * taper;
    const dx = x - cx(yc);
    const dz = z - cz(yc);
    const k0 = Math.hypot(dx / ax, dz / az);
    const d2 = (k0 - 1) * Math.min(ax, az);
    const dy = y < yBottom ? yBottom - y : y > yTop ? y - yTop : 0;
    return Math.hypot(Math.max(d2, 0), dy) + Math.min(d2, 0);
  };
}

export function erectorShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const yB = -0.135;
  const yT = 0.37;
  // Lies in the gutter beside the spinous processes: its back surface a little behind the tips,
  // broad and thick in the lumbar region, thin over the thorax, a tendinous sheet on the sacrum.
  const rz = curve1d([
    [-0.13, 0.006],
    [-0.06, 0.012],
    [0.0, 0.021],
    [0.06, 0.025],
    [0.14, 0.02],
    [0.25, 0.013],
    [0.37, 0.01],
  ]);
  const eo = GLOBAL.erectorOffset.value / 1000;
  const longi = column(
    yB,
    yT,
    curve1d([
      [-0.13, s * eo * 0.58],
      [-0.05, s * eo * 0.89],
      [0.05, s * eo * 1.05],
      [0.3, s * eo * 1.1],
    ]),
    (y) => plan.spinousLineZ(y) + 0.007 - rz(y),
    curve1d([
      [-0.13, 0.014],
      [-0.06, 0.022],
      [0.04, 0.026],
      [0.15, 0.022],
      [0.3, 0.018],
    ]),
    rz,
    0.06,
  );
  // Iliocostalis: the lateral, thinner column from the iliac crest up to the ribs.
  const ilio = column(
    -0.05,
    yT,
    curve1d([
      [-0.05, s * 0.055],
      [0.1, s * 0.066],
      [0.3, s * 0.072],
    ]),
    (y) => plan.spinousLineZ(y) - 0.008 + 0.012 * smoothstep(-0.05, 0.25, y),
    curve1d([
      [-0.05, 0.012],
      [0.1, 0.016],
      [0.3, 0.014],
    ]),
    curve1d([
      [-0.05, 0.008],
      [0.1, 0.012],
      [0.3, 0.009],
    ]),
    0.05,
  );
  const both: Field = (x, y, z) => smin(longi(x, y, z), ilio(x, y, z), 0.008);
  return { field: both, min: [s > 0 ? 0.0 : -0.1, yB - 0.01, 0.0], max: [s > 0 ? 0.1 : 0.0, yT + 0.01, 0.135] };
}

export function quadratusShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const l3 = plan.byId.get('L3');
  const z0 = l3 ? l3.center[2] + 0.016 : 0.03;
  const field = column(
    -0.02,
    0.135,
    (y) => s * mix(0.07, 0.055, smoothstep(-0.02, 0.135, y)),
    () => z0,
    (y) => mix(0.032, 0.022, smoothstep(-0.02, 0.135, y)),
    () => 0.009,
  );
  return { field, min: [s > 0 ? 0.02 : -0.12, -0.035, z0 - 0.03], max: [s > 0 ? 0.12 : -0.02, 0.15, z0 + 0.03] };
}

export function gluteusMaximusShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const b = buttockField(s);
  const psis = plan.psis.right;
  const troch = plan.trochanter.right;
  // Upper-lateral border: from just above the PSIS to the greater trochanter.
  const a: [number, number] = [psis[0] - 0.005, psis[1] + 0.03];
  const c: [number, number] = [troch[0] + 0.02, troch[1] + 0.005];
  const nx = -(c[1] - a[1]);
  const ny = c[0] - a[0];
  const nl = Math.hypot(nx, ny);
  const lo: [number, number] = [0.012, plan.coccyxTip[1] - 0.035];
  const lo2: [number, number] = [troch[0] - 0.005, troch[1] - 0.14];
  const lnx = -(lo2[1] - lo[1]);
  const lny = lo2[0] - lo[0];
  const lnl = Math.hypot(lnx, lny);
  const field: Field = (x, y, z) => {
    const bb = b(x, y, z);
    let d = Math.max(bb + 0.011, -(bb + 0.036));
    const ax = x * s;
    // Signed distance above the border line (positive = above it = outside the muscle).
    const above = ((ax - a[0]) * nx + (y - a[1]) * ny) / nl;
    d = smax(d, above, 0.008);
    d = smax(d, 0.014 - ax, 0.008);
    d = smax(d, y - (psis[1] + 0.045), 0.01);
    // Lower border: from the coccyx obliquely down and out to the femur (a quadrilateral sheet).
    const below = ((ax - lo[0]) * lnx + (y - lo[1]) * lny) / lnl;
    d = smax(d, -below, 0.01);
    // Only the posterior cap of the buttock: the muscle ends on the iliotibial tract laterally.
    d = smax(d, 0.045 - z + 0.25 * Math.max(0, ax - 0.1), 0.015);
    return d;
  };
  return { field, min: [s > 0 ? 0.0 : -0.2, -0.32, -0.02], max: [s > 0 ? 0.2 : 0.0, -0.02, 0.18] };
}

export function gluteusMediusShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const { c, r } = iliacSphere(plan, s);
  const troch = s > 0 ? plan.trochanter.right : plan.trochanter.left;
  const field: Field = (x, y, z) => {
    const qx = (x - c[0]) * s;
    const qy = y - c[1];
    const qz = z - c[2];
    const dist = Math.hypot(qx, qy, qz);
    const phi = (Math.atan2(qz, qx) * 180) / Math.PI;
    const cy = crestHeight(phi) - 0.008;
    // A fan: thick over the wing, converging on the trochanter below.
    const t = smoothstep(cy, troch[1], y);
    const inner = r + 0.005;
    const thick = mix(0.011, 0.017, t);
    let d = Math.max(inner - dist, dist - inner - thick);
    d = smax(d, y - cy, 0.01);
    d = smax(d, troch[1] - 0.01 - y, 0.012);
    const phiLo = mix(-28, 0, t);
    const phiHi = mix(75, 40, t);
    const rh = Math.hypot(qx, qz);
    d = smax(d, ((phiLo - phi) * Math.PI * rh) / 180, 0.014);
    d = smax(d, ((phi - phiHi) * Math.PI * rh) / 180, 0.014);
    return d;
  };
  return { field, min: [s > 0 ? 0.03 : -0.2, -0.2, -0.09], max: [s > 0 ? 0.2 : -0.03, 0.01, 0.12] };
}

export function piriformisPath(plan: BodyPlan, s: 1 | -1): { pts: V3[]; radii: number[] } {
  const f2 = plan.sacralAt(0.05);
  const f3 = plan.sacralAt(0.07);
  const troch = s > 0 ? plan.trochanter.right : plan.trochanter.left;
  const a = madd(f2.point, f2.post, -0.016);
  const b = madd(f3.point, f3.post, -0.012);
  return {
    pts: [
      [s * 0.022, a[1], a[2]],
      [s * 0.03, b[1], b[2]],
      [s * 0.07, -0.128, 0.05],
      [s * 0.115, -0.145, 0.042],
      [troch[0] - s * 0.01, troch[1] + 0.012, troch[2] + 0.008],
    ],
    radii: [0.009, 0.012, 0.013, 0.009, 0.005],
  };
}

export function piriformisShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const { pts, radii } = piriformisPath(plan, s);
  const field: Field = (x, y, z) => polyTube(x, y, z, pts, radii);
  return { field, ...boundsOf(pts, 0.02) };
}

/** Sciatic nerve: L4–S3 roots joining in front of the piriformis, leaving under it, down the thigh. */
export function sciaticPaths(plan: BodyPlan, s: 1 | -1): Array<{ pts: V3[]; radii: number[] }> {
  const l4 = plan.byId.get('L4');
  const l5 = plan.byId.get('L5');
  if (!l4 || !l5) throw new Error('lumbar levels missing');
  const join: V3 = [s * 0.062, -0.132, 0.036];
  const exit: V3 = [s * 0.08, -0.152, 0.052];
  const trunk: V3[] = [
    join,
    exit,
    [s * 0.1, -0.19, 0.064],
    [s * 0.103, -0.235, 0.056],
    [s * 0.098, -0.3, 0.044],
    [s * 0.094, -0.4, 0.036],
    [s * 0.09, -0.53, 0.032],
  ];
  // ≈ 15 mm wide where it leaves the pelvis under the piriformis (table), thinner down the thigh.
  const exitR = GLOBAL.sciaticWidth.value / 2000;
  const paths = [{ pts: trunk, radii: [0.87, 1, 0.96, 0.91, 0.85, 0.8, 0.77].map((k) => k * exitR) }];
  const discL45: V3 = [s * 0.024, (l4.center[1] + l5.center[1]) / 2 - 0.004, (l4.center[2] + l5.center[2]) / 2 + 0.02];
  const s1 = plan.s1Endplate;
  const discL5S1: V3 = [s * 0.028, (l5.center[1] + s1[1]) / 2 - 0.006, (l5.center[2] + s1[2]) / 2 + 0.016];
  paths.push({
    pts: [discL45, [s * 0.04, -0.05, 0.012], [s * 0.052, -0.1, 0.02], join],
    radii: [0.0035, 0.004, 0.0045, 0.005],
  });
  paths.push({ pts: [discL5S1, [s * 0.046, -0.085, 0.02], join], radii: [0.0038, 0.0045, 0.005] });
  for (const sv of [0.03, 0.055, 0.076]) {
    const f = plan.sacralAt(sv);
    const p = madd(f.point, f.post, -0.014);
    paths.push({ pts: [[s * 0.024, p[1], p[2]], [s * 0.042, p[1] - 0.012, p[2] - 0.002], join], radii: [0.0035, 0.004, 0.0045] });
  }
  return paths;
}

export function sciaticShape(plan: BodyPlan, s: 1 | -1): BoneShape {
  const paths = sciaticPaths(plan, s);
  const field: Field = (x, y, z) => {
    let d = Infinity;
    for (const p of paths) d = Math.min(d, polyTube(x, y, z, p.pts, p.radii));
    return d;
  };
  return { field, ...boundsOf(paths.flatMap((p) => p.pts), 0.014) };
}

