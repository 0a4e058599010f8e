/**
 * The embed (issue 12 §5) at 640×360: the 3D view, the player, the precautions line and the
 * red-flag check, and nothing of the sidebar; also inside a real iframe of another page.
 */
import { describe, expect, it } from 'vitest';
import { openApp } from './app';
import { baseUrl, screenshot } from './browser';
import { countDifferentFrom, decodePng, hexToRgb } from './pixels';

const ID = 'classic-warming-rub';

describe('embed', () => {
  it('shows canvas, player, precautions and the red-flag check at 640×360, and no sidebar', async () => {
    const app = await openApp(`?embed=1&technique=${ID}`, { viewport: { width: 640, height: 360 } });
    const { page } = app;
    const inView = async (testIdOrSel: string) => {
      const el = testIdOrSel.startsWith('.') || testIdOrSel.startsWith('canvas') ? page.locator(testIdOrSel).first() : page.getByTestId(testIdOrSel);
      const b = await el.boundingBox();
      expect(b, testIdOrSel).not.toBeNull();
      expect(b!.y, testIdOrSel).toBeGreaterThanOrEqual(0);
      expect(b!.y + b!.height, testIdOrSel).toBeLessThanOrEqual(360 + 0.5);
      expect(b!.x + b!.width, testIdOrSel).toBeLessThanOrEqual(640 + 0.5);
      return b!;
    };
    const canvas = await inView('canvas');
    expect(canvas.height).toBeGreaterThan(200);
    await inView('player');
    await inView('play');
    await inView('scrubber');
    await inView('embed-precautions');
    expect(await page.getByTestId('embed-precautions').textContent()).toMatch(/Precautions: .+/);
    await inView('embed-red-flag');
    // Nothing of the app around it; the page does not scroll.
    expect(await page.locator('.sidebar').count()).toBe(0);
    expect(await page.locator('[role="tablist"]').count()).toBe(0);
    expect(await page.locator('.topbar').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(360);
    // The model is drawn.
    const img = decodePng(await page.locator('canvas').screenshot());
    expect(countDifferentFrom(img, hexToRgb('#e9edf1'))).toBeGreaterThan(img.width * img.height * 0.05);
    // The README's picture (copied by hand to docs/embed.png).
    await screenshot(page, 'embed-readme');

    // It plays; the red-flag check opens.
    await page.getByTestId('play').click();
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('play').click();
    await page.getByTestId('embed-red-flag').click();
    await page.locator('[role="dialog"]').waitFor();
    await screenshot(page, 'embed-red-flag');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('works inside an iframe of a course page; the first play asks the red-flag check', async () => {
    const app = await openApp('', { waitLoaded: false, checked: false });
    const { page } = app;
    // The course page is written into the app's own document here, so the app's CSP applies to it:
    // no inline style attribute (frameborder instead of style="border:0").
    await page.setContent(
      `<h1>My course</h1><iframe src="${baseUrl()}?embed=1&technique=${ID}" width="640" height="360" frameborder="0" title="Handpath" allow="fullscreen"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('.stage[data-loaded="true"]').waitFor({ timeout: 60_000 });
    await frame.getByTestId('play').click();
    await frame.locator('[role="dialog"]').waitFor();
    expect(await frame.locator('.sidebar').count()).toBe(0);
    await screenshot(page, 'embed-iframe');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
