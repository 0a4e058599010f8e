/**
 * How far the DRAWN hand goes into the body (a measurement, not an oracle rule): the oracle checks
 * balls that approximate the hand; this poses the hand exactly as the scene does and measures the
 * drawn mesh itself — every vertex of the palmar side of the palm, the thumb and the fingers'
 * roots, and of the ulnar edge from the wrist to the little finger's knuckle — against the skin,
 * beyond the pressure dent. Session 9 found 22 % of the touching poses with a drawn vertex more
 * than 3 mm past the dent that no ball of the oracle saw. The drawn vertex is the shader's:
 * skinned, then its flesh pressed flat on the skin (fleshPress.ts `pressFlesh`).
 */
import { Matrix4, Vector3 } from 'three';
import type { Technique } from '../../../src/domain/technique/schema';
import type { SkinSurface } from '../../../src/domain/surface';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import type { MotionAnatomy } from '../../../src/domain/motion/anatomy';
import { createHandPose } from '../../../src/domain/motion/handShapes';
import { createHand, type HandRig } from '../../../src/scene/actors/handRig';
import { MAX_PRESS_DEPTH_M, poseHand } from '../../../src/scene/actors/poseActors';
import { pressFlesh } from '../../../src/scene/actors/fleshPress';
import { demoTechnique } from '../../../src/domain/technique/demo';

/** A drawn vertex deeper than this past the dent counts. */
export const SINK_OVER_M = 0.003;

export interface HandSink {
  id: string;
  /** Touching hand poses measured, and those with a drawn vertex past SINK_OVER_M. */
  poses: number;
  over: number;
  worst: number;
  where: string;
  /** Where the worst vertex of each counted pose lies, by 1 cm cell of the palm's frame. */
  cells: Map<string, number>;
}

/**
 * The vertices measured, from a hand at rest: the palmar side (palm frame z < −4 mm, from the wrist
 * to the fingers' roots) and the ulnar edge a palm-edge stroke stands on (the hypothenar and the
 * wrist's ulnar side: fleshPress's edge weights, y −45…90 mm).
 */
function palmarVertices(rig: HandRig): number[] {
  rig.updateMatrixWorld(true);
  const inv = new Matrix4().copy(rig.bones.palm.matrixWorld).invert();
  const pos = rig.mesh.geometry.getAttribute('position');
  const l = new Vector3();
  const out: number[] = [];
  for (let i = 0; i < pos.count; i++) {
    rig.mesh.getVertexPosition(i, l);
    l.applyMatrix4(rig.mesh.matrixWorld).applyMatrix4(inv);
    if ((l.z < -0.004 && l.y > -0.01 && l.y < 0.15) || (rig.fleshWeights[2 * i + 1] as number) > 0) out.push(i);
  }
  return out;
}

/** `n` samples evenly through the technique; each touching hand not holding a cup. */
export function measureHandSink(technique: Technique, id: string, anatomy: MotionAnatomy, surface: SkinSurface, n: number): HandSink {
  const tl = compile(technique, anatomy);
  const rigs = { left: createHand('left'), right: createHand('right') };
  const poses = { left: createHandPose(), right: createHandPose() };
  const verts = { left: palmarVertices(rigs.left), right: palmarVertices(rigs.right) };
  const s = createMotionSample();
  const v = new Vector3();
  const nrm = new Vector3();
  const inv = new Matrix4();
  const r: HandSink = { id, poses: 0, over: 0, worst: 0, where: '', cells: new Map() };
  for (let k = 0; k < n; k++) {
    const t = ((k + 0.5) / n) * tl.duration;
    sampleInto(tl, t, s);
    for (const side of ['left', 'right'] as const) {
      const a = s[side];
      if (!a.active || !a.contact || a.grip === 'cup') continue;
      const rig = rigs[side];
      poseHand(rig, a, poses[side], surface as MeshSurface);
      rig.updateMatrixWorld(true);
      const dent = a.pressure * MAX_PRESS_DEPTH_M;
      let worst = -Infinity;
      let wi = -1;
      for (const i of verts[side]) {
        rig.mesh.getVertexPosition(i, v);
        pressFlesh(rig.flesh, rig.fleshWeights[2 * i] as number, rig.fleshWeights[2 * i + 1] as number, v);
        v.applyMatrix4(rig.mesh.matrixWorld);
        const h = surface.closestPoint([v.x, v.y, v.z]);
        nrm.set(h.normal[0], h.normal[1], h.normal[2]);
        const d = Math.sign((v.x - h.point[0]) * nrm.x + (v.y - h.point[1]) * nrm.y + (v.z - h.point[2]) * nrm.z) * h.distance;
        if (-dent - d > worst) {
          worst = -dent - d;
          wi = i;
        }
      }
      r.poses++;
      if (worst > SINK_OVER_M) {
        r.over++;
        rig.mesh.getVertexPosition(wi, v);
        pressFlesh(rig.flesh, rig.fleshWeights[2 * wi] as number, rig.fleshWeights[2 * wi + 1] as number, v);
        v.applyMatrix4(rig.mesh.matrixWorld).applyMatrix4(inv.copy(rig.bones.palm.matrixWorld).invert());
        const cell = `x ${Math.round(v.x * 100)} cm, y ${Math.round(v.y * 100)} cm`;
        r.cells.set(cell, (r.cells.get(cell) ?? 0) + 1);
      }
      if (worst > r.worst) {
        r.worst = worst;
        r.where = `${side} t=${t.toFixed(2)} ${a.shape}${a.blend > 0 ? `→${a.nextShape}` : ''}`;
      }
    }
  }
  return r;
}

/** Each technique and its demo, with the ids the measures print (`id`, `id~demo`). */
export function withDemos(techniques: readonly Technique[]): Array<readonly [Technique, string]> {
  return techniques.flatMap((t) => [[t, t.id] as const, [demoTechnique(t).technique, `${t.id}~demo`] as const]);
}
