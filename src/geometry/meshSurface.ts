/**
 * SkinSurface over a triangle mesh (the `skin` mesh of back.glb), backed by three-mesh-bvh.
 *
 * Works in node and in the browser: only three's core math and BufferGeometry are used, no
 * renderer. Normals are smooth (vertex normals interpolated with the barycentric weights of the
 * closest point), so hands and cups do not flicker from face to face.
 */
import { BufferAttribute, BufferGeometry, Ray, Triangle, Vector3, DoubleSide } from 'three';
import { MeshBVH, type HitPointInfo } from 'three-mesh-bvh';
import type { Vec3 } from '../domain/anatomy/types';
import type { SkinSurface, SurfaceHit } from '../domain/surface';

export interface MeshSurface extends SkinSurface {
  /** Closest point, written into preallocated arrays (no allocation). Returns the distance. */
  closestPointInto(p: Vec3, outPoint: number[], outNormal: number[]): number;
  /** First hit of the ray `origin + t·dir` (t ≥ 0) with the skin, or null. */
  raycastTowardBody(origin: Vec3, dir: Vec3): SurfaceHit | null;
  readonly triangleCount: number;
  /** Axis-aligned bounds of the mesh, metres. */
  readonly bounds: { min: Vec3; max: Vec3 };
}

/** First search radius of a closest-point query, metres. */
const NEAR_QUERY_M = 0.03;

export interface MeshSurfaceOptions {
  /** Flip normals if the mesh winding makes them point inward (default false). */
  flipNormals?: boolean;
}

/**
 * Build a SkinSurface from raw positions (xyz triplets, metres, body frame) and a triangle index.
 * The arrays are copied: the BVH reorders its index buffer and must not touch the caller's.
 */
export function createMeshSurface(
  positions: Float32Array,
  indices: Uint32Array,
  options: MeshSurfaceOptions = {},
): MeshSurface {
  if (positions.length % 3 !== 0) throw new Error('createMeshSurface: positions length is not a multiple of 3');
  if (indices.length % 3 !== 0 || indices.length === 0) {
    throw new Error('createMeshSurface: indices must be a non-empty list of triangles');
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  geometry.setIndex(new BufferAttribute(new Uint32Array(indices), 1));
  geometry.computeVertexNormals();
  geometry.computeBoundingBox();
  const bvh = new MeshBVH(geometry);

  const pos = geometry.getAttribute('position') as BufferAttribute;
  const nrm = geometry.getAttribute('normal') as BufferAttribute;
  // Read the index AFTER the BVH build: MeshBVH reorders triangles in place, and faceIndex
  // refers to the reordered buffer.
  const index = geometry.getIndex() as BufferAttribute;
  const idx = index.array as Uint32Array;
  const pa = pos.array as Float32Array;
  const na = nrm.array as Float32Array;
  const sign = options.flipNormals ? -1 : 1;

  const query = new Vector3();
  const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  const bary = new Vector3();
  const tri = new Triangle();

  function normalAt(face: number, p: Vector3, out: number[]): void {
    const i0 = idx[face * 3] as number;
    const i1 = idx[face * 3 + 1] as number;
    const i2 = idx[face * 3 + 2] as number;
    a.set(pa[i0 * 3] as number, pa[i0 * 3 + 1] as number, pa[i0 * 3 + 2] as number);
    b.set(pa[i1 * 3] as number, pa[i1 * 3 + 1] as number, pa[i1 * 3 + 2] as number);
    c.set(pa[i2 * 3] as number, pa[i2 * 3 + 1] as number, pa[i2 * 3 + 2] as number);
    tri.set(a, b, c);
    tri.getBarycoord(p, bary);
    let nx = 0;
    let ny = 0;
    let nz = 0;
    const w = [bary.x, bary.y, bary.z];
    const ii = [i0, i1, i2];
    for (let k = 0; k < 3; k++) {
      const wk = w[k] as number;
      const vi = ii[k] as number;
      nx += wk * (na[vi * 3] as number);
      ny += wk * (na[vi * 3 + 1] as number);
      nz += wk * (na[vi * 3 + 2] as number);
    }
    let len = Math.hypot(nx, ny, nz);
    if (!(len > 1e-12)) {
      // Degenerate weights: fall back to the face normal.
      tri.getNormal(a);
      nx = a.x;
      ny = a.y;
      nz = a.z;
      len = 1;
    }
    out[0] = (sign * nx) / len;
    out[1] = (sign * ny) / len;
    out[2] = (sign * nz) / len;
  }

  function closestPointInto(p: Vec3, outPoint: number[], outNormal: number[]): number {
    query.set(p[0], p[1], p[2]);
    // Most queries (walks over the skin, re-projections) start within a few mm of the surface:
    // a bounded search prunes most of the BVH; fall back to an unbounded one.
    let r = bvh.closestPointToPoint(query, hit, 0, NEAR_QUERY_M);
    if (!r) r = bvh.closestPointToPoint(query, hit);
    if (!r) throw new Error('meshSurface: empty mesh');
    outPoint[0] = hit.point.x;
    outPoint[1] = hit.point.y;
    outPoint[2] = hit.point.z;
    normalAt(hit.faceIndex, hit.point, outNormal);
    return hit.distance;
  }

  const ray = new Ray();
  const bb = geometry.boundingBox;
  const bounds = {
    min: [bb?.min.x ?? 0, bb?.min.y ?? 0, bb?.min.z ?? 0] as const,
    max: [bb?.max.x ?? 0, bb?.max.y ?? 0, bb?.max.z ?? 0] as const,
  };

  return {
    triangleCount: idx.length / 3,
    bounds,
    closestPoint(p: Vec3): SurfaceHit {
      const point = [0, 0, 0];
      const normal = [0, 0, 0];
      const distance = closestPointInto(p, point, normal);
      return {
        point: [point[0] as number, point[1] as number, point[2] as number],
        normal: [normal[0] as number, normal[1] as number, normal[2] as number],
        distance,
      };
    },
    closestPointInto,
    raycastTowardBody(origin: Vec3, dir: Vec3): SurfaceHit | null {
      ray.origin.set(origin[0], origin[1], origin[2]);
      ray.direction.set(dir[0], dir[1], dir[2]).normalize();
      const h = bvh.raycastFirst(ray, DoubleSide);
      if (!h || h.faceIndex === undefined || h.faceIndex === null) return null;
      const normal = [0, 0, 0];
      normalAt(h.faceIndex, h.point, normal);
      return {
        point: [h.point.x, h.point.y, h.point.z],
        normal: [normal[0] as number, normal[1] as number, normal[2] as number],
        distance: h.distance,
      };
    },
  };
}
