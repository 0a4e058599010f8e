/**
 * `stepFigure(step, acupoints)`: what to draw for one step of a technique on the flat map of the
 * lower back (src/domain/technique/geometry.ts: cm, x + = the patient's right, y + = up, origin
 * at the tip of the L4 spinous process). Pure: no React, no DOM. Used by the illustrated step
 * list shown when the 3D view is unavailable.
 *
 * - `polylines`: the hand's (or cup's) track in the direction of travel (`arrows: 'end'`), a
 *   back-and-forth movement (`arrows: 'both'`), a thin travel line a press walks along
 *   (`role: 'guide'`), the outline of a cup (`role: 'cup'`) or a short chop mark (`role: 'tick'`);
 * - `presses`: places where a finger, thumb or palm presses and holds (drawn as a dot and a ring);
 * - `areas`: an area the hands cover (a band between two levels), or where oil / honey is spread.
 *
 * A step done on 'both' sides is drawn on the left and on the right (mirrored); a point with its
 * own absolute `side` is drawn once.
 */
import { VERTEBRAL_LEVELS, type VertebralLevel } from '../../domain/anatomy/types';
import type { AcupointsFile } from '../../domain/technique/acupoints';
import {
  LEVEL_Y_CM,
  bandEdgeY,
  pathPolyline,
  planeOf,
  type PlanePoint,
} from '../../domain/technique/geometry';
import { resolvePoint, stepSides } from '../../domain/technique/points';
import type {
  AnatomicalPoint,
  BandPath,
  LinePath,
  PathSpec,
  PointSide,
  PolylinePath,
  Rotation,
  Step,
} from '../../domain/technique/schema';

export type { PlanePoint };

export type FigureSide = PointSide | 'midline';

export interface FigurePolyline {
  points: PlanePoint[];
  /** Join the last point back to the first (the last point is not repeated). */
  closed: boolean;
  /** Arrowheads: at the end (direction of travel), at both ends (back and forth), or none. */
  arrows: 'end' | 'both' | 'none';
  /**
   * path: the hand's or cup's track; guide: a thin line the presses walk along; cup: the rim of a
   * cup on the skin; tick: a short chop mark.
   */
  role: 'path' | 'guide' | 'cup' | 'tick';
  side: FigureSide;
  /** The track turns: once round a centre (circle), out or in round it (spiral), or in small loops along a line (coil). */
  turn?: { kind: 'circle' | 'spiral' | 'coil'; rotation: Rotation };
}

export interface FigurePress extends PlanePoint {
  /** hold: press and hold (finger, thumb, palm, or the squeezed cup); pull: palm pressed flat, then pulled away. */
  kind: 'hold' | 'pull';
  /** 1-based order of the press on its side (presses are done in this order). */
  order: number;
  side: FigureSide;
  /** The named acupoint pressed, when the file names one. */
  label?: string;
}

export interface FigureArea {
  /** Closed outline (last point not repeated). */
  outline: PlanePoint[];
  side: FigureSide;
  /** work: the area the hands cover; oil / honey: where it is spread. */
  fill: 'work' | 'oil' | 'honey';
}

export interface StepFigure {
  polylines: FigurePolyline[];
  presses: FigurePress[];
  areas: FigureArea[];
}

/** The part of the flat map the drawing shows, cm (y + = up). */
export const FIGURE_BOUNDS = { xMin: -22, xMax: 22, yMin: -32, yMax: 24 } as const;

// ---------------------------------------------------------------------------------------------
// Small geometry helpers (plane cm)

const dist = (a: PlanePoint, b: PlanePoint) => Math.hypot(b.x - a.x, b.y - a.y);

function lengthOf(pts: readonly PlanePoint[]): number {
  let s = 0;
  for (let i = 1; i < pts.length; i++) s += dist(pts[i - 1] as PlanePoint, pts[i] as PlanePoint);
  return s;
}

/** Point and unit tangent at arc length `s` along a polyline. */
function at(pts: readonly PlanePoint[], s: number): { p: PlanePoint; tx: number; ty: number } {
  let rest = Math.max(0, s);
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1] as PlanePoint;
    const b = pts[i] as PlanePoint;
    const d = dist(a, b);
    if (d === 0) continue;
    if (rest <= d || i === pts.length - 1) {
      const t = Math.min(1, rest / d);
      return {
        p: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t },
        tx: (b.x - a.x) / d,
        ty: (b.y - a.y) / d,
      };
    }
    rest -= d;
  }
  const p = pts[0] ?? { x: 0, y: 0 };
  return { p, tx: 0, ty: -1 };
}

/** A curly line: small circles of radius r travelling along the polyline (`loops` of them). */
function coil(
  pts: readonly PlanePoint[],
  r: number,
  loops: number,
  rotation: Rotation,
): PlanePoint[] {
  const len = lengthOf(pts);
  const n = Math.max(24, loops * 20);
  const dir = rotation === 'clockwise' ? -1 : 1;
  const out: PlanePoint[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const { p } = at(pts, t * len);
    // Start at the top of the circle so the first loop begins on the line's side.
    const a = Math.PI / 2 + dir * t * loops * 2 * Math.PI;
    out.push({ x: p.x + r * Math.cos(a), y: p.y + r * Math.sin(a) });
  }
  return out;
}

/**
 * A wave (rolling) along the polyline: `waves` full swings of amplitude `amp` across it. A
 * negative `amp` swings the other way first (the left side mirrors the right).
 */
function wave(pts: readonly PlanePoint[], amp: number, waves: number): PlanePoint[] {
  const len = lengthOf(pts);
  const n = Math.max(24, waves * 16);
  const out: PlanePoint[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const { p, tx, ty } = at(pts, t * len);
    const o = amp * Math.sin(t * waves * 2 * Math.PI);
    out.push({ x: p.x - ty * o, y: p.y + tx * o });
  }
  return out;
}

/** A tight saw-tooth across the polyline (sawing with the edge of the palm); `amp` signed as in `wave`. */
function saw(pts: readonly PlanePoint[], amp: number, teeth: number): PlanePoint[] {
  const len = lengthOf(pts);
  const out: PlanePoint[] = [];
  const k = teeth * 2;
  out.push(at(pts, 0).p);
  for (let i = 0; i < k; i++) {
    const { p, tx, ty } = at(pts, ((i + 0.5) / k) * len);
    const o = i % 2 === 0 ? amp : -amp;
    out.push({ x: p.x - ty * o, y: p.y + tx * o });
  }
  out.push(at(pts, len).p);
  return out;
}

/** Circle outline (closed, last point not repeated), starting at the top, in the given sense. */
function circle(c: PlanePoint, r: number, rotation: Rotation, n = 32): PlanePoint[] {
  const dir = rotation === 'clockwise' ? -1 : 1;
  const out: PlanePoint[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.PI / 2 + (dir * i * 2 * Math.PI) / n;
    out.push({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
  }
  return out;
}

/** An open arc of most of a circle, so an arrowhead shows the sense of rotation. */
function arc(c: PlanePoint, r: number, rotation: Rotation, sweep = 1.8 * Math.PI): PlanePoint[] {
  const dir = rotation === 'clockwise' ? -1 : 1;
  const n = 36;
  const out: PlanePoint[] = [];
  for (let i = 0; i <= n; i++) {
    const a = Math.PI / 2 + (dir * i * sweep) / n;
    out.push({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
  }
  return out;
}

function bandBox(band: BandPath, side: PointSide) {
  const s = side === 'right' ? 1 : -1;
  return {
    top: bandEdgeY(band.from_level),
    bottom: bandEdgeY(band.to_level),
    xi: s * band.lateral_from_cm,
    xo: s * band.lateral_to_cm,
  };
}

function bandOutline(band: BandPath, side: PointSide): PlanePoint[] {
  const pts = pathPolyline(band, side);
  return pts.slice(0, -1); // pathPolyline repeats the first corner
}

/** Back-and-forth strokes inside a band: along the spine (vertical) or across it. */
function bandStrokes(band: BandPath, side: PointSide, axis: 'along' | 'across'): FigurePolyline[] {
  const { top, bottom, xi, xo } = bandBox(band, side);
  const h = top - bottom;
  const w = xo - xi;
  const out: FigurePolyline[] = [];
  if (axis === 'along') {
    const lanes = Math.abs(w) >= 7 ? 2 : 1;
    for (let k = 0; k < lanes; k++) {
      const x = xi + ((k + 1) * w) / (lanes + 1);
      out.push({
        points: [
          { x, y: top - 0.15 * h },
          { x, y: bottom + 0.15 * h },
        ],
        closed: false,
        arrows: 'both',
        role: 'path',
        side,
      });
    }
  } else {
    const rows = h >= 12 ? 3 : h >= 6 ? 2 : 1;
    for (let k = 0; k < rows; k++) {
      const y = top - ((k + 1) * h) / (rows + 1);
      out.push({
        points: [
          { x: xi + 0.1 * w, y },
          { x: xo - 0.1 * w, y },
        ],
        closed: false,
        arrows: 'both',
        role: 'path',
        side,
      });
    }
  }
  return out;
}

/** The centre line of a band from its top to its bottom (the way the hands work down it). */
function bandCentreLine(band: BandPath, side: PointSide): PlanePoint[] {
  const { top, bottom, xi, xo } = bandBox(band, side);
  const x = (xi + xo) / 2;
  const h = top - bottom;
  return [
    { x, y: top - 0.08 * h },
    { x, y: bottom + 0.08 * h },
  ];
}

/** Evenly spaced places on a polyline (`n` of them; 1 = the middle). */
function stations(pts: readonly PlanePoint[], n: number): PlanePoint[] {
  const len = lengthOf(pts);
  if (n <= 1) return [at(pts, len / 2).p];
  return Array.from({ length: n }, (_, i) => at(pts, (i * len) / (n - 1)).p);
}

/** A grid of press places covering a band, about a palm-width apart. */
function bandGrid(band: BandPath, side: PointSide, spacingCm = 4.5): PlanePoint[] {
  const { top, bottom, xi, xo } = bandBox(band, side);
  const cols = Math.max(1, Math.ceil(Math.abs(xo - xi) / spacingCm));
  const rows = Math.max(1, Math.ceil((top - bottom) / spacingCm));
  const out: PlanePoint[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out.push({
        x: xi + ((c + 0.5) * (xo - xi)) / cols,
        y: top - ((r + 0.5) * (top - bottom)) / rows,
      });
    }
  }
  return out;
}

/** Short horizontal chop marks scattered over a band in a brick pattern. */
function chopTicks(band: BandPath, side: PointSide): FigurePolyline[] {
  const { top, bottom, xi, xo } = bandBox(band, side);
  const w = xo - xi;
  const rows = Math.max(2, Math.round((top - bottom) / 3));
  const cols = Math.max(1, Math.round(Math.abs(w) / 4));
  const half = Math.min(1.4, Math.abs(w) / cols / 3);
  const m = side === 'right' ? 1 : -1;
  const out: FigurePolyline[] = [];
  for (let r = 0; r < rows; r++) {
    const y = top - ((r + 0.5) * (top - bottom)) / rows;
    const shift = r % 2 === 0 ? 0.25 : 0.75;
    for (let c = 0; c < cols; c++) {
      const x = xi + ((c + shift) * w) / cols;
      out.push({
        points: [
          { x: x - m * half, y },
          { x: x + m * half, y },
        ],
        closed: false,
        arrows: 'none',
        role: 'tick',
        side,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Per-step figure

/** The side a point lands on when its step is drawn on `side` (a point's own side wins). */
function landedSide(p: AnatomicalPoint, side: PointSide, acupoints: AcupointsFile): FigureSide {
  return resolvePoint(p, side, { acupoints }).side;
}

/** The sides to draw a step on: both mirrored, except when every point carries its own side. */
function drawSides(step: Step): PointSide[] {
  return stepSides(step);
}

/** Key of a point for de-duplicating points that land on the same place for both sides. */
const key = (p: PlanePoint) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`;

function trackOf(path: PathSpec, side: PointSide, acupoints: AcupointsFile): FigurePolyline {
  const pts = pathPolyline(path, side, acupoints);
  const closed = path.shape === 'polyline' && path.closed;
  return {
    points: closed ? pts.slice(0, -1) : pts,
    closed,
    arrows: closed ? 'none' : 'end',
    role: 'path',
    side,
    ...(path.shape === 'spiral' ? { turn: { kind: 'spiral', rotation: path.rotation } } : {}),
  };
}

function polylinePoints(path: PolylinePath | LinePath, side: PointSide, acupoints: AcupointsFile) {
  return pathPolyline(path, side, acupoints);
}

/** Figure of one side of a step. */
function sideFigure(step: Step, side: PointSide, acupoints: AcupointsFile): StepFigure {
  const polylines: FigurePolyline[] = [];
  const presses: FigurePress[] = [];
  const areas: FigureArea[] = [];
  /** +1 on the right, −1 on the left: shapes without a sense of their own mirror. */
  const m = side === 'right' ? 1 : -1;
  /** Rotation that mirrors between the sides (for rims and knuckle circles, which have none of their own). */
  const mirrored: Rotation = side === 'right' ? 'clockwise' : 'counterclockwise';
  const area = (band: BandPath, fill: FigureArea['fill']) =>
    areas.push({ outline: bandOutline(band, side), side, fill });

  switch (step.move) {
    case 'apply-oil':
    case 'apply-honey':
      area(step.area, step.move === 'apply-oil' ? 'oil' : 'honey');
      break;
    case 'set-cup': {
      const c = planeOf(step.at, side, acupoints);
      const s = landedSide(step.at, side, acupoints);
      polylines.push({
        points: circle(c, step.cup_diameter_cm / 2, mirrored),
        closed: true,
        arrows: 'none',
        role: 'cup',
        side: s,
      });
      presses.push({ ...c, kind: 'hold', order: 1, side: s });
      break;
    }
    case 'rub':
      if (step.path.shape === 'band') {
        area(step.path, 'work');
        polylines.push(
          ...bandStrokes(step.path, side, step.axis === 'along-spine' ? 'along' : 'across'),
        );
      } else {
        polylines.push({ ...trackOf(step.path, side, acupoints), arrows: 'both' });
      }
      break;
    case 'circular-rub':
      if (step.path.shape === 'circle') {
        const c = planeOf(step.path.center, side, acupoints);
        polylines.push({
          points: arc(c, step.path.radius_cm, step.path.rotation),
          closed: false,
          arrows: 'end',
          role: 'path',
          side: landedSide(step.path.center, side, acupoints),
          turn: { kind: 'circle', rotation: step.path.rotation },
        });
      } else {
        const line = polylinePoints(step.path, side, acupoints);
        const r = step.radius_cm;
        // As many loops as fit without piling up; never more than the file's circles.
        const loops = Math.max(2, Math.min(step.circles, Math.round(lengthOf(line) / (1.9 * r))));
        polylines.push({ points: line, closed: false, arrows: 'none', role: 'guide', side });
        polylines.push({
          points: coil(line, r, loops, step.rotation),
          closed: false,
          arrows: 'end',
          role: 'path',
          side,
          turn: { kind: 'coil', rotation: step.rotation },
        });
      }
      break;
    case 'knead-palm':
    case 'knead-fist': {
      let line: PlanePoint[];
      if (step.path.shape === 'band') {
        area(step.path, 'work');
        line = bandCentreLine(step.path, side);
      } else {
        line = polylinePoints(step.path, side, acupoints);
      }
      const len = lengthOf(line);
      if (step.move === 'knead-fist') {
        const r = 1.2;
        const loops = Math.max(2, Math.round(len / (1.6 * r)));
        polylines.push({
          points: coil(line, r, loops, mirrored),
          closed: false,
          arrows: 'end',
          role: 'path',
          side,
          turn: { kind: 'coil', rotation: mirrored },
        });
      } else {
        const waves = Math.max(1, Math.round(len / 4));
        polylines.push({
          points: wave(line, m * 1.6, waves),
          closed: false,
          arrows: 'end',
          role: 'path',
          side,
        });
      }
      break;
    }
    case 'point-press': {
      const pts = step.points.map((p) => planeOf(p, side, acupoints));
      step.points.forEach((p, i) => {
        const q = pts[i] as PlanePoint;
        presses.push({
          ...q,
          kind: 'hold',
          order: i + 1,
          side: landedSide(p, side, acupoints),
          ...(p.acupoint !== undefined ? { label: p.acupoint } : {}),
        });
      });
      if (pts.length > 1) {
        polylines.push({ points: pts, closed: false, arrows: 'end', role: 'guide', side });
      }
      break;
    }
    case 'palm-press': {
      const line = polylinePoints(step.path, side, acupoints);
      polylines.push({ points: line, closed: false, arrows: 'end', role: 'guide', side });
      stations(line, step.stations).forEach((q, i) =>
        presses.push({ ...q, kind: 'hold', order: i + 1, side }),
      );
      break;
    }
    case 'edge-of-palm-stroke':
      if (step.path.shape === 'band') {
        area(step.path, 'work');
        if (step.style === 'chop') polylines.push(...chopTicks(step.path, side));
        else {
          const line = bandCentreLine(step.path, side);
          polylines.push({
            points: saw(line, m * 1.4, Math.max(2, Math.round(lengthOf(line) / 2.2))),
            closed: false,
            arrows: 'end',
            role: 'path',
            side,
          });
        }
      } else {
        const line = polylinePoints(step.path, side, acupoints);
        if (step.style === 'saw') {
          polylines.push({ points: line, closed: false, arrows: 'none', role: 'guide', side });
          polylines.push({
            points: saw(line, m * 1.4, Math.max(2, Math.round(lengthOf(line) / 2.2))),
            closed: false,
            arrows: 'end',
            role: 'path',
            side,
          });
        } else {
          polylines.push({ points: line, closed: false, arrows: 'end', role: 'guide', side });
          polylines.push(...ticksAlong(line, side));
        }
      }
      break;
    case 'effleurage':
      polylines.push(trackOf(step.path, side, acupoints));
      break;
    case 'cup-glide': {
      const track = trackOf(step.path, side, acupoints);
      polylines.push(track);
      const start = track.points[0];
      if (start) {
        polylines.push({
          points: circle(start, step.cup_diameter_cm / 2, mirrored),
          closed: true,
          arrows: 'none',
          role: 'cup',
          side,
        });
      }
      break;
    }
    case 'honey-press-pull':
      if (step.path.shape === 'band') {
        area(step.path, 'honey');
        bandGrid(step.path, side).forEach((q, i) =>
          presses.push({ ...q, kind: 'pull', order: i + 1, side }),
        );
      } else {
        const line = polylinePoints(step.path, side, acupoints);
        polylines.push({ points: line, closed: false, arrows: 'end', role: 'guide', side });
        const n = Math.max(2, Math.round(lengthOf(line) / 5) + 1);
        stations(line, n).forEach((q, i) =>
          presses.push({ ...q, kind: 'pull', order: i + 1, side }),
        );
      }
      break;
    case 'remove-cup': {
      const c = planeOf(step.at, side, acupoints);
      polylines.push({ points: circle(c, 2.5, mirrored), closed: true, arrows: 'none', role: 'cup', side: landedSide(step.at, side, acupoints) });
      break;
    }
    case 'vibration': {
      const c = planeOf(step.at, side, acupoints);
      presses.push({ ...c, kind: 'hold', order: 1, side: landedSide(step.at, side, acupoints) });
      // A short tremble mark across the place.
      // Drawn outwards from the midline, so that the two sides mirror point for point.
      const m = c.x >= 0 ? 1 : -1;
      polylines.push({
        points: saw([{ x: c.x - 2 * m, y: c.y }, { x: c.x + 2 * m, y: c.y }], 0.6 * m, 4),
        closed: false,
        arrows: 'none',
        role: 'path',
        side,
      });
      break;
    }
    case 'stretch': {
      const c = planeOf(step.center, side, acupoints);
      const along = step.axis === 'along-spine';
      const g = step.gap_cm / 2;
      const d = step.distance_cm;
      const at = (k: number): PlanePoint => (along ? { x: c.x, y: c.y + k } : { x: c.x + k, y: c.y });
      // Across a midline centre the hands are one on each side: each is drawn on its own side.
      const rightX = Math.sign(planeOf({ level: 'L3', lateral_cm: 5 }, 'right', acupoints).x);
      const own = (k: number): FigureSide => (!along && Math.abs(c.x) < 1e-9 ? (Math.sign(k) === rightX ? 'right' : 'left') : side);
      polylines.push({ points: [at(g), at(g + d)], closed: false, arrows: 'end', role: 'path', side: own(g) });
      polylines.push({ points: [at(-g), at(-g - d)], closed: false, arrows: 'end', role: 'path', side: own(-g) });
      presses.push({ ...at(g), kind: 'hold', order: 1, side: own(g) }, { ...at(-g), kind: 'hold', order: 2, side: own(-g) });
      break;
    }
    case 'wringing': {
      const line = step.path.shape === 'band' ? bandCentreLine(step.path, side) : polylinePoints(step.path, side, acupoints);
      if (step.path.shape === 'band') area(step.path, 'work');
      polylines.push({ points: line, closed: false, arrows: 'end', role: 'guide', side });
      // Two opposite crossing waves: the hands push and pull across the muscle.
      const waves = Math.max(2, Math.round(lengthOf(line) / 3));
      polylines.push({ points: saw(line, m * 2, waves), closed: false, arrows: 'both', role: 'path', side });
      polylines.push({ points: saw(line, -m * 2, waves), closed: false, arrows: 'both', role: 'path', side });
      break;
    }
    case 'percussion':
      if (step.path.shape === 'band') {
        area(step.path, 'work');
        polylines.push(...chopTicks(step.path, side));
      } else {
        const line = polylinePoints(step.path, side, acupoints);
        polylines.push({ points: line, closed: false, arrows: 'end', role: 'guide', side });
        polylines.push(...ticksAlong(line, side));
      }
      break;
  }
  return { polylines, presses, areas };
}

/** Short chop marks across a polyline, about every 3 cm. */
function ticksAlong(line: readonly PlanePoint[], side: PointSide): FigurePolyline[] {
  const len = lengthOf(line);
  const n = Math.max(2, Math.round(len / 3));
  const out: FigurePolyline[] = [];
  // Drawn from the same end on both sides, so the left side's marks mirror the right side's.
  const m = side === 'left' ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const { p, tx, ty } = at(line, ((i + 0.5) * len) / n);
    out.push({
      points: [
        { x: p.x + m * ty * 1.2, y: p.y - m * tx * 1.2 },
        { x: p.x - m * ty * 1.2, y: p.y + m * tx * 1.2 },
      ],
      closed: false,
      arrows: 'none',
      role: 'tick',
      side,
    });
  }
  return out;
}

/**
 * What to draw for one step: its track(s), presses and areas on the flat map, on every side the
 * step is done on. Elements that land on the same place for both sides (a point with its own
 * absolute side) are kept once.
 */
export function stepFigure(step: Step, acupoints: AcupointsFile): StepFigure {
  const out: StepFigure = { polylines: [], presses: [], areas: [] };
  const seen = new Set<string>();
  /** True the first time a key is seen. */
  const fresh = (k: string): boolean => {
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  for (const side of drawSides(step)) {
    const f = sideFigure(step, side, acupoints);
    for (const p of f.polylines) {
      if (fresh(`l:${p.role}:${p.points.map(key).join(';')}`)) out.polylines.push(p);
    }
    for (const p of f.presses) {
      if (fresh(`p:${key(p)}`)) out.presses.push(p);
    }
    for (const a of f.areas) {
      if (fresh(`a:${a.outline.map(key).join(';')}`)) out.areas.push(a);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words about a figure (for the aria-label)

/** Where a height on the flat map is, by the nearest vertebral level (or the buttock below). */
export function levelAt(y: number): VertebralLevel | 'buttock' {
  if (y < LEVEL_Y_CM.S4 - 2.5) return 'buttock';
  let best: VertebralLevel = 'L4';
  let d = Infinity;
  for (const l of VERTEBRAL_LEVELS) {
    const e = Math.abs(LEVEL_Y_CM[l] - y);
    if (e < d) {
      d = e;
      best = l;
    }
  }
  return best;
}

export type Travel =
  | 'down'
  | 'up'
  | 'outward'
  | 'inward'
  | 'down-outward'
  | 'up-outward'
  | 'down-inward'
  | 'up-inward';

export interface FigureSummary {
  /** Highest and lowest level the drawing reaches. */
  from: VertebralLevel | 'buttock';
  to: VertebralLevel | 'buttock';
  /** Nearest and farthest distance from the midline, cm (rounded). */
  nearCm: number;
  farCm: number;
  /** Overall direction of travel of the first track with an arrow, if any. */
  travel?: Travel;
  /** Sense of rotation of the first turning track, if any. */
  rotation?: Rotation;
  /** The step is drawn on both sides. */
  mirrored: boolean;
}

function travelOf(a: PlanePoint, b: PlanePoint): Travel | undefined {
  const dy = b.y - a.y;
  const out = Math.abs(b.x) - Math.abs(a.x);
  const v = Math.abs(dy) >= 1.5 ? (dy < 0 ? 'down' : 'up') : undefined;
  const h = Math.abs(out) >= 1.5 ? (out > 0 ? 'outward' : 'inward') : undefined;
  if (v && h && Math.abs(out) > 0.35 * Math.abs(dy) && Math.abs(dy) > 0.35 * Math.abs(out)) {
    return `${v}-${h}`;
  }
  if (v && h) return Math.abs(dy) >= Math.abs(out) ? v : h;
  return v ?? h;
}

/** A few facts about a figure, for describing the picture in words. */
export function figureSummary(fig: StepFigure): FigureSummary {
  const all: PlanePoint[] = [
    ...fig.areas.flatMap((a) => a.outline),
    ...fig.polylines.filter((p) => p.role !== 'cup').flatMap((p) => p.points),
    ...fig.presses,
  ];
  let top = -Infinity;
  let bottom = Infinity;
  let near = Infinity;
  let far = 0;
  for (const p of all) {
    top = Math.max(top, p.y);
    bottom = Math.min(bottom, p.y);
    near = Math.min(near, Math.abs(p.x));
    far = Math.max(far, Math.abs(p.x));
  }
  const moving = fig.polylines.filter(
    (p) => p.arrows === 'end' && p.turn?.kind !== 'circle' && p.turn?.kind !== 'spiral',
  );
  const track = moving.find((p) => p.side !== 'left') ?? moving[0];
  const first = track?.points[0];
  const last = track?.points[track.points.length - 1];
  const sides = new Set([...fig.areas, ...fig.polylines, ...fig.presses].map((e) => e.side));
  const travel = first && last ? travelOf(first, last) : undefined;
  const rotation = fig.polylines.find((p) => p.turn)?.turn?.rotation;
  return {
    from: levelAt(top),
    to: levelAt(bottom),
    nearCm: Math.round(near),
    farCm: Math.round(far),
    ...(travel ? { travel } : {}),
    ...(rotation ? { rotation } : {}),
    mirrored: sides.has('left') && sides.has('right'),
  };
}
