import { BufferAttribute, BufferGeometry, Mesh, type Object3D } from 'three';
import { MeshoptSimplifier } from 'three/examples/jsm/libs/meshopt_simplifier.module.js';

/**
 * A lower-detail skin for the moving frames (issue 13 §6, orbit). In software WebGL the skin's
 * 52k triangles cost about 14 ms a frame before a single pixel is shaded (vertex shading and
 * triangle setup: the same scene into an 8×6 image took 18–20 ms, 8–9 ms with this level); the
 * moving frame draws this level instead, the still frame the full one.
 *
 * The level shares the model's vertex buffers (position, normal): only a new index, simplified
 * by meshoptimizer (the borders locked, so the outline against the table and the cut planes do
 * not move). Made once per geometry, on the first movement, in this lazily loaded chunk.
 */
export const SKIN_LOD_RATIO = 0.25;
/** meshoptimizer's error bound, relative to the mesh's extent: 1 % (the result was 0.03 %). */
const MAX_ERROR = 0.01;

const levels = new WeakMap<BufferGeometry, Promise<BufferGeometry | null>>();

/** The skin mesh of the loaded model (named 'skin' by the generator), or null before it loads. */
export function findSkin(root: Object3D): Mesh | null {
  const o = root.getObjectByName('skin');
  return o instanceof Mesh ? o : null;
}

/** The low level of `geometry` (cached: every caller gets the same promise); null if it cannot be made. */
export function skinLod(geometry: BufferGeometry): Promise<BufferGeometry | null> {
  let p = levels.get(geometry);
  if (!p) {
    p = MeshoptSimplifier.ready.then(() => simplify(geometry)).catch(() => null);
    levels.set(geometry, p);
  }
  return p;
}

function simplify(geometry: BufferGeometry): BufferGeometry | null {
  const index = geometry.index;
  const position = geometry.getAttribute('position');
  if (!index || !position) return null;
  // The model's positions are quantized (meshopt: normalized int16, interleaved): the
  // simplifier wants plain floats.
  const n = position.count;
  const xyz = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    xyz[i * 3] = position.getX(i);
    xyz[i * 3 + 1] = position.getY(i);
    xyz[i * 3 + 2] = position.getZ(i);
  }
  const indices = index.array instanceof Uint32Array ? index.array : Uint32Array.from(index.array);
  const target = Math.floor((indices.length * SKIN_LOD_RATIO) / 3) * 3;
  const [lod] = MeshoptSimplifier.simplify(indices, xyz, 3, target, MAX_ERROR, ['LockBorder']);
  const out = new BufferGeometry();
  for (const [name, attribute] of Object.entries(geometry.attributes)) out.setAttribute(name, attribute);
  out.setIndex(new BufferAttribute(n < 65536 ? Uint16Array.from(lod) : lod, 1));
  // Same vertices: the same bounds (frustum culling).
  if (!geometry.boundingSphere) geometry.computeBoundingSphere();
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  out.boundingSphere = geometry.boundingSphere;
  out.boundingBox = geometry.boundingBox;
  out.name = 'skin-lod';
  return out;
}
