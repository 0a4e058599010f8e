import { useEffect, useRef } from 'react';
import { CameraControls } from '@react-three/drei';
import { CAMERA_VIEWS } from '../state/anatomy';
import { useViewer } from '../state/store';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Orbit / zoom / pan (mouse and touch) with limits, and smooth moves to the preset views. */
export function CameraRig() {
  const ref = useRef<CameraControls>(null);
  const view = useViewer((s) => s.view);
  const nonce = useViewer((s) => s.viewNonce);
  const first = useRef(true);

  useEffect(() => {
    const controls = ref.current;
    if (!controls) return;
    const v = CAMERA_VIEWS[view];
    const animate = !first.current && !prefersReducedMotion();
    first.current = false;
    void controls.setLookAt(...v.position, ...v.target, animate);
  }, [view, nonce]);

  return (
    <CameraControls
      ref={ref}
      makeDefault
      minDistance={0.25}
      maxDistance={3}
      minPolarAngle={0.12 * Math.PI}
      maxPolarAngle={0.88 * Math.PI}
      smoothTime={0.35}
      draggingSmoothTime={0.08}
    />
  );
}
