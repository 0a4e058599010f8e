import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, baseUrl, screenshot } from './browser';
import { COUNT_DRAWS, SAFETY_CHECK_DONE, settle } from './app';
import { frame, project, seekAndWait } from './handle';

/**
 * On a phone (touch, mobile viewport): tapping a technique far down the list brings the 3D view
 * and the player on screen; the hands' contact points and the path they trace stay inside the
 * canvas in portrait and landscape; the picture and the caption are on screen together.
 */

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function openPhone(width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'handpath-phone-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
  });
  contexts.push(ctx);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(COUNT_DRAWS);
  await page.addInitScript(SAFETY_CHECK_DONE);
  await page.goto(baseUrl());
  await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
  await settle(page);
  return { page, errors };
}

type Box = { top: number; bottom: number; left: number; right: number; height: number };

function viewportBox(page: Page, selector: string): Promise<Box | null> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  }, selector);
}

/** Fully inside the window (1 px of rounding allowed). */
function onScreen(b: Box | null, height: number): boolean {
  return b !== null && b.top >= -1 && b.bottom <= height + 1 && b.height > 0;
}

/** Taps a technique as a user would: scroll the list to it, tap it; returns how far down the page was. */
async function tapTechnique(page: Page, id: string): Promise<number> {
  const b = page.getByTestId(`technique-${id}`);
  await b.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await b.tap();
  await page.getByTestId('play').waitFor({ timeout: 20_000 });
  await settle(page);
  return scrolled;
}

/**
 * The contact points of the active hands (and cup) at `samples` times through the technique,
 * each projected through the camera of its own moment (the camera follows the steps): the hands
 * and the path they trace, in canvas pixels.
 */
async function tracedPoints(page: Page, samples: number): Promise<{ t: number; xy: [number, number] }[]> {
  const { duration } = await frame(page);
  const out: { t: number; xy: [number, number] }[] = [];
  for (let i = 0; i < samples; i++) {
    const t = (duration * (i + 0.5)) / samples;
    await seekAndWait(page, t);
    await settle(page);
    const pts = (await frame(page)).actors.filter((a) => a.active).map((a) => a.point);
    for (const xy of await project(page, pts)) out.push({ t: Math.round(t * 10) / 10, xy });
  }
  return out;
}

const TECHNIQUES = ['classic-circular-rub', 'classic-thoracolumbar-edge-rub', 'point-lumbosacral', 'cupping-lumbar'];

describe('phone (touch)', () => {
  for (const [w, h] of [
    [375, 667],
    [667, 375],
  ] as const) {
    it(`${w}×${h}: tapping a technique brings the view, caption and Play on screen; hands and path inside the frame`, async () => {
      const { page, errors } = await openPhone(w, h);
      for (const [i, id] of TECHNIQUES.entries()) {
        const scrolled = await tapTechnique(page, id);
        if (i === 0) expect(scrolled, 'the list starts below the view').toBeGreaterThan(h / 2);
        // The view's canvas, the caption's step text and Play are all on screen at once.
        await expect.poll(async () => onScreen(await viewportBox(page, '.stage canvas'), h), { timeout: 10_000 }).toBe(true);
        expect(onScreen(await viewportBox(page, '[data-testid="caption-text"]'), h), `${id}: caption on screen`).toBe(true);
        expect(onScreen(await viewportBox(page, '[data-testid="play"]'), h), `${id}: Play on screen`).toBe(true);
        if (w === 375 && i === 0) await screenshot(page, `phone-chosen-${w}x${h}`);

        const canvas = (await viewportBox(page, '.stage canvas'))!;
        const cw = canvas.right - canvas.left;
        const ch = canvas.bottom - canvas.top;
        const pts = await tracedPoints(page, 8);
        expect(pts.length, id).toBeGreaterThan(0);
        const margin = 0.04; // the hand around its contact point needs a little room
        const outside = pts.filter(({ xy: [x, y] }) => x < cw * margin || x > cw * (1 - margin) || y < ch * margin || y > ch * (1 - margin));
        expect(outside, `${id} at ${w}×${h}: contact points outside the frame (canvas ${cw}×${ch})`).toEqual([]);
        // Playing: the picture and the caption together.
        await page.getByTestId('play').tap();
        await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
        expect(onScreen(await viewportBox(page, '.stage canvas'), h)).toBe(true);
        expect(onScreen(await viewportBox(page, '[data-testid="caption-text"]'), h)).toBe(true);
        if (i === 0) await screenshot(page, `phone-playing-${w}x${h}`);
        await page.getByTestId('play').tap();
      }
      expect(errors).toEqual([]);
    });
  }
});
