import { describe, expect, it } from 'vitest';
import { Box3, Vector3 } from 'three';
import { pieceGeometry } from '../../../src/scene/Table';

describe('a table piece (rounded box)', () => {
  it('fills its size exactly, with the radius kept inside the thinnest side', () => {
    for (const [size, radius] of [
      [[1.9, 0.08, 0.7], 0.03],
      [[0.05, 0.6, 0.05], 0.2], // a leg: the radius asked for is larger than the leg is thick
    ] as const) {
      const g = pieceGeometry(size, radius);
      g.computeBoundingBox();
      const s = g.boundingBox!.getSize(new Vector3());
      expect(s.x).toBeCloseTo(size[0], 6);
      expect(s.y).toBeCloseTo(size[1], 6);
      expect(s.z).toBeCloseTo(size[2], 6);
      expect(g.boundingBox!.getCenter(new Vector3()).length()).toBeLessThan(1e-9);
    }
  });

  it('has unit normals pointing out of the box (lit from outside, no dark seams)', () => {
    const g = pieceGeometry([1.9, 0.08, 0.7], 0.03);
    const pos = g.getAttribute('position');
    const nor = g.getAttribute('normal');
    const p = new Vector3();
    const n = new Vector3();
    // A rounded box is the inner box (shrunk by the radius) grown by the radius: every surface
    // point lies one radius from the inner box, and its normal points straight away from it.
    const inner = new Box3(new Vector3(-0.92, -0.01, -0.32), new Vector3(0.92, 0.01, 0.32));
    const c = new Vector3();
    let worst = 1;
    for (let i = 0; i < pos.count; i++) {
      p.fromBufferAttribute(pos, i);
      n.fromBufferAttribute(nor, i);
      expect(n.length()).toBeCloseTo(1, 5);
      inner.clampPoint(p, c);
      expect(p.distanceTo(c)).toBeCloseTo(0.03, 6);
      worst = Math.min(worst, n.dot(p.clone().sub(c).normalize()));
    }
    expect(worst).toBeGreaterThan(0.999);
    expect(pos.count / 3).toBe(588); // 7 × 7 quads a face at 3 segments an edge
  });
});
