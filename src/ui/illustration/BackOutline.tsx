/**
 * BackOutline — the static drawing of the lower back seen from behind, in the SVG user space of
 * the step diagrams (1 unit = 1 cm of the flat map, SVG y = −map y): waist and hips, iliac
 * crests, the two sacral dimples (PSIS), buttocks with the cleft and the gluteal folds, the
 * lumbar-sacral region lightly tinted, the spine as a dotted midline with its levels labelled,
 * and the no-pressure strip over the spinous processes hatched red.
 *
 * Props: `ids` — unique ids for the hatch pattern (one per SVG on the page);
 * `leftLabel` / `rightLabel` — short words for the patient's left and right.
 */
import { LEVEL_Y_CM } from '../../domain/technique/geometry';
import { FIGURE_BOUNDS } from './stepFigure';

export interface BackOutlineProps {
  hatchId: string;
  /** Also label T10 and T11 (for steps that reach above T12). */
  upperLabels?: boolean;
  leftLabel: string;
  rightLabel: string;
}

/** Right half of the body's outline, top to bottom (SVG coordinates). */
const RIGHT_EDGE =
  'C 14.6,-16 13.4,-10 13.6,-5 C 13.8,-1 15.6,2 16.7,6 C 17.9,11 18.8,16 18.7,21 C 18.6,26 17.9,30 17.3,35';
const LEFT_EDGE_UP =
  'C -17.9,30 -18.6,26 -18.7,21 C -18.8,16 -17.9,11 -16.7,6 C -15.6,2 -13.8,-1 -13.6,-5 C -13.4,-10 -14.6,-16 -15.6,-26';

const BODY = `M 15.6,-26 ${RIGHT_EDGE} L -17.3,35 ${LEFT_EDGE_UP} Z`;

/** The lumbar-sacral region (as highlighted on the 3D model): L1 down to the coccyx. */
const REGION = 'M -9,-12.6 L 9,-12.6 L 9,-0.5 L 7,9 L 1.5,19 L -1.5,19 L -7,9 L -9,-0.5 Z';

/** Levels labelled on the spine (T10 and T11 too when the step reaches them). */
const LABELLED = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const;
const UPPER = ['T10', 'T11'] as const;
const UNLABELLED = ['S2', 'S3', 'S4'] as const;

/** The no-pressure strip: T10 to S1, 2 cm either side, 1 cm beyond the end levels. */
const AVOID_TOP = -(LEVEL_Y_CM.T10 + 1);
const AVOID_BOTTOM = -(LEVEL_Y_CM.S1 - 1);

export function BackOutline({
  hatchId,
  upperLabels = false,
  leftLabel,
  rightLabel,
}: BackOutlineProps) {
  const labelled = upperLabels ? [...UPPER, ...LABELLED] : LABELLED;
  const dots = upperLabels ? UNLABELLED : [...UPPER, ...UNLABELLED];
  const { xMin, xMax, yMax } = FIGURE_BOUNDS;
  return (
    <g className="hp-illu-body" aria-hidden="true">
      <defs>
        <pattern
          id={hatchId}
          patternUnits="userSpaceOnUse"
          width="1.2"
          height="1.2"
          patternTransform="rotate(45)"
        >
          <rect width="1.2" height="1.2" className="hp-illu-avoid-bg" />
          <line x1="0" y1="0" x2="0" y2="1.2" className="hp-illu-avoid-line" />
        </pattern>
      </defs>
      <path d={BODY} className="hp-illu-skin" />
      <path d={REGION} className="hp-illu-region" />
      {/* Iliac crests: from the dimples up and out to the top of the crest, then forwards. */}
      {[1, -1].map((s) => (
        <g key={s} transform={`scale(${s},1)`}>
          <path
            d="M 5.4,6.2 C 7,1.4 9.6,-0.6 12,-0.5 C 13.7,-0.4 14.9,1.2 15.8,3"
            className="hp-illu-bone"
          />
          {/* Sides of the sacral rhombus: dimple to the top of the cleft. */}
          <path d="M 4.5,9 L 0.9,17.6" className="hp-illu-faint" />
          {/* Gluteal fold. */}
          <path d="M 0.6,27.4 C 4,30.6 10,31.2 15.4,28.6" className="hp-illu-fold" />
          {/* Sacral dimple (PSIS). */}
          <ellipse cx="4.5" cy={-LEVEL_Y_CM.S2} rx="0.95" ry="0.7" className="hp-illu-dimple" />
        </g>
      ))}
      {/* Gluteal cleft. */}
      <path d="M 0,17.6 C 0.25,21 0.1,24 0,27.6" className="hp-illu-fold" />
      {/* Strip over the spinous processes where no pressure is ever applied. */}
      <rect
        x={-2}
        y={AVOID_TOP}
        width={4}
        height={AVOID_BOTTOM - AVOID_TOP}
        rx={0.6}
        fill={`url(#${hatchId})`}
        className="hp-illu-avoid"
      />
      {/* The spine: dotted midline, small marks at the unlabelled levels, labels at the others. */}
      <line x1="0" y1={-yMax - 1} x2="0" y2={-LEVEL_Y_CM.S4} className="hp-illu-spine" />
      {dots.map((l) => (
        <circle key={l} cx="0" cy={-LEVEL_Y_CM[l]} r="0.45" className="hp-illu-process" />
      ))}
      {labelled.map((l) => (
        <g key={l} transform={`translate(0,${-LEVEL_Y_CM[l]})`}>
          <rect x="-2.2" y="-1.25" width="4.4" height="2.5" rx="1.2" className="hp-illu-level-bg" />
          <text
            x="0"
            y="0"
            className="hp-illu-level"
            dominantBaseline="central"
            textAnchor="middle"
          >
            {l}
          </text>
        </g>
      ))}
      <text x={xMin + 1} y={-yMax + 2.6} className="hp-illu-side" textAnchor="start">
        {leftLabel}
      </text>
      <text x={xMax - 1} y={-yMax + 2.6} className="hp-illu-side" textAnchor="end">
        {rightLabel}
      </text>
    </g>
  );
}
