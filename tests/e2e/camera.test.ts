import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appsOfFile, settle } from './app';
import { screenshot } from './browser';
import { cameraInfo, clickAndWaitFrame, frame, project, seekAndWait } from './handle';

const apps = appsOfFile();
const { open } = apps;
afterAll(apps.closeAll);

/** Start and end of the step playing now (from the step buttons and the handle). */
async function stepSpan(page: Page): Promise<{ index: number; start: number; end: number }> {
  const f = await frame(page);
  const index = f.stepIndex;
  // Each step starts with its move-in; the next step's start ends this one.
  await clickAndWaitFrame(page, 'next-step');
  const next = await frame(page);
  const end = next.stepIndex === index ? f.duration : next.t;
  await seekAndWait(page, f.t);
  await settle(page);
  return { index, start: f.t, end };
}

/** Touching actors' points over a step, sampled at `n` moments (the step's path as worked). */
async function pathPoints(page: Page, span: { start: number; end: number }, n = 8): Promise<[number, number, number][]> {
  const out: [number, number, number][] = [];
  for (let k = 0; k < n; k++) {
    await seekAndWait(page, span.start + ((k + 0.5) / n) * (span.end - span.start));
    for (const a of (await frame(page)).actors) if (a.active && a.contact) out.push(a.point);
  }
  return out;
}

/** Points outside the canvas (with a 1 % border), as pixels. */
async function outside(page: Page, points: [number, number, number][]): Promise<[number, number][]> {
  const box = (await page.locator('canvas').boundingBox())!;
  const mx = box.width * 0.01;
  const my = box.height * 0.01;
  return (await project(page, points)).filter(([x, y]) => x < mx || y < my || x > box.width - mx || y > box.height - my);
}

describe('the camera follows the work (built app in Chromium)', () => {
  it('close-up view: every step of the thoracolumbar technique is framed', async () => {
    const { page, errors } = await open('?technique=classic-thoracolumbar-edge-rub&view=lumbosacral');
    await settle(page);
    expect((await cameraInfo(page)).follow).toBe(true);
    for (let i = 0; i < 4; i++) {
      const span = await stepSpan(page);
      expect(span.index).toBe(i);
      await settle(page);
      const pts = await pathPoints(page, span);
      expect(pts.length).toBeGreaterThan(4);
      await settle(page);
      expect(await outside(page, pts), `step ${i + 1}`).toEqual([]);
      if (i === 1) await screenshot(page, 'camera-thoracolumbar-closeup-step2');
      if (i === 1) {
        // For comparison: the fixed preset close-up without following (the old view).
        await page.getByTestId('follow').click();
        await page.getByTestId('tab-view').click();
        await page.getByTestId('view-lumbosacral').click();
        await settle(page);
        await screenshot(page, 'camera-thoracolumbar-closeup-step2-preset');
        await page.getByTestId('follow').click();
        await settle(page);
        expect(await outside(page, pts)).toEqual([]);
      }
      if (i < 3) await clickAndWaitFrame(page, 'next-step');
    }
    expect(errors).toEqual([]);
  });

  it.each([
    ['classic-full-session', 'posterior'],
    ['classic-full-session', 'oblique'],
    ['cupping-lumbar', 'oblique'],
    ['point-lumbosacral', 'posterior'],
    ['thai-lumbosacral', 'right'],
  ])('%s, %s view: the steps are in view', async (technique, view) => {
    const { page, errors } = await open(`?technique=${technique}&view=${view}`);
    await settle(page);
    for (const step of [1, 4]) {
      while ((await frame(page)).stepIndex < step) await clickAndWaitFrame(page, 'next-step');
      await settle(page);
      const span = await stepSpan(page);
      const pts = await pathPoints(page, span, 6);
      await seekAndWait(page, (span.start + span.end) / 2);
      await settle(page);
      expect(await outside(page, pts), `step ${step + 1}`).toEqual([]);
      if (step === 4) await screenshot(page, `camera-${technique}-${view}-step${step + 1}`);
    }
    expect(errors).toEqual([]);
  });

  it('a user orbit stops following; the Follow button gives it back', async () => {
    const { page } = await open('?technique=classic-full-session&view=oblique');
    await settle(page);
    const framed = await cameraInfo(page);
    const box = (await page.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const user = await cameraInfo(page);
    expect(user.follow).toBe(false);
    expect(await page.getByTestId('follow').getAttribute('aria-pressed')).toBe('false');
    expect(Math.hypot(...user.position.map((v, i) => v - framed.position[i]!))).toBeGreaterThan(0.05);
    // A new step does not move the camera away from where the user put it.
    await clickAndWaitFrame(page, 'next-step');
    await clickAndWaitFrame(page, 'next-step');
    await settle(page);
    const still = await cameraInfo(page);
    expect(Math.hypot(...still.position.map((v, i) => v - user.position[i]!))).toBeLessThan(1e-3);
    await screenshot(page, 'camera-user-orbit');
    // Follow: framed again, from the preset direction, step 3 in view.
    await page.getByTestId('follow').click();
    await settle(page);
    const back = await cameraInfo(page);
    expect(back.follow).toBe(true);
    expect(Math.hypot(...back.position.map((v, i) => v - user.position[i]!))).toBeGreaterThan(0.05);
    const span = await stepSpan(page);
    const pts = await pathPoints(page, span, 6);
    await settle(page);
    expect(await outside(page, pts)).toEqual([]);
    // A wheel zoom takes the camera too.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await settle(page);
    expect((await cameraInfo(page)).follow).toBe(false);
  });
});
