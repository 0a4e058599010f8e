import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, settle, draws, canvasShot, laidOut, type AppPage } from './app';
import { screenshot } from './browser';
import { decodePng, diffFraction } from './pixels';

const TECHNIQUE = 'classic-warming-rub';
let app: AppPage;

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('player (built app in Chromium)', () => {
  it('plays a chosen technique: the hands move and the caption follows', async () => {
    const { page } = app;
    await page.getByTestId(`technique-${TECHNIQUE}`).click();
    await settle(page);
    expect(await page.getByTestId('caption-step').textContent()).toMatch(/Step 1 of \d+/);
    expect(await page.getByTestId('caption-text').textContent()).not.toBe('');
    await page.getByTestId('play').click();
    await page.waitForTimeout(700);
    const a = decodePng(await canvasShot(page));
    await page.waitForTimeout(700);
    const b = decodePng(await canvasShot(page));
    await screenshot(page, 'player-playing');
    expect(diffFraction(a, b)).toBeGreaterThan(0.003);
    expect(await page.getByTestId('caption-repetition').textContent()).toMatch(/repetition \d+ of \d+|moving/);
  });

  it('pausing stops drawing: no draw calls for 2 s', async () => {
    const { page } = app;
    await page.getByTestId('play').click(); // pause
    await settle(page);
    const before = await draws(page);
    await page.waitForTimeout(2000);
    expect(await draws(page)).toBe(before);
    expect(page.url()).toMatch(/[?&]t=\d/);
  });

  it('keyboard: ] jumps to the next step, space plays and pauses', async () => {
    const { page } = app;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const step = await page.getByTestId('caption-step').textContent();
    await page.keyboard.press(']');
    await expect.poll(() => page.getByTestId('caption-step').textContent()).not.toBe(step);
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  });

  it('Back returns to the previously chosen technique', async () => {
    const { page } = app;
    await page.getByTestId('technique-point-lumbosacral').click();
    await expect.poll(() => page.url()).toMatch(/technique=point-lumbosacral/);
    await page.goBack();
    await expect
      .poll(() => page.getByTestId(`technique-${TECHNIQUE}`).getAttribute('aria-current'))
      .toBe('true');
  });

  it('shows a clear error for a broken user file and plays a valid one', async () => {
    const { page } = app;
    const broken = JSON.parse(readFileSync(`data/techniques/${TECHNIQUE}.json`, 'utf8'));
    broken.steps[0].move = 'rubb';
    await page.getByTestId('file-input').setInputFiles({
      name: 'my-broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const card = page.getByTestId('user-file-errors');
    await expect.poll(() => card.textContent()).toMatch(/my-broken\.json/);
    expect(await card.textContent()).toMatch(/steps\[0\]\.move/);
    expect(await card.textContent()).toMatch(/did you mean "rub"/i);
    // The library keeps working.
    expect(await page.getByTestId(`technique-${TECHNIQUE}`).isVisible()).toBe(true);

    const valid = JSON.parse(readFileSync(`data/techniques/${TECHNIQUE}.json`, 'utf8'));
    valid.id = 'my-own-rub';
    valid.title = { en: 'My own rub', ru: 'Моё растирание' };
    await page.getByTestId('file-input').setInputFiles({
      name: 'my-own-rub.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(valid)),
    });
    await expect.poll(() => page.getByTestId('technique-my-own-rub').getAttribute('aria-current')).toBe('true');
    expect(await page.getByTestId('user-file-errors').count()).toBe(0);
  });
});

describe('the end of a technique', () => {
  it('stops by itself at the end, and Play starts again from the beginning', async () => {
    const probe = await openApp(`?technique=${TECHNIQUE}`);
    const max = Number(await probe.page.getByTestId('scrubber').getAttribute('max'));
    await probe.close();
    const app = await openApp(`?technique=${TECHNIQUE}&t=${(max - 1).toFixed(1)}`);
    const { page } = app;
    await page.getByTestId('play').click();
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('false');
    expect(Number(await page.getByTestId('scrubber').inputValue())).toBeCloseTo(max, 0);
    await page.getByTestId('play').click();
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => Number(await page.getByTestId('scrubber').inputValue())).toBeLessThan(5);
    await app.close();
  });
});

describe('a link to a moment', () => {
  it('restores technique, time and view, and shows the same picture on reload', async () => {
    const query = `?technique=${TECHNIQUE}&t=42.0&view=oblique&length=full`;
    const first = await openApp(query);
    expect(await first.page.getByTestId('scrubber').inputValue()).toBe('42');
    // openApp waited for the panel (caption, controls), a canvas that keeps its size, and no draws.
    const a = decodePng(await canvasShot(first.page));
    await screenshot(first.page, 'link-restored');
    await first.page.reload();
    await first.page.waitForSelector('.stage[data-loaded="true"]');
    await laidOut(first.page);
    await settle(first.page);
    const b = decodePng(await canvasShot(first.page));
    await screenshot(first.page, 'link-restored-after-reload');
    console.log(`canvas before ${a.width}×${a.height}, after reload ${b.width}×${b.height}`);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    expect(diffFraction(a, b)).toBeLessThan(0.002);
    expect(first.errors).toEqual([]);
    await first.close();
  });
});
