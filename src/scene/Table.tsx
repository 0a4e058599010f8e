import { useEffect, useMemo } from 'react';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import type { SupportPiece } from '../domain/anatomy/positions';

/** Furniture takes no pointer events (the body is what one clicks). */
const noRaycast = (): void => undefined;
/**
 * Drawn after the body (the skin is 2, the structures 1): most of the table top lies under the
 * body, and drawn last its hidden pixels fail the depth test before they are shaded (in software
 * WebGL a frame costs its shaded pixels). Opaque only: the x-ray skin is drawn after it anyway.
 */
const TABLE_RENDER_ORDER = 3;

const COLORS: Record<SupportPiece['kind'], string> = {
  // Warm taupe upholstery and light wood/metal: nothing bluish, so the lumbar-sacral highlight
  // (blue) stays the only blue in the picture.
  'table-top': '#7a6a5c',
  'table-frame': '#cfc8c0',
  leg: '#bfb8b0',
  'face-cradle': '#86766a',
  'cradle-bar': '#bfb8b0',
  pillow: '#e6e2d6',
  'chest-pad': '#86766a',
  seat: '#7a6a5c',
  'chair-frame': '#bfb8b0',
};

/** Segments of each rounded edge. */
const EDGE_SEGMENTS = 3;

/**
 * A padded piece's box with rounded edges. three's RoundedBoxGeometry sets each normal as it
 * places the vertex on its rounded edge (588 triangles at 3 segments). drei's
 * RoundedBox, used before, extrudes a rounded rectangle and then finds creased normals by
 * hashing every corner of its 1,004 unindexed triangles: for the table's pieces that was 50 ms
 * of the main thread before the first frame (CPU profile of a cold load in the bench's
 * Chromium, 3 loads), the largest piece of JavaScript in it.
 */
export function pieceGeometry(size: readonly [number, number, number], radius: number): RoundedBoxGeometry {
  const r = Math.min(radius, size[0] / 2 - 1e-4, size[1] / 2 - 1e-4, size[2] / 2 - 1e-4);
  return new RoundedBoxGeometry(size[0], size[1], size[2], EDGE_SEGMENTS, r);
}

/**
 * A procedural massage table (or chair) from a position's support layout: padded top, frame,
 * legs, face cradle, pillows. Room frame. Not pickable (raycast off) so it never takes a click
 * meant for the body.
 */
export function Table({ supports, visible = true }: { supports: readonly SupportPiece[]; visible?: boolean }) {
  const pieces = useMemo(
    () => supports.map((s, i) => ({ ...s, key: `${s.kind}-${i}`, geometry: pieceGeometry(s.size, s.radius) })),
    [supports],
  );
  useEffect(() => () => pieces.forEach((p) => p.geometry.dispose()), [pieces]);
  return (
    <group visible={visible}>
      {pieces.map((s) => (
        <mesh
          key={s.key}
          geometry={s.geometry}
          position={[s.center[0], s.center[1], s.center[2]]}
          raycast={noRaycast}
          renderOrder={TABLE_RENDER_ORDER}
          userData={{ table: s.kind }}
        >
          <meshLambertMaterial color={COLORS[s.kind]} />
        </mesh>
      ))}
    </group>
  );
}
