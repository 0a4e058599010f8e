/**
 * Every library technique at three moments, from behind and obliquely: the screenshots a
 * massage teacher looks through (test-artifacts/gallery-<id>-<moment>-<view>.png). Each picture
 * is also checked: the canvas draws the body, and every hand or cup that works on the skin at
 * that moment is inside the picture (the camera follows the work).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, settle, canvasShot, type AppPage } from './app';
import { screenshot } from './browser';
import { frame, project, seekTo } from './handle';
import { decodePng, countDifferentFrom, hexToRgb } from './pixels';
import { BACKGROUND } from '../../src/scene/Viewer';

const DIR = join(process.cwd(), 'data/techniques');
const IDS = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { id: string }).id);
const MOMENTS = [0.15, 0.5, 0.85] as const;
const VIEWS = ['posterior', 'oblique'] as const;

let app: AppPage;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('gallery: every library technique from behind and obliquely', () => {
  it('has the 13 library techniques', () => {
    expect(IDS.length).toBeGreaterThanOrEqual(13);
  });

  for (const id of IDS) {
    it(`${id}: 3 moments × 2 views drawn, working hands inside the picture`, async () => {
      const { page } = app;
      await page.getByTestId('tab-techniques').click();
      await page.getByTestId(`technique-${id}`).click();
      await settle(page);
      const { duration } = await frame(page);
      expect(duration).toBeGreaterThan(0);
      for (const view of VIEWS) {
        await page.getByTestId('tab-view').click();
        await page.getByTestId(`view-${view}`).click();
        await settle(page);
        for (const [k, at] of MOMENTS.entries()) {
          await seekTo(page, at * duration);
          await settle(page);
          const f = await frame(page);
          const png = decodePng(await canvasShot(page));
          await screenshot(page, `gallery-${id}-${k + 1}-${view}`);
          expect(
            countDifferentFrom(png, hexToRgb(BACKGROUND)) / (png.width * png.height),
            `${id} ${view} t=${f.t.toFixed(1)}: body drawn`,
          ).toBeGreaterThan(0.08);
          const working = f.actors.filter((a) => a.active && a.contact);
          const box = await page.locator('canvas').boundingBox();
          const pts = await project(
            page,
            working.map((a) => a.point),
          );
          for (const [i, [x, y]] of pts.entries()) {
            const where = `${id} ${view} t=${f.t.toFixed(1)} ${working[i]!.id}`;
            expect(x, `${where}: x inside the canvas`).toBeGreaterThanOrEqual(0);
            expect(x, `${where}: x inside the canvas`).toBeLessThanOrEqual(box!.width);
            expect(y, `${where}: y inside the canvas`).toBeGreaterThanOrEqual(0);
            expect(y, `${where}: y inside the canvas`).toBeLessThanOrEqual(box!.height);
          }
        }
      }
    });
  }
});
