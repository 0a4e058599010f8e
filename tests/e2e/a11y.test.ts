import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openApp, settle, canvasShot, draws, type AppPage } from './app';
import { screenshot, launchBrowser, baseUrl } from './browser';
import { decodePng, countDifferentFrom, hexToRgb } from './pixels';
import { BACKGROUND } from '../../src/scene/Viewer';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function axe(page: Page, screen: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
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
    await expect.poll(() => page.getByTestId('player').isVisible()).toBe(true);
    await page.getByTestId('play').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('prefers-reduced-motion', () => {
  it('jumps between views instead of flying, and a technique starts paused', async () => {
    const framesForViewChange = async (reducedMotion: 'reduce' | 'no-preference') => {
      const app = await openApp('?technique=classic-warming-rub', { reducedMotion });
      opened.push(app);
      await app.page.getByTestId('tab-view').click();
      await settle(app.page);
      const before = await draws(app.page);
      await app.page.getByTestId('view-left').click();
      await settle(app.page);
      const drawCalls = (await draws(app.page)) - before;
      expect(await app.page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
      return drawCalls;
    };
    const reduced = await framesForViewChange('reduce');
    const animated = await framesForViewChange('no-preference');
    console.log(`[reduced-motion] draw calls for one view change: ${reduced} reduced vs ${animated} animated`);
    expect(reduced * 4).toBeLessThan(animated);
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
