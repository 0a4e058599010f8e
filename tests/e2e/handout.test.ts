/**
 * The handout (issue 12 §4): a printable page with every step's figure, caption and dose, the
 * precautions, the share QR code, and the course plan when chosen. Checked as printed (print
 * media), screenshotted for the README.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { openApp } from './app';
import { baseUrl, screenshot } from './browser';
import { decodePng } from './pixels';

const ID = 'point-lumbosacral';

const PLAN = `(() => {
  const raw = JSON.parse(localStorage.getItem('handpath.user'));
  raw.state.coursePlan = {
    version: 1, techniqueIds: ['${ID}'], frequency: 'every-other-day',
    sessions: Array.from({ length: 12 }, (_, i) => ({ index: i + 1, date: '2026-12-' + String(2 * i + 1).padStart(2, '0'),
      minutes: 15 + i * 2, pressure: i < 5 ? 'light' : 'medium', intensity: i / 11, notes: i === 0 ? ['doctor-advice'] : [] })),
    startDate: '2026-12-01', endDate: '2026-12-23', repeatFrom: '2027-06-23', repeatAfterMonths: 6,
  };
  localStorage.setItem('handpath.user', JSON.stringify(raw));
})();`;

describe('handout', () => {
  it('has every step figure with its caption and dose, precautions and a QR code; prints without the toolbar; the course plan prints with it when chosen', async () => {
    const file = JSON.parse(readFileSync(`data/techniques/${ID}.json`, 'utf8')) as { steps: { caption: { en: string } }[]; title: { en: string } };
    const app = await openApp(`?handout=1&technique=${ID}`, { waitLoaded: false, viewport: { width: 900, height: 1200 }, initScript: PLAN });
    const { page } = app;
    await page.getByTestId('handout').waitFor();
    expect(await page.locator('.handout h1').textContent()).toBe(file.title.en);
    expect(await page.getByTestId('handout-meta').textContent()).toMatch(/Level: for /);
    const steps = page.getByTestId('handout-step');
    expect(await steps.count()).toBe(file.steps.length);
    for (let i = 0; i < file.steps.length; i++) {
      const step = steps.nth(i);
      expect(await step.locator('svg[role="img"]').count()).toBe(1);
      // The figure is drawn (has a path on it), not an empty box.
      expect(await step.locator('svg .hp-illu-figure > *').count()).toBeGreaterThan(0);
      expect(await step.getByTestId('handout-caption').textContent()).toBe(file.steps[i]!.caption.en);
      expect(await step.locator('.handout-dose li').count()).toBeGreaterThan(0);
    }
    expect(await page.getByTestId('handout-precautions').locator('li').count()).toBeGreaterThan(2);
    // The QR code decodes to a link that opens this technique.
    await page.getByTestId('handout-qr-code').waitFor();
    const qr = await page.getByTestId('handout-qr-code').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      return { w: d.width, h: d.height, data: Array.from(d.data) };
    });
    const link = jsQR(Uint8ClampedArray.from(qr.data), qr.w, qr.h)?.data ?? '';
    expect(link.startsWith(`${baseUrl()}#share=`) || link === `${baseUrl()}?technique=${ID}`).toBe(true);
    expect(await page.getByTestId('handout-course').count()).toBe(0);

    // As printed.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('handout-toolbar').isVisible()).toBe(false);
    expect(await page.getByTestId('handout-step').first().isVisible()).toBe(true);
    const shot = await page.screenshot({ fullPage: true });
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/handout-print.png', shot);
    const img = decodePng(shot);
    expect(img.width).toBe(900);
    // The PDF the print dialog would save: at least one A4 page.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // With the course plan.
    await page.getByTestId('handout-with-course').check();
    expect(page.url()).toMatch(/course=1/);
    await page.getByTestId('handout-course').waitFor();
    expect(await page.getByTestId('handout-course').locator('tbody tr').count()).toBe(12);
    // The same words as the planner: the title, minutes and the repeat line are filled in, no raw
    // i18n key or {{placeholder}} (the handout once printed "course.planTitle").
    const courseText = await page.getByTestId('handout-course').innerText();
    expect(courseText).toContain('Your course: 12 sessions');
    expect(courseText).toContain('15 min');
    expect(courseText).toMatch(/repeat the course after about 6 months/);
    expect(courseText).not.toMatch(/course\.|\{\{/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('handout-course').isVisible()).toBe(true);
    await screenshot(page, 'handout-with-course');
    // The README's picture (copied by hand to docs/handout.png): the top of the printed sheet.
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.screenshot({ path: 'test-artifacts/handout-readme.png', clip: { x: 0, y: 0, width: 820, height: 1100 } });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('the Handout button opens the handout of one of my techniques in a new tab', async () => {
    const app = await openApp();
    const { page, context } = app;
    const j = JSON.parse(readFileSync('data/techniques/classic-warming-rub.json', 'utf8'));
    j.id = 'my-own-rub';
    j.title = { en: 'My own rub', ru: 'Моё растирание' };
    await page.getByTestId('tab-techniques').click();
    await page.getByTestId('file-input').setInputFiles({ name: 'my-own-rub.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(j)) });
    await expect.poll(() => page.locator('.caption-title').textContent()).toBe('My own rub');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('share-handout').click()]);
    await tab.getByTestId('handout').waitFor();
    expect(await tab.locator('.handout h1').textContent()).toBe('My own rub');
    expect(await tab.getByTestId('handout-step').count()).toBe(j.steps.length);
    // Carried in the QR code's link, since the library does not have it.
    await tab.getByTestId('handout-qr-code').waitFor();
    expect(await tab.getByTestId('handout-qr').textContent()).toMatch(/Scan with a phone/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an unknown technique says so', async () => {
    const app = await openApp('?handout=1&technique=no-such-thing', { waitLoaded: false });
    await app.page.getByTestId('handout-missing').waitFor();
    await expect.poll(() => app.page.getByTestId('handout-missing').textContent()).toMatch(/no-such-thing/);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
