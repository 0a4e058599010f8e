import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import landmarksJson from '../../data/anatomy/landmarks.json';
import { openApp, settle, type AppPage } from './app';
import { screenshot } from './browser';
import { project } from './handle';
import { acupointPositions, landmarksFromJson, lookupLandmarks } from '../../src/domain/quiz/geometry';
import { QUIZ_QUESTIONS } from '../../src/domain/quiz/questions';
import { cursorStart, describeCursor, moveCursor } from '../../src/domain/quiz/marks';
import type { Vec3 } from '../../src/domain/anatomy/types';

/**
 * The quiz's tap questions on the 3D back: the landmarks a question needs are labelled; after an
 * answer the correct spot(s) and the tap are marked with labels, next to where they are; a right
 * answer stays right; the same questions can be answered by keyboard with the cursor.
 */

const lm = lookupLandmarks(landmarksFromJson(landmarksJson));
const opened: AppPage[] = [];
afterAll(async () => {
  for (const a of opened) await a.close();
});

async function openQuiz(viewport?: { width: number; height: number }): Promise<AppPage> {
  const app = await openApp('', viewport ? { viewport } : {});
  opened.push(app);
  await app.page.getByTestId('tab-learn').click();
  await app.page.getByTestId('quiz').waitFor();
  return app;
}

/** Next question until the one with this id is shown. */
async function goTo(page: Page, id: string): Promise<void> {
  const index = QUIZ_QUESTIONS.findIndex((q) => q.id === id);
  for (let i = 0; i < index; i++) await page.getByTestId('quiz-next').click();
  await expect.poll(() => page.getByTestId('quiz-prompt').textContent()).toMatch(new RegExp(id.replace('tap-', ''), 'i'));
}

/** Canvas-relative pixel → page pixel; clicks the body there. */
async function tapBody(page: Page, p: Vec3): Promise<[number, number]> {
  const [[x, y]] = (await project(page, [[p[0], p[1], p[2]]])) as [[number, number]];
  const box = (await page.locator('.stage canvas').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
  return [box.x + x, box.y + y];
}

/** Page-pixel centre of the dot a label belongs to: the label sits 8 px beside it. */
async function labelBox(page: Page, testId: string) {
  const b = await page.getByTestId(testId).boundingBox();
  expect(b, testId).not.toBeNull();
  return b!;
}

/** The label sits just above its dot, to the outside: ends 4 px left of a left dot, starts 4 px right of a right one. */
const above = (b: { x: number; y: number; width: number; height: number }, [x, y]: [number, number], side: 'left' | 'right') =>
  Math.abs((side === 'left' ? b.x + b.width + 4 : b.x - 4) - x) <= 3 && y - (b.y + b.height) >= 2 && y - (b.y + b.height) <= 20;

describe('quiz on the body', () => {
  it('GB30: landmarks labelled, the answer and the tap marked with labels; a right answer stays right', async () => {
    const { page, errors } = await openQuiz();
    await goTo(page, 'tap-gb30');
    // The landmarks GB30 is found from, labelled on the body before answering.
    await expect.poll(() => page.getByTestId('quiz-landmark-sacral-hiatus').textContent()).toBe('Sacral hiatus');
    expect(await page.getByTestId('quiz-landmark-greater-trochanter-left').textContent()).toBe('Greater trochanter');
    expect(await page.getByTestId('quiz-landmark-greater-trochanter-right').textContent()).toBe('Greater trochanter');
    expect(await page.getByTestId('quiz-landmarks-note').textContent()).toMatch(/sacral hiatus.*greater trochanter/i);
    await settle(page);

    const target = acupointPositions('GB30', lm).find((s) => s.side === 'right')!.position;
    await page.getByTestId('quiz-tap').click();
    const tapped = await tapBody(page, target);
    await expect.poll(() => page.getByTestId('quiz-result').textContent()).toMatch(/^Right\./);
    // The correct spots (both sides) and the tap, each labelled, beside where they are.
    expect(await page.getByTestId('quiz-target-right').textContent()).toBe('GB30 (right) is here');
    expect(await page.getByTestId('quiz-target-left').textContent()).toBe('GB30 (left) is here');
    expect(await page.getByTestId('quiz-tap-mark').textContent()).toBe('Your tap ✓');
    await settle(page);
    const box = (await page.locator('.stage canvas').boundingBox())!;
    const leftSpot = acupointPositions('GB30', lm).find((s) => s.side === 'left')!.position;
    const [[tx, ty], [lx, ly]] = (await project(page, [[...target], [...leftSpot]])) as [[number, number], [number, number]];
    expect(above(await labelBox(page, 'quiz-target-right'), [box.x + tx, box.y + ty], 'right')).toBe(true);
    expect(above(await labelBox(page, 'quiz-target-left'), [box.x + lx, box.y + ly], 'left')).toBe(true);
    const tapLabel = await labelBox(page, 'quiz-tap-mark');
    expect(Math.abs(tapLabel.x + tapLabel.width / 2 - tapped[0])).toBeLessThan(20);
    expect(tapLabel.y - tapped[1]).toBeGreaterThan(0);
    expect(tapLabel.y - tapped[1]).toBeLessThan(40);
    await page.mouse.move(1, 1); // no hover label over the marks
    await settle(page);
    await screenshot(page, 'quiz-feedback-gb30');

    // Tapping again (on the spine, far from GB30) does not turn it into "Not quite".
    await tapBody(page, [0, lm.get('L3')!.skin[1], lm.get('L3')!.skin[2]]);
    await page.getByTestId('quiz-tap').waitFor({ state: 'detached', timeout: 2_000 }).catch(() => undefined);
    expect(await page.getByTestId('quiz-tap').count()).toBe(0);
    expect(await page.getByTestId('quiz-result').textContent()).toMatch(/^Right\./);
    expect(await page.getByTestId('quiz-tap-mark').textContent()).toBe('Your tap ✓');
    expect(errors).toEqual([]);
  });

  it('a wrong tap: both marked and labelled, "Try again" clears them', async () => {
    const { page } = await openQuiz();
    await goTo(page, 'tap-bl23');
    await settle(page);
    await page.getByTestId('quiz-tap').click();
    await tapBody(page, [0.1, lm.get('L4')!.skin[1], lm.get('L4')!.skin[2] - 0.01]);
    await expect.poll(() => page.getByTestId('quiz-result').textContent()).toMatch(/^Not quite\./);
    expect(await page.getByTestId('quiz-tap-mark').textContent()).toBe('Your tap');
    expect(await page.getByTestId('quiz-target-left').textContent()).toBe('BL23 (left) is here');
    expect(await page.getByTestId('quiz-landmark-L2').textContent()).toBe('L2');
    await page.mouse.move(1, 1);
    await settle(page);
    await screenshot(page, 'quiz-feedback-wrong');
    await page.getByTestId('quiz-try-again').click();
    await expect.poll(() => page.getByTestId('quiz-tap-mark').count()).toBe(0);
    expect(await page.getByTestId('quiz-result').count()).toBe(0);
  });

  it('by keyboard: Tab to the cursor, arrows to BL23, Enter: right, and marked', async () => {
    const { page } = await openQuiz();
    await goTo(page, 'tap-bl23');
    await page.getByTestId('quiz-tap').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('quiz-cursor');
    await expect.poll(() => page.getByTestId('quiz-cursor-where').textContent()).toBe('on the midline, level with L3.');
    await expect.poll(() => page.getByTestId('quiz-cursor-mark').count()).toBe(1);
    // From L3 on the midline to BL23 right: the steps the geometry asks for, in whole cm.
    const start = cursorStart(lm);
    const target = acupointPositions('BL23', lm).find((s) => s.side === 'right')!.position;
    const up = Math.round((target[1] - start[1]) * 100);
    const right = Math.round((target[0] - start[0]) * 100);
    const t0 = await page.evaluate(() => (window as unknown as { __handpath: { frame: () => { t: number } } }).__handpath.frame().t);
    for (let i = 0; i < up; i++) await page.keyboard.press('ArrowUp');
    for (let i = 0; i < right; i++) await page.keyboard.press('ArrowRight');
    const where = describeCursor(moveCursor(start, right, up, lm), lm);
    const height = `${Math.abs(where.dyCm)} cm ${where.dyCm > 0 ? 'above' : 'below'} ${where.level}`;
    expect(await page.getByTestId('quiz-cursor-where').textContent()).toBe(`${right} cm to the right of the midline, ${height}.`);
    // The arrows moved the cursor, not the player or the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __handpath: { frame: () => { t: number } } }).__handpath.frame().t)).toBe(t0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('quiz-result').textContent()).toMatch(/^Right\./);
    expect(await page.getByTestId('quiz-tap-mark').textContent()).toBe('Your tap ✓');
    expect(await page.getByTestId('quiz-cursor-mark').count()).toBe(0);
  });

  it('at 375×667: the feedback screenshot', async () => {
    const { page } = await openQuiz({ width: 375, height: 667 });
    await goTo(page, 'tap-gb30');
    await page.getByTestId('quiz-cursor').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('quiz-result').count()).toBe(1);
    await settle(page);
    await screenshot(page, 'quiz-feedback-375x667');
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await screenshot(page, 'quiz-feedback-375x667-body');
    expect(await page.getByTestId('quiz-target-right').count()).toBe(1);
  });
});
