import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, draws, canvasShot, type AppPage } from './app';
import { launchBrowser, baseUrl, screenshot, ARTIFACTS_DIR } from './browser';
import { decodePng, countDifferentFrom, hexToRgb, findPixels, diffFraction, isHighlightBlue } from './pixels';
import { BACKGROUND } from '../../src/scene/Viewer';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

let app: AppPage;

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('viewer (built app in Chromium, software WebGL)', () => {
  it('loads with no console errors and draws the back', async () => {
    const png = await canvasShot(app.page);
    await screenshot(app.page, 'viewer-posterior');
    const img = decodePng(png);
    const drawn = countDifferentFrom(img, hexToRgb(BACKGROUND));
    const fraction = drawn / (img.width * img.height);
    // The back fills a good part of the view: far from blank, not a full-screen smear.
    expect(fraction).toBeGreaterThan(0.12);
    expect(fraction).toBeLessThan(0.9);
    expect(app.errors).toEqual([]);
  });

  it('shows the lumbar-sacral highlight in the lower middle of the back, and can turn it off', async () => {
    await app.page.getByTestId('tab-view').click();
    const on = findPixels(decodePng(await canvasShot(app.page)), isHighlightBlue);
    expect(on.count).toBeGreaterThan(2000);
    expect(on.cx).toBeGreaterThan(0.4);
    expect(on.cx).toBeLessThan(0.6);
    await app.page.getByTestId('layer-highlight').uncheck();
    await settle(app.page);
    const off = findPixels(decodePng(await canvasShot(app.page)), isHighlightBlue);
    expect(off.count).toBeLessThan(on.count * 0.05);
    await app.page.getByTestId('layer-highlight').check();
    await settle(app.page);
  });

  it('changes the picture when layers are switched', async () => {
    const base = decodePng(await canvasShot(app.page));
    await app.page.getByTestId('skin-hidden').click();
    await app.page.getByTestId('layer-bones').check();
    await settle(app.page);
    const bones = decodePng(await canvasShot(app.page));
    await screenshot(app.page, 'viewer-bones');
    expect(diffFraction(base, bones)).toBeGreaterThan(0.05);
    await app.page.getByTestId('layer-muscles').check();
    await app.page.getByTestId('layer-nerves').check();
    await app.page.getByTestId('skin-xray').click();
    await settle(app.page);
    const xray = decodePng(await canvasShot(app.page));
    await screenshot(app.page, 'viewer-xray-all-layers');
    expect(diffFraction(bones, xray)).toBeGreaterThan(0.02);
    await app.page.getByTestId('skin-opaque').click();
    for (const l of ['bones', 'muscles', 'nerves']) await app.page.getByTestId(`layer-${l}`).uncheck();
    await settle(app.page);
  });

  it('draws nothing while idle (frameloop on demand)', async () => {
    await settle(app.page);
    const before = await draws(app.page);
    await app.page.waitForTimeout(2000);
    expect(await draws(app.page)).toBe(before);
  });

  it('names the structure under the pointer and selects it on click', async () => {
    await app.page.getByTestId('tab-view').click();
    const box = (await app.page.locator('canvas').boundingBox())!;
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.55);
    await expect.poll(() => app.page.getByTestId('hover-label').isVisible()).toBe(true);
    expect(await app.page.getByTestId('hover-label').textContent()).toMatch(/skin/i);
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.55);
    await expect.poll(() => app.page.getByTestId('selection').isVisible()).toBe(true);
    expect(await app.page.getByTestId('selected-chip').textContent()).toMatch(/skin/i);
  });

  it('moves the camera to the preset views', async () => {
    const shots: Record<string, Buffer> = {};
    for (const v of ['left', 'oblique', 'lumbosacral', 'posterior']) {
      await app.page.getByTestId(`view-${v}`).click();
      await settle(app.page);
      shots[v] = await canvasShot(app.page);
      await screenshot(app.page, `viewer-view-${v}`);
    }
    expect(diffFraction(decodePng(shots.left!), decodePng(shots.posterior!))).toBeGreaterThan(0.05);
    expect(diffFraction(decodePng(shots.lumbosacral!), decodePng(shots.posterior!))).toBeGreaterThan(0.05);
  });
});

// The sciatic nerve explainer moved to the Learn tab: tests/e2e/nerveTour.test.ts.

describe('without WebGL', () => {
  it('shows a clear message and the technique as an illustrated step list', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    await page.addInitScript(`HTMLCanvasElement.prototype.getContext = function () { return null; };`);
    await page.goto(baseUrl() + '?technique=point-lumbosacral');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/3D view unavailable/);
    const steps = page.locator('[data-testid="no-webgl"] svg[role="img"]');
    await expect.poll(() => steps.count()).toBeGreaterThan(3);
    expect(await steps.first().getAttribute('aria-label')).not.toBe('');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'no-webgl.png'), await page.screenshot());
    await context.close();
  });
});
