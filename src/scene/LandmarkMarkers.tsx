import { useMemo } from 'react';
import { Html } from '@react-three/drei';
import { LANDMARKS_FILE } from '../state/anatomy';
import { useTranslation } from 'react-i18next';

/** Landmarks shown in trainee mode: vertebral levels, iliac crests, PSIS, sacrum, trochanters. */
const SHOWN = new Set(['T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'iliac-crest-top-left', 'iliac-crest-top-right', 'psis-left', 'psis-right', 'coccyx']);

/** Small dots on the skin at the anatomical landmarks, with short labels (trainee mode). */
export function LandmarkMarkers() {
  const { t } = useTranslation();
  const marks = useMemo(() => LANDMARKS_FILE.landmarks.filter((l) => SHOWN.has(l.id)), []);
  return (
    <group name="landmark-markers">
      {marks.map((l) => (
        <group key={l.id} position={[l.skin[0] + l.normal[0] * 0.002, l.skin[1] + l.normal[1] * 0.002, l.skin[2] + l.normal[2] * 0.002]}>
          <mesh>
            <sphereGeometry args={[0.0035, 12, 8]} />
            <meshBasicMaterial color="#10324f" />
          </mesh>
          <Html
            center={false}
            // Labels of the person's left side (screen left from behind) sit left of their dot.
            style={{
              pointerEvents: 'none',
              transform: l.side === 'left' ? 'translate(calc(-100% - 6px), -50%)' : 'translate(6px, -50%)',
            }}
            className="landmark-label"
            zIndexRange={[5, 0]}
          >
            {l.level && l.side === 'midline' ? l.id : t(`landmarks.${l.id.replace(/-(left|right)$/, '')}`)}
          </Html>
        </group>
      ))}
    </group>
  );
}
