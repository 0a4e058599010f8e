import { useLoader } from '@react-three/fiber';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { BufferAttribute, Vector3, type Mesh, type Object3D } from 'three';
import { createMeshSurface, type MeshSurface } from '../geometry/meshSurface';
import { MODEL_URL } from '../state/anatomy';

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/** The back model (cached by URL: every caller gets the same loaded glTF). Suspends. */
export function useBackModel() {
  return useLoader(GLTFLoader, MODEL_URL, withMeshopt);
}

/**
 * Starts fetching and decoding the model right away, in parallel with React's first render
 * and the WebGL context creation, instead of when <BackModel> first renders.
 */
export function preloadBackModel(): void {
  useLoader.preload(GLTFLoader, MODEL_URL, withMeshopt);
}

const surfaces = new WeakMap<Object3D, MeshSurface>();

/**
 * The skin as a closest-point surface (three-mesh-bvh) in body-frame metres: the mesh's
 * (quantized) positions are decoded and moved by its world matrix. Built once per model.
 */
export function skinSurfaceOf(root: Object3D): MeshSurface {
  const cached = surfaces.get(root);
  if (cached) return cached;
  const skin = root.getObjectByName('skin') as Mesh | undefined;
  if (!skin?.isMesh) throw new Error('back.glb: no mesh named "skin"');
  root.updateMatrixWorld(true);
  // Relative to the model's root: the body frame, whatever position the root lies in on the table.
  const toBody = root.matrixWorld.clone().invert().multiply(skin.matrixWorld);
  const pos = skin.geometry.getAttribute('position') as BufferAttribute;
  const positions = new Float32Array(pos.count * 3);
  const v = new Vector3();
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(toBody);
    positions[i * 3] = v.x;
    positions[i * 3 + 1] = v.y;
    positions[i * 3 + 2] = v.z;
  }
  const index = skin.geometry.getIndex();
  const indices = index
    ? Uint32Array.from(index.array as ArrayLike<number>)
    : Uint32Array.from({ length: pos.count }, (_, i) => i);
  const surface = createMeshSurface(positions, indices);
  surfaces.set(root, surface);
  return surface;
}
