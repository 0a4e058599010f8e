import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, canvasShot, type AppPage } from './app';
import { screenshot } from './browser';
import { decodePng, countDifferentFrom, hexToRgb, findPixels, isHighlightBlue, pointsOnBackground } from './pixels';
import { cameraInfo, frame, project } from './handle';
import { BACKGROUND } from '../../src/scene/Viewer';
import landmarks from '../../data/anatomy/landmarks.json';

let app: AppPage;
const skinOf = (id: string): [number, number, number] => {
  const l = [...landmarks.landmarks, ...(landmarks.wholeBack ?? [])].find((x) => x.id === id);
  if (!l) throw new Error(`landmark ${id} missing`);
  return l.skin as [number, number, number];
};

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the whole back lying prone on the massage table (issue 10)', () => {
  it('from behind: draws the body on its table, the lumbar-sacral region framed in the middle', async () => {
    const png = decodePng(await canvasShot(app.page));
    await screenshot(app.page, 'table-prone-posterior');
    const drawn = countDifferentFrom(png, hexToRgb(BACKGROUND)) / (png.width * png.height);
    expect(drawn).toBeGreaterThan(0.25);
    expect(drawn).toBeLessThan(0.98);
    // The lumbar-sacral landmarks project inside the canvas, the region near its centre, and the
    // head (C7) above the sacrum on screen: the back is seen from behind, head up.
    const box = await app.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const [l3, s1, c7] = await project(app.page, [skinOf('L3'), skinOf('S1'), skinOf('C7')]);
    for (const p of [l3!, s1!]) {
      expect(p[0]).toBeGreaterThan(box.width * 0.25);
      expect(p[0]).toBeLessThan(box.width * 0.75);
      expect(p[1]).toBeGreaterThan(box.height * 0.15);
      expect(p[1]).toBeLessThan(box.height * 0.85);
    }
    expect(c7![1]).toBeLessThan(s1![1]);
    // The camera, in the model frame, is behind the back (+Z) looking at it.
    const cam = await cameraInfo(app.page);
    expect(cam.position[2] - cam.target[2]).toBeGreaterThan(0.5);
    expect(app.errors).toEqual([]);
  });

  it('keeps the lumbar-sacral highlight on the back', async () => {
    await app.page.getByTestId('tab-view').click();
    await settle(app.page);
    const on = findPixels(decodePng(await canvasShot(app.page)), isHighlightBlue);
    expect(on.count).toBeGreaterThan(1500);
    expect(on.cx).toBeGreaterThan(0.35);
    expect(on.cx).toBeLessThan(0.65);
    // With the highlight off nothing blue is left: the furniture is never mistaken for it.
    await app.page.getByTestId('layer-highlight').uncheck();
    await settle(app.page);
    const off = findPixels(decodePng(await canvasShot(app.page)), isHighlightBlue);
    expect(off.count).toBeLessThan(on.count * 0.05);
    await app.page.getByTestId('layer-highlight').check();
    await settle(app.page);
  });

  for (const view of ['left', 'oblique'] as const) {
    it(`from the ${view === 'left' ? 'side' : 'oblique'} view: the body lies on the table (screenshot saved)`, async () => {
      await app.page.getByTestId(`view-${view}`).click();
      await settle(app.page);
      const png = decodePng(await canvasShot(app.page));
      await screenshot(app.page, `table-prone-${view}`);
      const drawn = countDifferentFrom(png, hexToRgb(BACKGROUND)) / (png.width * png.height);
      expect(drawn).toBeGreaterThan(0.15);
      // The back's midline (L3 skin) is drawn above the front of the chest on the table: prone,
      // back up, in the room.
      const [l3, front] = await project(app.page, [skinOf('L3'), [0, skinOf('L3')[1], -0.12]]);
      expect(l3![1]).toBeLessThan(front![1]);
    });
  }

  it('with a technique: the hands work on the back of the body lying on the table (behind, side, oblique saved)', async () => {
    const tech = await openApp('?technique=classic-warming-rub&t=12');
    try {
      const f = await frame(tech.page);
      const touching = f.actors.filter((a) => a.active && a.contact);
      expect(touching.length).toBeGreaterThan(0);
      for (const view of ['posterior', 'left', 'oblique'] as const) {
        if (view !== 'posterior') {
          await tech.page.getByTestId('tab-view').click();
          await tech.page.getByTestId(`view-${view}`).click();
        }
        await settle(tech.page);
        const shot = decodePng(await canvasShot(tech.page));
        await screenshot(tech.page, `table-prone-hands-${view}`);
        // Each touching hand's contact point (model frame, through the pose) is on screen on
        // something drawn — the hand or the skin — not on the background.
        const pts = await project(tech.page, touching.map((a) => a.point));
        const bg = hexToRgb(BACKGROUND);
        expect(pointsOnBackground(shot, pts, bg), `${view}: contact points not on the hand or skin`).toEqual([]);
      }
      expect(tech.errors).toEqual([]);
    } finally {
      await tech.close();
    }
  });
});
