/**
 * The app's icons for the web app manifest (installable offline app, issue 12 §6), drawn
 * procedurally: the favicon's design (a blue rounded square, two white strokes like a pair of
 * hands' paths down a back), antialiased by supersampling. Writes public/icons/*.png.
 *   npx tsx scripts/gen-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const BLUE = [0x2f, 0x8f, 0xd8];

/** The two strokes of the favicon (32-unit box): M10 6 c0 8 4 10 6 20 and its mirror. */
function strokePoints(): [number, number][] {
  const pts: [number, number][] = [];
  const cubic = (p0: number[], p1: number[], p2: number[], p3: number[]) => {
    for (let i = 0; i <= 200; i++) {
      const t = i / 200;
      const u = 1 - t;
      pts.push([
        u * u * u * p0[0]! + 3 * u * u * t * p1[0]! + 3 * u * t * t * p2[0]! + t * t * t * p3[0]!,
        u * u * u * p0[1]! + 3 * u * u * t * p1[1]! + 3 * u * t * t * p2[1]! + t * t * t * p3[1]!,
      ]);
    }
  };
  cubic([10, 6], [10, 14], [14, 16], [16, 26]);
  cubic([22, 6], [22, 14], [18, 16], [16, 26]);
  return pts;
}

/** A size × size icon; `maskable` keeps the drawing inside the central safe circle (80 %). */
function icon(size: number, maskable: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const pts = strokePoints();
  const SS = 3; // supersamples per axis
  const scale = maskable ? 0.7 : 1; // maskable: a full-bleed background, the mark smaller
  const radius = maskable ? 0 : 7;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let ink = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          // Into the 32-unit box.
          const u = ((x + (sx + 0.5) / SS) / size) * 32;
          const v = ((y + (sy + 0.5) / SS) / size) * 32;
          // Rounded square.
          const dx = Math.max(radius - u, 0, u - (32 - radius));
          const dy = Math.max(radius - v, 0, v - (32 - radius));
          const inside = radius === 0 || dx * dx + dy * dy <= radius * radius;
          if (!inside) continue;
          bg++;
          const mu = 16 + (u - 16) / scale;
          const mv = 16 + (v - 16) / scale;
          let best = Infinity;
          for (const p of pts) best = Math.min(best, (p[0] - mu) ** 2 + (p[1] - mv) ** 2);
          if (best <= 1.5 * 1.5) ink++;
        }
      }
      const n = SS * SS;
      const i = (y * size + x) * 4;
      const a = bg / n;
      const w = bg > 0 ? ink / bg : 0;
      png.data[i] = Math.round(BLUE[0]! * (1 - w) + 255 * w);
      png.data[i + 1] = Math.round(BLUE[1]! * (1 - w) + 255 * w);
      png.data[i + 2] = Math.round(BLUE[2]! * (1 - w) + 255 * w);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('public/icons', { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  writeFileSync(`public/icons/${name}`, icon(size, maskable));
  console.log(`public/icons/${name}`);
}
