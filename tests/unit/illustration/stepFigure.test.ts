import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACUPOINTS } from '../../../src/domain/technique/acupoints';
import { checkTechnique } from '../../../src/domain/technique/check';
import { pathPolyline, type PlanePoint } from '../../../src/domain/technique/geometry';
import type { Step, Technique } from '../../../src/domain/technique/schema';
import {
  FIGURE_BOUNDS,
  figureSummary,
  levelAt,
  stepFigure,
  type StepFigure,
} from '../../../src/ui/illustration/stepFigure';

const DIR = join(__dirname, '..', '..', '..', 'data', 'techniques');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

function load(file: string): Technique {
  const r = checkTechnique(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
  if (!r.technique) throw new Error(`${file}: ${JSON.stringify(r.diagnostics)}`);
  return r.technique;
}

const LIBRARY = FILES.map((f) => ({ file: f, technique: load(f) }));
const ALL_STEPS = LIBRARY.flatMap(({ file, technique }) =>
  technique.steps.map((step, i) => ({ name: `${file} step ${i + 1} (${step.move})`, step })),
);

/** Largest ring drawn round a press, cm (StepDiagram caps it at 1.6). */
const RING_CM = 1.6;

function allPoints(fig: StepFigure): PlanePoint[] {
  return [
    ...fig.areas.flatMap((a) => a.outline),
    ...fig.polylines.flatMap((l) => l.points),
    ...fig.presses,
  ];
}

const mirror = (p: PlanePoint): PlanePoint => ({ x: -p.x, y: p.y });
const close = (a: PlanePoint, b: PlanePoint) =>
  Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9;
const sortKey = (pts: readonly PlanePoint[]) =>
  pts.map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`).join(' ');

function onSide(fig: StepFigure, side: 'left' | 'right'): StepFigure {
  return {
    polylines: fig.polylines.filter((l) => l.side === side),
    presses: fig.presses.filter((p) => p.side === side),
    areas: fig.areas.filter((a) => a.side === side),
  };
}

describe('stepFigure over the whole technique library', () => {
  it('covers every technique file', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(13);
    expect(ALL_STEPS.length).toBeGreaterThanOrEqual(70);
  });

  it.each(ALL_STEPS)('$name: has at least one drawable element', ({ step }) => {
    const fig = stepFigure(step, ACUPOINTS);
    const drawable =
      fig.polylines.filter((l) => l.points.length >= 2).length +
      fig.presses.length +
      fig.areas.filter((a) => a.outline.length >= 3).length;
    expect(drawable).toBeGreaterThan(0);
  });

  it.each(ALL_STEPS)('$name: all coordinates finite and inside the drawing', ({ step }) => {
    const fig = stepFigure(step, ACUPOINTS);
    const { xMin, xMax, yMin, yMax } = FIGURE_BOUNDS;
    for (const p of allPoints(fig)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(xMin);
      expect(p.x).toBeLessThanOrEqual(xMax);
      expect(p.y).toBeGreaterThanOrEqual(yMin);
      expect(p.y).toBeLessThanOrEqual(yMax);
    }
    for (const p of fig.presses) {
      expect(p.x - RING_CM).toBeGreaterThanOrEqual(xMin);
      expect(p.x + RING_CM).toBeLessThanOrEqual(xMax);
      expect(p.y - RING_CM).toBeGreaterThanOrEqual(yMin);
      expect(p.y + RING_CM).toBeLessThanOrEqual(yMax);
    }
  });

  const MIRRORED = ALL_STEPS.filter(({ step }) => step.side === 'both');
  it.each(MIRRORED)('$name: the left side mirrors the right side', ({ step }) => {
    const fig = stepFigure(step, ACUPOINTS);
    const left = onSide(fig, 'left');
    const right = onSide(fig, 'right');
    expect(left.areas.length + left.polylines.length + left.presses.length).toBeGreaterThan(0);
    // Areas and presses: the same sets, mirrored.
    expect(
      left.areas
        .map((a) => sortKey([...a.outline.map(mirror)].sort((p, q) => p.x - q.x || p.y - q.y)))
        .sort(),
    ).toEqual(
      right.areas.map((a) => sortKey([...a.outline].sort((p, q) => p.x - q.x || p.y - q.y))).sort(),
    );
    expect(left.presses.map((p) => sortKey([mirror(p)])).sort()).toEqual(
      right.presses.map((p) => sortKey([p])).sort(),
    );
    // Tracks: the same in mirror, point for point (same direction of travel); tracks that turn
    // keep the file's sense of rotation on both sides, so only their start and size mirror.
    expect(left.polylines.length).toBe(right.polylines.length);
    left.polylines.forEach((l, i) => {
      const r = right.polylines[i]!;
      expect([l.role, l.arrows, l.closed]).toEqual([r.role, r.arrows, r.closed]);
      expect(l.points.length).toBe(r.points.length);
      if (l.turn && l.turn.kind !== 'coil') {
        expect(close(mirror(l.points[0]!), r.points[0]!)).toBe(true);
      } else if (l.turn) {
        // A coil: the line it travels along mirrors; its loops turn the same way on both sides.
        expect(close(mirror(l.points[0]!), r.points[0]!)).toBe(true);
        expect(close(mirror(l.points.at(-1)!), r.points.at(-1)!)).toBe(true);
      } else if (step.move === 'cup-glide' && step.path.shape === 'zigzag' && l.role === 'path') {
        // The flat map's zig-zag (like the motion engine's) swings the same way first on both
        // sides: its ends and its width mirror.
        expect(close(mirror(l.points[0]!), r.points[0]!)).toBe(true);
        expect(close(mirror(l.points.at(-1)!), r.points.at(-1)!)).toBe(true);
        const width = (pts: PlanePoint[]) =>
          Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x));
        expect(width(l.points)).toBeCloseTo(width(r.points), 9);
      } else {
        l.points.forEach((p, k) => expect(close(mirror(p), r.points[k]!)).toBe(true));
      }
    });
  });

  it.each(ALL_STEPS.filter(({ step }) => step.side !== 'both'))(
    '$name: a one-sided step is drawn on its side only',
    ({ step }) => {
      const fig = stepFigure(step, ACUPOINTS);
      const other = step.side === 'left' ? 'right' : 'left';
      const sides = [...fig.polylines, ...fig.presses, ...fig.areas].map((e) => e.side);
      expect(sides).not.toContain(other);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Shapes, one move at a time (from the library, so the data and the drawing stay in step)

function find(file: string, move: Step['move'], nth = 0): Step {
  const steps = LIBRARY.find((l) => l.file === file)!.technique.steps.filter(
    (s) => s.move === move,
  );
  const s = steps[nth];
  if (!s) throw new Error(`${file}: no ${move} #${nth}`);
  return s;
}

describe('stepFigure shapes', () => {
  it("effleurage: the stroke follows the file's points in order, with an arrowhead at the end", () => {
    const step = find('classic-finishing-effleurage.json', 'effleurage');
    if (step.move !== 'effleurage') throw new Error('unreachable');
    const fig = stepFigure(step, ACUPOINTS);
    const right = fig.polylines.find((l) => l.side === 'right')!;
    expect(right.arrows).toBe('end');
    expect(right.role).toBe('path');
    expect(sortKey(right.points)).toBe(sortKey(pathPolyline(step.path, 'right', ACUPOINTS)));
    // Outwards and down, as the lymph flows.
    expect(figureSummary(fig).travel).toBe('down-outward');
  });

  it('rub on a band: the band as an area, back-and-forth strokes along or across the spine', () => {
    const along = stepFigure(find('classic-warming-rub.json', 'rub', 0), ACUPOINTS);
    const across = stepFigure(find('classic-warming-rub.json', 'rub', 1), ACUPOINTS);
    for (const fig of [along, across]) {
      expect(fig.areas).toHaveLength(2);
      expect(fig.areas.every((a) => a.fill === 'work')).toBe(true);
      expect(fig.polylines.every((l) => l.arrows === 'both')).toBe(true);
    }
    const vertical = (l: { points: PlanePoint[] }) => l.points[0]!.x === l.points[1]!.x;
    expect(along.polylines.every(vertical)).toBe(true);
    expect(across.polylines.some(vertical)).toBe(false);
  });

  it('point-press: a press at each point in order, named by its acupoint, both sides', () => {
    const step = find('point-lumbosacral.json', 'point-press', 0);
    const fig = stepFigure(step, ACUPOINTS);
    const right = fig.presses.filter((p) => p.side === 'right');
    expect(right.map((p) => p.label)).toEqual(['BL23', 'BL52', 'BL25']);
    expect(right.map((p) => p.order)).toEqual([1, 2, 3]);
    expect(fig.presses.filter((p) => p.side === 'left')).toHaveLength(3);
    // Beside the spine, never on it (the no-pressure strip is 2 cm either side).
    expect(fig.presses.every((p) => Math.abs(p.x) >= 2)).toBe(true);
  });

  it('GB30 lies on the buttock', () => {
    const fig = stepFigure(find('point-lumbosacral.json', 'point-press', 2), ACUPOINTS);
    expect(fig.presses).toHaveLength(2);
    for (const p of fig.presses) expect(levelAt(p.y)).toBe('buttock');
  });

  it('palm-press: stations evenly along the path, from its first point to its last', () => {
    const step = find('thai-lumbosacral.json', 'palm-press', 0);
    if (step.move !== 'palm-press') throw new Error('unreachable');
    const fig = stepFigure(step, ACUPOINTS);
    const right = fig.presses.filter((p) => p.side === 'right');
    expect(right).toHaveLength(step.stations);
    const line = pathPolyline(step.path, 'right', ACUPOINTS);
    expect(close(right[0]!, line[0]!)).toBe(true);
    expect(close(right.at(-1)!, line.at(-1)!)).toBe(true);
  });

  it("circle: drawn in the file's sense of rotation as seen from behind", () => {
    const step = find('thai-lumbosacral.json', 'circular-rub', 1);
    if (step.move !== 'circular-rub' || step.path.shape !== 'circle')
      throw new Error('unreachable');
    expect(step.path.rotation).toBe('clockwise');
    const fig = stepFigure(step, ACUPOINTS);
    const arc = fig.polylines[0]!;
    expect(arc.turn).toEqual({ kind: 'circle', rotation: 'clockwise' });
    // Starts at the top and goes clockwise: to the viewer's right (+x).
    expect(arc.points[1]!.x).toBeGreaterThan(arc.points[0]!.x);
    expect(figureSummary(fig).rotation).toBe('clockwise');
  });

  it('cup glide: the track plus the cup at its start; set-cup: the cup and its press, one side', () => {
    const glide = stepFigure(find('cupping-lumbar.json', 'cup-glide', 1), ACUPOINTS);
    expect(glide.polylines.filter((l) => l.role === 'cup')).toHaveLength(2);
    const set = stepFigure(find('cupping-lumbar.json', 'set-cup'), ACUPOINTS);
    expect(set.polylines.map((l) => l.role)).toEqual(['cup']);
    expect(set.presses).toHaveLength(1);
    expect(figureSummary(set).mirrored).toBe(false);
  });

  it('oil and honey: the area they are spread on', () => {
    const oil = stepFigure(find('cupping-lumbar.json', 'apply-oil'), ACUPOINTS);
    expect(oil.areas.map((a) => a.fill)).toEqual(['oil', 'oil']);
    const honey = stepFigure(find('honey-lumbar.json', 'apply-honey'), ACUPOINTS);
    expect(honey.areas.map((a) => a.fill)).toEqual(['honey', 'honey']);
  });

  it('honey press-and-pull: palm prints (pull) over the band; point presses hold', () => {
    const honey = stepFigure(find('honey-lumbar.json', 'honey-press-pull'), ACUPOINTS);
    expect(honey.presses.length).toBeGreaterThanOrEqual(4);
    expect(honey.presses.every((p) => p.kind === 'pull')).toBe(true);
    const points = stepFigure(find('point-lumbosacral.json', 'point-press'), ACUPOINTS);
    expect(points.presses.every((p) => p.kind === 'hold')).toBe(true);
  });

  it('a point with its own side is drawn once even when the step is on both sides', () => {
    const step: Step = {
      ...find('point-lumbosacral.json', 'point-press', 0),
      points: [{ level: 'L3', lateral_cm: 4, side: 'left' }],
    } as Step;
    const fig = stepFigure(step, ACUPOINTS);
    expect(fig.presses).toHaveLength(1);
    expect(fig.presses[0]!.x).toBeCloseTo(-4);
  });
});
