/**
 * The touching hands move smoothly (issue 9): in every library demo at 60 fps, the palm's move in
 * one frame beyond the contact point's own move (handJumps.ts). The oracle checks one pose at a
 * time; this is what it cannot see — the conform choosing another placement from one frame to the
 * next (its ≤ 1 cm slides and ≤ 10° turns on curved skin, the fingertip press's placement).
 *
 * OPEN (session 7, measured on main at 16:30 UTC, 30 Nov 2026): worst 20.1 mm (classic-circular-rub
 * t=31.68, fingertip press), 141 frames over 8 mm of 111 843 touching frame pairs (the most:
 * classic-thoracolumbar-edge-rub 64, palm edge). The ceilings may only fall; the goal is no frame
 * over 8 mm. Then (same session): the press shapes take their forward from a chord of the chart
 * instead of the 1 cm cell's slopes, which turned 12° in a frame at a cell boundary (pressJump.test),
 * and the palm edge rolls towards upright on a smoothed skin normal (edgeRoll.test): worst 16.0 mm
 * (classic-thoracolumbar-edge-rub t=12.25, palm edge), 91 frames over 8 mm. A 2 cm slide of the flat palm off the lumbosacral saddle (branch h7-saddle) took the
 * worst to 27.9 mm and was not merged: this test would have failed it. Session 8: the chart's
 * tangents are continuous (chartTangents.test): 87 frames over 8 mm (the palm edge's 4 at cell edges
 * in classic-edge-of-palm and classic-full-session gone), worst 16.0 mm; with the saw kept within its
 * path and the flat palm crossing the lumbosacral saddle continuously (conform.test's saddle cases):
 * 85 frames over 8 mm, worst 16.0 mm. Session 9: the flat palm's centre bridges a hollow along
 * the hand (conformHand palmHollow), so the saddle needs no slide: 50 frames over 8 mm (all the
 * palm edge's in classic-thoracolumbar-edge-rub), worst 16.0 mm.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { testAnatomies, testTechniques, type TestAnatomy } from '../motion/fixtures/anatomy';
import { measureHandJumps, type HandJumps } from './handJumps';

const OPEN_WORST_M = 0.0161;
const OPEN_FRAMES_OVER = 50;

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('the touching hands at 60 fps', () => {
  it('palm jumps per frame beyond the contact’s move (OPEN: worst ≤ 16.1 mm, ≤ 50 frames over 8 mm; goal 0)', { timeout: 300_000 }, () => {
    const a = real as TestAnatomy;
    const library = testTechniques().filter((t) => t.source === 'data');
    const rows: HandJumps[] = library.map(({ technique }) => measureHandJumps(technique, a.anatomy, a.surface as MeshSurface));
    const pairs = rows.reduce((n, r) => n + r.pairs, 0);
    const over = rows.reduce((n, r) => n + r.over, 0);
    const worst = rows.reduce((w, r) => (r.worst > w.worst ? r : w));
    console.log(
      `[hands] ${rows.length} demos, ${pairs} touching frame pairs: worst ${(worst.worst * 1000).toFixed(1)} mm (${worst.id} ${worst.where}), ${over} frames over 8 mm`,
    );
    // every demo was measured (a technique whose hands never touch would hide a regression)
    expect(pairs).toBeGreaterThan(100_000);
    expect(worst.worst, `${worst.id} ${worst.where}`).toBeLessThanOrEqual(OPEN_WORST_M);
    expect(over).toBeLessThanOrEqual(OPEN_FRAMES_OVER);
  });
});
