import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Group, Object3D } from 'three';
import { stepPosition } from '../domain/anatomy/positions';
import { sceneHandles } from '../state/sceneHandles';
import { Table } from './Table';
import { POSES, setTablePose, tablePose } from './TablePose';

const POSITIONS = Object.keys(POSES) as (keyof typeof POSES)[];
const ARM_NODES = ['arm-left', 'arm-right'] as const;

/**
 * The room: the body (and everything that lives in the body frame — hands, cups, ribbons,
 * markers) in one group whose matrix lays it in the position of the step being shown, and the
 * table or chair of every position (only the current one visible). The position is read each
 * frame from the shown step (`sceneHandles.stepIndex`); the matrix and the visibility change
 * only when it changes (no React state, no allocation per frame).
 */
export function TableScene({ children }: { children: ReactNode }) {
  const body = useRef<Group>(null);
  const tables = useRef<(Object3D | null)[]>([]);
  const invalidate = useThree((s) => s.invalidate);

  const apply = (force = false): boolean => {
    // The technique comes through a handle (TechniqueLayer sets it): the technique chunk is loaded
    // on demand, so the first frame's scene does not import the library.
    const technique = sceneHandles.positioned;
    const step = technique ? sceneHandles.stepIndex : -1;
    const pose = POSES[stepPosition(technique, step)];
    const changed = setTablePose(pose);
    const g = body.current;
    if (g && (changed || force)) {
      g.matrix.copy(tablePose.matrix);
      g.matrixWorldNeedsUpdate = true;
      // The arms rest beside the body only when prone.
      for (const name of ARM_NODES) {
        const o = g.getObjectByName(name);
        if (o) o.visible = pose.armsVisible;
      }
    }
    // A plain loop: this runs every frame (no closure allocated per frame).
    for (let i = 0; i < POSITIONS.length; i++) {
      const t = tables.current[i];
      if (t) t.visible = POSES[POSITIONS[i]!] === pose;
    }
    return changed;
  };
  const applyRef = useRef<(force?: boolean) => boolean>(apply);
  applyRef.current = apply;

  useLayoutEffect(() => {
    const g = body.current;
    if (g) {
      g.matrixAutoUpdate = false;
      g.matrix.copy(tablePose.matrix);
      g.matrixWorldNeedsUpdate = true;
    }
    applyRef.current(true);
    invalidate();
  }, [invalidate]);

  useFrame(() => {
    if (applyRef.current()) invalidate();
  });

  return (
    <>
      <group ref={body} name="body" matrixAutoUpdate={false}>
        {children}
      </group>
      {POSITIONS.map((p, i) => (
        <group
          key={p}
          ref={(o) => {
            tables.current[i] = o;
          }}
          visible={POSES[p] === tablePose.current}
        >
          <Table supports={POSES[p].supports} />
        </group>
      ))}
    </>
  );
}
