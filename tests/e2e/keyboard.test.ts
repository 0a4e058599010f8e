import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppPage } from './app';

/**
 * Keyboard only, from a fresh load to a playing technique, counting every key press (real
 * `page.keyboard` presses; no focus() or clicks in between). The user Tabs to the first
 * technique, presses Enter, and presses Enter again on whatever has focus then (Play, if focus
 * moved there); a first-time user then answers the red-flag check ("no" to each question:
 * one Tab into the question, Space) and continues.
 */

const opened: AppPage[] = [];
afterAll(async () => {
  for (const a of opened) await a.close();
});

const FIRST_TECHNIQUE = 'technique-classic-circular-rub';

class Keys {
  count = 0;
  constructor(private page: Page) {}
  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
  }
  /** Tab forward until the focused element matches `selector`; returns the Tabs it took. */
  async tabTo(selector: string, max = 40): Promise<number> {
    for (let i = 1; i <= max; i++) {
      await this.press('Tab');
      if (await focusedMatches(this.page, selector)) return i;
    }
    throw new Error(`${selector} not reached in ${max} Tabs (focus on ${await focused(this.page)})`);
  }
}

function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e ? `${e.tagName.toLowerCase()}[data-testid=${e.dataset.testid ?? ''}]` : 'nothing';
  });
}

async function isPlaying(page: Page): Promise<boolean> {
  return (await page.getByTestId('play').getAttribute('aria-pressed')) === 'true';
}

/** Tab to the first technique, Enter; focus must then be on Play (polled: the player appears once compiled). */
async function chooseByKeyboard(page: Page, keys: Keys): Promise<void> {
  // The technique list renders after the first frame (its chunk loads then): a user waits until it
  // is on screen. Tabbing before it was there cycled through the shell and ran out of Tabs (CI on
  // a clean clone, 30 Nov: 40 Tabs, focus back on the Techniques tab). No key press is spent here.
  await page.getByTestId(FIRST_TECHNIQUE).waitFor({ state: 'visible', timeout: 60_000 });
  await keys.tabTo(`[data-testid="${FIRST_TECHNIQUE}"]`);
  await keys.press('Enter');
  await expect.poll(() => focused(page), { timeout: 20_000 }).toBe('button[data-testid=play]');
}

const figures: Record<string, number> = {};

describe('keyboard: fresh load to a playing technique', () => {
  it('returning user (red-flag check done before): ≤ 12 presses', async () => {
    const app = await openApp('', { checked: true });
    opened.push(app);
    const { page } = app;
    const keys = new Keys(page);
    await chooseByKeyboard(page, keys);
    await keys.press('Enter');
    await expect.poll(() => isPlaying(page)).toBe(true);
    figures.returning = keys.count;
    console.log(`[keyboard] returning user: ${keys.count} key presses from a fresh load to playing`);
    expect(keys.count).toBeLessThanOrEqual(12);
    expect(app.errors).toEqual([]);
  });

  it('first-time user: one Tab stop per red-flag question, the count reported', async () => {
    const app = await openApp('', { checked: false });
    opened.push(app);
    const { page } = app;
    const keys = new Keys(page);
    await chooseByKeyboard(page, keys);
    await keys.press('Enter'); // Play → the check opens first
    await expect.poll(() => page.getByTestId('redflag-check').isVisible()).toBe(true);
    const questions = await page.locator('[data-testid="redflag-check"] fieldset').count();
    expect(questions).toBeGreaterThan(5);
    for (let q = 0; q < questions; q++) {
      // Exactly one Tab reaches the next question (no stop in between), Space answers it.
      const tabs = await keys.tabTo('[data-testid="redflag-check"] input[type=radio]', 1);
      expect(tabs).toBe(1);
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
      const index = await page.evaluate((n) => [...document.querySelectorAll('[data-testid="redflag-check"] fieldset')].findIndex((f) => f.id === n), name);
      expect(index).toBe(q);
      await keys.press('Space');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    }
    await keys.tabTo('[data-testid="redflag-result"]', 3);
    await keys.press('Enter');
    await expect.poll(() => page.getByTestId('redflag-level-clear').isVisible()).toBe(true);
    // A clear result puts focus on Continue (its status banner is announced).
    await expect.poll(() => focused(page)).toBe('button[data-testid=redflag-done]');
    await keys.press('Enter');
    await expect.poll(() => isPlaying(page)).toBe(true);
    figures.first = keys.count;
    console.log(`[keyboard] first-time user (${questions} red-flag questions): ${keys.count} key presses from a fresh load to playing`);
    expect(app.errors).toEqual([]);
  });

  it('arrow keys change a red-flag answer inside its question, without leaving it', async () => {
    const app = await openApp('', { checked: false });
    opened.push(app);
    const { page } = app;
    const keys = new Keys(page);
    await chooseByKeyboard(page, keys);
    await keys.press('Enter');
    await expect.poll(() => page.getByTestId('redflag-check').isVisible()).toBe(true);
    await keys.tabTo('[data-testid="redflag-check"] input[type=radio]', 1);
    const group = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    const answer = () =>
      page.evaluate((n) => (document.querySelector(`input[name="${n}"]:checked`) as HTMLInputElement | null)?.value ?? null, group);
    await keys.press('ArrowRight');
    expect(await answer()).toBe('yes');
    await keys.press('ArrowLeft');
    expect(await answer()).toBe('no');
    await keys.press('ArrowDown');
    expect(await answer()).toBe('yes');
    // Still in the same question; the next Tab goes to the next question, not to the other answer.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(group);
    await keys.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(next).not.toBe(group);
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset') !== null)).toBe(true);
  });

  it('clicking a technique also moves focus to Play; Enter on the chosen one again keeps it and focuses Play', async () => {
    const app = await openApp('', { checked: true });
    opened.push(app);
    const { page } = app;
    await page.getByTestId(FIRST_TECHNIQUE).click();
    await expect.poll(() => focused(page), { timeout: 20_000 }).toBe('button[data-testid=play]');
    await page.getByTestId(FIRST_TECHNIQUE).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button[data-testid=play]');
    // Space on Play plays (it used to re-select the technique from the list).
    await page.keyboard.press('Space');
    await expect.poll(() => isPlaying(page)).toBe(true);
  });

  it('figures', () => {
    console.log(`[keyboard] presses to a playing technique: returning ${figures.returning ?? '?'}, first-time ${figures.first ?? '?'}`);
    expect(figures.returning).toBeDefined();
  });
});
