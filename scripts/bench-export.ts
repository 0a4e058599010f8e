/**
 * Export time of a 20 s clip, as a ratio to the clip's length (issue 12 §2): the built app in
 * Debian's Chromium (software WebGL, WebCodecs' software encoders), `window.__handpath.exportVideo`
 * on a 20 s range of a technique, at 1280×720 and 720×1280, 30 fps, MP4/H.264 (or WebM/VP9),
 * without burnt-in captions (the dialog adds them: one 2D draw per frame, not measured here).
 * Prints a markdown table for docs/export-bench.md.
 *   npx vite build && npx tsx scripts/bench-export.ts [runs=1] [landscape|portrait|both]
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import { SAFETY_CHECK_DONE, settle } from '../tests/e2e/app';
import type { HandleExportOptions, HandleExportResult } from '../src/export/testHandle';

const TECHNIQUE = 'classic-warming-rub';
const CLIP_S = 20;
const runs = Math.max(1, Number(process.argv[2] ?? 1));
/** Which shapes: 'landscape', 'portrait' or both (default). */
const only = process.argv[3] ?? 'both';

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first');
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');

const rows: string[] = [];
const context = await launchBrowser();
try {
  const page = await context.newPage();
  await page.addInitScript(SAFETY_CHECK_DONE);
  await page.goto(`${url}?technique=${TECHNIQUE}&length=full`);
  await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
  await settle(page);
  const sizes = ([
    [1280, 720],
    [720, 1280],
  ] as const).filter(([w, h]) => only === 'both' || (only === 'landscape') === w > h);
  for (const [w, h] of sizes) {
    const ratios: number[] = [];
    let format = '';
    for (let i = 0; i < runs; i++) {
      const o: HandleExportOptions = { range: { kind: 'range', from: 0, to: CLIP_S }, width: w, height: h, fps: 30, length: 'full' };
      const r = await page.evaluate(
        (opts) => (window as unknown as { __handpath: { exportVideo: (o: HandleExportOptions) => Promise<HandleExportResult> } }).__handpath.exportVideo(opts),
        o,
      );
      if (!r.ok) throw new Error(`export failed: ${r.reason} ${r.message ?? ''}`);
      format = `${r.container.toUpperCase()}/${r.codec === 'avc' ? 'H.264' : 'VP9'}`;
      ratios.push(r.elapsedS / r.durationS);
      console.error(`${w}×${h}: ${r.frames} frames in ${r.elapsedS.toFixed(1)} s → ${(r.elapsedS / r.durationS).toFixed(2)}× the clip (${(r.base64.length * 0.75 / 1024).toFixed(0)} KiB)`);
    }
    ratios.sort((a, b) => a - b);
    const med = ratios[Math.floor(ratios.length / 2)]!;
    rows.push(`| ${w}×${h}, 30 fps, ${format} | ${CLIP_S} s = ${CLIP_S * 30} frames | ${(med * CLIP_S).toFixed(1)} s | **${med.toFixed(2)}×** |`);
  }
} finally {
  await context.close();
  await server.close();
}
console.log(`| clip | frames | export time (median of ${runs}) | export time / clip length |`);
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(r);
