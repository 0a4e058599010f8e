/**
 * What each step of a compiled Timeline does, measured on the SAME resolved chart paths the
 * motion plays and the path ribbon draws (MovePiece.path, chart u across / y up, metres): the
 * main direction of travel, how far from the midline, which levels and regions, which sides,
 * the landmarks near the start and the end, and for presses the points in order.
 *
 * The words of a step (src/ui/learn/describeStep.ts, the caption) are built from this, so a
 * stroke that runs towards the spine is never described as "away from the spine". Pure: no
 * React, no three.
 */
import type { Landmark, VertebralLevel } from '../anatomy/types';
import { VERTEBRAL_LEVELS } from '../anatomy/types';
import type { Step, Technique } from '../technique/schema';
import { chartInverse } from './chart';
import type { ChartPath } from './chartPath';
import { actorState, evalPiece } from './evaluate';
import type { ActorId, MovePiece, Timeline } from './types';

export type Vertical = 'up' | 'down' | 'up-and-down';
export type Lateral = 'outwards' | 'inwards' | 'in-and-out';
/** How the hands move while they progress along the path. */
export type Pattern =
  | 'glide' // one way along the path (effleurage, a cup glide)
  | 'rub' // back and forth on top of a slow progress
  | 'circles' // small circles on top of a slow progress
  | 'loop' // round a closed path (circles in one place)
  | 'knead'
  | 'chop'
  | 'press-pull'
  | 'presses'
  | 'spread'
  | 'set';
export type Region = 'ribs' | 'waist' | 'lowBack' | 'flank' | 'sacrum' | 'buttock';
export const REGIONS: readonly Region[] = ['ribs', 'waist', 'flank', 'lowBack', 'sacrum', 'buttock'];
export type Rotation = 'clockwise' | 'counterclockwise';

/** Net movement along a path, measured on |u| (distance from the midline) and y. */
export interface Travel {
  vertical: Vertical | null;
  lateral: Lateral | null;
  /** Net change of height start → end, cm (+ up). */
  dyCm: number;
  /** Net change of the distance from the midline start → end, cm (+ outwards). */
  dOutCm: number;
  /** Total path length in the chart, cm. */
  lengthCm: number;
}

export interface PressPoint {
  /** Acupoint id as written in the step, if any. */
  acupoint?: string;
  side: 'left' | 'right' | 'midline';
  u: number;
  y: number;
  level: VertebralLevel;
  lateralCm: number;
  region: Region;
  /** Nearest named landmark (not a vertebral level) within 4 cm, if any. */
  landmark?: string;
  noPressure: boolean;
}

export interface StepGeometry {
  stepIndex: number;
  pattern: Pattern;
  /** Main direction of the path (for glides: of each stroke; otherwise: of the slow progress). */
  travel: Travel;
  /** True when the hands go back over the path (several passes, ping-pong). */
  returns: boolean;
  /** Back-and-forth axis of a rub or a saw. */
  oscillation?: 'along-spine' | 'across-spine' | 'along-path';
  /** Band paths: the lanes run along the spine or across it. */
  lanes?: 'along' | 'across';
  /** Circles and loops, as seen from behind (the person's right on the right). */
  rotation?: Rotation;
  /** Spirals: from the centre outwards or from the edge inwards. */
  spiral?: 'outward' | 'inward';
  /** Sides the working actors are on (from the sign of u of the contact points). */
  sides: Array<'left' | 'right'>;
  /** True if a single path crosses from one side to the other. */
  crossesMidline: boolean;
  /** Highest and lowest level of the contact (nearest spinous process by height). */
  top: VertebralLevel;
  bottom: VertebralLevel;
  /** Contact below the lowest level (S4) by more than 2 cm: the buttock / coccyx area. */
  belowSacrum: boolean;
  /** Distance of the contact from the midline, cm (tape measure over the skin). */
  nearCm: number;
  farCm: number;
  /** Regions touched, top to bottom. */
  regions: Region[];
  /** Level and distance from the midline (cm) where the main path starts and ends. */
  start: { level: VertebralLevel; lateralCm: number; y: number };
  end: { level: VertebralLevel; lateralCm: number; y: number };
  /** Named landmarks within 4 cm of the start / end of the path. */
  startLandmark?: string;
  endLandmark?: string;
  /** Presses, in the order the step does them (first side). */
  presses: PressPoint[];
  /** Which actors work in this step. */
  actors: ActorId[];
}

const LANDMARK_NEAR_M = 0.04;
/** A component of the travel counts when it is this long and this share of the larger one. */
const MIN_COMPONENT_M = 0.015;
const MIN_SHARE = 0.35;

interface Frame {
  levels: Array<{ level: VertebralLevel; y: number }>;
  named: Array<{ id: string; u: number; y: number }>;
  crestY: number;
  psisU: number;
}

function frameOf(timeline: Timeline, landmarks: readonly Landmark[]): Frame {
  const levels: Frame['levels'] = [];
  const named: Frame['named'] = [];
  for (const l of landmarks) {
    if ((VERTEBRAL_LEVELS as readonly string[]).includes(l.id)) levels.push({ level: l.id as VertebralLevel, y: l.skin[1] });
    else {
      const [u, y] = chartInverse(timeline.chart, l.skin);
      named.push({ id: l.id, u, y });
    }
  }
  levels.sort((a, b) => b.y - a.y);
  const crest = named.filter((n) => n.id.startsWith('iliac-crest-top'));
  const psis = named.filter((n) => n.id.startsWith('psis'));
  return {
    levels,
    named,
    crestY: crest.length ? crest.reduce((s, n) => s + n.y, 0) / crest.length : 0,
    psisU: psis.length ? psis.reduce((s, n) => s + Math.abs(n.u), 0) / psis.length : 0.045,
  };
}

function levelAt(f: Frame, y: number): VertebralLevel {
  let best = f.levels[0]!;
  for (const l of f.levels) if (Math.abs(l.y - y) < Math.abs(best.y - y)) best = l;
  return best.level;
}

const levelY = (f: Frame, level: VertebralLevel): number => f.levels.find((l) => l.level === level)?.y ?? 0;

/** Region of a chart point. */
export function regionAt(f: Frame, u: number, y: number): Region {
  const a = Math.abs(u);
  const yL1 = levelY(f, 'L1');
  const yS1 = levelY(f, 'S1');
  const yL3 = levelY(f, 'L3');
  const nearMid = a <= f.psisU + 0.025;
  if (nearMid && y <= yS1 + 0.005) return 'sacrum';
  // Away from the midline, down to just below S1 the lumbar words hold (the lower lanes of a
  // band end there); below, it is the buttock.
  if (y > yS1 - 0.015) {
    if (a >= 0.1 && y > f.crestY) return 'flank';
    if (y > yL1 + 0.01) return 'ribs';
    if (y > (yL3 + levelY(f, 'L4')) / 2) return 'waist';
    return 'lowBack';
  }
  return 'buttock';
}

function nearestNamed(f: Frame, u: number, y: number): string | undefined {
  let best: string | undefined;
  let bestD = LANDMARK_NEAR_M;
  for (const n of f.named) {
    const d = Math.hypot(n.u - u, n.y - y);
    if (d < bestD) {
      bestD = d;
      best = n.id.replace(/-(left|right)$/, '');
    }
  }
  return best;
}

/** Net travel along a path (the first `reach` of it), on |u| and y. */
export function measureTravel(path: ChartPath, reach = 1): Travel {
  const n = path.n;
  const sMax = path.length * reach;
  let last = 0;
  while (last < n - 1 && (path.s[last + 1] as number) <= sMax + 1e-9) last++;
  let sumY = 0;
  let sumOut = 0;
  let len = 0;
  for (let i = 1; i <= last; i++) {
    const dy = (path.y[i] as number) - (path.y[i - 1] as number);
    const dOut = Math.abs(path.u[i] as number) - Math.abs(path.u[i - 1] as number);
    sumY += Math.abs(dy);
    sumOut += Math.abs(dOut);
    len += Math.hypot((path.u[i] as number) - (path.u[i - 1] as number), dy);
  }
  const dy = (path.y[last] as number) - (path.y[0] as number);
  const dOut = Math.abs(path.u[last] as number) - Math.abs(path.u[0] as number);
  const big = Math.max(Math.abs(dy), Math.abs(dOut));
  const comp = (net: number, total: number, pos: string, neg: string, both: string): string | null => {
    if (Math.abs(net) >= MIN_COMPONENT_M && Math.abs(net) >= MIN_SHARE * big && Math.abs(net) >= 0.5 * total) {
      return net > 0 ? pos : neg;
    }
    return total >= 2 * MIN_COMPONENT_M && total >= 2 * Math.abs(net) + MIN_COMPONENT_M ? both : null;
  };
  return {
    vertical: comp(dy, sumY, 'up', 'down', 'up-and-down') as Vertical | null,
    lateral: comp(dOut, sumOut, 'outwards', 'inwards', 'in-and-out') as Lateral | null,
    dyCm: dy * 100,
    dOutCm: dOut * 100,
    lengthCm: len * 100,
  };
}

/** Rotation of a closed-ish path as seen from behind (u to the right, y up), from its signed area. */
export function rotationOf(path: ChartPath): Rotation {
  let area = 0;
  for (let i = 1; i < path.n; i++) {
    area += (path.u[i - 1] as number) * (path.y[i] as number) - (path.u[i] as number) * (path.y[i - 1] as number);
  }
  return area > 0 ? 'counterclockwise' : 'clockwise';
}

function patternOf(piece: MovePiece): Pattern {
  switch (piece.program.kind) {
    case 'oscillate':
      return 'rub';
    case 'circles':
      return 'circles';
    case 'loop':
      return 'loop';
    case 'knead':
      return 'knead';
    case 'chop':
      return 'chop';
    case 'glide':
    case 'cup-glide':
      return 'glide';
    case 'press-pull':
      return 'press-pull';
    case 'presses':
      return 'presses';
    case 'spread':
      return 'spread';
    case 'cup-set':
    case 'cup-remove':
      return 'set';
    case 'stretch':
      return 'glide';
    case 'vibrate':
      return 'presses';
  }
}

/** Pieces of a step that do the work (the cup, not the hand holding it; not a reinforcing hand). */
export function workingPieces(timeline: Timeline, stepIndex: number): Array<{ actor: ActorId; piece: MovePiece }> {
  const out: Array<{ actor: ActorId; piece: MovePiece }> = [];
  for (const actor of ['left', 'right', 'cup'] as const) {
    for (const p of timeline.tracks[actor]) {
      if (p.kind === 'move' && p.stepIndex === stepIndex && !p.holdsCup && p.stackLift === 0) out.push({ actor, piece: p });
    }
  }
  return out;
}

/** Measure one step of a compiled timeline. */
export function measureStep(timeline: Timeline, technique: Technique, stepIndex: number, f: Frame): StepGeometry {
  const step: Step | undefined = technique.steps[stepIndex];
  const work = workingPieces(timeline, stepIndex);
  const st = actorState();
  // Contact extent: sample what the actors actually do (guard applied), in contact only.
  let yMax = -Infinity;
  let yMin = Infinity;
  let near = Infinity;
  let far = 0;
  const sides = new Set<'left' | 'right'>();
  const regions = new Set<Region>();
  let crosses = false;
  for (const { piece } of work) {
    const N = 400;
    let left = false;
    let right = false;
    for (let k = 0; k <= N; k++) {
      const t = piece.t0 + ((piece.t1 - piece.t0) * k) / N;
      evalPiece(piece, Math.min(t, piece.t1 - 1e-6), st, timeline.guard);
      const touching = st.active && st.lift === 0;
      const pressing = piece.program.kind === 'presses' ? st.lift < 0.005 : touching;
      if (!pressing) continue;
      yMax = Math.max(yMax, st.y);
      yMin = Math.min(yMin, st.y);
      near = Math.min(near, Math.abs(st.u));
      far = Math.max(far, Math.abs(st.u));
      if (st.u > 0.01) right = true;
      if (st.u < -0.01) left = true;
      regions.add(regionAt(f, st.u, st.y));
    }
    if (left) sides.add('left');
    if (right) sides.add('right');
    if (left && right) crosses = true;
  }
  if (!Number.isFinite(yMax)) {
    // Nothing in contact (e.g. only hovers): measure the paths themselves.
    for (const { piece } of work) {
      for (let i = 0; i < piece.path.n; i++) {
        const u = piece.path.u[i] as number;
        const y = piece.path.y[i] as number;
        yMax = Math.max(yMax, y);
        yMin = Math.min(yMin, y);
        near = Math.min(near, Math.abs(u));
        far = Math.max(far, Math.abs(u));
        sides.add(u < 0 ? 'left' : 'right');
        regions.add(regionAt(f, u, y));
      }
    }
  }
  if (!Number.isFinite(yMax)) {
    yMax = yMin = levelY(f, 'L3');
    near = far = 0;
  }
  // Levels and regions: where the hands' work is centred (the path; circles and strokes go
  // a little beyond it); fall back to the contact extent for paths of a single point.
  let pathTop = -Infinity;
  let pathBottom = Infinity;
  const pathRegions = new Set<Region>();
  for (const { piece } of work) {
    const pts = piece.program.kind === 'presses' ? piece.program.points : null;
    const m = pts ? pts.length : piece.path.n;
    for (let i = 0; i < m; i++) {
      const u = pts ? (pts[i] as readonly [number, number])[0] : (piece.path.u[i] as number);
      const y = pts ? (pts[i] as readonly [number, number])[1] : (piece.path.y[i] as number);
      pathTop = Math.max(pathTop, y);
      pathBottom = Math.min(pathBottom, y);
      pathRegions.add(regionAt(f, u, y));
    }
  }
  if (!Number.isFinite(pathTop)) {
    pathTop = yMax;
    pathBottom = yMin;
  }
  if (pathRegions.size === 0) for (const r of regions) pathRegions.add(r);
  // Direction: the longest working path (all sides mirror each other).
  const main = work.reduce<MovePiece | undefined>((b, w) => (!b || w.piece.path.length > b.path.length ? w.piece : b), undefined);
  const travel = main ? measureTravel(main.path, main.program.kind === 'glide' || main.program.kind === 'cup-glide' ? main.reach : 1) : measureTravel({ n: 1, u: new Float64Array(1), y: new Float64Array(1), s: new Float64Array(1), length: 0 });
  const pattern = main ? patternOf(main) : 'set';
  const endOf = (k: 0 | -1): StepGeometry['start'] => {
    if (!main) return { level: levelAt(f, pathTop), lateralCm: 0, y: pathTop };
    const i = k === 0 ? 0 : main.path.n - 1;
    const y = main.path.y[i] as number;
    return { level: levelAt(f, y), lateralCm: Math.round(Math.abs(main.path.u[i] as number) * 1000) / 10, y };
  };
  const g: StepGeometry = {
    stepIndex,
    pattern,
    travel,
    returns: !!main && (main.program.kind === 'cup-glide' ? main.cycles > 1.01 : main.passes > 1.01),
    sides: (['left', 'right'] as const).filter((s) => sides.has(s)),
    crossesMidline: crosses,
    top: levelAt(f, pathTop),
    bottom: levelAt(f, pathBottom),
    belowSacrum: pathBottom < levelY(f, 'S4') - 0.02,
    nearCm: Math.round(near * 1000) / 10,
    farCm: Math.round(far * 1000) / 10,
    regions: REGIONS.filter((r) => pathRegions.has(r)),
    start: endOf(0),
    end: endOf(-1),
    presses: [],
    actors: work.map((w) => w.actor),
  };
  if (main) {
    const p = main.program;
    if (p.kind === 'oscillate') g.oscillation = p.axis;
    if (p.kind === 'circles') g.rotation = p.rotation === 1 ? 'counterclockwise' : 'clockwise';
    if (p.kind === 'loop') g.rotation = rotationOf(main.path);
    if (step && 'path' in step && step.path.shape === 'band') g.lanes = step.path.strokes;
    if (step && 'area' in step && step.area.shape === 'band') g.lanes = step.area.strokes;
    if (step && 'path' in step && step.path.shape === 'spiral') {
      g.rotation = rotationOf(main.path);
      const r0 = Math.hypot((main.path.u[0] as number) - centroidU(main.path), (main.path.y[0] as number) - centroidY(main.path));
      const r1 = Math.hypot((main.path.u[main.path.n - 1] as number) - centroidU(main.path), (main.path.y[main.path.n - 1] as number) - centroidY(main.path));
      g.spiral = r1 > r0 ? 'outward' : 'inward';
    }
    const n = main.path.n;
    if (p.kind !== 'presses' && n > 1) {
      const s = nearestNamed(f, main.path.u[0] as number, main.path.y[0] as number);
      const e = nearestNamed(f, main.path.u[n - 1] as number, main.path.y[n - 1] as number);
      if (s) g.startLandmark = s;
      if (e) g.endLandmark = e;
    }
    if (p.kind === 'presses') {
      const pts = step && step.move === 'point-press' ? step.points : [];
      g.presses = p.points.map(([u, y], i) => {
        const pp: PressPoint = {
          side: Math.abs(u) < 0.005 ? 'midline' : u < 0 ? 'left' : 'right',
          u,
          y,
          level: levelAt(f, y),
          lateralCm: Math.round(Math.abs(u) * 1000) / 10,
          region: regionAt(f, u, y),
          noPressure: p.hover[i] === true,
        };
        const a = pts[i]?.acupoint;
        if (a) pp.acupoint = a;
        const lm = nearestNamed(f, u, y);
        if (lm) pp.landmark = lm;
        return pp;
      });
    }
  }
  return g;
}

function centroidU(p: ChartPath): number {
  let s = 0;
  for (let i = 0; i < p.n; i++) s += p.u[i] as number;
  return s / p.n;
}
function centroidY(p: ChartPath): number {
  let s = 0;
  for (let i = 0; i < p.n; i++) s += p.y[i] as number;
  return s / p.n;
}

/** Every step of a compiled timeline, measured. */
export function measureSteps(timeline: Timeline, technique: Technique, landmarks: readonly Landmark[]): StepGeometry[] {
  const f = frameOf(timeline, landmarks);
  return technique.steps.map((_, i) => measureStep(timeline, technique, i, f));
}

export interface PressNow {
  stepIndex: number;
  /** Index of the point in the step's list. */
  pointIndex: number;
  /** Sides pressed at this moment ('left' and 'right' when both thumbs press the pair). */
  left: boolean;
  right: boolean;
  midline: boolean;
  /** Seconds left of the hold (0 outside the hold). */
  hold: number;
}

const scratch = actorState();

export const createPressNow = (): PressNow => ({ stepIndex: -1, pointIndex: 0, left: false, right: false, midline: false, hold: 0 });

/**
 * The press point being worked at technique time t, written into `out`; null when no press
 * step is playing. Allocation-free (the caption calls it every frame).
 */
export function pressAt(timeline: Timeline, t: number, out: PressNow = createPressNow()): PressNow | null {
  let found = false;
  out.left = out.right = out.midline = false;
  out.hold = 0;
  for (const actor of ['left', 'right'] as const) {
    for (const p of timeline.tracks[actor]) {
      if (p.kind !== 'move' || t < p.t0 || t >= p.t1) continue;
      if (p.program.kind !== 'presses' || p.stackLift > 0) break;
      const pr = p.program;
      const slot = pr.moveIn + pr.ramp + pr.hold + pr.release + pr.rest;
      const np = pr.points.length;
      if (np === 0 || slot <= 0) break;
      const j = Math.min(Math.floor((t - p.t0) / slot), np * pr.rounds - 1);
      const u = (pr.points[j % np] as readonly [number, number])[0];
      const st = evalPiece(p, t, scratch, timeline.guard);
      if (!found) {
        out.stepIndex = p.stepIndex;
        out.pointIndex = j % np;
        found = true;
      }
      if (Math.abs(u) < 0.005) out.midline = true;
      else if (u < 0) out.left = true;
      else out.right = true;
      out.hold = Math.max(out.hold, st.hold);
      break;
    }
  }
  return found ? out : null;
}
