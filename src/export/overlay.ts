/**
 * Burnt-in captions: the words of the player drawn over a video frame with a 2D canvas (the
 * WebGL frame is drawn first, then this). Layout is pure arithmetic from the frame size
 * (`captionLayout`, `wrapText`), so it is tested in node; `drawOverlay` only paints.
 */

/** What a frame says, already in the chosen language. Empty strings are left out. */
export interface OverlayText {
  /** The technique's title (top left). */
  title: string;
  /** "Step 2 of 5" and the counter ("repetition 3 of 8"). */
  head: string;
  /** The step's instruction. */
  caption: string;
  /** The safety line (always the last line). */
  safety: string;
}

export interface CaptionLayout {
  /** Font size of the caption, px. */
  fontPx: number;
  /** Font size of the safety line and the head, px. */
  smallPx: number;
  /** Margin from the frame's edges, px. */
  margin: number;
  /** Widest line, px. */
  maxWidth: number;
  /** Most lines of the caption (longer ones end with "…"). */
  maxCaptionLines: number;
}

/** Sizes scale with the short side of the frame, so 720×1280 and 1280×720 read the same. */
export function captionLayout(width: number, height: number): CaptionLayout {
  const short = Math.min(width, height);
  const fontPx = Math.max(10, Math.round(short * 0.038));
  return {
    fontPx,
    smallPx: Math.max(9, Math.round(fontPx * 0.72)),
    margin: Math.round(short * 0.03),
    maxWidth: width - 2 * Math.round(short * 0.03),
    maxCaptionLines: width < height ? 5 : 3,
  };
}

/**
 * Breaks text into lines no wider than maxWidth (by words; a word wider than a line stands on
 * its own line), at most maxLines (the last one cut with "…").
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Paints the title, the caption strip and the safety line over what ctx already holds. */
export function drawOverlay(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, width: number, height: number, text: OverlayText): void {
  const L = captionLayout(width, height);
  const measureAt = (px: number, weight = 'normal') => {
    ctx.font = `${weight} ${px}px ${FONT}`;
    return (s: string) => ctx.measureText(s).width;
  };
  ctx.save();
  ctx.textBaseline = 'top';
  // Title, top left, on its own dark tab.
  if (text.title) {
    const m = measureAt(L.fontPx, '600');
    const lines = wrapText(text.title, L.maxWidth - L.margin, 2, m);
    const lh = Math.round(L.fontPx * 1.25);
    const w = Math.max(...lines.map(m)) + L.margin;
    ctx.fillStyle = 'rgba(20, 28, 36, 0.72)';
    ctx.fillRect(L.margin / 2, L.margin / 2, w + L.margin / 2, lines.length * lh + L.margin / 2);
    ctx.fillStyle = '#ffffff';
    lines.forEach((s, i) => ctx.fillText(s, L.margin, L.margin * 0.75 + i * lh));
  }
  // The strip at the bottom: head, caption, safety.
  const rows: { s: string; px: number; weight: string; color: string }[] = [];
  if (text.head) rows.push({ s: text.head, px: L.smallPx, weight: '600', color: '#ffd27a' });
  if (text.caption) {
    for (const s of wrapText(text.caption, L.maxWidth, L.maxCaptionLines, measureAt(L.fontPx)))
      rows.push({ s, px: L.fontPx, weight: 'normal', color: '#ffffff' });
  }
  if (text.safety) {
    for (const s of wrapText(text.safety, L.maxWidth, 2, measureAt(L.smallPx)))
      rows.push({ s, px: L.smallPx, weight: 'normal', color: '#cfe3f5' });
  }
  if (rows.length > 0) {
    const heights = rows.map((r) => Math.round(r.px * 1.3));
    const total = heights.reduce((a, b) => a + b, 0) + L.margin;
    let y = height - total;
    ctx.fillStyle = 'rgba(20, 28, 36, 0.78)';
    ctx.fillRect(0, y, width, total);
    y += L.margin / 2;
    rows.forEach((r, i) => {
      ctx.font = `${r.weight} ${r.px}px ${FONT}`;
      ctx.fillStyle = r.color;
      ctx.fillText(r.s, L.margin, y);
      y += heights[i]!;
    });
  }
  ctx.restore();
}
