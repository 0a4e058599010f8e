/**
 * The motion oracle on a reduced sample (the full one: `npm run check:motion`). Every library
 * technique (full length and its demo) and every fixture (one per move and per hand shape) on the real back, the hand
 * rigs posed exactly as the scene poses them. Prints the figures; each rule must have been
 * checked and must report 0 violations, except the OPEN rules below, which may not get worse.
 */
import { describe, expect, it } from 'vitest';
import { testAnatomies, testTechniques } from '../motion/fixtures/anatomy';
import {
  checkLandmarks,
  checkTechnique,
  emptyReport,
  formatReport,
  oracleTechniques,
  RULES,
  type OracleReport,
  type RuleId,
} from './oracle';

const PER_STEP = 12;

/**
 * Rules the library does not pass yet, with their violation count on this reduced sample when
 * they were recorded (30 Nov 2026, 09:00). A rigid palm still presses a corner 3–5 mm in where the
 * skin is hollow or ridged along its length, a few mid-blend poses dip in, and the kneading index
 * pad lags the grip (contact-depth and spine-strip reached 0 on 30 Nov, contact-gap in session 6, and are now 0-rules). These are
 * not loosened limits: each count may only fall, and the goal of every rule is 0.
 */
const OPEN: Partial<Record<RuleId, number>> = {
  interpenetration: 11, // 11 after the kneading index pad reached the skin, the kneading thumb bent back and two fists on one side worked one above the other (session 6, 12:25; contact-gap 7 -> 0, now a 0-rule: 44 at the start of session 5); 16 after blending hands conformed as both shapes and the flat palm turned up to 10° off the heading on the saddle (session 6, 12:05); 287 at the start of session 5; 42 with the palm-edge ring finger drawn in (09:30); 44 after the palm band, the fingertip-press and kneading shapes and hands going over each other in transitions (30 Nov, 09:00); before that: 759 before; 720 on the old dome model, 733 on the whole-back model with the same rig, 730 after the final contact re-check; 292 after lifted and mid-blend hands kept out of the body, the flat palm rolled off a rising side and the thumb/fingertip palm tipped off by its wrist too (30 Nov, 05:10); 287 with a flat finger's MCP opened until its proximal phalanx's middle is out of a bump and the kneading fingers less curled (05:50)
};
const RIBBON_PER_PIECE = 6;

describe('motion oracle (reduced sample)', { timeout: 120_000 }, async () => {
  const anatomies = await testAnatomies();
  const real = anatomies.find((a) => a.name === 'real');
  if (!real) throw new Error('the oracle needs public/models/back.glb');
  const techniques = testTechniques();
  const report: OracleReport = emptyReport();
  for (const t of oracleTechniques(techniques))
    checkTechnique(t, real, { perStep: PER_STEP, ribbonPerPiece: RIBBON_PER_PIECE }, report);
  checkLandmarks(
    real,
    techniques.map((t) => t.technique),
    report,
  );
  console.log(
    formatReport(
      report,
      `real back, ${PER_STEP} samples per step/transition (reduced; full: npm run check:motion)`,
    ),
  );

  for (const rule of RULES) {
    const open = OPEN[rule];
    if (open === undefined) {
      it(`${rule}: checked, 0 violations`, () => {
        const s = report.rules[rule];
        expect(s.checks, `${rule} was never checked`).toBeGreaterThan(0);
        expect(s.examples, `${rule}: ${s.violations} violations`).toEqual([]);
        expect(s.violations).toBe(0);
      });
    } else {
      // An OPEN rule: not yet at 0 (see docs/motion-checks.md, "What still fails"). Its count on
      // this sample may only go down; the goal stays 0 and the figure is printed every run.
      it(`${rule}: OPEN, ${open} violations at most on this sample (goal 0)`, () => {
        const s = report.rules[rule];
        expect(s.checks, `${rule} was never checked`).toBeGreaterThan(0);
        console.log(
          `[oracle] OPEN ${rule}: ${s.violations} violations of ${s.checks} checks (ceiling ${open}, goal 0)`,
        );
        expect(s.violations).toBeLessThanOrEqual(open);
      });
    }
  }

  it('the ribbon rule catches the old shader (arrows fixed, chevron slant −0.25)', () => {
    const legacy = emptyReport();
    for (const nt of techniques.filter((t) => t.source === 'data')) {
      checkTechnique(
        nt.technique,
        real,
        { perStep: 0, ribbonPerPiece: RIBBON_PER_PIECE, legacyRibbon: true },
        legacy,
      );
    }
    console.log(
      `[oracle] old ribbon shader: ${legacy.rules['ribbon-direction'].violations} of ${legacy.rules['ribbon-direction'].checks} ribbon checks point against the travel`,
    );
    expect(legacy.rules['ribbon-direction'].violations).toBeGreaterThan(0);
  });
});
