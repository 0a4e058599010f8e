/**
 * Picture: a PNG of the current 3D view at 2× its on-screen resolution, with a caption strip
 * (technique, step and its caption, time, the safety line) drawn under it.
 *
 * No preserveDrawingBuffer and nothing drawn while idle: on request only, the renderer is set to
 * twice its pixel ratio, draws one frame, the drawing buffer is copied to a 2D canvas in the same
 * task (it is still valid until the browser composites), and the renderer is put back and redraws.
 */
import { _roots } from '@react-three/fiber';
import { downloadBlob } from '../downloadBlob';

export interface PictureCaption {
  title: string;
  /** "Step 2 of 5 · Knead with palms" */
  step: string;
  /** The step's instruction. */
  caption: string;
  /** "0:42" */
  time: string;
  /** The safety line, always printed. */
  safety: string;
}

export const PICTURE_SCALE = 2;

/** The app's 3D canvas (the one R3F renders into), or null. */
export function viewerCanvas(): HTMLCanvasElement | null {
  for (const c of _roots.keys()) if (c instanceof HTMLCanvasElement && c.isConnected) return c;
  return null;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text, shortened with "…" to fit `width` in the current font. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let n = text.length;
  while (n > 1 && ctx.measureText(`${text.slice(0, n)}…`).width > width) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

/** Renders the view at 2× and composes the picture. Null when there is no 3D view. */
export function renderPicture(caption: PictureCaption, scale = PICTURE_SCALE): HTMLCanvasElement | null {
  const canvas = viewerCanvas();
  const root = canvas ? _roots.get(canvas) : undefined;
  if (!canvas || !root) return null;
  const { gl, scene, camera, size } = root.store.getState();
  const ratio = gl.getPixelRatio();
  const cssW = size.width;
  const cssH = size.height;
  const w = Math.round(cssW * scale);
  const h = Math.round(cssH * scale);

  const pad = 14 * scale;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  // Measure the strip first (wrapping needs the final width).
  ctx.font = font(14);
  const captionLines = wrap(ctx, caption.caption, w - 2 * pad).slice(0, 4);
  ctx.font = font(12);
  const safetyLines = wrap(ctx, caption.safety, w - 2 * pad).slice(0, 3);
  const stripH = pad * 2 + 22 * scale + captionLines.length * 20 * scale + safetyLines.length * 17 * scale + 6 * scale;
  out.width = w;
  out.height = h + Math.round(stripH);

  try {
    gl.setPixelRatio(scale);
    gl.setSize(cssW, cssH, false);
    gl.render(scene, camera);
    ctx.drawImage(gl.domElement, 0, 0, w, h);
  } finally {
    gl.setPixelRatio(ratio);
    gl.setSize(cssW, cssH, false);
    gl.render(scene, camera);
  }

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, h, w, out.height - h);
  ctx.fillStyle = '#d3dae2';
  ctx.fillRect(0, h, w, scale);
  let y = h + pad + 16 * scale;
  const right = `${caption.step} · ${caption.time}`;
  ctx.font = font(13);
  const room = w - 2 * pad - ctx.measureText(right).width - 16 * scale;
  ctx.fillStyle = '#1b2733';
  ctx.font = font(16, 700);
  ctx.fillText(fit(ctx, caption.title, room), pad, y);
  ctx.font = font(13);
  ctx.fillStyle = '#4a5a6a';
  ctx.textAlign = 'right';
  ctx.fillText(right, w - pad, y);
  ctx.textAlign = 'left';
  ctx.fillStyle = '#1b2733';
  ctx.font = font(14);
  for (const line of captionLines) {
    y += 20 * scale;
    ctx.fillText(line, pad, y);
  }
  y += 6 * scale;
  ctx.fillStyle = '#8a3b12';
  ctx.font = font(12);
  for (const line of safetyLines) {
    y += 17 * scale;
    ctx.fillText(line, pad, y);
  }
  return out;
}

/** Saves a canvas as a PNG download. */
export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<boolean> {
  return new Promise((resolve) => {
    canvas.toBlob((blob) => {
      if (!blob) return resolve(false);
      downloadBlob(blob, fileName);
      resolve(true);
    }, 'image/png');
  });
}
