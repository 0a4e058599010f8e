/**
 * Orbit on a slow renderer, what a moving frame draws (scene/MovingFrame.tsx, skinLod.ts,
 * MotionResolution.tsx): while the camera is dragged the skin is drawn at its lower level of
 * detail (fewer triangles in the frame, read through the test handle's `lastFrame()`, which
 * counts the whole moving frame), and the still frame after it is the full scene again, with
 * exactly the triangles and draw calls of before. Pointer events are off during the drag (no
 * hover raycast per move) and on again after it: hovering and clicking still pick the skin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, type AppPage } from './app';
import { screenshot } from './browser';

type Stats = { calls: number; triangles: number };
type H = { __handpath: { lastFrame: () => Stats } };
const lastFrame = (app: AppPage) => app.page.evaluate(() => (window as unknown as H).__handpath.lastFrame());
const resolution = (app: AppPage) =>
  app.page.evaluate(() => document.querySelector('canvas')!.dataset.movingResolution);

let app: AppPage;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('level of detail while orbiting', () => {
  it('a moving frame draws the low skin; the still frame after it draws the full scene again', async () => {
    const { page } = app;
    await settle(page);
    await page.evaluate(() => (window as unknown as { __handpath: { redraw: () => void } }).__handpath.redraw());
    await settle(page);
    const still = await lastFrame(app);
    expect(still.triangles).toBeGreaterThan(50_000); // the body, arms and table (65k on main)

    const box = (await page.locator('canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    let moving: Stats | null = null;
    for (let i = 0; i < 80 && !moving; i++) {
      await page.mouse.move(cx + Math.sin(i / 6) * box.width * 0.2, cy + Math.sin(i / 9) * 30);
      await page.waitForTimeout(40);
      if ((await resolution(app)) === '0.5') {
        const s = await lastFrame(app);
        // the moving frame: the scene with the low skin, plus the one quad that scales it up
        if (s.triangles < still.triangles * 0.6) {
          moving = s;
          await screenshot(page, 'orbit-moving-frame'); // to look at: the low skin, half resolution
        }
      }
    }
    await page.mouse.up();
    expect(moving, 'no moving frame with the low skin was drawn during the drag').not.toBeNull();
    // a quarter of the skin's triangles (52k → 13k): the frame has less than half of the still one's
    expect(moving!.triangles).toBeLessThan(still.triangles * 0.5);
    expect(moving!.triangles).toBeGreaterThan(still.triangles * 0.25);

    await settle(page);
    expect(await resolution(app)).toBe('1');
    // back to the still view: the camera returned to the start only approximately, so redraw the
    // posterior view to compare like with like
    await page.getByTestId('tab-view').click();
    await page.getByTestId('view-posterior').click();
    await settle(page);
    await page.evaluate(() => (window as unknown as { __handpath: { redraw: () => void } }).__handpath.redraw());
    await settle(page);
    expect(await lastFrame(app)).toEqual(still);
    expect(app.errors).toEqual([]);
  });

  it('hover and click pick the skin again after a drag', async () => {
    const { page } = app;
    const box = (await page.locator('canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.55;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 0; i < 15; i++) {
      await page.mouse.move(x + i * 4, y);
      await page.waitForTimeout(30);
    }
    await page.mouse.move(x, y);
    await page.mouse.up();
    await settle(page);
    await page.mouse.move(x + 1, y + 1);
    await expect.poll(() => page.getByTestId('hover-label').isVisible()).toBe(true);
    expect(await page.getByTestId('hover-label').textContent()).toMatch(/skin/i);
    await page.mouse.click(x, y);
    await expect.poll(() => page.getByTestId('selection').isVisible()).toBe(true);
    expect(await page.getByTestId('selected-chip').textContent()).toMatch(/skin/i);
  });
});
