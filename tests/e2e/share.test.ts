/**
 * Share links, their QR code, and the picture (issue 12 §1, §3): a technique carried in the
 * link's fragment opens in a fresh browser; broken and oversized links are clear errors and the
 * library still works; the QR code decodes back to the link; the picture is 2× the view.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { draws, openApp, settle } from './app';
import { baseUrl, screenshot } from './browser';
import { decodePng } from './pixels';
import { MAX_SHARE_CHARS, encodePayload, shareUrl } from '../../src/state/shareLink';

const LIB = 'classic-warming-rub';

function techniqueFile(id: string, title: { en: string; ru: string }): string {
  const j = JSON.parse(readFileSync(`data/techniques/${LIB}.json`, 'utf8'));
  j.id = id;
  j.title = title;
  return JSON.stringify(j, null, 2);
}

/** The QR code canvas of the share dialog, decoded (pixels read in the page, decoded here). */
async function decodeQr(page: Page): Promise<string | null> {
  const img = await page.getByTestId('share-qr').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    return { w: d.width, h: d.height, data: Array.from(d.data) };
  });
  return jsQR(Uint8ClampedArray.from(img.data), img.w, img.h)?.data ?? null;
}

async function expectLibraryWorks(page: Page) {
  await page.getByTestId('tab-techniques').click();
  await page.getByTestId(`technique-${LIB}`).click();
  await expect.poll(() => page.locator('.caption-title').textContent()).toBe('Warming palm rubbing');
  await page.getByTestId('play').click();
  await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
  await page.getByTestId('play').click();
}

describe('share links', () => {
  it('an imported technique: its link and QR code open it in a fresh browser, where it plays and is kept', async () => {
    const a = await openApp();
    await a.page.getByTestId('tab-techniques').click();
    await a.page.getByTestId('file-input').setInputFiles({
      name: 'my-own-rub.json',
      mimeType: 'application/json',
      buffer: Buffer.from(techniqueFile('my-own-rub', { en: 'My own rub', ru: 'Моё растирание' })),
    });
    await expect.poll(() => a.page.locator('.caption-title').textContent()).toBe('My own rub');
    await a.page.getByTestId('share-open').click();
    const input = a.page.getByTestId('share-link');
    await input.waitFor();
    const link = await input.inputValue();
    expect(link.startsWith(`${baseUrl()}#share=`)).toBe(true);
    const chars = Number(await a.page.getByTestId('share-size').getAttribute('data-chars'));
    expect(chars).toBe(link.length - link.indexOf('=') - 1);
    expect(chars).toBeLessThanOrEqual(MAX_SHARE_CHARS);
    // The QR code is the link.
    await expect.poll(() => decodeQr(a.page)).toBe(link);
    await screenshot(a.page, 'share-dialog');
    expect(a.errors).toEqual([]);
    await a.close();

    // A new browser profile: nothing stored, only the link.
    const b = await openApp(link.slice(baseUrl().length));
    await b.page.getByTestId('share-opened').waitFor();
    expect(await b.page.getByTestId('share-opened').textContent()).toMatch(/My own rub/);
    await expect.poll(() => b.page.locator('.caption-title').textContent()).toBe('My own rub');
    // The fragment is gone (a reload does not open it twice); the usual link names the technique.
    await expect.poll(() => b.page.url()).toMatch(/\?technique=my-own-rub(&[a-z]+=[a-z0-9.]+)*$/);
    expect(b.page.url()).not.toContain('#');
    await b.page.getByTestId('tab-techniques').click();
    expect(await b.page.getByTestId('my-techniques').textContent()).toMatch(/My own rub/);
    await b.page.getByTestId('play').click();
    await expect.poll(() => b.page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await b.page.getByTestId('play').click();
    await b.page.reload();
    await b.page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    expect(await b.page.locator('.caption-title').textContent()).toBe('My own rub');
    expect(await b.page.getByTestId('share-opened').count()).toBe(0);
    expect(b.errors).toEqual([]);
    await b.close();
  });

  it('an edited technique with a library id opens as a named copy; a broken and an oversized link are clear errors and the library still works', async () => {
    const edited = shareUrl(baseUrl(), 'share', await encodePayload(techniqueFile(LIB, { en: 'Edited rub', ru: 'Изменённое растирание' })));
    const app = await openApp(edited.slice(baseUrl().length));
    const { page } = app;
    await page.getByTestId('share-opened').waitFor();
    expect(await page.getByTestId('share-opened').textContent()).toMatch(new RegExp(`Edited rub \\(my copy\\).*${LIB}`));
    await expect.poll(() => page.locator('.caption-title').textContent()).toBe('Edited rub (my copy)');
    await expect.poll(() => page.url()).toMatch(new RegExp(`technique=${LIB}-copy`));

    // Broken: not base64url.
    await page.goto(`${baseUrl()}#share=@@not*a*link`);
    await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    await page.getByTestId('share-errors').waitFor();
    const broken = await page.getByTestId('share-error-cards').textContent();
    expect(broken).toMatch(/shared-link\.json/);
    expect(broken).toMatch(/damaged/);
    await screenshot(page, 'share-broken');
    await expectLibraryWorks(page);

    // Broken: base64url that is not deflate (a cut link), opened by changing only the fragment.
    await page.evaluate(() => (location.hash = '#share=bm90IGRlZmxhdGU'));
    await page.getByTestId('share-errors').waitFor();
    expect(await page.getByTestId('share-error-cards').textContent()).toMatch(/cannot be unpacked/);

    // A file that is not a technique: the gate's own messages, like an imported file.
    await page.evaluate(async (p) => {
      location.hash = `#share=${p}`;
    }, await encodePayload(JSON.stringify({ id: 'x', steps: 'run me' })));
    await page.getByTestId('share-errors').waitFor();
    expect(await page.getByTestId('share-error-cards').locator('li').count()).toBeGreaterThan(1);

    // Oversized: refused before decoding, with both sizes.
    await page.goto(`${baseUrl()}#share=${'A'.repeat(MAX_SHARE_CHARS + 200)}`);
    await page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
    await page.getByTestId('share-errors').waitFor();
    const over = await page.getByTestId('share-error-cards').textContent();
    expect(over).toContain(String(MAX_SHARE_CHARS + 200));
    expect(over).toContain(String(MAX_SHARE_CHARS));
    await screenshot(page, 'share-oversized');
    await expectLibraryWorks(page);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a library technique too large to carry gets the library link, whose QR decodes; a course plan link is offered and kept; the picture is 2× with a caption strip and idle draws stay 0', async () => {
    const app = await openApp('?technique=classic-full-session');
    const { page } = app;
    await page.getByTestId('share-open').click();
    await page.getByTestId('share-link').waitFor();
    const size = page.getByTestId('share-size');
    expect(Number(await size.getAttribute('data-chars'))).toBeGreaterThan(MAX_SHARE_CHARS);
    expect(await size.textContent()).toMatch(/Too large.*library/);
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toBe(`${baseUrl()}?technique=classic-full-session`);
    await expect.poll(() => decodeQr(page)).toBe(link);
    await page.getByTestId('share-close').click();

    // Picture: 2× the canvas, plus a strip; nothing is drawn once it is made.
    await settle(page);
    const box = (await page.locator('.stage canvas').boundingBox())!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-picture').click()]);
    const file = readFileSync((await download.path())!);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/share-picture.png', file);
    expect(download.suggestedFilename()).toMatch(/^classic-full-session-[\d.]+s\.png$/);
    const png = decodePng(file);
    expect(png.width).toBe(Math.round(box.width * 2));
    expect(png.height).toBeGreaterThan(Math.round(box.height * 2) + 60);
    // The strip is white-ish and the view above it is not blank.
    const px = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    expect(px(4, png.height - 4)).toEqual([255, 255, 255]);
    const center = px(png.width >> 1, Math.round(box.height));
    expect(center).not.toEqual([255, 255, 255]);
    await settle(page);
    const before = await draws(page);
    await page.waitForTimeout(800);
    expect(await draws(page)).toBe(before);

    // A course plan link.
    const plan = {
      version: 1,
      techniqueIds: [LIB],
      frequency: 'daily',
      sessions: Array.from({ length: 10 }, (_, i) => ({
        index: i + 1,
        date: `2026-12-${String(i + 1).padStart(2, '0')}`,
        minutes: 15 + i * 2,
        pressure: i < 4 ? 'light' : 'medium',
        intensity: i / 9,
        notes: i === 0 ? ['doctor-advice'] : [],
      })),
      startDate: '2026-12-01',
      endDate: '2026-12-10',
      repeatFrom: '2027-06-10',
      repeatAfterMonths: 6,
    };
    await page.evaluate(async (p) => {
      location.hash = `#course=${p}`;
    }, await encodePayload(JSON.stringify(plan)));
    await page.getByTestId('share-course').waitFor();
    expect(await page.getByTestId('share-course').textContent()).toMatch(/10 sessions, 2026-12-01 – 2026-12-10/);
    await page.getByTestId('share-course-keep').click();
    await page.getByTestId('course-planner').waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('handpath.user') ?? '{}'));
    expect(stored.state.coursePlan.sessions).toHaveLength(10);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
