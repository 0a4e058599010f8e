import { useEffect, useImperativeHandle, useMemo, type Ref } from 'react';
import type { ThreeElements } from '@react-three/fiber';
import { createHand, type HandOptions, type HandRig, type HandSide } from './handRig';
import type { HandShape } from '../../domain/motion/handShapes';

export interface HandProps extends Omit<ThreeElements['primitive'], 'object' | 'ref'> {
  side: HandSide;
  /** Initial shape; afterwards drive the rig through the ref (applyShape/placeContact). */
  shape?: HandShape;
  options?: HandOptions;
  /** React 19 ref prop: receives the HandRig (a THREE.Group) to drive inside useFrame. */
  ref?: Ref<HandRig>;
}

/**
 * A procedural hand actor. The rig is created once per side (and options object), added with
 * <primitive>, disposed on unmount, and exposed through `ref` so the player can call
 * `rig.applyShape(pose)` and `rig.placeContact(p, n, f, depth)` in useFrame without React
 * state. Keep `options` referentially stable (it is a memo dependency).
 */
export function Hand({ side, shape = 'flat', options, ref, ...props }: HandProps) {
  const rig = useMemo(() => createHand(side, options), [side, options]);
  useImperativeHandle(ref, () => rig, [rig]);
  useEffect(() => {
    rig.applyShape(shape);
  }, [rig, shape]);
  useEffect(() => () => rig.dispose(), [rig]);
  return <primitive object={rig} {...props} />;
}
