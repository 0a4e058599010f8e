import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, type AppPage } from './app';

/**
 * The web app manifest is linked after the first frame (src/pwa/manifestLink.ts): not in the
 * built index.html, in the document once the app has drawn, and read by Chromium as an
 * installable app's manifest then (no parse errors, its name and icons).
 */
let app: AppPage | undefined;
afterAll(async () => {
  await app?.close();
});

describe('the web app manifest (linked after the first frame)', () => {
  it('is not in the built index.html', () => {
    const html = readFileSync(join(process.cwd(), 'dist/index.html'), 'utf8');
    expect(html).not.toMatch(/rel="manifest"/);
  });

  it('is linked once the first frame is drawn and Chromium reads it without errors', async () => {
    app = await openApp();
    const { page } = app;
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="manifest"]')].map((l) => (l as HTMLLinkElement).href),
    );
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/\/manifest\.webmanifest$/);
    const cdp = await page.context().newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
      data?: string;
    };
    await cdp.detach();
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as { short_name?: string; icons?: { sizes: string }[] };
    expect(data.short_name).toBe('Handpath');
    expect(data.icons?.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
