import { useEffect, useImperativeHandle, useMemo, type Ref } from 'react';
import { useFrame, type ThreeElements } from '@react-three/fiber';
import { BufferGeometry, PerspectiveCamera, Vector3 } from 'three';
import { createHand, type HandOptions, type HandRig, type HandSide } from './handRig';
import type { HandShape } from '../../domain/motion/handShapes';
import { HAND_RADIAL_FAR, handLodFar, handScreenPx } from './handLod';

export interface HandProps extends Omit<ThreeElements['primitive'], 'object' | 'ref'> {
  side: HandSide;
  /** Initial shape; afterwards drive the rig through the ref (applyShape/placeContact). */
  shape?: HandShape;
  options?: HandOptions;
  /** React 19 ref prop: receives the HandRig (a THREE.Group) to drive inside useFrame. */
  ref?: Ref<HandRig>;
}

const _hand = new Vector3();

/**
 * A procedural hand actor. The rig is created once per side (and options object), added with
 * <primitive>, disposed on unmount, and exposed through `ref` so the player can call
 * `rig.applyShape(pose)` and `rig.placeContact(p, n, f, depth)` in useFrame without React
 * state. Keep `options` referentially stable (it is a memo dependency).
 *
 * Level of detail (issue 13 §6): a second geometry of the same rig with fewer radial segments
 * (`HAND_RADIAL_FAR`) is built once; each frame the hand's length on screen picks which one the
 * skinned mesh draws (same skeleton and skin weights' bone order, so the pose is shared; no
 * allocation per frame). Unless `options.radialSegments` is given (then one level only).
 */
export function Hand({ side, shape = 'flat', options, ref, ...props }: HandProps) {
  const rig = useMemo(() => createHand(side, options), [side, options]);
  const lod = useMemo(() => {
    if (options?.radialSegments !== undefined) return null;
    const low = createHand(side, { ...options, radialSegments: HAND_RADIAL_FAR });
    const far = low.mesh.geometry;
    low.mesh.geometry = new BufferGeometry(); // low.dispose() frees this stand-in, not the far level
    low.dispose();
    return { near: rig.mesh.geometry, far, isFar: false };
  }, [rig, side, options]);
  useImperativeHandle(ref, () => rig, [rig]);
  useEffect(() => {
    rig.applyShape(shape);
  }, [rig, shape]);
  useEffect(
    () => () => {
      if (lod) {
        rig.mesh.geometry = lod.near;
        lod.far.dispose();
      }
      rig.dispose();
    },
    [rig, lod],
  );

  useFrame(({ camera, size }) => {
    if (!lod || !(camera instanceof PerspectiveCamera)) return;
    rig.getWorldPosition(_hand);
    const px = handScreenPx(_hand.distanceTo(camera.position), camera.fov / camera.zoom, size.height);
    const isFar = handLodFar(px, lod.isFar);
    if (isFar === lod.isFar) return;
    lod.isFar = isFar;
    rig.mesh.geometry = isFar ? lod.far : lod.near;
  });
  return <primitive object={rig} {...props} />;
}

