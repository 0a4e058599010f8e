import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, settle, canvasShot, type AppPage } from './app';
import { screenshot } from './browser';
import { decodePng, diffFraction } from './pixels';
import landmarks from '../../data/anatomy/landmarks.json';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-artifacts');

const opened: AppPage[] = [];
afterAll(async () => {
  for (const a of opened) await a.close();
});

type V3 = [number, number, number];
const skinOf = (id: string): V3 => {
  const l = (landmarks as unknown as { landmarks: { id: string; skin: V3 }[] }).landmarks.find((x) => x.id === id);
  if (!l) throw new Error(`no landmark ${id}`);
  return l.skin;
};

/** Clicks the body at a model-frame point (projected through the test handle). */
async function clickBody(page: Page, p: V3): Promise<void> {
  const project = async () => ((await page.evaluate((pts) => (window as unknown as { __handpath: { project: (p: V3[]) => [number, number][] } }).__handpath.project(pts), [p])) as [number, number][])[0]!;
  // The camera frames the step being played: click once it stands still.
  let xy = await project();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(150);
    const next = await project();
    const still = Math.hypot(next[0] - xy[0], next[1] - xy[1]) < 0.5;
    xy = next;
    if (still) break;
  }
  const box = (await page.locator('canvas').boundingBox())!;
  await page.mouse.click(box.x + xy![0], box.y + xy![1]);
}

async function axe(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  const v = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((x) => ({ id: x.id, impact: x.impact, nodes: x.nodes.map((n) => n.target.join(' ')) }));
  });
  return v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
}

async function openEditor(viewport = { width: 1280, height: 860 }): Promise<Page> {
  const app = await openApp('', { viewport });
  opened.push(app);
  const { page } = app;
  await page.getByTestId('open-editor').click();
  await page.getByTestId('editor').waitFor();
  return page;
}

const summaryErrors = async (page: Page) => Number(await page.getByTestId('editor-summary').getAttribute('data-errors'));

/** Pause, seek to t, wait for the picture, shoot the canvas. */
async function shotAt(page: Page, t: number) {
  if ((await page.getByTestId('play').getAttribute('aria-pressed')) === 'true') await page.getByTestId('play').click();
  await page.getByTestId('scrubber').fill(String(t));
  await settle(page);
  return decodePng(await canvasShot(page));
}

describe('authoring studio', () => {
  it('builds a three-step technique by clicks and keys, exports it, the validator accepts it, and it plays the same after import', { timeout: 300_000 }, async () => {
    const page = await openEditor();
    await page.getByTestId('editor-new').click();
    // Step 1: a rub over a band (the new technique's first step), its caption in both languages.
    await page.getByTestId('field-caption-en').fill('Rub the lower back');
    await page.getByTestId('field-caption-ru').fill('');
    await expect.poll(() => page.getByTestId('field-caption-ru-missing').count()).toBe(1);
    await page.getByTestId('field-caption-ru').fill('Растирание поясницы');
    expect(await page.getByTestId('field-caption-ru-missing').count()).toBe(0);
    await page.getByTestId('field-pressure-medium').check();
    expect(await summaryErrors(page)).toBe(0);

    // Step 2: a thumb press, placed by clicking near BL23 (L2, 3 cm to the left).
    await page.getByTestId('add-move').selectOption('point-press');
    await page.getByTestId('add-step').click();
    await page.getByTestId('field-caption-en').fill('Press BL23');
    await page.getByTestId('field-caption-ru').fill('Надавливание на BL23');
    await page.getByTestId('field-points.0-remove').count(); // one default point: it is replaced by the click
    await page.getByTestId('field-points.0').click(); // select it
    const l2 = skinOf('L2');
    await clickBody(page, [l2[0] - 0.031, l2[1], l2[2] - 0.004]);
    await expect.poll(() => page.getByTestId('snap-status').textContent()).toContain('BL23');
    await expect.poll(() => page.getByTestId('field-points.0').textContent()).toContain('BL23');

    // Step 3: a cup glide along a zig-zag, its two ends placed by clicks.
    await page.getByTestId('add-move').selectOption('cup-glide');
    await page.getByTestId('add-step').click();
    await page.getByTestId('field-caption-en').fill('Glide the cup');
    await page.getByTestId('field-caption-ru').fill('Скольжение банки');
    await page.getByTestId('field-path.shape-zigzag').check();
    const l1 = skinOf('L1');
    const l4 = skinOf('L4');
    await page.getByTestId('field-path.from').click();
    await clickBody(page, [l1[0] + 0.055, l1[1], l1[2] - 0.01]);
    await page.getByTestId('field-path.to').click();
    await clickBody(page, [l4[0] + 0.055, l4[1], l4[2] - 0.01]);
    await expect.poll(() => page.getByTestId('field-path.to').textContent()).toContain('L4');
    // Keys: the selected end moves 2 cm down with Shift+↓.
    const before = await page.getByTestId('field-path.to').textContent();
    await page.getByTestId('field-path.to').focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => page.getByTestId('field-path.to').textContent()).not.toBe(before);
    // Undo and redo.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('field-path.to').textContent()).toBe(before);
    await page.keyboard.press('Shift+Control+Z');
    await expect.poll(() => page.getByTestId('field-path.to').textContent()).not.toBe(before);
    await expect.poll(() => summaryErrors(page)).toBe(0).catch(async (e: unknown) => {
      console.log('[editor] errors:', await page.getByTestId('msg-error').allTextContents());
      throw e;
    });
    await screenshot(page, 'editor-built');

    // Export (a real download), validate with the CLI.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-export').click()]);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'editor-export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { steps: { move: string }[] };
    expect(exported.steps.map((s) => s.move)).toEqual(['rub', 'point-press', 'cup-glide']);
    execFileSync('npx', ['tsx', 'scripts/validate-techniques.ts', file], { cwd: ROOT, stdio: 'pipe' });

    // Pictures of the draft at three moments (step 1 selected: no handles drawn on the rub's band).
    await page.getByTestId('step-0').locator('.ed-step').click();
    const max = Number(await page.getByTestId('scrubber').getAttribute('max'));
    const moments = [max * 0.2, max * 0.5, max * 0.85].map((x) => Math.round(x));
    const draft = [];
    for (const t of moments) draft.push(await shotAt(page, t));

    // The three moments are different pictures (the hands move): the comparison below can fail.
    expect(diffFraction(draft[0]!, draft[1]!)).toBeGreaterThan(0.005);
    expect(diffFraction(draft[1]!, draft[2]!)).toBeGreaterThan(0.005);

    // Leave, import the file into the studio, same pictures.
    await page.getByTestId('editor-leave').click();
    await page.getByTestId('editor-import').setInputFiles(file);
    await page.getByTestId('step-form').waitFor();
    await expect.poll(() => summaryErrors(page)).toBe(0);
    await expect.poll(async () => Number(await page.getByTestId('scrubber').getAttribute('max'))).toBe(max);
    for (let i = 0; i < moments.length; i++) {
      const again = await shotAt(page, moments[i]!);
      const d = diffFraction(draft[i]!, again);
      console.log(`[editor] t=${moments[i]} s: ${(d * 100).toFixed(3)} % of pixels differ`);
      expect(d).toBeLessThan(0.005);
    }
    writeFileSync(join(OUT, 'editor-moments.txt'), moments.join(','));
  });

  it('authors one step with the keyboard only', async () => {
    const page = await openEditor();
    await page.getByTestId('open-editor').count();
    await page.getByTestId('editor-new').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('add-move').focus();
    await page.keyboard.press('End'); // the last move in the list
    await page.getByTestId('add-move').selectOption('point-press'); // a select takes its value from the keyboard like this
    await page.getByTestId('add-step').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('field-caption-en').focus();
    await page.keyboard.type('Press');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Нажим');
    await page.getByTestId('field-points.0').focus();
    await page.keyboard.press('Enter'); // select the point
    const before = await page.getByTestId('field-points.0').textContent();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('field-points.0').textContent()).toContain('1 cm up');
    expect(before).not.toContain('1 cm up');
    // Reorder with Alt+↑: the new step (2) becomes step 1.
    await page.getByTestId('step-1').locator('.ed-step').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByTestId('step-0').textContent()).toContain('Press');
    // The new technique's own first step (no caption yet) is deleted from the keyboard.
    await page.getByTestId('step-1-delete').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('step-list').locator('li').count()).toBe(1);
    await expect.poll(() => summaryErrors(page)).toBe(0);
  });

  it('has no serious or critical axe violations, desktop and 375 px', async () => {
    for (const viewport of [{ width: 1280, height: 860 }, { width: 375, height: 740 }]) {
      const page = await openEditor(viewport);
      expect(await axe(page)).toEqual([]);
      await page.getByTestId('editor-new').click();
      await page.getByTestId('step-form').waitFor();
      await screenshot(page, `editor-${viewport.width}`);
      expect(await axe(page)).toEqual([]);
    }
  });
});
