import { BufferGeometry, Float32BufferAttribute, Uint16BufferAttribute, Uint32BufferAttribute, Vector3 } from 'three';

/** Up to four (bone index, weight) pairs; weights need not be normalised (the builder does). */
export type Influence = readonly (readonly [number, number])[];

/**
 * Accumulates one skinned, vertex-coloured mesh from many closed pieces (tubes with rounded
 * ends, shells). Build-time only: allocation here is fine.
 */
export class SkinnedMeshBuilder {
  readonly positions: number[] = [];
  readonly colors: number[] = [];
  readonly skinIndex: number[] = [];
  readonly skinWeight: number[] = [];
  readonly indices: number[] = [];

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  /** `color` is linear RGB, with an optional alpha (default 1). */
  addVertex(p: Vector3, color: readonly number[], influence: Influence): number {
    this.positions.push(p.x, p.y, p.z);
    this.colors.push(color[0] ?? 1, color[1] ?? 1, color[2] ?? 1, color[3] ?? 1);
    const sorted = [...influence].filter((w) => w[1] > 1e-4).sort((a, b) => b[1] - a[1]).slice(0, 4);
    let sum = 0;
    for (const [, w] of sorted) sum += w;
    for (let i = 0; i < 4; i++) {
      const e = sorted[i];
      this.skinIndex.push(e ? e[0] : 0);
      this.skinWeight.push(e && sum > 0 ? e[1] / sum : i === 0 && sum === 0 ? 1 : 0);
    }
    return this.vertexCount - 1;
  }

  tri(a: number, b: number, c: number): void {
    this.indices.push(a, b, c);
  }

  /**
   * A closed tube: `rings[i]` is a ring of `n` vertices (indices into this builder), in
   * order around the tube; `startPole`/`endPole` close the ends (vertex indices, or -1 to
   * leave open). Winding: rings must go counter-clockwise seen from the end pole so that the
   * faces point outwards.
   */
  stitchTube(rings: readonly (readonly number[])[], startPole: number, endPole: number): void {
    for (let r = 0; r + 1 < rings.length; r++) {
      const a = rings[r] as readonly number[];
      const b = rings[r + 1] as readonly number[];
      const n = a.length;
      for (let i = 0; i < n; i++) {
        const i2 = (i + 1) % n;
        this.tri(a[i] as number, a[i2] as number, b[i2] as number);
        this.tri(a[i] as number, b[i2] as number, b[i] as number);
      }
    }
    const first = rings[0];
    const last = rings[rings.length - 1];
    if (startPole >= 0 && first) {
      const n = first.length;
      for (let i = 0; i < n; i++) this.tri(startPole, first[(i + 1) % n] as number, first[i] as number);
    }
    if (endPole >= 0 && last) {
      const n = last.length;
      for (let i = 0; i < n; i++) this.tri(endPole, last[i] as number, last[(i + 1) % n] as number);
    }
  }

  /** Builds the geometry. Triangles with a vertex whose alpha is below 1 go last, in group 1
   * (for a transparent material); the rest is group 0. Normals are computed over the whole
   * mesh, so the two groups join without a shading seam. */
  build(): BufferGeometry {
    const opaque: number[] = [];
    const faded: number[] = [];
    const alpha = (v: number): number => this.colors[v * 4 + 3] ?? 1;
    for (let i = 0; i < this.indices.length; i += 3) {
      const a = this.indices[i] as number;
      const b = this.indices[i + 1] as number;
      const c = this.indices[i + 2] as number;
      (alpha(a) < 0.999 || alpha(b) < 0.999 || alpha(c) < 0.999 ? faded : opaque).push(a, b, c);
    }
    this.indices.length = 0;
    this.indices.push(...opaque, ...faded);
    const g = new BufferGeometry();
    g.addGroup(0, opaque.length, 0);
    if (faded.length > 0) g.addGroup(opaque.length, faded.length, 1);
    g.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    g.setAttribute('color', new Float32BufferAttribute(this.colors, 4));
    g.setAttribute('skinIndex', new Uint16BufferAttribute(this.skinIndex, 4));
    g.setAttribute('skinWeight', new Float32BufferAttribute(this.skinWeight, 4));
    g.setIndex(
      this.vertexCount > 65535 ? new Uint32BufferAttribute(this.indices, 1) : new Uint16BufferAttribute(this.indices, 1),
    );
    g.computeVertexNormals();
    g.computeBoundingBox();
    g.computeBoundingSphere();
    return g;
  }
}

export function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/** sign(x)·|x|^p: superellipse shaping of a unit circle. */
export function spow(x: number, p: number): number {
  return Math.sign(x) * Math.pow(Math.abs(x), p);
}

export function gauss(x: number, mu: number, sigma: number): number {
  const d = (x - mu) / sigma;
  return Math.exp(-0.5 * d * d);
}
