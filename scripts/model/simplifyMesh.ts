/** Simplifies a welded triangle mesh with meshoptimizer and drops unused vertices. */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { RawMesh } from './surfaceNets.ts';

export interface SimplifyOptions {
  targetTriangles: number;
  /** Relative error bound (fraction of the mesh extent). */
  targetError?: number;
  /** Per-vertex unit normals: when given, the simplifier keeps the shading (attribute-aware). */
  normals?: Float32Array;
  /** Weight of the normals against the geometric error (default 0.5). */
  normalWeight?: number;
}

export interface SimplifiedMesh extends RawMesh {
  /** Normals carried through the simplification (if given). */
  normals?: Float32Array;
}

export async function simplifyMesh(mesh: RawMesh, o: SimplifyOptions): Promise<SimplifiedMesh> {
  await MeshoptSimplifier.ready;
  const triCount = mesh.indices.length / 3;
  let indices = mesh.indices;
  if (triCount > o.targetTriangles) {
    const flags: Array<'Regularize'> = ['Regularize'];
    if (o.normals) {
      const w = o.normalWeight ?? 0.5;
      [indices] = MeshoptSimplifier.simplifyWithAttributes(
        mesh.indices,
        mesh.positions,
        3,
        o.normals,
        3,
        [w, w, w],
        null,
        o.targetTriangles * 3,
        o.targetError ?? 0.01,
        flags,
      );
    } else {
      [indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, o.targetTriangles * 3, o.targetError ?? 0.01, flags);
    }
  }
  return compact(mesh.positions, indices, o.normals);
}

/** Keeps only referenced vertices, in first-use order (deterministic). */
export function compact(positions: Float32Array, indices: Uint32Array, normals?: Float32Array): SimplifiedMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  let n = 0;
  const outIdx = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i] as number;
    if ((remap[v] as number) < 0) remap[v] = n++;
    outIdx[i] = remap[v] as number;
  }
  const outPos = new Float32Array(n * 3);
  const outNor = normals ? new Float32Array(n * 3) : undefined;
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v] as number;
    if (r < 0) continue;
    for (let c = 0; c < 3; c++) {
      outPos[r * 3 + c] = positions[v * 3 + c] as number;
      if (outNor && normals) outNor[r * 3 + c] = normals[v * 3 + c] as number;
    }
  }
  return outNor ? { positions: outPos, indices: outIdx, normals: outNor } : { positions: outPos, indices: outIdx };
}
