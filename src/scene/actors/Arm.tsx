import { useEffect, useImperativeHandle, useMemo, type Ref } from 'react';
import type { ThreeElements } from '@react-three/fiber';
import { createArm, type ArmOptions, type ArmRig } from './armRig';
import type { HandSide } from './handRig';

export interface ArmProps extends Omit<ThreeElements['primitive'], 'object' | 'ref'> {
  side: HandSide;
  options?: ArmOptions;
  /** React 19 ref prop: receives the ArmRig to pose inside useFrame (poseArms). */
  ref?: Ref<ArmRig>;
}

/**
 * The therapist's arm from the wrist to the shoulder (armRig.ts): created once per side, added
 * with <primitive>, disposed on unmount, posed through `ref` in useFrame. Mount it in the same
 * frame as the hands (the body frame). Keep `options` referentially stable.
 */
export function Arm({ side, options, ref, ...props }: ArmProps) {
  const rig = useMemo(() => createArm(side, options), [side, options]);
  useImperativeHandle(ref, () => rig, [rig]);
  useEffect(() => () => rig.dispose(), [rig]);
  return <primitive object={rig} {...props} />;
}
