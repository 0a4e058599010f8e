import { useLoader } from '@react-three/fiber';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
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

// skinSurfaceOf (three-mesh-bvh) moved to ./skinSurface.ts: the BVH is not needed for the first frame.
