import { landmark, type LandmarkIndex } from './landmarkIndex';
import type { Vec3 } from './types';
import { chartPoint, evalChart } from '../motion/chart';
import type { Timeline } from '../motion/types';

export type ViewName = 'posterior' | 'left' | 'right' | 'oblique' | 'lumbosacral';

export interface CameraView {
  position: Vec3;
  target: Vec3;
}

/**
 * Preset camera views, aimed at landmarks (so they follow the model). The person's left is -X;
 * a "left lateral" view looks at the left side, from the left.
 */
export function cameraViews(index: LandmarkIndex): Record<ViewName, CameraView> {
  const l3 = landmark(index, 'L3').skin;
  const s1 = landmark(index, 'S1').skin;
  const mid: Vec3 = [0, (l3[1] + s1[1]) / 2, l3[2] - 0.12];
  const at = (dx: number, dy: number, dz: number, t: Vec3 = mid): CameraView => ({
    position: [t[0] + dx, t[1] + dy, t[2] + dz],
    target: t,
  });
  const lumbo: Vec3 = [0, (landmark(index, 'L4').skin[1] + s1[1]) / 2, s1[2] - 0.05];
  return {
    posterior: at(0, 0.05, 1.45),
    left: at(-1.4, 0.05, 0.1),
    right: at(1.4, 0.05, 0.1),
    oblique: at(0.85, 0.35, 1.05),
    lumbosacral: at(0, 0.08, 0.85, lumbo),
  };
}

// ---------------------------------------------------------------------------------------------
// Following the work: frame each step's paths

/** An axis-aligned box, metres (model frame). */
export interface Box3Like {
  min: Vec3;
  max: Vec3;
}

/**
 * Room around a step's paths for the hands that work on them: a hand reaches about 9 cm
 * beyond its contact point (fingers, the heel of the palm, a rub's swing), and lifts up to 5 cm.
 */
export const HAND_ROOM_M = 0.09;

/**
 * Per step of a compiled timeline, the box of the paths its moves follow (every actor, both
 * sides), grown by `room` for the hands; null for a step without a path. Pure.
 */
export function stepBoxes(timeline: Timeline, room = HAND_ROOM_M): (Box3Like | null)[] {
  const lo = timeline.steps.map(() => [Infinity, Infinity, Infinity]);
  const hi = timeline.steps.map(() => [-Infinity, -Infinity, -Infinity]);
  const cp = chartPoint();
  for (const track of Object.values(timeline.tracks)) {
    for (const piece of track) {
      if (piece.kind !== 'move' || piece.stackLift > 0) continue;
      const a = lo[piece.stepIndex];
      const b = hi[piece.stepIndex];
      if (!a || !b) continue;
      const path = piece.path;
      for (let k = 0; k < path.n; k++) {
        evalChart(timeline.chart, path.u[k]!, path.y[k]!, cp);
        for (let c = 0; c < 3; c++) {
          a[c] = Math.min(a[c]!, cp.p[c]!);
          b[c] = Math.max(b[c]!, cp.p[c]!);
        }
      }
    }
  }
  return timeline.steps.map((_, i) => {
    const a = lo[i]!;
    const b = hi[i]!;
    if (!(a[0]! <= b[0]!)) return null;
    return {
      min: [a[0]! - room, a[1]! - room, a[2]! - room],
      max: [b[0]! + room, b[1]! + room, b[2]! + room],
    };
  });
}

export interface FitOptions {
  /** Vertical field of view, degrees. */
  fovDeg: number;
  /** Width / height of the view. */
  aspect: number;
  /** Fraction of the half-view kept free at the edges (0.1 = the box fills 90 %). */
  margin: number;
  minDistance: number;
  maxDistance: number;
}

const sub = (a: Vec3, b: Vec3): [number, number, number] => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): [number, number, number] => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const unit = (a: Vec3): [number, number, number] => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};

/**
 * A camera that looks at the box's centre from the direction of `view` (a preset) and stands
 * just far enough for every corner of the box to be in view with the margin. Pure.
 */
export function fitView(box: Box3Like, view: CameraView, o: FitOptions): CameraView {
  const center: Vec3 = [
    (box.min[0] + box.max[0]) / 2,
    (box.min[1] + box.max[1]) / 2,
    (box.min[2] + box.max[2]) / 2,
  ];
  const back = unit(sub(view.position, view.target)); // from the target towards the camera
  const right = unit(cross([-back[0], -back[1], -back[2]], [0, 1, 0]));
  const up = cross(right, [-back[0], -back[1], -back[2]]);
  const tanV = Math.tan(((o.fovDeg / 2) * Math.PI) / 180) * (1 - o.margin);
  const tanH = tanV * o.aspect;
  let dist = o.minDistance;
  for (let c = 0; c < 8; c++) {
    const p: Vec3 = [c & 1 ? box.max[0] : box.min[0], c & 2 ? box.max[1] : box.min[1], c & 4 ? box.max[2] : box.min[2]];
    const d = sub(p, center);
    const z = dot(d, back);
    dist = Math.max(dist, z + Math.abs(dot(d, right)) / tanH, z + Math.abs(dot(d, up)) / tanV);
  }
  dist = Math.min(dist, o.maxDistance);
  return { position: [center[0] + back[0] * dist, center[1] + back[1] * dist, center[2] + back[2] * dist], target: center };
}
