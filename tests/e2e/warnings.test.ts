/**
 * Every warning is visible (issue 9, item 3): an imported technique file with a stroke against
 * the lymph flow and a cup without oil plays, and its details list both warnings with their
 * step, in English and Russian; a clean library technique lists none. The caption names the
 * point being pressed and its side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, settle, type AppPage } from './app';
import { screenshot } from './browser';
import { compile } from '../../src/domain/motion';
import { testAnatomies, testTechniques } from '../unit/motion/fixtures/anatomy';

let app: AppPage;

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** cupping-lumbar without its oil step, and its first finishing stroke run backwards (up and in). */
function fileWithWarnings(): { json: string; cupStep: number; strokeStep: number } {
  const t = JSON.parse(readFileSync('data/techniques/cupping-lumbar.json', 'utf8'));
  t.id = 'my-cupping-warnings';
  t.title = { en: 'My cupping with warnings', ru: 'Моя банка с предупреждениями' };
  t.steps = t.steps.filter((s: { move: string }) => s.move !== 'apply-oil');
  const cupStep = t.steps.findIndex((s: { move: string }) => s.move === 'set-cup');
  const strokeStep = t.steps.findIndex((s: { move: string }) => s.move === 'effleurage');
  t.steps[strokeStep].path.points.reverse();
  return { json: JSON.stringify(t, null, 2), cupStep, strokeStep };
}

describe('warnings in the technique details (built app in Chromium)', () => {
  it('a library technique lists exactly the motion compiler\'s warnings, each at its step', async () => {
    const { page } = app;
    // The warnings the compiler gives on the real back, computed here in node: the technique
    // with the most of them (classic-warming-rub's "rub across" band starts 2 cm from the midline).
    const [an] = await testAnatomies();
    const ranked = testTechniques()
      .filter((t) => t.source === 'data')
      .map((t) => ({ id: t.technique.id, warnings: compile(t.technique, an!.anatomy).warnings }))
      .sort((a, b) => b.warnings.length - a.warnings.length);
    const top = ranked[0]!;
    console.log(`[warnings] ${top.id}: ${top.warnings.length} compiler warnings (${top.warnings.map((w) => `step ${w.stepIndex + 1} ${w.code}`).join(', ')})`);
    await page.getByTestId(`technique-${top.id}`).click();
    await settle(page);
    const shown = page.locator('[data-testid="technique-warning"]:has(.pill:text("animation"))');
    await expect.poll(() => shown.count()).toBe(top.warnings.length);
    for (const [i, w] of top.warnings.entries()) {
      expect(await shown.nth(i).getAttribute('data-code')).toBe(w.code);
      expect(await shown.nth(i).getAttribute('data-step')).toBe(String(w.stepIndex + 1));
      expect(await shown.nth(i).textContent()).toMatch(new RegExp(`^Step ${w.stepIndex + 1}: `));
    }
  });

  it('a clean library technique shows no warnings', async () => {
    const { page } = app;
    await page.getByTestId('technique-classic-finishing-effleurage').click();
    await settle(page);
    const panel = page.getByTestId('technique-warnings');
    await expect.poll(() => panel.getAttribute('data-count')).toBe('0');
    expect(await page.getByTestId('no-warnings').textContent()).toMatch(/No warnings/);
    expect(await page.getByTestId('technique-warning').count()).toBe(0);
  });

  it('an imported file lists its lymph-direction and cup-without-oil warnings with their steps', async () => {
    const { page } = app;
    const f = fileWithWarnings();
    await page.getByTestId('file-input').setInputFiles({ name: 'my-cupping-warnings.json', mimeType: 'application/json', buffer: Buffer.from(f.json) });
    await expect.poll(() => page.getByTestId('technique-my-cupping-warnings').getAttribute('aria-current')).toBe('true');
    const items = page.getByTestId('technique-warning');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
    const lymph = page.locator('[data-testid="technique-warning"][data-code="against-lymph-flow"]');
    const oil = page.locator('[data-testid="technique-warning"][data-code="cup-without-oil"]');
    expect(await lymph.count()).toBe(1);
    expect(await oil.count()).toBe(1);
    expect(await lymph.getAttribute('data-step')).toBe(String(f.strokeStep + 1));
    expect(await oil.getAttribute('data-step')).toBe(String(f.cupStep + 1));
    expect(await lymph.textContent()).toMatch(new RegExp(`Step ${f.strokeStep + 1}: Gliding strokes`));
    expect(await lymph.textContent()).toMatch(/against the lymph flow/);
    expect(await oil.textContent()).toMatch(new RegExp(`Step ${f.cupStep + 1}: Setting the cup`));
    expect(await oil.textContent()).toMatch(/without oiling first/);
    // The same stroke's own words say which way it really goes.
    const stroke = page.getByTestId('step-explainer').nth(f.strokeStep);
    await page.getByTestId('technique-warnings').scrollIntoViewIfNeeded();
    await screenshot(page, 'warnings-en');
    expect(await stroke.textContent()).not.toMatch(/away from the spine/);

    await page.getByTestId('language').selectOption('ru');
    await expect.poll(() => lymph.textContent()).toMatch(new RegExp(`Шаг ${f.strokeStep + 1}: `));
    expect(await lymph.textContent()).toMatch(/против тока лимфы/);
    expect(await oil.textContent()).toMatch(/без масла/);
    await screenshot(page, 'warnings-ru');
    await page.getByTestId('language').selectOption('en');
  });

  it('the caption names the pressed point and its side', async () => {
    const { page } = app;
    await page.getByTestId('technique-point-lumbosacral').click();
    await settle(page);
    // Step 3 (BL23, BL52, BL25 with both thumbs): seek into its first hold.
    const next = page.getByTestId('next-step');
    for (let i = 0; i < 2; i++) await next.click();
    await settle(page);
    await page.getByTestId('play').click();
    await expect.poll(() => page.getByTestId('caption-point').textContent(), { timeout: 20_000 }).toMatch(/^BL23, both sides, hold \d+ s$/);
    await page.getByTestId('play').click();
    await screenshot(page, 'caption-point');
    expect(await page.getByTestId('caption-pressure').textContent()).toMatch(/pressure|touching/);
  });
});
