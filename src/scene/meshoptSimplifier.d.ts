// three ships meshoptimizer's simplifier without type declarations (only the decoder has them).
declare module 'three/examples/jsm/libs/meshopt_simplifier.module.js' {
  export const MeshoptSimplifier: {
    ready: Promise<void>;
    supported: boolean;
    /** Returns the new index list and the error reached (relative to the mesh's extent). */
    simplify(
      indices: Uint32Array,
      positions: Float32Array,
      stride: number,
      targetIndexCount: number,
      targetError: number,
      flags?: ('LockBorder' | 'Sparse' | 'ErrorAbsolute')[],
    ): [Uint32Array, number];
  };
}
