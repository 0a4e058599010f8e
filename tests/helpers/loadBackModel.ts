/**
 * Node-side loading of public/models/back.glb for tests: meshopt-decoded, dequantized, node
 * transforms applied, so positions are body-frame metres (= three.js world coordinates).
 */
import { readFile } from 'node:fs/promises';
import { decodeNode, readDocument, type DecodedMesh } from '../../scripts/model/readGlb.ts';

export const DEFAULT_GLB = 'public/models/back.glb';

/** The skin mesh: positions (xyz, metres) and triangle indices. */
export async function loadSkinMesh(path = DEFAULT_GLB): Promise<{ positions: Float32Array; indices: Uint32Array }> {
  const { positions, indices } = await loadStructureMesh('skin', path);
  return { positions, indices };
}

/** Any structure's mesh by node name (e.g. 'vertebra-L4'), with normals. */
export async function loadStructureMesh(name: string, path = DEFAULT_GLB): Promise<DecodedMesh> {
  const doc = await readDocument(new Uint8Array(await readFile(path)));
  return decodeNode(doc, name);
}

/** Node names and extras of every node in the glb, in file order. */
export async function loadNodeExtras(path = DEFAULT_GLB): Promise<Array<{ name: string; extras: Record<string, unknown>; triangles: number }>> {
  const doc = await readDocument(new Uint8Array(await readFile(path)));
  return doc
    .getRoot()
    .listNodes()
    .map((n) => {
      const mesh = n.getMesh();
      let triangles = 0;
      for (const p of mesh?.listPrimitives() ?? []) triangles += (p.getIndices()?.getCount() ?? 0) / 3;
      return { name: n.getName(), extras: n.getExtras(), triangles };
    });
}
