import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Group, Object3D } from 'three';
import { stepPosition } from '../domain/anatomy/positions';
import { sceneHandles } from '../state/sceneHandles';
import { useViewer } from '../state/store';
import { Table } from './Table';
import { POSES, setTablePose, tablePose } from './TablePose';

const POSITIONS = Object.keys(POSES) as (keyof typeof POSES)[];
/**
 * The model's arm nodes and the position each belongs to: the prone pair lies beside the body on
 * the table, the others are posed by the generator on the supports of their position
 * (scripts/model/upperBody.ts). Only the pair of the current position is drawn.
 */
const ARM_NODES = [
  ['arm-left', 'prone'],
  ['arm-right', 'prone'],
  ['arm-left-side-lying-left', 'side-lying-left'],
  ['arm-right-side-lying-left', 'side-lying-left'],
  ['arm-left-side-lying-right', 'side-lying-right'],
  ['arm-right-side-lying-right', 'side-lying-right'],
  ['arm-left-seated', 'seated'],
  ['arm-right-seated', 'seated'],
] as const satisfies readonly (readonly [string, keyof typeof POSES])[];
/**
 * An arm of another position is moved to this camera layer (not drawn, not picked). Layers, not
 * `visible`: BackModel owns `visible` (the skin layer on/off, isolate, hidden structures).
 */
const HIDDEN_LAYER = 31;

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
  /** The arm nodes, found once the model has loaded (it loads after this group mounts). */
  const arms = useRef<(Object3D | undefined)[]>([]);
  const searchTick = useRef(0);
  const invalidate = useThree((s) => s.invalidate);
  // Issue 13 §6, first frame: only the current position's table is built before it (with drei's
  // RoundedBox the four positions' tables took ≈ 250 ms in SwiftShader's Chromium; Table.tsx now
  // builds cheaper pieces, and the other tables still wait: 22 meshes fewer in the first frame).
  // Only a technique (or the studio) changes the position, so the other positions' tables are
  // built when one is first chosen, then kept.
  const positioned = useViewer((s) => s.techniqueId !== null || s.editing);
  const [allTables, setAllTables] = useState(positioned);
  if (positioned && !allTables) setAllTables(true);

  const apply = (force = false): boolean => {
    // The technique comes through a handle (TechniqueLayer sets it): the technique chunk is loaded
    // on demand, so the first frame's scene does not import the library.
    const technique = sceneHandles.positioned;
    const step = technique ? sceneHandles.stepIndex : -1;
    const pose = POSES[stepPosition(technique, step)];
    let changed = setTablePose(pose);
    const g = body.current;
    if (g && (changed || force)) {
      g.matrix.copy(tablePose.matrix);
      g.matrixWorldNeedsUpdate = true;
    }
    if (g) {
      // Only the arms of the current position are drawn. A plain loop over a module constant (no
      // allocation per frame); the tree is searched for a node only until it is found, and then
      // only every 30th frame (the model loads after this group mounts).
      const search = searchTick.current++ % 30 === 0 || force;
      for (let i = 0; i < ARM_NODES.length; i++) {
        let o = arms.current[i];
        if (!o) {
          if (!search) continue;
          o = g.getObjectByName(ARM_NODES[i]![0]);
          if (!o) continue;
          arms.current[i] = o;
        }
        const layer = ARM_NODES[i]![1] === pose.position ? 0 : HIDDEN_LAYER;
        if (!o.layers.isEnabled(layer)) {
          o.layers.set(layer);
          for (const c of o.children) c.layers.set(layer);
          changed = true;
        }
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
      {POSITIONS.map((p, i) =>
        !allTables && POSES[p] !== tablePose.current ? null : (
          <group
            key={p}
            ref={(o) => {
              tables.current[i] = o;
            }}
            visible={POSES[p] === tablePose.current}
          >
            <Table supports={POSES[p].supports} />
          </group>
        ),
      )}
    </>
  );
}
