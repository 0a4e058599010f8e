/** SDF → mesh: sample on a grid, surface nets, simplify, normals from the field gradient. */
import { sampleGrid } from './sampleGrid.ts';
import type { Field } from './sdf.ts';
import { simplifyMesh } from './simplifyMesh.ts';
import { surfaceNets } from './surfaceNets.ts';

export interface Mesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export interface MeshFieldOptions {
  min: readonly [number, number, number];
  max: readonly [number, number, number];
  step: number;
  targetTriangles: number;
  targetError?: number;
  skipBlock?: number;
}

export async function meshField(field: Field, o: MeshFieldOptions): Promise<Mesh> {
  const grid = sampleGrid(field, { min: o.min, max: o.max, step: o.step, skipBlock: o.skipBlock ?? 4 });
  const raw = surfaceNets(grid);
  const simple = await simplifyMesh(raw, { targetTriangles: o.targetTriangles, targetError: o.targetError ?? 0.01 });
  return { ...simple, normals: fieldNormals(field, simple.positions, o.step * 0.25) };
}

/** Unit normals from the central-difference gradient of the field. */
export function fieldNormals(field: Field, positions: Float32Array, eps: number): Float32Array {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i] as number;
    const y = positions[i + 1] as number;
    const z = positions[i + 2] as number;
    const gx = field(x + eps, y, z) - field(x - eps, y, z);
    const gy = field(x, y + eps, z) - field(x, y - eps, z);
    const gz = field(x, y, z + eps) - field(x, y, z - eps);
    const l = Math.hypot(gx, gy, gz) || 1;
    n[i] = gx / l;
    n[i + 1] = gy / l;
    n[i + 2] = gz / l;
  }
  return n;
}
