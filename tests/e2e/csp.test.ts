/**
 * Locked down (issue 13 §7): the built app runs under its Content-Security-Policy (index.html's
 * meta tag) with no violation through load, play, importing a file, switching the language and
 * opening every tab; the page logs no warning while it loads (the THREE.Clock deprecation was
 * one), and zod does not probe `new Function` (jitless mode).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, settle, type AppPage } from './app';

/** Records every securitypolicyviolation event from the very start of the page. */
const LISTEN = `(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
})();`;

type W = { __csp: string[] };

let app: AppPage;
const consoleCsp: string[] = [];
const loadWarnings: string[] = [];
let loading = true;

beforeAll(async () => {
  app = await openApp('', { initScript: LISTEN, waitLoaded: false });
  app.page.on('console', (m) => {
    const text = m.text();
    if (/content security policy|content-security-policy|refused to/i.test(text))
      consoleCsp.push(text);
    if (loading && (m.type() === 'warning' || m.type() === 'error'))
      loadWarnings.push(`${m.type()}: ${text}`);
  });
  await app.page.waitForSelector('.stage[data-loaded="true"]', { timeout: 60_000 });
  await settle(app.page);
  loading = false;
});
afterAll(async () => {
  await app?.close();
});

async function violations(): Promise<string[]> {
  const fromEvents = await app.page.evaluate(() => (window as unknown as W).__csp);
  return [...fromEvents, ...consoleCsp];
}

describe('Content-Security-Policy (built app in Chromium)', () => {
  it('the page carries a strict policy: no unsafe-eval, no inline script, wasm allowed for the decoder', async () => {
    const csp = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
    // the built page has no inline script at all
    expect(await app.page.locator('script:not([src])').count()).toBe(0);
  });

  it('loads with no warning and no violation (the model decoded: WebAssembly allowed)', async () => {
    expect(await app.page.locator('canvas').count()).toBe(1);
    expect(loadWarnings).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('play, import a file, switch language, open every tab: no violation', async () => {
    const { page } = app;
    await page.getByTestId('technique-classic-warming-rub').click();
    await settle(page);
    await page.getByTestId('play').click();
    await page.waitForTimeout(1500);
    await page.getByTestId('play').click();

    const t = JSON.parse(readFileSync('data/techniques/gentle-back-stroking.json', 'utf8'));
    t.id = 'my-csp-check';
    t.title = { en: 'My CSP check', ru: 'Моя проверка CSP' };
    await page
      .getByTestId('file-input')
      .setInputFiles({
        name: 'my-csp-check.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(t)),
      });
    await expect
      .poll(() => page.getByTestId('technique-my-csp-check').getAttribute('aria-current'))
      .toBe('true');

    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    // the Russian strings were loaded at run time (their own chunks), not only the lang attribute
    await expect.poll(() => page.getByTestId('tab-learn').textContent()).toMatch(/[А-Яа-яЁё]/);
    for (const tab of ['view', 'safety', 'learn', 'techniques']) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect.poll(() => page.locator(`#panel-${tab}`).textContent()).not.toMatch(/^…$/);
      await settle(page);
    }
    await page.getByTestId('language').selectOption('en');
    await settle(page);
    expect(app.errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});
