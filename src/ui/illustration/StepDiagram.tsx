/**
 * StepDiagram — one step drawn on the lower back seen from behind (an inline SVG with
 * role="img"). The figure comes from `stepFigure` (pure); this component only draws it.
 *
 * Props: `figure: StepFigure`; `label: string` (the aria-label: the step in words);
 * `leftLabel` / `rightLabel` (short words for the patient's left and right).
 */
import { useId } from 'react';
import { LEVEL_Y_CM, type PlanePoint } from '../../domain/technique/geometry';
import { BackOutline } from './BackOutline';
import { PalmPrint } from './PalmPrint';
import { FIGURE_BOUNDS, type FigurePolyline, type StepFigure } from './stepFigure';

export interface StepDiagramProps {
  figure: StepFigure;
  label: string;
  leftLabel: string;
  rightLabel: string;
}

const VIEWBOX = (() => {
  const { xMin, xMax, yMin, yMax } = FIGURE_BOUNDS;
  return `${xMin} ${-yMax} ${xMax - xMin} ${yMax - yMin}`;
})();

/** SVG points attribute (map y flipped). */
const svgPoints = (pts: readonly PlanePoint[]) =>
  pts.map((p) => `${p.x.toFixed(2)},${(-p.y).toFixed(2)}`).join(' ');

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Radius of the press rings: as large as reads well, but neighbouring rings must not touch. */
function ringRadius(presses: readonly PlanePoint[]): number {
  let d = Infinity;
  for (let i = 0; i < presses.length; i++) {
    for (let j = i + 1; j < presses.length; j++) {
      const a = presses[i] as PlanePoint;
      const b = presses[j] as PlanePoint;
      d = Math.min(d, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return Math.max(0.8, Math.min(1.6, 0.47 * d));
}

interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle';
}

const LABEL_FONT = 1.5;
/** Place point labels (map coordinates) where they cover no ring, no other label and not the spine. */
function placeLabels(
  labelled: readonly { x: number; y: number; label: string }[],
  presses: readonly PlanePoint[],
  ring: number,
): PlacedLabel[] {
  const taken: Box[] = presses.map((p) => ({
    x0: p.x - ring,
    x1: p.x + ring,
    y0: p.y - ring,
    y1: p.y + ring,
  }));
  taken.push({ x0: -2.4, x1: 2.4, y0: -40, y1: 40 });
  const out: PlacedLabel[] = [];
  for (const p of labelled) {
    const w = 0.62 * LABEL_FONT * p.label.length + 0.3;
    const h = LABEL_FONT * 1.1;
    const gap = ring + 0.4;
    const candidates: PlacedLabel[] = [
      { text: p.label, x: p.x + gap, y: p.y, anchor: 'start' },
      { text: p.label, x: p.x + 0.4, y: p.y + gap + h / 2, anchor: 'start' },
      { text: p.label, x: p.x + 0.4, y: p.y - gap - h / 2, anchor: 'start' },
      { text: p.label, x: p.x, y: p.y + gap + h / 2, anchor: 'middle' },
      { text: p.label, x: p.x, y: p.y - gap - h / 2, anchor: 'middle' },
    ];
    const boxOf = (c: PlacedLabel): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.x - w / 2;
      return { x0, x1: x0 + w, y0: c.y - h / 2, y1: c.y + h / 2 };
    };
    const best = candidates.find((c) => !taken.some((b) => overlaps(b, boxOf(c)))) ?? candidates[0];
    if (best) {
      taken.push(boxOf(best));
      out.push(best);
    }
  }
  return out;
}

/** True when the step reaches above T12 (then T10 and T11 are labelled too). */
function reachesUp(f: StepFigure): boolean {
  const top = LEVEL_Y_CM.T12 + 1.5;
  return (
    f.areas.some((a) => a.outline.some((p) => p.y > top)) ||
    f.polylines.some((l) => l.points.some((p) => p.y > top)) ||
    f.presses.some((p) => p.y > top)
  );
}

function Track({
  line,
  arrow,
  arrowGuide,
}: {
  line: FigurePolyline;
  arrow: string;
  arrowGuide: string;
}) {
  const marker = `url(#${line.role === 'guide' ? arrowGuide : arrow})`;
  const cls = line.turn ? `hp-illu-${line.role} ${line.turn.kind}` : `hp-illu-${line.role}`;
  if (line.closed) return <polygon points={svgPoints(line.points)} className={cls} />;
  return (
    <polyline
      points={svgPoints(line.points)}
      className={cls}
      markerEnd={line.arrows !== 'none' ? marker : undefined}
      markerStart={line.arrows === 'both' ? marker : undefined}
    />
  );
}

export function StepDiagram({ figure, label, leftLabel, rightLabel }: StepDiagramProps) {
  const id = `hp${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hatch = `${id}-hatch`;
  const arrow = `${id}-arrow`;
  const arrowGuide = `${id}-arrow-guide`;
  // Labels of named points, on the right-hand figure only (the left one mirrors it).
  const ring = ringRadius(figure.presses);
  const labels = placeLabels(
    figure.presses.flatMap((p) =>
      p.label && p.side !== 'left' ? [{ x: p.x, y: p.y, label: p.label }] : [],
    ),
    figure.presses,
    ring,
  );
  const under = figure.polylines.filter((l) => l.role === 'guide' || l.role === 'cup');
  const over = figure.polylines.filter((l) => l.role !== 'guide' && l.role !== 'cup');
  return (
    <svg
      className="hp-illu-svg"
      viewBox={VIEWBOX}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="7"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="2.4"
          markerHeight="2.4"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 L 2.5 5 Z" className="hp-illu-arrowhead" />
        </marker>
        <marker
          id={arrowGuide}
          viewBox="0 0 10 10"
          refX="7"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="2"
          markerHeight="2"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 L 2.5 5 Z" className="hp-illu-arrowhead-guide" />
        </marker>
      </defs>
      <BackOutline
        hatchId={hatch}
        upperLabels={reachesUp(figure)}
        leftLabel={leftLabel}
        rightLabel={rightLabel}
      />
      <g className="hp-illu-figure">
        {figure.areas.map((a, i) => (
          <polygon
            key={`a${i}`}
            points={svgPoints(a.outline)}
            className={`hp-illu-area ${a.fill}`}
          />
        ))}
        {under.map((l, i) => (
          <Track key={`u${i}`} line={l} arrow={arrow} arrowGuide={arrowGuide} />
        ))}
        {over.map((l, i) => (
          <Track key={`o${i}`} line={l} arrow={arrow} arrowGuide={arrowGuide} />
        ))}
        {figure.presses.map((p, i) => (
          <g key={`p${i}`} transform={`translate(${p.x.toFixed(2)},${(-p.y).toFixed(2)})`}>
            {p.kind === 'pull' ? (
              <PalmPrint size={ring} />
            ) : (
              <>
                <circle r={ring.toFixed(2)} className="hp-illu-press-ring" />
                <circle r={(ring * 0.45).toFixed(2)} className="hp-illu-press-dot" />
              </>
            )}
          </g>
        ))}
        {labels.map((l, i) => (
          <text
            key={`t${i}`}
            x={l.x.toFixed(2)}
            y={(-l.y).toFixed(2)}
            className="hp-illu-point-label"
            dominantBaseline="central"
            textAnchor={l.anchor}
          >
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
