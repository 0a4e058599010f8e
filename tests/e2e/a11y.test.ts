import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, settle, canvasShot, type AppPage } from './app';
import { screenshot, launchBrowser, baseUrl } from './browser';
import { decodePng, countDifferentFrom, hexToRgb } from './pixels';
import { BACKGROUND } from '../../src/scene/Viewer';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function axe(page: Page, screen: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (no inline script) rightly blocks a <script> tag.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `[axe] ${screen}: ${violations.length} violations (${bad.length} serious/critical)` +
      (violations.length ? ` — ${violations.map((v) => `${v.id}:${v.impact}`).join(', ')}` : '') +
      bad.map((v) => `\n    ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 6).join(' | ')}`).join(''),
  );
  return bad;
}

const opened: AppPage[] = [];
afterAll(async () => {
  for (const a of opened) await a.close();
});

describe('accessibility (axe-core, 0 serious or critical violations)', () => {
  it('every screen at 1280×800', async () => {
    const app = await openApp('?technique=point-lumbosacral');
    opened.push(app);
    const { page } = app;
    expect(await axe(page, 'technique chosen (techniques tab)')).toEqual([]);
    for (const tab of ['view', 'safety', 'learn'] as const) {
      await page.getByTestId(`tab-${tab}`).click();
      expect(await axe(page, `${tab} tab`)).toEqual([]);
    }
    await page.getByTestId('tab-safety').click();
    await page.getByRole('button', { name: /review/i }).first().click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await axe(page, 'red-flag check dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('language').selectOption('ru');
    await page.getByTestId('tab-techniques').click();
    expect(await axe(page, 'Russian, techniques tab')).toEqual([]);
    await screenshot(page, 'a11y-russian');
  });

  for (const [w, h] of [
    [375, 667],
    [667, 375],
  ] as const) {
    it(`phone ${w}×${h}: usable and clean`, async () => {
      const app = await openApp('?technique=classic-warming-rub', { viewport: { width: w, height: h } });
      opened.push(app);
      const { page } = app;
      await screenshot(page, `phone-${w}x${h}`);
      expect(await axe(page, `phone ${w}×${h}`)).toEqual([]);
      // No sideways scrolling, and the main controls are big enough to tap.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
      for (const id of ['play', 'next-step', 'tab-view']) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.height, id).toBeGreaterThanOrEqual(40);
      }
      const drawn = countDifferentFrom(decodePng(await canvasShot(page)), hexToRgb(BACKGROUND));
      expect(drawn).toBeGreaterThan(1000);
    });
  }

  it('without WebGL', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    await page.addInitScript(`HTMLCanvasElement.prototype.getContext = function () { return null; };`);
    await page.goto(baseUrl() + '?technique=classic-warming-rub');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/3D view unavailable/);
    expect(await axe(page, 'no WebGL')).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('reaches a technique, plays it and shows where focus is', async () => {
    const app = await openApp();
    opened.push(app);
    const { page } = app;
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.getAttribute('data-testid')?.startsWith('technique-') ?? false);
    }
    expect(found).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // the player dock is a lazy chunk: on a loaded machine it takes longer than expect.poll's 1 s default
    await expect.poll(() => page.getByTestId('player').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('play').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
  });
});

describe('prefers-reduced-motion', () => {
  it('jumps between views instead of flying, and a technique starts paused', async () => {
    /**
     * The camera's position at every animation frame after the "Left side" button is pressed
     * (recorded in the page, so it does not depend on how fast this machine draws): a jump has no
     * position between the old view and the new one, a flight has some.
     */
    const cameraPath = async (reducedMotion: 'reduce' | 'no-preference') => {
      const app = await openApp('?technique=classic-warming-rub', { reducedMotion });
      opened.push(app);
      await app.page.getByTestId('tab-view').click();
      await settle(app.page);
      expect(await app.page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
      return app.page.evaluate(
        () =>
          new Promise<number[][]>((resolve) => {
            type H = { __handpath: { camera: () => { position: number[] } } };
            const cam = () => [...(window as unknown as H).__handpath.camera().position];
            const path = [cam()];
            (document.querySelector('[data-testid="view-left"]') as HTMLButtonElement).click();
            const started = performance.now();
            let still = 0;
            const step = () => {
              const p = cam();
              const last = path[path.length - 1]!;
              still = Math.hypot(p[0]! - last[0]!, p[1]! - last[1]!, p[2]! - last[2]!) < 1e-6 ? still + 1 : 0;
              path.push(p);
              if ((still >= 20 && path.length > 25) || performance.now() - started > 8000) resolve(path);
              else requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
      );
    };
    const between = (path: number[][]) => {
      const [from, to] = [path[0]!, path[path.length - 1]!];
      const d = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
      return path.filter((p) => d(p, from) > 0.01 && d(p, to) > 0.01).length;
    };
    const reduced = await cameraPath('reduce');
    const animated = await cameraPath('no-preference');
    const moved = (p: number[][]) => Math.hypot(...p[0]!.map((v, i) => v - p[p.length - 1]![i]!));
    console.log(
      `[reduced-motion] camera positions between the two views: ${between(reduced)} reduced vs ${between(animated)} animated (moved ${moved(reduced).toFixed(2)} m / ${moved(animated).toFixed(2)} m)`,
    );
    expect(moved(reduced)).toBeGreaterThan(0.3);
    expect(moved(animated)).toBeGreaterThan(0.3);
    expect(between(reduced)).toBe(0);
    expect(between(animated)).toBeGreaterThan(0);
  });
});

describe('lost WebGL context', () => {
  it('tells the user and draws again once the context is restored, without a reload', async () => {
    const app = await openApp('?technique=classic-warming-rub');
    opened.push(app);
    const { page } = app;
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __ext: typeof ext }).__ext = ext;
      ext.loseContext();
    });
    await expect.poll(() => page.getByTestId('context-lost').isVisible()).toBe(true);
    await page.evaluate(() => (window as unknown as { __ext: { restoreContext: () => void } }).__ext.restoreContext());
    await expect.poll(() => page.getByTestId('context-lost').count()).toBe(0);
    await settle(page);
    const drawn = countDifferentFrom(decodePng(await canvasShot(page)), hexToRgb(BACKGROUND));
    await screenshot(page, 'context-restored');
    expect(drawn).toBeGreaterThan(10000);
  });
});
