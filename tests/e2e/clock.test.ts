/**
 * Time follows the clock (issue 13 §8): on a renderer that draws few frames a second, a
 * technique at 2× still plays two technique seconds per wall second. Frames are slowed by a
 * busy loop of 150 ms in every animation frame (so the old 0.1 s cap on a frame's step would
 * give 0.1 × 2 / 0.15 ≈ 1.33×). This checks a ratio of played time to wall time, not a speed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, type AppPage } from './app';

/** While window.__slow is set, every animation frame blocks the main thread for 150 ms. */
const SLOW_FRAMES = `(() => {
  window.__slow = false;
  const tick = () => {
    if (window.__slow) { const end = performance.now() + 150; while (performance.now() < end) {} }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Records [wall ms, technique t] at every frame in which the drawn time changed. */
const RECORD = `(() => {
  window.__played = [];
  let last = -1;
  const tick = (now) => {
    const h = window.__handpath;
    if (h && h.frame) {
      const t = h.frame().t;
      if (t !== last) { last = t; window.__played.push([now, t]); }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

type W = { __slow: boolean; __played: [number, number][] };

let app: AppPage;
beforeAll(async () => {
  app = await openApp('', { initScript: SLOW_FRAMES + RECORD });
});
afterAll(async () => {
  await app?.close();
});

describe('playback time follows the wall clock (built app in Chromium)', () => {
  it('at 2× with frames ≥ 150 ms apart, played time is 2× the wall time (±10 %)', async () => {
    const { page } = app;
    await page.getByTestId('technique-classic-full-session').click();
    await settle(page);
    await page.getByTestId('speed').selectOption('2');
    await page.evaluate(() => {
      (window as unknown as W).__slow = true;
      (window as unknown as W).__played = [];
    });
    await page.getByTestId('play').click();
    await page.waitForTimeout(5000);
    await page.getByTestId('play').click();
    const played = await page.evaluate(() => {
      (window as unknown as W).__slow = false;
      return (window as unknown as W).__played;
    });
    // Skip the first sample (the frame that started playing) and use the span after it.
    const pts = played.slice(1);
    expect(pts.length).toBeGreaterThan(8);
    const [w0, t0] = pts[0]!;
    const [w1, t1] = pts[pts.length - 1]!;
    const intervals = pts
      .slice(1)
      .map((p, i) => p[0] - pts[i]![0])
      .sort((a, b) => a - b);
    const medianInterval = intervals[Math.floor(intervals.length / 2)]!;
    const ratio = (t1 - t0) / ((w1 - w0) / 1000);
    console.log(
      `[clock] ${pts.length} frames, median interval ${medianInterval.toFixed(0)} ms, played ${(t1 - t0).toFixed(2)} s in ${((w1 - w0) / 1000).toFixed(2)} s wall = ${ratio.toFixed(3)}× at 2×`,
    );
    // The frames really were slow (else this would not test the capped step).
    expect(medianInterval).toBeGreaterThan(140);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });
});
