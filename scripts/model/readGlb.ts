/** Reads a structure mesh back from glb bytes: dequantized, in body-frame metres (world space). */
import type { Document } from '@gltf-transform/core';
import { createIO } from './writeGlb.ts';

export interface DecodedMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export async function readDocument(bytes: Uint8Array): Promise<Document> {
  const io = await createIO();
  return io.readBinary(bytes);
}

export function decodeNode(doc: Document, name: string): DecodedMesh {
  const node = doc.getRoot().listNodes().find((n) => n.getName() === name);
  const mesh = node?.getMesh();
  if (!node || !mesh) throw new Error(`node ${name} with a mesh not found`);
  const m = node.getWorldMatrix();
  const prims = mesh.listPrimitives();
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const el: number[] = [];
  for (const prim of prims) {
    const pos = prim.getAttribute('POSITION');
    const nor = prim.getAttribute('NORMAL');
    const idx = prim.getIndices();
    if (!pos) continue;
    const base = positions.length / 3;
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, el);
      const x = el[0] as number;
      const y = el[1] as number;
      const z = el[2] as number;
      positions.push(
        m[0] * x + m[4] * y + m[8] * z + m[12],
        m[1] * x + m[5] * y + m[9] * z + m[13],
        m[2] * x + m[6] * y + m[10] * z + m[14],
      );
      if (nor) {
        nor.getElement(i, el);
        const nx = el[0] as number;
        const ny = el[1] as number;
        const nz = el[2] as number;
        // Normal matrix of a translate + uniform-scale transform is the rotation part.
        const tx = m[0] * nx + m[4] * ny + m[8] * nz;
        const ty = m[1] * nx + m[5] * ny + m[9] * nz;
        const tz = m[2] * nx + m[6] * ny + m[10] * nz;
        const l = Math.hypot(tx, ty, tz) || 1;
        normals.push(tx / l, ty / l, tz / l);
      }
    }
    if (idx) for (let i = 0; i < idx.getCount(); i++) indices.push(base + idx.getScalar(i));
    else for (let i = 0; i < pos.getCount(); i++) indices.push(base + i);
  }
  return { positions: new Float32Array(positions), normals: new Float32Array(normals), indices: new Uint32Array(indices) };
}
