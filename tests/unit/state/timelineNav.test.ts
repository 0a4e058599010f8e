import { describe, expect, it } from 'vitest';
import { stepAt, nextStepStart, prevStepStart, loopWithinStep, formatTime } from '../../../src/state/timelineNav';
import type { TimelineMeta } from '../../../src/state/store';

const title = { en: 'x', ru: 'x' };
const meta: TimelineMeta = {
  techniqueId: 't',
  duration: 30,
  steps: [
    { index: 0, start: 0, end: 10, title },
    { index: 1, start: 10, end: 25, title },
    { index: 2, start: 25, end: 30, title },
  ],
};

describe('timeline navigation', () => {
  it('finds the step at a time; a boundary belongs to the next step', () => {
    expect(stepAt(meta, 0)).toBe(0);
    expect(stepAt(meta, 9.99)).toBe(0);
    expect(stepAt(meta, 10)).toBe(1);
    expect(stepAt(meta, 29)).toBe(2);
    expect(stepAt(meta, 30)).toBe(2);
  });
  it('next/previous step', () => {
    expect(nextStepStart(meta, 3)).toBe(10);
    expect(nextStepStart(meta, 27)).toBe(30);
    expect(prevStepStart(meta, 15)).toBe(10);
    expect(prevStepStart(meta, 10.5)).toBe(0);
    expect(prevStepStart(meta, 0.2)).toBe(0);
  });
  it('loops within a step', () => {
    expect(loopWithinStep(meta, 1, 12)).toBe(12);
    expect(loopWithinStep(meta, 1, 26)).toBeCloseTo(11);
    expect(loopWithinStep(meta, 1, 40)).toBeCloseTo(10);
  });
  it('formats m:ss', () => {
    expect(formatTime(0)).toBe('0:00');
    expect(formatTime(65.7)).toBe('1:05');
  });
});
