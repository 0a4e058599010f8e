/**
 * The ribbon's chevrons as a pure function (the fragment shader is written from the same
 * constants): their tips point the way the work goes.
 */
import { describe, expect, it } from 'vitest';
import {
  CHEVRON_PERIOD_M,
  CHEVRON_SLANT,
  RIBBON_FRAGMENT_SHADER,
  chevronPhase,
  chevronTipSign,
} from '../../../src/scene/pathRibbon';

describe('path ribbon chevrons', () => {
  it('tips point towards growing arc length for dir +1, back for dir −1', () => {
    expect(chevronTipSign(1)).toBe(1);
    expect(chevronTipSign(-1)).toBe(-1);
  });

  it('the old formula fract(vAlong/0.035 − |vAcross|·0.25) pointed backwards (the bug)', () => {
    expect(chevronTipSign(1, -0.25)).toBe(-1);
  });

  it('the shader computes chevronPhase from the same constants', () => {
    expect(RIBBON_FRAGMENT_SHADER).toContain(
      `fract(dir * vAlong / ${CHEVRON_PERIOD_M.toFixed(4)} + ${CHEVRON_SLANT.toFixed(4)} * abs(vAcross))`,
    );
    expect(chevronPhase(0.01, 0.5, 1)).toBeCloseTo((0.01 / CHEVRON_PERIOD_M + CHEVRON_SLANT * 0.5) % 1, 9);
  });
});
