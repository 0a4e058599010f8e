import { useMemo, useRef, useState } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Raycaster, type Mesh, type Object3D } from 'three';
import { useTranslation } from 'react-i18next';
import type { Vec3 } from '../../domain/anatomy/types';
import type { AnatomicalPoint, StepSide } from '../../domain/technique/schema';
import { getIn, history, pointsOf, samePath, useDraft, type Path } from '../../ui/editor/draftStore';
import { sceneAnatomy } from './sceneAnatomy';
import { placeOnSkin, pointToSkin } from '../../ui/editor/model/place';
import { messagesAt, useDraftCheck } from '../../ui/editor/useCheck';

const LIFT = 0.005;
const COLORS = { point: '#1f5fa8', selected: '#7b3fb3', bad: '#c62828' } as const;
const ray = new Raycaster();

function skinMesh(root: Object3D): Mesh | null {
  let found: Mesh | null = null;
  root.traverse((o) => {
    if (!found && o.userData.id === 'skin' && (o as Mesh).isMesh) found = o as Mesh;
  });
  return found;
}

/**
 * The selected step's points as handles on the skin: drag one along the skin (the snap is shown
 * while dragging); a point with an error is red with its message beside it.
 */
export function PointHandles({ root }: { root: Object3D }) {
  const { t } = useTranslation();
  const invalidate = useThree((s) => s.invalidate);
  const technique = useDraft((s) => s.technique);
  const stepIndex = useDraft((s) => s.selectedStep);
  const selected = useDraft((s) => s.selectedPoint);
  const check = useDraftCheck();
  const skin = useMemo(() => skinMesh(root), [root]);
  const [snap, setSnap] = useState<{ at: Vec3; to: string } | null>(null);
  const dragging = useRef<{ path: Path; original: unknown } | null>(null);
  const step = technique?.steps[stepIndex];
  const anatomy = sceneAnatomy.current;
  const handles = useMemo(() => {
    if (!step || !anatomy) return [];
    const side = (step.side ?? 'both') as StepSide;
    return pointsOf(step).flatMap(({ path, point }) => {
      try {
        return [{ path, point, at: pointToSkin(anatomy, point, side) }];
      } catch {
        return [];
      }
    });
  }, [step, anatomy]);

  const onMove = (e: ThreeEvent<PointerEvent>) => {
    const d = dragging.current;
    if (!d || !skin || !anatomy) return;
    e.stopPropagation();
    ray.ray.copy(e.ray);
    const hit = ray.intersectObject(skin, false)[0];
    if (!hit) return;
    const p = root.worldToLocal(hit.point.clone());
    const xyz: Vec3 = [p.x, p.y, p.z];
    const placed = placeOnSkin(anatomy, xyz, step?.side);
    useDraft.getState().set(['steps', stepIndex, ...d.path], placed.point);
    setSnap(placed.snapped ? { at: xyz, to: placed.snapped } : null);
    useDraft.setState({ snapped: placed.snapped ?? null });
    invalidate();
  };
  const onUp = (e: ThreeEvent<PointerEvent>) => {
    const d = dragging.current;
    if (!d) return;
    e.stopPropagation();
    (e.target as Element | null)?.releasePointerCapture?.(e.pointerId);
    dragging.current = null;
    setSnap(null);
    // One undo entry for the whole drag.
    const path = ['steps', stepIndex, ...d.path];
    const s = useDraft.getState();
    const final = getIn(s.technique, path);
    s.set(path, d.original);
    history.getState().resume();
    useDraft.getState().set(path, final);
  };

  return (
    <group name="editor-handles">
      {handles.map(({ path, at }, i) => {
        const on = samePath(selected, path);
        const msgs = messagesAt(check, ['steps', stepIndex, ...path]);
        const bad = msgs.some((m) => m.severity === 'error');
        return (
          <group key={path.join('.')} position={[at[0], at[1], at[2] + LIFT]}>
            <mesh
              name={t('editor.place.handle', { n: i + 1 })}
              renderOrder={12}
              onPointerDown={(e) => {
                e.stopPropagation();
                (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
                useDraft.getState().selectPoint(path);
                dragging.current = { path, original: getIn(useDraft.getState().technique, ['steps', stepIndex, ...path]) as AnatomicalPoint };
                history.getState().pause();
              }}
              onPointerMove={onMove}
              onPointerUp={onUp}
              onClick={(e) => e.stopPropagation()}
            >
              <sphereGeometry args={[on ? 0.009 : 0.007, 16, 12]} />
              <meshBasicMaterial color={bad ? COLORS.bad : on ? COLORS.selected : COLORS.point} depthTest={false} transparent opacity={0.9} />
            </mesh>
          </group>
        );
      })}
      {snap && (
        <group position={[snap.at[0], snap.at[1], snap.at[2] + LIFT]}>
          <mesh renderOrder={13}>
            <ringGeometry args={[0.011, 0.014, 32]} />
            <meshBasicMaterial color="#1a7f37" depthTest={false} transparent opacity={0.95} />
          </mesh>
        </group>
      )}
    </group>
  );
}
