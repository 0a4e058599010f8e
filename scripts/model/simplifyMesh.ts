/** Simplifies a welded triangle mesh with meshoptimizer and drops unused vertices. */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { RawMesh } from './surfaceNets.ts';

export interface SimplifyOptions {
  targetTriangles: number;
  /** Relative error bound (fraction of the mesh extent). */
  targetError?: number;
}

export async function simplifyMesh(mesh: RawMesh, o: SimplifyOptions): Promise<RawMesh> {
  await MeshoptSimplifier.ready;
  const triCount = mesh.indices.length / 3;
  let indices = mesh.indices;
  if (triCount > o.targetTriangles) {
    const [out] = MeshoptSimplifier.simplify(
      mesh.indices,
      mesh.positions,
      3,
      o.targetTriangles * 3,
      o.targetError ?? 0.01,
      [],
    );
    indices = out;
  }
  return compact(mesh.positions, indices);
}

/** Keeps only referenced vertices, in first-use order (deterministic). */
export function compact(positions: Float32Array, indices: Uint32Array): RawMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  let n = 0;
  const outIdx = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i] as number;
    if ((remap[v] as number) < 0) remap[v] = n++;
    outIdx[i] = remap[v] as number;
  }
  const outPos = new Float32Array(n * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v] as number;
    if (r < 0) continue;
    outPos[r * 3] = positions[v * 3] as number;
    outPos[r * 3 + 1] = positions[v * 3 + 1] as number;
    outPos[r * 3 + 2] = positions[v * 3 + 2] as number;
  }
  return { positions: outPos, indices: outIdx };
}
