import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, baseUrl } from './browser';

/**
 * Counts WebGL draw calls in the page (installed before any app script runs), so a test can
 * prove that an idle page draws nothing.
 */
export const COUNT_DRAWS = `(() => {
  window.__draws = 0;
  window.__firstDrawAt = 0;
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const orig = C.prototype[name];
      if (!orig) continue;
      C.prototype[name] = function (...args) {
        window.__draws++;
        if (!window.__firstDrawAt) window.__firstDrawAt = performance.now();
        return orig.apply(this, args);
      };
    }
  }
})();`;

/** A browser whose user has already answered the red-flag check with "no" everywhere. */
export const SAFETY_CHECK_DONE = `(() => {
  if (localStorage.getItem('handpath.user')) return;
  localStorage.setItem('handpath.user', JSON.stringify({
    state: { redFlagAnswers: {}, redFlagCheckedAt: '2026-01-01T00:00:00.000Z', acutePain: false, mode: 'patient', coursePlan: null },
    version: 1,
  }));
})();`;

export interface AppPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** Opens the built app, collecting console errors, and waits until the model is shown. */
export async function openApp(
  query = '',
  options: {
    viewport?: { width: number; height: number };
    waitLoaded?: boolean;
    initScript?: string;
    /** Pretend the red-flag check was done (default true; the safety tests pass false). */
    checked?: boolean;
    reducedMotion?: 'reduce' | 'no-preference';
  } = {},
): Promise<AppPage> {
  const context = await launchBrowser({
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(COUNT_DRAWS);
  if (options.checked !== false) await page.addInitScript(SAFETY_CHECK_DONE);
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(baseUrl() + query);
  if (options.waitLoaded !== false) {
    await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    // With a technique in the link its panel (caption, controls) comes in after the first frames
    // and takes its height from the canvas (CI once shot the canvas at 960×699, 960×466 after).
    if (query.includes('technique=')) await laidOut(page);
    await settle(page);
  }
  return { context, page, errors, close: () => context.close() };
}

/** Waits until the canvas has kept its size for `stableMs` (the page's panels are in). */
export async function laidOut(page: Page, stableMs = 1000, timeoutMs = 40_000): Promise<void> {
  const box = () =>
    page.evaluate(() => {
      const r = document.querySelector('canvas')?.getBoundingClientRect();
      return r ? `${r.width}×${r.height}` : 'none';
    });
  const start = Date.now();
  let prev = await box();
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(200);
    const now = await box();
    if (now !== prev) {
      prev = now;
      since = Date.now();
    } else if (Date.now() - since >= stableMs) return;
  }
  throw new Error(`the canvas kept changing size for ${timeoutMs} ms (last ${prev})`);
}

/** Waits until no frame has been drawn for `quietMs` (camera transitions are over). */
export async function settle(page: Page, quietMs = 600, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  let last = await draws(page);
  let lastChange = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(100);
    const now = await draws(page);
    if (now !== last) {
      last = now;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) return;
  }
  throw new Error(`page kept drawing for ${timeoutMs} ms`);
}

export function draws(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __draws: number }).__draws);
}

export async function canvasShot(page: Page): Promise<Buffer> {
  return page.locator('canvas').screenshot();
}

/**
 * Apps opened by one test file, closed together after it: `const apps = appsOfFile();
 * afterAll(apps.closeAll);` then `await apps.open(query)`; `apps.opened` lists them in order.
 */
export function appsOfFile() {
  const opened: AppPage[] = [];
  return {
    opened,
    open: async (query = ''): Promise<AppPage> => {
      const app = await openApp(query);
      opened.push(app);
      return app;
    },
    closeAll: async (): Promise<void> => {
      for (const a of opened) await a.close();
    },
  };
}
