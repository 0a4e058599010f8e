import { describe, expect, it } from 'vitest';
import { pageKind } from '../../../src/state/url';

describe('pageKind', () => {
  it('reads embed and handout, everything else is the app', () => {
    expect(pageKind('?embed=1&technique=classic-warming-rub')).toBe('embed');
    expect(pageKind('?technique=a&handout=1')).toBe('handout');
    expect(pageKind('?embed=0')).toBe('app');
    expect(pageKind('?embed=true')).toBe('app');
    expect(pageKind('')).toBe('app');
  });
});
