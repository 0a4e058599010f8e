/**
 * The patient's arms in every position (issue 10 §2): besides the prone pair, the model has a pair
 * of arm nodes per position (`arm-<side>-<position>`), posed so that after bodyPose(position) they
 * rest on the furniture of that position. Measured on the committed public/models/back.glb, in the
 * room frame (after the pose):
 *  - no arm vertex inside a support piece (table top, pillows, chest pad, arm rest…) by more than
 *    a few mm, none below the table top;
 *  - each arm actually rests on something (its lowest part touches a support, it does not float);
 *  - away from the shoulder where it joins the body, every arm vertex lies ≥ 1 cm outside the
 *    torso's skin (nothing through the chest, the flank or the thighs).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBodyPlan } from '../../../scripts/model/bodyPlan.ts';
import { closestOnTriangle } from '../../../scripts/model/meshQuery.ts';
import { readDocument } from '../../../scripts/model/readGlb.ts';
import { POSED_ARM_POSITIONS, posedArmPoints, type PosedArmPosition } from '../../../scripts/model/upperBody.ts';
import type { V3 } from '../../../scripts/model/vec.ts';
import { applyPose, bodyPose, type SupportPiece } from '../../../src/domain/anatomy/positions.ts';
import { loadNodeExtras, loadStructureMesh } from '../../helpers/loadBackModel.ts';
import type { DecodedMesh } from '../../../scripts/model/readGlb.ts';

/** How deep an arm may press into a support (soft tissue on padding), metres. */
const SINK = 0.003;
/** The lowest part of a resting arm lies within this of a support's surface. */
const REST = 0.006;
/** Arm to torso skin, away from the shoulder. */
const TORSO_CLEARANCE = 0.01;
/** Around the shoulder joint the arm joins the body: not measured there (metres from the joint). */
const SHOULDER_ZONE = 0.15;

const plan = computeBodyPlan();

/** Signed distance from p to a support's rounded box (negative inside). */
function supportDistance(s: SupportPiece, p: V3): number {
  const q = [0, 1, 2].map((k) => Math.abs(p[k]! - s.center[k]!) - s.size[k]! / 2 + s.radius);
  const outside = Math.hypot(Math.max(q[0]!, 0), Math.max(q[1]!, 0), Math.max(q[2]!, 0));
  return outside + Math.min(Math.max(q[0]!, q[1]!, q[2]!), 0) - s.radius;
}

const SIDES = [
  ['left', -1],
  ['right', 1],
] as const;

describe('committed model: the arms of every position rest on its furniture, clear of the torso', () => {
  let skin: DecodedMesh;
  const arms = new Map<string, DecodedMesh>();
  beforeAll(async () => {
    skin = await loadStructureMesh('skin');
    for (const p of POSED_ARM_POSITIONS) for (const [side] of SIDES) arms.set(`arm-${side}-${p}`, await loadStructureMesh(`arm-${side}-${p}`));
  });

  it('has a pair of arm nodes per non-prone position, on the skin layer', async () => {
    const nodes = await loadNodeExtras();
    for (const p of POSED_ARM_POSITIONS)
      for (const [side] of SIDES) {
        const n = nodes.find((x) => x.name === `arm-${side}-${p}`);
        expect(n?.extras.layer, `arm-${side}-${p}`).toBe('skin');
        // Lean meshes: the first load stays small.
        expect(n!.triangles).toBeGreaterThan(800);
        expect(n!.triangles).toBeLessThanOrEqual(2200);
      }
  });

  it('the skin node is byte-identical to the one before the posed arms (landmarks stay valid)', async () => {
    const doc = await readDocument(new Uint8Array(await readFile('public/models/back.glb')));
    const mesh = doc.getRoot().listNodes().find((n) => n.getName() === 'skin')!.getMesh()!;
    const h = createHash('sha256');
    for (const prim of mesh.listPrimitives()) {
      { const x = prim.getIndices()!.getArray()!; h.update(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)); }
      for (const a of prim.listAttributes()) h.update(new Uint8Array(a.getArray()!.buffer, a.getArray()!.byteOffset, a.getArray()!.byteLength));
    }
    expect(h.digest('hex').slice(0, 16)).toBe(SKIN_HASH);
  });

  for (const position of POSED_ARM_POSITIONS) {
    describe(position, () => {
      const bp = bodyPose(position);
      it(`no arm vertex inside the furniture by more than ${SINK * 1000} mm, and each arm rests on it (≤ ${REST * 1000} mm)`, () => {
        for (const [side] of SIDES) {
          const name = `arm-${side}-${position}`;
          const P = arms.get(name)!.positions;
          let deepest = Infinity;
          let lowestY = Infinity;
          let restGap = Infinity;
          for (let i = 0; i < P.length; i += 3) {
            const r = applyPose(bp.pose, [P[i]!, P[i + 1]!, P[i + 2]!]);
            lowestY = Math.min(lowestY, r[1]);
            for (const s of bp.supports) {
              const d = supportDistance(s, r);
              deepest = Math.min(deepest, d);
              restGap = Math.min(restGap, Math.abs(d));
            }
          }
          console.log(`${name}: deepest into furniture ${(deepest * 1000).toFixed(1)} mm, lowest room y ${(lowestY * 1000).toFixed(1)} mm`);
          expect(deepest, name).toBeGreaterThan(-SINK);
          // Lying positions: nothing under the table top (room y = 0).
          if (position !== 'seated') expect(lowestY, name).toBeGreaterThan(-SINK);
          expect(restGap, name).toBeLessThan(REST);
        }
      });

      it(`away from the shoulder every arm vertex lies ≥ ${TORSO_CLEARANCE * 100} cm outside the torso skin`, () => {
        for (const [side, s] of SIDES) {
          const name = `arm-${side}-${position}`;
          const P = arms.get(name)!.positions;
          const j = posedArmPoints(plan, s, position as PosedArmPosition);
          const pts: V3[] = [];
          for (let i = 0; i < P.length; i += 3) {
            const p: V3 = [P[i]!, P[i + 1]!, P[i + 2]!];
            if (Math.hypot(p[0] - j.shoulder[0], p[1] - j.shoulder[1], p[2] - j.shoulder[2]) > SHOULDER_ZONE) pts.push(p);
          }
          // Most of the arm (elbow, forearm, hand) is measured.
          expect(pts.length, name).toBeGreaterThan(P.length / 3 / 2);
          const lo = [0, 1, 2].map((k) => Math.min(...pts.map((p) => p[k]!)) - 0.05);
          const hi = [0, 1, 2].map((k) => Math.max(...pts.map((p) => p[k]!)) + 0.05);
          const I = skin.indices;
          const S = skin.positions;
          const N = skin.normals!;
          const tris: number[] = [];
          for (let t = 0; t < I.length; t += 3) {
            const a = I[t]! * 3;
            if ([0, 1, 2].every((k) => S[a + k]! > lo[k]! && S[a + k]! < hi[k]!)) tris.push(t);
          }
          const v = (i: number): V3 => [S[i * 3]!, S[i * 3 + 1]!, S[i * 3 + 2]!];
          let worst = Infinity;
          for (const p of pts) {
            let best = Infinity;
            let signed = Infinity;
            for (const t of tris) {
              const a = v(I[t]!);
              // Cheap reject: far triangles (skin edges are < 3 cm).
              if (Math.abs(a[0] - p[0]) > Math.min(best, 0.05) + 0.03 || Math.abs(a[1] - p[1]) > Math.min(best, 0.05) + 0.03 || Math.abs(a[2] - p[2]) > Math.min(best, 0.05) + 0.03) continue;
              const q = closestOnTriangle(p, a, v(I[t + 1]!), v(I[t + 2]!));
              const d = Math.hypot(q.point[0] - p[0], q.point[1] - p[1], q.point[2] - p[2]);
              if (d < best) {
                best = d;
                const n = [0, 1, 2].map((k) => q.bary[0] * N[I[t]! * 3 + k]! + q.bary[1] * N[I[t + 1]! * 3 + k]! + q.bary[2] * N[I[t + 2]! * 3 + k]!);
                const out = (p[0] - q.point[0]) * n[0]! + (p[1] - q.point[1]) * n[1]! + (p[2] - q.point[2]) * n[2]!;
                signed = out < 0 ? -d : d;
              }
            }
            worst = Math.min(worst, signed);
          }
          console.log(`${name}: smallest arm-to-torso clearance beyond ${SHOULDER_ZONE * 100} cm of the shoulder ${(worst * 100).toFixed(1)} cm`);
          expect(worst, name).toBeGreaterThanOrEqual(TORSO_CLEARANCE);
        }
      });
    });
  }
});

/** sha256 (16 hex) of the skin primitive's indices and attribute arrays, from before the posed arms. */
const SKIN_HASH = '6118f6a3986cb7ef';
