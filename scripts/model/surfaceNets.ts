/**
 * Surface nets on a sampled grid (negative inside). One vertex per cell that the surface
 * crosses, at the mean of its edge crossings; one quad per crossed grid edge, wound so that the
 * triangles face outward (counter-clockwise seen from outside). Output is already welded.
 */
import type { Grid } from './sampleGrid.ts';

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

const CORNERS: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 1],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 1],
];
const EDGES: ReadonlyArray<readonly [number, number]> = [
  [0, 1], [2, 3], [4, 5], [6, 7],
  [0, 2], [1, 3], [4, 6], [5, 7],
  [0, 4], [1, 5], [2, 6], [3, 7],
];

export function surfaceNets(g: Grid): RawMesh {
  const { nx, ny, nz, values, step, origin } = g;
  const cx = nx - 1;
  const cy = ny - 1;
  const cz = nz - 1;
  const cellVertex = new Int32Array(cx * cy * cz).fill(-1);
  const pos: number[] = [];
  const v = new Float64Array(8);
  let count = 0;
  for (let k = 0; k < cz; k++) {
    for (let j = 0; j < cy; j++) {
      for (let i = 0; i < cx; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const o = CORNERS[c] as readonly [number, number, number];
          const val = values[((k + o[2]) * ny + (j + o[1])) * nx + (i + o[0])] as number;
          v[c] = val;
          if (val < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let n = 0;
        for (const [a, b] of EDGES) {
          const va = v[a] as number;
          const vb = v[b] as number;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const ca = CORNERS[a] as readonly [number, number, number];
          const cb = CORNERS[b] as readonly [number, number, number];
          sx += ca[0] + (cb[0] - ca[0]) * t;
          sy += ca[1] + (cb[1] - ca[1]) * t;
          sz += ca[2] + (cb[2] - ca[2]) * t;
          n++;
        }
        cellVertex[(k * cy + j) * cx + i] = count++;
        pos.push(origin[0] + (i + sx / n) * step, origin[1] + (j + sy / n) * step, origin[2] + (k + sz / n) * step);
      }
    }
  }
  const idx: number[] = [];
  const P = pos;
  const cell = (i: number, j: number, k: number): number => cellVertex[(k * cy + j) * cx + i] as number;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    const q = flip ? [a, d, c, b] : [a, b, c, d];
    const [q0, q1, q2, q3] = q as [number, number, number, number];
    // Split along the shorter diagonal.
    const d02 = (P[q0 * 3]! - P[q2 * 3]!) ** 2 + (P[q0 * 3 + 1]! - P[q2 * 3 + 1]!) ** 2 + (P[q0 * 3 + 2]! - P[q2 * 3 + 2]!) ** 2;
    const d13 = (P[q1 * 3]! - P[q3 * 3]!) ** 2 + (P[q1 * 3 + 1]! - P[q3 * 3 + 1]!) ** 2 + (P[q1 * 3 + 2]! - P[q3 * 3 + 2]!) ** 2;
    if (d02 <= d13) idx.push(q0, q1, q2, q0, q2, q3);
    else idx.push(q0, q1, q3, q1, q2, q3);
  };
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const s0 = (values[(k * ny + j) * nx + i] as number) < 0;
        // x-edge (i → i+1): cells (i, j-1..j, k-1..k); normal +x when s0 is inside.
        if (i < cx && j > 0 && k > 0 && j < ny - 1 && k < nz - 1) {
          const s1 = (values[(k * ny + j) * nx + i + 1] as number) < 0;
          if (s0 !== s1) quad(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), !s0);
        }
        if (j < cy && i > 0 && k > 0 && i < nx - 1 && k < nz - 1) {
          const s1 = (values[(k * ny + j + 1) * nx + i] as number) < 0;
          if (s0 !== s1) quad(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), !s0);
        }
        if (k < cz && i > 0 && j > 0 && i < nx - 1 && j < ny - 1) {
          const s1 = (values[((k + 1) * ny + j) * nx + i] as number) < 0;
          if (s0 !== s1) quad(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), !s0);
        }
      }
    }
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) };
}
