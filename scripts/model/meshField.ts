/** SDF → mesh: sample on a grid, surface nets, simplify, normals from the field gradient. */
import { sampleGrid, type Grid } from './sampleGrid.ts';
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
  /** Weight of normals in the simplifier's error (keeps shading on gentle relief). */
  normalWeight?: number;
}

export async function meshField(field: Field, o: MeshFieldOptions): Promise<Mesh> {
  const grid = sampleGrid(field, { min: o.min, max: o.max, step: o.step, skipBlock: o.skipBlock ?? 4 });
  const raw = surfaceNets(grid);
  // Cheap normals from the sampled grid steer the attribute-aware simplifier; the final normals
  // come from the analytic field at the surviving vertices.
  const gridN = gridNormals(grid, raw.positions);
  const simple = await simplifyMesh(raw, {
    targetTriangles: o.targetTriangles,
    targetError: o.targetError ?? 0.01,
    normals: gridN,
    normalWeight: o.normalWeight ?? 0.5,
  });
  return { positions: simple.positions, indices: simple.indices, normals: fieldNormals(field, simple.positions, o.step * 0.25) };
}

/** Unit normals from the trilinearly interpolated central-difference gradient of a sampled grid. */
export function gridNormals(g: Grid, positions: Float32Array): Float32Array {
  const { nx, ny, nz, values, origin, step } = g;
  const at = (i: number, j: number, k: number): number => {
    const ii = i < 0 ? 0 : i >= nx ? nx - 1 : i;
    const jj = j < 0 ? 0 : j >= ny ? ny - 1 : j;
    const kk = k < 0 ? 0 : k >= nz ? nz - 1 : k;
    return values[(kk * ny + jj) * nx + ii] as number;
  };
  const out = new Float32Array(positions.length);
  for (let v = 0; v < positions.length; v += 3) {
    const fx = ((positions[v] as number) - origin[0]) / step;
    const fy = ((positions[v + 1] as number) - origin[1]) / step;
    const fz = ((positions[v + 2] as number) - origin[2]) / step;
    const i0 = Math.floor(fx);
    const j0 = Math.floor(fy);
    const k0 = Math.floor(fz);
    const tx = fx - i0;
    const ty = fy - j0;
    const tz = fz - k0;
    let gx = 0;
    let gy = 0;
    let gz = 0;
    for (let c = 0; c < 8; c++) {
      const di = c & 1;
      const dj = (c >> 1) & 1;
      const dk = (c >> 2) & 1;
      const w = (di ? tx : 1 - tx) * (dj ? ty : 1 - ty) * (dk ? tz : 1 - tz);
      const i = i0 + di;
      const j = j0 + dj;
      const k = k0 + dk;
      gx += w * (at(i + 1, j, k) - at(i - 1, j, k));
      gy += w * (at(i, j + 1, k) - at(i, j - 1, k));
      gz += w * (at(i, j, k + 1) - at(i, j, k - 1));
    }
    const l = Math.hypot(gx, gy, gz) || 1;
    out[v] = gx / l;
    out[v + 1] = gy / l;
    out[v + 2] = gz / l;
  }
  return out;
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
