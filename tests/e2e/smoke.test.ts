import { describe, it, expect } from 'vitest';
import { launchBrowser, baseUrl, screenshot } from './browser';

describe('smoke', () => {
  it('webgl works', async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(baseUrl());
    await page.waitForTimeout(2000);
    const info = await page.evaluate(() => {
      const c = document.createElement('canvas');
      const gl = c.getContext('webgl2');
      return gl ? gl.getParameter(gl.VERSION) + ' ' + gl.getParameter(gl.RENDERER) : 'none';
    });
    console.log(info);
    await screenshot(page, 'smoke');
    await browser.close();
    expect(info).not.toBe('none');
  });
});
