import { useEffect, useImperativeHandle, useMemo, type Ref } from 'react';
import type { ThreeElements } from '@react-three/fiber';
import { createCup, type CupOptions, type CupRig } from './cupRig';

export interface CupProps extends Omit<ThreeElements['primitive'], 'object' | 'ref'> {
  options?: CupOptions;
  /** Initial suction 0..1; afterwards drive the rig through the ref (placeCup/setSuction). */
  suction?: number;
  /** React 19 ref prop: receives the CupRig (a THREE.Group) to drive inside useFrame. */
  ref?: Ref<CupRig>;
}

/**
 * A glass cupping cup with the skin dome it draws up. Created once (per options object),
 * added with <primitive>, disposed on unmount, exposed through `ref` for
 * `rig.placeCup(p, n, f, suction)` in useFrame. Keep `options` referentially stable.
 */
export function Cup({ options, suction = 0, ref, ...props }: CupProps) {
  const rig = useMemo(() => createCup(options), [options]);
  useImperativeHandle(ref, () => rig, [rig]);
  useEffect(() => {
    rig.setSuction(suction);
  }, [rig, suction]);
  useEffect(() => () => rig.dispose(), [rig]);
  return <primitive object={rig} {...props} />;
}
