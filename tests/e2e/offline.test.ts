import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { COUNT_DRAWS, SAFETY_CHECK_DONE, settle } from './app';
import { baseUrl, launchBrowser, screenshot } from './browser';
import { decodePng, diffFraction } from './pixels';

/**
 * Offline (issue 12 §6): one visit installs the service worker, which precaches the app, the
 * model, the technique library and both languages; then, with the network gone, a reload
 * still opens the app and plays a technique in English and in Russian.
 */
const TECHNIQUE = 'classic-warming-rub';
let context: BrowserContext | undefined;
afterAll(async () => {
  await context?.close();
});

async function playsFor(page: Page, ms: number): Promise<number> {
  await page.getByTestId(`technique-${TECHNIQUE}`).click();
  await settle(page);
  const a = decodePng(await page.locator('canvas').screenshot());
  await page.getByTestId('play').click();
  await page.waitForTimeout(ms);
  const b = decodePng(await page.locator('canvas').screenshot());
  await page.getByTestId('play').click(); // pause
  return diffFraction(a, b);
}

describe('offline after one visit (built app in Chromium)', () => {
  it('installs, goes offline, reloads and plays a technique in English and in Russian', async () => {
    context = await launchBrowser();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(COUNT_DRAWS);
    await page.addInitScript(SAFETY_CHECK_DONE);
    await page.goto(baseUrl());
    await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    // The manifest makes it installable: a name, a start URL and icons of 192 and 512 px.
    const manifest = (await (await page.request.get(new URL('manifest.webmanifest', baseUrl()).href)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { sizes: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    // Wait until the service worker controls the page (all precached by then: it activates
    // only after installing every file).
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });

    await context.setOffline(true);
    // Really offline: a network fetch that bypasses the service worker's cache fails.
    const online = await page.evaluate(() => fetch(`/nothing-${Date.now()}`, { cache: 'no-store' }).then(() => true, () => false));
    expect(online).toBe(false);

    await page.reload();
    await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The sidebar (its own chunk, from the cache) comes after the first frame.
    await expect.poll(() => page.locator('[data-testid^="technique-"]').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await settle(page);
    expect(await playsFor(page, 800)).toBeGreaterThan(0.003);
    expect(await page.getByTestId('caption-step').textContent()).toMatch(/Step \d+ of \d+/);
    await screenshot(page, 'offline-en');

    // Russian, still offline.
    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.reload();
    await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    await page.getByTestId('caption-step').waitFor({ timeout: 30_000 });
    await settle(page);
    expect(await playsFor(page, 800)).toBeGreaterThan(0.003);
    expect(await page.getByTestId('caption-step').textContent()).toMatch(/Шаг \d+ из \d+/);
    await screenshot(page, 'offline-ru');
    expect(errors).toEqual([]);
  });
});
