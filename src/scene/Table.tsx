import { useMemo } from 'react';
import { RoundedBox } from '@react-three/drei';
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

/**
 * A procedural massage table (or chair) from a position's support layout: padded top, frame,
 * legs, face cradle, pillows. Room frame. Not pickable (raycast off) so it never takes a click
 * meant for the body.
 */
export function Table({ supports, visible = true }: { supports: readonly SupportPiece[]; visible?: boolean }) {
  const pieces = useMemo(() => supports.map((s, i) => ({ ...s, key: `${s.kind}-${i}` })), [supports]);
  return (
    <group visible={visible}>
      {pieces.map((s) => (
        <RoundedBox
          key={s.key}
          args={[s.size[0], s.size[1], s.size[2]]}
          radius={Math.min(s.radius, s.size[0] / 2 - 1e-4, s.size[1] / 2 - 1e-4, s.size[2] / 2 - 1e-4)}
          smoothness={3}
          position={[s.center[0], s.center[1], s.center[2]]}
          raycast={noRaycast}
          renderOrder={TABLE_RENDER_ORDER}
          userData={{ table: s.kind }}
        >
          <meshLambertMaterial color={COLORS[s.kind]} />
        </RoundedBox>
      ))}
    </group>
  );
}
