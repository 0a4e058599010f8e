import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatUrlState, parseUrlState, SPEEDS, DEFAULT_URL_STATE } from '../../../src/state/url';
import { VIEW_IDS } from '../../../src/state/store';

describe('URL state', () => {
  it('reads a shared link', () => {
    expect(parseUrlState('?technique=point-lumbosacral&t=42.5&speed=0.5&view=lumbosacral')).toEqual({
      technique: 'point-lumbosacral',
      t: 42.5,
      speed: 0.5,
      view: 'lumbosacral',
    });
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    expect(parseUrlState('?technique=<script>&t=-3&speed=7&view=top')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?t=NaN&speed=Infinity')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips every valid state (t to 0.1 s)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/), { nil: null }),
        fc.integer({ min: 0, max: 36000 }),
        fc.constantFrom(...SPEEDS),
        fc.constantFrom(...VIEW_IDS),
        (technique, tenths, speed, view) => {
          const s = { technique, t: tenths / 10, speed, view };
          expect(parseUrlState(formatUrlState(s))).toEqual(s);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('keeps plain links short', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(formatUrlState({ ...DEFAULT_URL_STATE, technique: 'a' })).toBe('?technique=a');
  });
});
