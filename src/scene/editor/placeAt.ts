import type { Vec3 } from '../../domain/anatomy/types';
import type { AnatomicalPoint, Step } from '../../domain/technique/schema';
import { pointsOf, useDraft, type Path } from '../../ui/editor/draftStore';
import { sceneAnatomy } from './sceneAnatomy';
import { placeOnSkin, type Placement } from '../../ui/editor/model/place';

/** The list a click adds a point to, in a step (point presses' points, a polyline's points). */
function pointList(step: Step): Path | null {
  const s = step as unknown as Record<string, unknown>;
  if (Array.isArray(s.points)) return ['points'];
  const path = s.path as Record<string, unknown> | undefined;
  if (path && path.shape === 'polyline' && Array.isArray(path.points)) return ['path', 'points'];
  return null;
}

/** A click on the skin (body frame, m): sets the selected point, else adds a point, else sets the first point. */
export function placeAt(xyz: Vec3): Placement | null {
  const anatomy = sceneAnatomy.current;
  const s = useDraft.getState();
  const step = s.technique?.steps[s.selectedStep];
  if (!anatomy || !step) return null;
  const placed = placeOnSkin(anatomy, xyz, step.side);
  useDraft.setState({ snapped: placed.snapped ?? null });
  const base = ['steps', s.selectedStep] as const;
  if (s.selectedPoint) {
    s.set([...base, ...s.selectedPoint], placed.point);
    return placed;
  }
  const list = pointList(step);
  if (list) {
    const cur = (list.length === 1 ? (step as unknown as { points: AnatomicalPoint[] }).points : (step as unknown as { path: { points: AnatomicalPoint[] } }).path.points) ?? [];
    if (cur.length < 32) {
      s.set([...base, ...list], [...cur, placed.point]);
      return placed;
    }
  }
  const first = pointsOf(step)[0];
  if (first) {
    s.set([...base, ...first.path], placed.point);
    s.selectPoint(first.path);
  }
  return placed;
}
