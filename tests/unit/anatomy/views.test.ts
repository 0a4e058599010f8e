/**
 * Every camera preset in every position (issue 10): the camera stands outside the body and
 * outside the furniture, above the floor, and sees the worked area — nothing (table, pillow,
 * chair) between it and the target, the target in front of it. The side-lying "Left side"
 * view was an all-black canvas: the camera under the table, looking up through it. Also the
 * follow framing of every step of the positioned techniques. And nothing of the body goes
 * through the furniture (the seated thighs went through the seat).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAMERA_VIEWS } from '../../../src/state/anatomy';
import {
  BODY_POSITIONS,
  TABLE_HEIGHT,
  applyPose,
  bodyPose,
  poseBox,
  poseView,
  type SupportPiece,
} from '../../../src/domain/anatomy/positions';
import { fitView, stepBoxes, type CameraView } from '../../../src/domain/anatomy/views';
import type { Vec3 } from '../../../src/domain/anatomy/types';
import { compile } from '../../../src/domain/motion';
import { parseTechniqueText } from '../../../src/domain/technique/parse';
import { createMeshSurface } from '../../../src/geometry/meshSurface';
import { loadSkinMesh } from '../../helpers/loadBackModel';
import { testAnatomies } from '../motion/fixtures/anatomy';

const VIEWS = ['posterior', 'left', 'right', 'oblique', 'lumbosacral'] as const;

/** Does the segment a→b cross the (rounded-corner-ignoring, shrunk by `shrink`) box? */
function segmentHitsBox(a: Vec3, b: Vec3, s: SupportPiece, shrink = 0.005): boolean {
  let t0 = 0;
  let t1 = 1;
  for (let k = 0; k < 3; k++) {
    const lo = s.center[k]! - s.size[k]! / 2 + shrink;
    const hi = s.center[k]! + s.size[k]! / 2 - shrink;
    const d = b[k]! - a[k]!;
    if (Math.abs(d) < 1e-12) {
      if (a[k]! < lo || a[k]! > hi) return false;
      continue;
    }
    let u = (lo - a[k]!) / d;
    let v = (hi - a[k]!) / d;
    if (u > v) [u, v] = [v, u];
    t0 = Math.max(t0, u);
    t1 = Math.min(t1, v);
    if (t0 > t1) return false;
  }
  return true;
}
const inside = (p: Vec3, s: SupportPiece, shrink = 0): number => {
  // depth inside the box (positive inside), the smallest over the axes
  let d = Infinity;
  for (let k = 0; k < 3; k++) d = Math.min(d, s.size[k]! / 2 - shrink - Math.abs(p[k]! - s.center[k]!));
  return d;
};

describe('camera views in every position', async () => {
  const mesh = await loadSkinMesh();
  const surface = createMeshSurface(mesh.positions, mesh.indices);
  const q = [0, 0, 0];
  const qn = [0, 0, 0];
  /** Signed distance of a body-frame point to the skin (+ outside). */
  const outside = (p: Vec3): number => {
    const d = surface.closestPointInto(p, q, qn);
    return (p[0] - q[0]!) * qn[0]! + (p[1] - q[1]!) * qn[1]! + (p[2] - q[2]!) * qn[2]! < 0 ? -d : d;
  };

  const check = (label: string, position: (typeof BODY_POSITIONS)[number], v: { position: Vec3; target: Vec3 }) => {
    const b = bodyPose(position);
    // the body frame position of the camera: outside the skin, well clear of it
    const inv = b.pose.rotation;
    const rel: Vec3 = [v.position[0] - b.pose.translation[0], v.position[1] - b.pose.translation[1], v.position[2] - b.pose.translation[2]];
    const inBody: Vec3 = [
      inv[0] * rel[0] + inv[3] * rel[1] + inv[6] * rel[2],
      inv[1] * rel[0] + inv[4] * rel[1] + inv[7] * rel[2],
      inv[2] * rel[0] + inv[5] * rel[1] + inv[8] * rel[2],
    ];
    expect(outside(inBody), `${label}: camera outside the skin`).toBeGreaterThan(0.1);
    expect(v.position[1], `${label}: camera above the floor`).toBeGreaterThan(-TABLE_HEIGHT + 0.2);
    for (const s of b.supports) {
      expect(inside(v.position, s), `${label}: camera inside the ${s.kind}`).toBeLessThan(0);
      expect(segmentHitsBox(v.position, v.target, s), `${label}: the ${s.kind} between the camera and the worked area`).toBe(false);
    }
  };

  for (const position of BODY_POSITIONS) {
    for (const view of VIEWS) {
      it(`${position}, ${view}: camera outside the body and the furniture, the target in clear sight`, () => {
        const b = bodyPose(position);
        check(`${position} ${view}`, position, poseView(CAMERA_VIEWS[view], b.pose, undefined, b.supports));
      });
    }
  }

  it('following the work: every step of the positioned techniques framed from every preset in clear sight', async () => {
    const [A] = await testAnatomies();
    let n = 0;
    for (const id of ['classic-side-lying-lumbar', 'classic-seated-back', 'cupping-static-both-sides', 'cupping-lumbar']) {
      const r = parseTechniqueText(readFileSync(`data/techniques/${id}.json`, 'utf8'), id);
      if (!r.ok) throw new Error(id);
      const tl = compile(r.technique, A!.anatomy);
      const boxes = stepBoxes(tl);
      tl.steps.forEach((st, i) => {
        const box = boxes[i];
        if (!box) return;
        const b = bodyPose(st.position);
        for (const view of VIEWS) {
          const preset = poseView(CAMERA_VIEWS[view], b.pose, undefined, b.supports);
          const f: CameraView = fitView(poseBox(b.pose, box), preset, { fovDeg: 35, aspect: 1.6, margin: 0.12, minDistance: 0.25, maxDistance: 3 });
          check(`${id} step ${i} (${st.position}) ${view}`, st.position, f);
          n++;
        }
      });
    }
    expect(n).toBeGreaterThan(50);
  }, 60_000);
});

describe('nothing of the body goes through the furniture', async () => {
  const mesh = await loadSkinMesh();
  for (const position of BODY_POSITIONS) {
    it(`${position}: no skin point deeper than 25 mm in a padded support (6 cm foam yields: the prone belly sinks 23 mm) nor 3 mm in a frame, bar or leg`, () => {
      const b = bodyPose(position);
      const worst = new Map<string, number>();
      const P = mesh.positions;
      for (let i = 0; i < P.length; i += 9) {
        const p = applyPose(b.pose, [P[i]!, P[i + 1]!, P[i + 2]!]);
        b.supports.forEach((s, k) => {
          const d = inside(p, s);
          const key = `${s.kind}#${k}`;
          if (d > (worst.get(key) ?? 0)) worst.set(key, d);
        });
      }
      for (const [k, d] of worst) {
        const rigid = /frame|bar|leg/.test(k);
        expect(d, `${position}: skin ${(d * 1000).toFixed(0)} mm into ${k}`).toBeLessThan(rigid ? 0.003 : 0.025);
      }
    });
  }
});
