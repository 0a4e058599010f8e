/** Samples a field into a typed array on a regular grid (x fastest, then y, then z). */
import type { Field } from './sdf.ts';

export interface Grid {
  values: Float32Array;
  nx: number;
  ny: number;
  nz: number;
  origin: [number, number, number];
  step: number;
}

export interface SampleGridOptions {
  min: readonly [number, number, number];
  max: readonly [number, number, number];
  step: number;
  /** Coarse blocks whose centre is farther than this from the surface are filled with the
   * block-centre value (sign is all the mesher needs there). 0 disables the shortcut. */
  skipBlock?: number;
}

export function sampleGrid(field: Field, o: SampleGridOptions): Grid {
  const { step } = o;
  const nx = Math.ceil((o.max[0] - o.min[0]) / step) + 1;
  const ny = Math.ceil((o.max[1] - o.min[1]) / step) + 1;
  const nz = Math.ceil((o.max[2] - o.min[2]) / step) + 1;
  const values = new Float32Array(nx * ny * nz);
  const ox = o.min[0];
  const oy = o.min[1];
  const oz = o.min[2];
  const B = o.skipBlock ?? 0;
  if (B <= 1) {
    let i = 0;
    for (let k = 0; k < nz; k++) {
      const z = oz + k * step;
      for (let j = 0; j < ny; j++) {
        const y = oy + j * step;
        for (let ii = 0; ii < nx; ii++, i++) values[i] = field(ox + ii * step, y, z);
      }
    }
    return { values, nx, ny, nz, origin: [ox, oy, oz], step };
  }
  // Block culling: evaluate the block centre; if the surface cannot reach the block (with a
  // safety factor for the non-Euclidean fields), fill it, else sample every point.
  const half = (B * step * Math.sqrt(3)) / 2;
  for (let bk = 0; bk < nz; bk += B) {
    for (let bj = 0; bj < ny; bj += B) {
      for (let bi = 0; bi < nx; bi += B) {
        const ek = Math.min(bk + B, nz);
        const ej = Math.min(bj + B, ny);
        const ei = Math.min(bi + B, nx);
        const cx = ox + ((bi + ei - 1) / 2) * step;
        const cy = oy + ((bj + ej - 1) / 2) * step;
        const cz = oz + ((bk + ek - 1) / 2) * step;
        const c = field(cx, cy, cz);
        const far = Math.abs(c) > 2 * half + 2 * step;
        for (let k = bk; k < ek; k++) {
          const z = oz + k * step;
          for (let j = bj; j < ej; j++) {
            const y = oy + j * step;
            let i = (k * ny + j) * nx + bi;
            for (let ii = bi; ii < ei; ii++, i++) values[i] = far ? c : field(ox + ii * step, y, z);
          }
        }
      }
    }
  }
  return { values, nx, ny, nz, origin: [ox, oy, oz], step };
}
