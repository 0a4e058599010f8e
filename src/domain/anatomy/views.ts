import { landmark, type LandmarkIndex } from './landmarkIndex';
import type { Vec3 } from './types';

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
