/**
 * npm run bench — figures for the app, measured in headless Chromium (software WebGL), with a
 * minimal R3F page measured in the same run so every figure also stands as a ratio.
 *
 * Prints a Markdown report; `--write` also saves it to docs/benchmarks.md.
 * These machines are shared and noisy: read ratios, not absolute milliseconds.
 */
import { build, preview, type PreviewServer } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser';
import { COUNT_DRAWS, SAFETY_CHECK_DONE, settle, draws } from '../tests/e2e/app';
import { jsSize } from './jsSize';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * A reduced bench while working (never for docs/benchmarks.md): BENCH_PARTS=orbit (or
 * first,orbit …) measures the loads, first frames, triangles, idle draws and only the listed
 * parts of: orbit, choose, play, heap, edit. Default: all.
 */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'orbit,choose,play,heap,edit').split(','));
const ALL_PARTS = 5;
const ROOT = resolve(import.meta.dirname, '..');

interface PageFigures {
  playIntervalMs: number[];
  /** the same technique's scene standing still, redrawn every frame just before it plays (what playing is compared with) */
  staticIntervalMs: number[];
  /** drawing-buffer widths (median) while static and while playing: must be equal */
  staticWidth: number;
  playWidth: number;
  /** after one switch to every technique (heapRound switches) and after 200 switches */
  heapAfter10: number;
  heapAfter200: number;
  heapRound: number;
  /** the same heap without V8's compiled code */
  objectsFirst: number;
  objectsAfter200: number;
  transferredBytes: number;
  firstFrameMs: number[];
  /** the first frame with the body (the app's first frame shows the table while the model loads) */
  bodyFrameMs: number[];
  orbitIntervalMs: number[];
  idleDraws: number;
  /** Click on a technique → first frame drawn with its timeline and its player (app only): the
   * first choice of a page (its chunks load) and a second one (they are cached). */
  chooseFirstMs: number[];
  chooseNextMs: number[];
  /** Studio: input event → first frame drawn with the edited timeline, ms (app only). */
  editToFrameMs: number[];
  drawCalls: number | null;
  triangles: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! : NaN;
};

function gzipSizeOf(dir: string, ext: RegExp): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = join(dir, f);
    if (ext.test(f) && statSync(p).isFile()) total += gzipSync(readFileSync(p), { level: 9 }).length;
  }
  return total;
}

/**
 * Records the time of every rendered frame (a rAF tick in which draw calls happened) and the
 * drawing buffer's width then (the static scene and a playing technique must be compared at the
 * same resolution). `__bodyFrameAt`: the first frame of more than 20k triangles, i.e. with the
 * body (the app draws the table, 9k triangles, in its first frame while the model loads); the
 * minimal page (no test handle) draws everything in its first frame.
 */
const FRAME_TIMES = `(() => {
  window.__frameTimes = [];
  window.__frameWidths = [];
  window.__bodyFrameAt = 0;
  let last = 0;
  const tick = (t) => {
    if (window.__draws !== last) {
      last = window.__draws;
      window.__frameTimes.push(t);
      const c = document.querySelector('canvas');
      window.__frameWidths.push(c ? c.width : 0);
      const h = window.__handpath;
      if (!window.__bodyFrameAt && h && h.lastFrame().triangles > 20000) window.__bodyFrameAt = t;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

type FrameWindow = { __frameTimes: number[]; __frameWidths: number[] };
const resetFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as FrameWindow;
    w.__frameTimes = [];
    w.__frameWidths = [];
  });
/** Intervals between the frames recorded since the last reset, and the median drawing-buffer width. */
async function frameIntervals(page: Page): Promise<{ intervals: number[]; width: number }> {
  const { times, widths } = await page.evaluate(() => {
    const w = window as unknown as FrameWindow;
    return { times: w.__frameTimes, widths: w.__frameWidths };
  });
  const intervals: number[] = [];
  for (let i = 1; i < times.length; i++) intervals.push(times[i]! - times[i - 1]!);
  return { intervals, width: median(widths) };
}

async function orbit(page: Page): Promise<number[]> {
  const box = (await page.locator('canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await resetFrames(page);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(cx + Math.sin(i / 9) * box.width * 0.3, cy + Math.sin(i / 13) * 40);
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  return (await frameIntervals(page)).intervals;
}

/**
 * A playing technique against the same scene standing still (issue 13 §6: playing ≤ 1.15× the
 * static scene): the technique is chosen and settles; then its unchanged scene is redrawn every
 * animation frame for 4 s (same view, same hands, same resolution: no camera move, so the moving
 * resolution never drops), then it plays for 4 s. Only the motion differs.
 */
async function playing(page: Page): Promise<{ play: number[]; still: number[]; playWidth: number; stillWidth: number }> {
  await page.getByTestId('technique-classic-warming-rub').click();
  await settle(page);
  await resetFrames(page);
  await page.evaluate(`new Promise((resolve) => {
    const end = performance.now() + 4000;
    const tick = () => {
      if (performance.now() > end) return resolve();
      window.__handpath.redraw();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
  const still = await frameIntervals(page);
  await settle(page);
  await resetFrames(page);
  await page.getByTestId('play').click();
  await page.waitForTimeout(4000);
  await page.getByTestId('play').click();
  const play = await frameIntervals(page);
  return { play: play.intervals, still: still.intervals, playWidth: play.width, stillWidth: still.width };
}

/**
 * Choosing a technique (what mounting one costs: its chunks the first time, compiling its
 * timeline, building the hands and the arm track, the panel): from the click, timestamped in
 * the page, to the first rAF tick after a drawn frame whose timeline is the chosen technique's
 * while its player is in the page.
 */
async function choose(page: Page, id: string): Promise<number> {
  await page.waitForSelector(`[data-testid="technique-${id}"]`);
  await settle(page);
  await page.evaluate(() => {
    const w = window as unknown as { __clickAt: number };
    w.__clickAt = 0;
    document.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true, once: true });
  });
  const wait = page.evaluate<number>(`new Promise((resolve) => {
    let draws = window.__draws;
    const tick = (t) => {
      const drawn = window.__draws !== draws;
      draws = window.__draws;
      const f = window.__handpath.frame();
      if (drawn && window.__clickAt > 0 && f.techniqueId === ${JSON.stringify(id)} && f.duration > 0 && document.querySelector('[data-testid="scrubber"]')) resolve(t - window.__clickAt);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
  await page.getByTestId(`technique-${id}`).click();
  const ms = await wait;
  await settle(page);
  return ms;
}

/**
 * JS heap after switching techniques until n switches in all (with a forced GC): `used` is V8's
 * whole heap, which also holds the code V8 compiles as functions get hot (it grows with use and
 * is not the app's data); `objects` is the same heap without compiled code (from a heap
 * snapshot): the app's objects, where a leak would show.
 */
async function heapAfterSwitches(page: Page, n: number, done: { n: number }): Promise<{ used: number; objects: number }> {
  await page.waitForSelector('button[data-testid^="technique-"]'); // the sidebar loads after the first frame
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('button[data-testid^="technique-"]')].map((e) => e.getAttribute('data-testid')!),
  );
  for (; done.n < n; done.n++) {
    await page.getByTestId(ids[done.n % ids.length]!).click();
  }
  await settle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snap.snapshot.meta.node_types[0].indexOf('code');
  let objects = 0;
  for (let i = 0; i < snap.nodes.length; i += stride) {
    if (snap.nodes[i + typeAt] !== code) objects += snap.nodes[i + sizeAt]!;
  }
  return { used: usedSize, objects };
}

/**
 * Edit-to-frame latency in the authoring studio (issue 11): a new technique's rub step gets a new
 * repetition count typed into its form, n times; each time, from the input event (timestamped in
 * the page) to the first rAF tick after a drawn frame whose timeline has the new duration (the
 * check + compile + React commit + the frame; up to one rAF tick of overshoot).
 */
async function editLatency(page: Page, n: number): Promise<number[]> {
  type W = { __draws: number; __editAt: number; __handpath: { frame: () => { duration: number } } };
  await page.getByTestId('open-editor').click();
  await page.getByTestId('editor').waitFor();
  await page.getByTestId('editor-new').click();
  await page.waitForFunction(() => (window as unknown as W).__handpath.frame().duration > 0, undefined, { timeout: 60_000 });
  await page.evaluate(() =>
    document.addEventListener('input', () => ((window as unknown as W).__editAt = performance.now()), { capture: true }),
  );
  const field = page.getByTestId('field-repetitions');
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => (window as unknown as W).__handpath.frame().duration);
    // A string, not a function: tsx would wrap the named inner arrow in a helper the page lacks.
    const wait = page.evaluate<number>(`new Promise((resolve) => {
      let draws = window.__draws;
      const tick = (t) => {
        const drawn = window.__draws !== draws;
        draws = window.__draws;
        if (drawn && window.__handpath.frame().duration !== ${before} && window.__editAt > 0) resolve(t - window.__editAt);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })`);
    await field.fill(String(4 + (i % 2) * 3)); // 4, 7, 4, 7 …: every edit changes the duration
    out.push(await wait);
  }
  return out;
}

function emptyFigures(): PageFigures {
  return {
    playIntervalMs: [],
    staticIntervalMs: [],
    staticWidth: 0,
    playWidth: 0,
    heapAfter10: 0,
    heapAfter200: 0,
    heapRound: 0,
    objectsFirst: 0,
    objectsAfter200: 0,
    transferredBytes: 0,
    firstFrameMs: [],
    bodyFrameMs: [],
    orbitIntervalMs: [],
    idleDraws: 0,
    editToFrameMs: [],
    chooseFirstMs: [],
    chooseNextMs: [],
    drawCalls: null,
    triangles: null,
  };
}

/** One cold load of a page (a fresh browser profile) and what is measured on it. */
async function measureRun(
  fig: PageFigures,
  run: number,
  url: string,
  ready: (page: Page) => Promise<void>,
  isApp = false,
): Promise<void> {
  const context = await launchBrowser(); // fresh profile: a cold cache every run
  const page = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', (req) => {
    void req.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
  });
  await page.addInitScript(COUNT_DRAWS);
  await page.addInitScript(FRAME_TIMES);
  // The red-flag check is answered once per browser; the bench plays as a returning user.
  if (isApp) await page.addInitScript(SAFETY_CHECK_DONE);
  await page.goto(url);
  await ready(page);
  await page.waitForFunction(() => (window as unknown as { __firstDrawAt: number }).__firstDrawAt > 0);
  const first = await page.evaluate(() => (window as unknown as { __firstDrawAt: number }).__firstDrawAt);
  fig.firstFrameMs.push(first);
  if (isApp) await page.waitForFunction(() => (window as unknown as { __bodyFrameAt: number }).__bodyFrameAt > 0);
  const body = await page.evaluate(() => (window as unknown as { __bodyFrameAt: number }).__bodyFrameAt);
  fig.bodyFrameMs.push(isApp ? Math.max(first, body) : first);
  await settle(page);
  if (run === 0) {
    fig.transferredBytes = bytes;
    const stats = await page.evaluate(() => {
      const h = (window as unknown as { __handpath?: { lastFrame: () => { calls: number; triangles: number } } })
        .__handpath;
      return h ? h.lastFrame() : null;
    });
    fig.drawCalls = stats?.calls ?? null;
    fig.triangles = stats?.triangles ?? null;
    const before = await draws(page);
    await page.waitForTimeout(2000);
    fig.idleDraws = (await draws(page)) - before;
  }
  if (run < 3 && PARTS.has('orbit')) fig.orbitIntervalMs.push(...(await orbit(page)));
  if (isApp && PARTS.has('choose')) {
    fig.chooseFirstMs.push(await choose(page, 'gentle-back-stroking'));
    fig.chooseNextMs.push(await choose(page, 'classic-full-session'));
  }
  if (isApp && run === 0 && PARTS.has('play')) {
    const p = await playing(page);
    fig.playIntervalMs = p.play;
    fig.staticIntervalMs = p.still;
    fig.playWidth = p.playWidth;
    fig.staticWidth = p.stillWidth;
  }
  if (isApp && run === 0 && PARTS.has('heap')) {
    // First every technique once (each one's compiled timelines and path ribbons are cached
    // per technique: the cache is full after one round), then on to 200 switches in all.
    const done = { n: 0 };
    const techniques = await page.evaluate(() => document.querySelectorAll('button[data-testid^="technique-"]').length);
    fig.heapRound = techniques;
    const first = await heapAfterSwitches(page, techniques, done);
    const last = await heapAfterSwitches(page, 200, done);
    fig.heapAfter10 = first.used;
    fig.heapAfter200 = last.used;
    fig.objectsFirst = first.objects;
    fig.objectsAfter200 = last.objects;
  }
  if (isApp && run === 0 && PARTS.has('edit')) fig.editToFrameMs = await editLatency(page, 12);
  await context.close();
}

async function serve(outDir: string, root = ROOT): Promise<PreviewServer> {
  return preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
}

async function main() {
  const minimalOut = join(tmpdir(), 'handpath-bench-minimal');
  mkdirSync(minimalOut, { recursive: true });
  await build({
    root: join(ROOT, 'tests/fixtures/minimal-r3f'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    base: './',
    build: { outDir: minimalOut, emptyOutDir: true },
  });

  const dist = join(ROOT, 'dist');
  const appJs = jsSize(dist);
  const appJsGzip = appJs.initial; // the first download: what issue 13 compares (the rest loads after the first frame)
  const appCssGzip = gzipSizeOf(join(dist, 'assets'), /\.css$/);
  const minimalJsGzip = gzipSizeOf(join(minimalOut, 'assets'), /\.js$/);
  const glbBytes = statSync(join(ROOT, 'public/models/back.glb')).size;

  const appServer = await serve(dist);
  const minServer = await serve(minimalOut, join(ROOT, 'tests/fixtures/minimal-r3f'));
  const appUrl = appServer.resolvedUrls!.local[0]!;
  const minUrl = minServer.resolvedUrls!.local[0]!;

  // The app's and the minimal page's cold loads alternate: this shared machine's load drifts
  // over minutes, and a drift then weighs on both pages' figures alike, not on one of them.
  const app = emptyFigures();
  const min = emptyFigures();
  for (let run = 0; run < RUNS; run++) {
    await measureRun(app, run, appUrl, (p) =>
      p.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 }).then(() => undefined),
      true,
    );
    await measureRun(min, run, minUrl, (p) => p.waitForSelector('canvas').then(() => undefined));
  }
  await appServer.close();
  await minServer.close();

  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const lines = [
    `# Benchmarks`,
    ``,
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in headless Debian Chromium`,
    `with software WebGL (SwiftShader), ${RUNS} cold loads per page (the two pages alternating), on a shared 2-core machine.`,
    `The baseline is a minimal R3F page (one lit box, CameraControls, on-demand frames) built and`,
    `measured in the same run. Software rendering makes absolute times large; read the ratios.`,
    ``,
    `| figure | Handpath | minimal R3F page | ratio | goal |`,
    `| --- | --- | --- | --- | --- |`,
    `| JS, gzip, first download (entry + preloaded modules) | ${kib(appJsGzip)} | ${kib(minimalJsGzip)} | ${ratio(appJsGzip, minimalJsGzip)} | ≤ 1.3× |`,
    `| JS, gzip, all chunks (the rest loads after the first frame or on demand) | ${kib(appJs.total)} | ${kib(minimalJsGzip)} | ${ratio(appJs.total, minimalJsGzip)} | |`,
    `| CSS, gzip | ${kib(appCssGzip)} | – | | |`,
    `| back.glb | ${kib(glbBytes)} | – | | ≤ 1 MB |`,
    `| first load, bytes transferred (uncompressed server) | ${kib(app.transferredBytes)} | ${kib(min.transferredBytes)} | ${ratio(app.transferredBytes, min.transferredBytes)} | ≤ 1.5 MB |`,
    `| first load, gzip-equivalent (JS+CSS gzip + glb) | ${kib(appJsGzip + appCssGzip + glbBytes)} | ${kib(minimalJsGzip)} | | ≤ 1.5 MB |`,
    `| triangles drawn (posterior view) | ${app.triangles ?? '–'} | ${min.triangles ?? '–'} | | ≤ 200k |`,
    `| draw calls (posterior view) | ${app.drawCalls ?? '–'} | ${min.drawCalls ?? '–'} | | |`,
    `| time to first rendered frame, median | ${ms(median(app.firstFrameMs))} | ${ms(median(min.firstFrameMs))} | ${ratio(median(app.firstFrameMs), median(min.firstFrameMs))} | ≤ 1.4× |`,
    `| time to the first frame with the body (the app's first frame is the table while the model loads), median | ${ms(median(app.bodyFrameMs))} | ${ms(median(min.bodyFrameMs))} (its box) | ${ratio(median(app.bodyFrameMs), median(min.bodyFrameMs))} | |`,
    `| frame interval while orbiting, median | ${ms(median(app.orbitIntervalMs))} | ${ms(median(min.orbitIntervalMs))} | ${ratio(median(app.orbitIntervalMs), median(min.orbitIntervalMs))} | ≤ 1.5× |`,
    `| frame interval while orbiting, p95 | ${ms(p95(app.orbitIntervalMs))} | ${ms(p95(min.orbitIntervalMs))} | ${ratio(p95(app.orbitIntervalMs), p95(min.orbitIntervalMs))} | |`,
    `| draw calls in 2 s idle | ${app.idleDraws} | ${min.idleDraws} | | 0 |`,
    `| frame interval while a technique plays, median | ${ms(median(app.playIntervalMs))} | the same scene standing still, redrawn each frame: ${ms(median(app.staticIntervalMs))} | ${ratio(median(app.playIntervalMs), median(app.staticIntervalMs))} | ≤ 1.15× |`,
    `| JS heap after switching to each of the ${app.heapRound} techniques once / 200 switches (after a forced GC) | ${(app.heapAfter10 / 1048576).toFixed(1)} MiB / ${(app.heapAfter200 / 1048576).toFixed(1)} MiB | | ${ratio(app.heapAfter200, app.heapAfter10)} | flat |`,
    `| the same without V8's compiled code (heap snapshot: the app's objects) | ${(app.objectsFirst / 1048576).toFixed(1)} MiB / ${(app.objectsAfter200 / 1048576).toFixed(1)} MiB | | ${ratio(app.objectsAfter200, app.objectsFirst)} | flat |`,
    `| choosing a technique: click → first frame with it and its player, median of ${app.chooseFirstMs.length} (first choice of a page / a second one) | ${ms(median(app.chooseFirstMs))} / ${ms(median(app.chooseNextMs))} | | | |`,
    `| studio: edit → first frame with the edit, median / max of ${app.editToFrameMs.length} edits | ${ms(median(app.editToFrameMs))} / ${ms(Math.max(...app.editToFrameMs))} | | | no stutter |`,
    ``,
    `Raw: app first frames ${app.firstFrameMs.map((x) => x.toFixed(0)).join(', ')} ms (with the body ${app.bodyFrameMs.map((x) => x.toFixed(0)).join(', ')} ms); minimal ${min.firstFrameMs.map((x) => x.toFixed(0)).join(', ')} ms;`,
    `static vs playing drawn at a drawing-buffer width of ${app.staticWidth} / ${app.playWidth} px (${app.staticIntervalMs.length} / ${app.playIntervalMs.length} frames);`,
    `orbit frames sampled: app ${app.orbitIntervalMs.length}, minimal ${min.orbitIntervalMs.length}; studio edits, in order: ${app.editToFrameMs.map((x) => x.toFixed(0)).join(', ')} ms;`,
    `choosing: first ${app.chooseFirstMs.map((x) => x.toFixed(0)).join(', ')} ms, second ${app.chooseNextMs.map((x) => x.toFixed(0)).join(', ')} ms.`,
  ];
  const report = lines.join('\n') + '\n';
  process.stdout.write(report);
  if (process.argv.includes('--write')) {
    if (PARTS.size < ALL_PARTS) throw new Error('--write needs the full bench (no BENCH_PARTS)');
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const file = join(ROOT, 'docs/benchmarks.md');
    // Keep the hand-written reading of the figures (from its heading on) below the new table.
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const notes = previous.indexOf('\n## Reading these figures');
    writeFileSync(file, report + (notes >= 0 ? previous.slice(notes) : ''));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
