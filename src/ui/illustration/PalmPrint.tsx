/**
 * PalmPrint — a palm pressed flat and pulled away (honey press-and-pull): a rounded palm print
 * with a lift mark, centred on the origin, in the SVG user space of the step diagrams (cm).
 *
 * Props: `size` — scale in cm, about a press ring's radius (the print is 1.9 × 2.2 × size).
 */
export function PalmPrint({ size }: { size: number }) {
  const w = 1.9 * size;
  const h = 2.2 * size;
  const c = 0.45 * size;
  return (
    <>
      <rect x={-w / 2} y={-h / 2} width={w} height={h} rx={0.7 * size} className="hp-illu-palm" />
      <path d={`M ${-c} ${c * 0.5} L 0 ${-c * 0.6} L ${c} ${c * 0.5}`} className="hp-illu-lift" />
    </>
  );
}
