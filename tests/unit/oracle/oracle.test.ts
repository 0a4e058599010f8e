/**
 * The motion oracle on a reduced sample (the full one: `npm run check:motion`). Every library
 * technique (full length and its demo) and every fixture (one per move and per hand shape) on the real back, the hand
 * rigs posed exactly as the scene poses them. Prints the figures; each rule must have been
 * checked and must report 0 violations.
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
} from './oracle';

const PER_STEP = 12;

/*
 * Every rule must report 0 violations on this sample. The last OPEN ceilings were removed in
 * session 6 (30 Nov 2026, 12:30 UTC): interpenetration went 287 (start of session 5) -> 42 -> 0
 * (hands changing shape conformed as both shapes, the flat palm turned and slid up to 1 cm on the
 * lumbosacral saddle, the kneading thumb bent back, two fists on one side one above the other)
 * and contact-gap 44 -> 7 -> 0 (the kneading index pad on the skin). History: docs/motion-checks.md.
 */
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
    it(`${rule}: checked, 0 violations`, () => {
      const s = report.rules[rule];
      expect(s.checks, `${rule} was never checked`).toBeGreaterThan(0);
      expect(s.examples, `${rule}: ${s.violations} violations`).toEqual([]);
      expect(s.violations).toBe(0);
    });
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
