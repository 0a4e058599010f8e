import { afterAll, describe, expect, it } from 'vitest';
import { appsOfFile, settle } from './app';
import { screenshot } from './browser';
import { frame, seekTo } from './handle';

const FULL_SESSION = 'classic-full-session';
const apps = appsOfFile();
const { open, opened } = apps;
afterAll(apps.closeAll);

/** "m:ss" → seconds. */
const secs = (s: string) => {
  const [m, ss] = s.split(':').map(Number);
  return m! * 60 + ss!;
};

describe('demo and full length (built app in Chromium)', () => {
  it('a technique opens as a demo: labelled "demo m:ss · full 58 min", the demo plays in a few minutes', async () => {
    const { page, errors } = await open();
    await page.getByTestId(`technique-${FULL_SESSION}`).click();
    await settle(page);
    const label = (await page.getByTestId('length-label').textContent()) ?? '';
    const m = /^demo (\d+:\d\d) · full 58 min$/.exec(label);
    expect(m, label).not.toBeNull();
    expect(await page.getByTestId('length-demo').isChecked()).toBe(true);
    const f = await frame(page);
    expect(f).toMatchObject({ techniqueId: FULL_SESSION, length: 'demo', t: 0, stepIndex: 0 });
    expect(f.actors.map((a) => a.id)).toEqual(['left', 'right', 'cup']);
    // One figure everywhere: the label, the clock and the handle agree; a few minutes, not 58.
    expect(secs(m![1]!)).toBe(Math.floor(f.duration));
    expect(await page.getByTestId('clock').textContent()).toBe(`0:00 / ${m![1]}`);
    expect(f.duration).toBeGreaterThan(120);
    expect(f.duration).toBeLessThan(300);
    expect(page.url()).not.toMatch(/length=/);
    // The technique's card gives the same full length as the player (it said 60 min).
    expect(await page.getByTestId(`technique-${FULL_SESSION}`).textContent()).toContain('58 min');
    // The counter gives both doses: the first step (palm rubbing) is 500 back-and-forths in full.
    await seekTo(page, 3);
    await settle(page);
    expect(await page.getByTestId('caption-repetition').textContent()).toMatch(
      /^repetition \d+ of (\d+) in this demo; 500 in a full session$/,
    );
    await screenshot(page, 'demo-full-session-demo');
    expect(errors).toEqual([]);
  });

  it('switching to full keeps the step, plays the real session and puts length=full in the link', async () => {
    const { page } = opened[0]!;
    await page.getByTestId('next-step').click();
    await page.getByTestId('next-step').click();
    await settle(page);
    // Past the move-in transition, into step 3 (palm kneading: 80 in full).
    await seekTo(page, (await frame(page)).t + 4);
    await settle(page);
    const demo = await frame(page);
    expect(demo.stepIndex).toBe(2);
    expect(await page.getByTestId('caption-repetition').textContent()).toMatch(
      /^repetition 1 of 2 in this demo; 80 in a full session$/,
    );
    await page.getByTestId('length-full').check();
    await settle(page);
    const full = await frame(page);
    expect(full.length).toBe('full');
    expect(full.stepIndex).toBe(2);
    expect(full.duration / 60).toBeGreaterThan(58);
    expect(full.duration / 60).toBeLessThan(59);
    expect(full.t).toBeGreaterThan(demo.t);
    expect(await page.getByTestId('length-label').textContent()).toMatch(/^demo \d+:\d\d · full 58 min$/);
    expect(await page.getByTestId('caption-repetition').textContent()).toMatch(/^repetition \d+ of 80$/);
    await expect.poll(() => page.url()).toMatch(/length=full/);
    // And back.
    await page.getByTestId('length-demo').check();
    await settle(page);
    expect(await frame(page)).toMatchObject({ length: 'demo', stepIndex: 2 });
    await expect.poll(() => page.url()).not.toMatch(/length=/);
  });

  it('length=full from the URL: the full session at the link time', async () => {
    const { page, errors } = await open(`?technique=${FULL_SESSION}&length=full&t=600`);
    await settle(page);
    expect(await page.getByTestId('length-full').isChecked()).toBe(true);
    const f = await frame(page);
    expect(f.length).toBe('full');
    expect(f.t).toBeCloseTo(600, 3);
    expect(f.duration).toBeGreaterThan(58 * 60);
    await screenshot(page, 'demo-full-session-full-600s');
    expect(errors).toEqual([]);
  });

  it('a time from a link applies only to the technique it named', async () => {
    const { page } = await open('?technique=no-such-technique&t=30');
    await page.getByTestId('technique-classic-warming-rub').click();
    await settle(page);
    const f = await frame(page);
    expect(f.techniqueId).toBe('classic-warming-rub');
    expect(f.t).toBe(0);
    expect(page.url()).not.toMatch(/[?&]t=/);
  });
});
