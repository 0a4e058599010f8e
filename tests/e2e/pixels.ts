import { PNG } from 'pngjs';

export interface Image {
  width: number;
  height: number;
  data: Buffer; // RGBA
}

export function decodePng(buf: Buffer): Image {
  const png = PNG.sync.read(buf);
  return { width: png.width, height: png.height, data: png.data };
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Pixels whose colour differs from `rgb` by more than `tol` in any channel. */
export function countDifferentFrom(img: Image, rgb: [number, number, number], tol = 12): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (
      Math.abs(img.data[i]! - rgb[0]) > tol ||
      Math.abs(img.data[i + 1]! - rgb[1]) > tol ||
      Math.abs(img.data[i + 2]! - rgb[2]) > tol
    )
      n++;
  }
  return n;
}

/** Pixels matching a predicate, with their centroid (in 0..1 image coordinates). */
export function findPixels(
  img: Image,
  pred: (r: number, g: number, b: number) => boolean,
): { count: number; cx: number; cy: number } {
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (pred(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) {
        count++;
        sx += x;
        sy += y;
      }
    }
  }
  return { count, cx: count ? sx / count / img.width : 0, cy: count ? sy / count / img.height : 0 };
}

/** Fraction of pixels that differ by more than `tol` between two images of the same size. */
export function diffFraction(a: Image, b: Image, tol = 16): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('image sizes differ');
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > tol ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > tol ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > tol
    )
      n++;
  }
  return n / (a.width * a.height);
}

/** The highlight tint: blue clearly above red (the skin is warm, the background grey). */
export const isHighlightBlue = (r: number, g: number, b: number) => b > r + 25 && b > g + 5;

/**
 * Screen points (e.g. touching hands' contact points, projected) that are NOT on something drawn:
 * outside the image, or on a pixel within `tol` (summed over r, g, b) of the background. Each as
 * a short description; an empty list means every point lies on the hand or the skin.
 */
export function pointsOnBackground(
  img: Image,
  pts: readonly (readonly [number, number])[],
  bg: [number, number, number],
  tol = 12,
): string[] {
  const bad: string[] = [];
  for (const [x, y] of pts) {
    if (!(x > 0 && y > 0 && x < img.width && y < img.height)) {
      bad.push(`(${x.toFixed(0)}, ${y.toFixed(0)}) outside the ${img.width}×${img.height} image`);
      continue;
    }
    const i = (Math.round(y) * img.width + Math.round(x)) * 4;
    const d = Math.abs(img.data[i]! - bg[0]) + Math.abs(img.data[i + 1]! - bg[1]) + Math.abs(img.data[i + 2]! - bg[2]);
    if (d <= tol) bad.push(`(${x.toFixed(0)}, ${y.toFixed(0)}) on the background (difference ${d})`);
  }
  return bad;
}
