/**
 * The anatomy the motion engine works on: landmarks, acupoints and the skin surface, prepared
 * once into a surface chart (see chart.ts) plus lookup tables. Cached per (surface, landmarks).
 */
import type { Landmark, Vec3, VertebralLevel } from '../anatomy/types';
import { VERTEBRAL_LEVELS } from '../anatomy/types';
import type { SkinSurface } from '../surface';
import type { AcupointsFile } from '../technique/acupoints';
import { type SurfaceChart, buildChart, chartInverse } from './chart';

export interface MotionAnatomy {
  landmarks: readonly Landmark[];
  acupoints: AcupointsFile;
  surface: SkinSurface;
  /** Length of one cun, cm. Default: the acupoints file's `cun_cm` (the model's proportional cun, 2.17 cm), else DEFAULT_CUN_CM. */
  cunCm?: number;
}

/** 1 cun ≈ the patient's thumb width; 1.5 cun ≈ 3 cm (same default as the technique schema). */
export const DEFAULT_CUN_CM = 2;

export interface PreparedAnatomy {
  source: MotionAnatomy;
  chart: SurfaceChart;
  cunCm: number;
  landmarks: ReadonlyMap<string, Landmark>;
  /** Chart coordinates [u, y] of every landmark's skin point. */
  landmarkChart: ReadonlyMap<string, readonly [number, number]>;
  /** Skin-point height of every vertebral level present. */
  levelY: ReadonlyMap<VertebralLevel, number>;
}

const cache = new WeakMap<SkinSurface, WeakMap<readonly Landmark[], PreparedAnatomy>>();

function midlineZ(landmarks: readonly Landmark[]): (y: number) => number {
  const pts = landmarks
    .filter((l) => l.side === 'midline')
    .map((l) => [l.skin[1], l.skin[2]] as const)
    .sort((a, b) => a[0] - b[0]);
  if (pts.length === 0) throw new Error('motion: landmarks have no midline points');
  return (y: number): number => {
    const first = pts[0] as readonly [number, number];
    const last = pts[pts.length - 1] as readonly [number, number];
    if (y <= first[0]) return first[1];
    if (y >= last[0]) return last[1];
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1] as readonly [number, number];
      const b = pts[i] as readonly [number, number];
      if (y <= b[0]) return a[1] + ((b[1] - a[1]) * (y - a[0])) / (b[0] - a[0] || 1);
    }
    return last[1];
  };
}

/** Build (or fetch from the cache) the prepared anatomy. The first call builds the chart. */
export function prepareAnatomy(anatomy: MotionAnatomy): PreparedAnatomy {
  let bySurface = cache.get(anatomy.surface);
  if (!bySurface) {
    bySurface = new WeakMap();
    cache.set(anatomy.surface, bySurface);
  }
  const hit = bySurface.get(anatomy.landmarks);
  if (hit && hit.source.acupoints === anatomy.acupoints && hit.source.cunCm === anatomy.cunCm) return hit;

  const landmarks = new Map(anatomy.landmarks.map((l) => [l.id, l]));
  const levelY = new Map<VertebralLevel, number>();
  for (const level of VERTEBRAL_LEVELS) {
    const l = landmarks.get(level);
    if (l) levelY.set(level, l.skin[1]);
  }
  if (levelY.size < 2) throw new Error('motion: landmarks need the vertebral levels (T10…S4)');
  const ys = anatomy.landmarks.map((l) => l.skin[1]);
  const top = Math.max(...levelY.values());
  const yMax = top + 0.06;
  const yMin = Math.min(...ys) - 0.04;
  const chart = buildChart(anatomy.surface, midlineZ(anatomy.landmarks), { yMin, yMax });
  const landmarkChart = new Map<string, readonly [number, number]>();
  // A midline landmark is on the midline by definition (u = 0). Inverting its skin point would
  // not say so where it lies at the bottom of a groove the tape bridges (sacral hiatus, coccyx
  // in the gluteal cleft): the nearest tape point there is on one wall, ~2 cm to the side.
  for (const l of anatomy.landmarks) {
    landmarkChart.set(l.id, l.side === 'midline' ? [0, l.skin[1]] : chartInverse(chart, l.skin));
  }
  const prepared: PreparedAnatomy = {
    source: anatomy,
    chart,
    cunCm: anatomy.cunCm ?? anatomy.acupoints.cun_cm ?? DEFAULT_CUN_CM,
    landmarks,
    landmarkChart,
    levelY,
  };
  bySurface.set(anatomy.landmarks, prepared);
  return prepared;
}

export type { Vec3 };
