/**
 * StepDiagram — one step drawn on the lower back seen from behind (an inline SVG with
 * role="img"). The figure comes from `stepFigure` (pure); this component only draws it.
 *
 * Props: `figure: StepFigure`; `label: string` (the aria-label: the step in words);
 * `leftLabel` / `rightLabel` (short words for the patient's left and right).
 */
import { useId } from 'react';
import type { PlanePoint } from '../../domain/technique/geometry';
import { BackOutline } from './BackOutline';
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

function Track({ line, arrow, arrowGuide }: { line: FigurePolyline; arrow: string; arrowGuide: string }) {
  const marker = `url(#${line.role === 'guide' ? arrowGuide : arrow})`;
  const cls = `hp-illu-${line.role}`;
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
  const id = useId().replace(/:/g, '');
  const hatch = `${id}-hatch`;
  const arrow = `${id}-arrow`;
  const arrowGuide = `${id}-arrow-guide`;
  // Labels of named points, on the right-hand figure only (the left one mirrors it).
  const labelled = figure.presses.filter((p) => p.label && p.side !== 'left');
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
          markerWidth="2.8"
          markerHeight="2.8"
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
      <BackOutline hatchId={hatch} leftLabel={leftLabel} rightLabel={rightLabel} />
      <g className="hp-illu-figure">
        {figure.areas.map((a, i) => (
          <polygon key={`a${i}`} points={svgPoints(a.outline)} className={`hp-illu-area ${a.fill}`} />
        ))}
        {under.map((l, i) => (
          <Track key={`u${i}`} line={l} arrow={arrow} arrowGuide={arrowGuide} />
        ))}
        {over.map((l, i) => (
          <Track key={`o${i}`} line={l} arrow={arrow} arrowGuide={arrowGuide} />
        ))}
        {figure.presses.map((p, i) => (
          <g key={`p${i}`} transform={`translate(${p.x.toFixed(2)},${(-p.y).toFixed(2)})`}>
            <circle r="1.75" className="hp-illu-press-ring" />
            <circle r="0.8" className="hp-illu-press-dot" />
          </g>
        ))}
        {labelled.map((p, i) => (
          <text
            key={`t${i}`}
            x={(p.x + 2.3).toFixed(2)}
            y={(-p.y).toFixed(2)}
            className="hp-illu-point-label"
            dominantBaseline="central"
          >
            {p.label}
          </text>
        ))}
      </g>
    </svg>
  );
}
