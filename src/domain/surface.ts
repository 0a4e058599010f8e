import type { Vec3 } from './anatomy/types';

/**
 * The skin as the motion engine sees it: a closest-point query. Implemented over the skin
 * mesh of back.glb (three-mesh-bvh) in the app and in node tests; the domain core only knows
 * this interface, so technique files survive a change of the model.
 */
export interface SurfaceHit {
  point: Vec3;
  /** Outward unit normal at `point`. */
  normal: Vec3;
  /** Distance from the query point to `point`, metres. */
  distance: number;
}

export interface SkinSurface {
  closestPoint(p: Vec3): SurfaceHit;
}
