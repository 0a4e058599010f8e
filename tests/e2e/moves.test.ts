import { afterAll, describe, expect, it } from 'vitest';
import { appsOfFile, canvasShot, settle } from './app';
import { screenshot } from './browser';
import { countDifferentFrom, decodePng, hexToRgb, pointsOnBackground } from './pixels';
import { frame, project, seekAndWait } from './handle';
import { BACKGROUND } from '../../src/scene/Viewer';
import { testAnatomies, testTechniques } from '../unit/motion/fixtures/anatomy';
import { compile } from '../../src/domain/motion';
import { demoTechnique } from '../../src/domain/technique/demo';
import { V2_MOVES, type Step } from '../../src/domain/technique/schema';

/**
 * Every library step that uses a move or a feature of format 2 (wringing, percussion, vibration,
 * stretch, remove-cup, a pressure ramp, a cup left on the skin), played in the built app at the
 * middle of that step and seen from behind and obliquely: the pictures are saved to
 * test-artifacts/moves-<id>-step<n>-<view>.png to be looked at. Asserted: the player is in that
 * step, the canvas draws the scene, and every hand or cup touching the skin projects onto
 * something drawn (not onto the background).
 */
const apps = appsOfFile();
afterAll(apps.closeAll);

const VIEWS = ['posterior', 'oblique'] as const;

const isNew = (s: Step): boolean =>
  V2_MOVES.includes(s.move) || ('pressure_to' in s && s.pressure_to !== undefined) || ('leave_on' in s && s.leave_on === true);

const library = testTechniques().filter((t) => t.source === 'data');
const cases = library.flatMap(({ technique }) =>
  technique.steps.flatMap((s, i) => (isNew(s) ? [{ id: technique.id, technique, step: i, move: s.move }] : [])),
);

describe('the new moves in the library, in the app (issue 10)', { timeout: 240_000 }, async () => {
  const [an] = await testAnatomies();
  const real = (await testAnatomies()).find((a) => a.name === 'real') ?? an!;

  it('the library uses percussion, vibration, stretch and remove-cup', () => {
    const moves = new Set(cases.map((c) => c.move));
    for (const m of ['percussion', 'vibration', 'stretch', 'remove-cup'] as const) expect(moves.has(m), m).toBe(true);
  });

  for (const c of cases) {
    it(`${c.id} step ${c.step + 1} (${c.move}): in that step, drawn, touching hands on the body (screenshots saved)`, async () => {
      const app = await apps.open(`?technique=${c.id}`);
      await settle(app.page);
      const first = await frame(app.page);
      expect(first.techniqueId).toBe(c.id);
      // The player plays the demo or the full length: take the timeline whose length it shows.
      const timelines = [compile(demoTechnique(c.technique).technique, real.anatomy), compile(c.technique, real.anatomy)];
      const tl = timelines.find((x) => Math.abs(x.duration - first.duration) < 0.5);
      expect(tl, `player length ${first.duration} s matches neither the demo nor the full timeline`).toBeDefined();
      const st = tl!.steps[c.step]!;
      await seekAndWait(app.page, Math.round((st.t0 + st.duration * 0.5) * 10) / 10);
      const f = await frame(app.page);
      expect(f.stepIndex).toBe(c.step);
      const touching = f.actors.filter((a) => a.active && a.contact);
      const bg = hexToRgb(BACKGROUND);
      for (const view of VIEWS) {
        await app.page.getByTestId('tab-view').click();
        await app.page.getByTestId(`view-${view}`).click();
        await settle(app.page);
        const shot = decodePng(await canvasShot(app.page));
        await screenshot(app.page, `moves-${c.id}-step${c.step + 1}-${view}`);
        const drawn = countDifferentFrom(shot, bg) / (shot.width * shot.height);
        expect(drawn, `${c.id} step ${c.step + 1} ${view}`).toBeGreaterThan(0.1);
        const pts = await project(app.page, touching.map((a) => a.point));
        expect(pointsOnBackground(shot, pts, bg), `${c.id} step ${c.step + 1} ${view}: contact points not on the hand or skin`).toEqual([]);
      }
      expect(app.errors).toEqual([]);
    });
  }
});
