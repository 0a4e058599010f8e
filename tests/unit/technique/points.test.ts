import { describe, expect, it } from 'vitest';
import {
  didYouMean,
  levenshtein,
  parseTechnique,
  resolvePoint,
  stepDurationS,
  stepSides,
  stepsDurationS,
  type Step,
} from '../../../src/domain/technique';
import { fixtureJson } from './helpers';

describe('resolvePoint', () => {
  it('a level point: signed lateral offset (+ = patient right), cun → cm at the model\'s cun (2.17 cm)', () => {
    expect(resolvePoint({ level: 'L3', lateral_cun: 1.5 }, 'left')).toEqual({
      anchor: { kind: 'level', level: 'L3', at: 'spinous-process' },
      dxCm: expect.closeTo(-1.5 * 2.17, 9),
      dyCm: 0,
      side: 'left',
    });
    expect(
      resolvePoint({ level: 'L3', lateral_cm: 4, side: 'right', vertical_cm: -1 }, 'left'),
    ).toMatchObject({ dxCm: 4, dyCm: -1, side: 'right' });
    expect(resolvePoint({ level: 'L3' }, 'right')).toMatchObject({ dxCm: 0, side: 'midline' });
    expect(resolvePoint({ level: 'L3', lateral_cun: 1 }, 'right', { cunCm: 2.5 }).dxCm).toBe(2.5);
  });

  it('an acupoint resolves through the table', () => {
    expect(resolvePoint({ acupoint: 'BL23' }, 'right')).toEqual({
      anchor: { kind: 'level', level: 'L2', at: 'lower-border' },
      dxCm: expect.closeTo(1.5 * 2.17, 9),
      dyCm: 0,
      side: 'right',
      acupoint: 'BL23',
    });
    expect(resolvePoint({ acupoint: 'GV4' }, 'left')).toMatchObject({ dxCm: 0, side: 'midline' });
    expect(resolvePoint({ acupoint: 'GB30' }, 'left')).toEqual({
      anchor: { kind: 'between', from: 'sacral-hiatus', to: 'greater-trochanter-left', t: 0.667 },
      dxCm: 0,
      dyCm: 0,
      side: 'left',
      acupoint: 'GB30',
    });
  });

  it('paired landmarks take the side; offsets point away from the midline', () => {
    expect(resolvePoint({ landmark: 'iliac-crest-top', lateral_cm: 2 }, 'left')).toEqual({
      anchor: { kind: 'landmark', id: 'iliac-crest-top-left' },
      dxCm: -2,
      dyCm: 0,
      side: 'left',
    });
    expect(resolvePoint({ landmark: 'psis-right', lateral_cm: -1 }, 'left')).toMatchObject({
      anchor: { id: 'psis-right' },
      dxCm: -1,
      side: 'right',
    });
    expect(resolvePoint({ landmark: 'sacral-hiatus' }, 'left')).toMatchObject({
      side: 'midline',
      dxCm: 0,
    });
  });

  it('stepSides expands both', () => {
    expect(stepSides({ side: 'both' })).toEqual(['left', 'right']);
    expect(stepSides({ side: 'right' })).toEqual(['right']);
  });
});

describe('durations', () => {
  const base = {
    caption: { en: 'x', ru: 'х' },
    side: 'both',
    hands: 'both',
    cautions: undefined,
  } as const;
  it('tempo: duration or cycles per minute; circles count as cycles', () => {
    const rub = {
      ...base,
      move: 'rub',
      hand_shape: 'palm',
      axis: 'along-spine',
      pressure: 'light',
      repetitions: 40,
      tempo: { cycles_per_min: 40 },
    } as unknown as Step;
    expect(stepDurationS(rub)).toBe(60);
    const circ = {
      ...base,
      move: 'circular-rub',
      circles: 10,
      repetitions: 3,
      tempo: { cycles_per_min: 30 },
    } as unknown as Step;
    expect(stepDurationS(circ)).toBe(60);
    const fixed = {
      ...base,
      move: 'effleurage',
      repetitions: 3,
      tempo: { duration_s: 90 },
    } as unknown as Step;
    expect(stepDurationS(fixed)).toBe(90);
  });

  it('presses: rounds × points × (hold + 2 s ramp + rest), doubled when sides are done one after the other', () => {
    const press = {
      ...base,
      move: 'point-press',
      points: [{}, {}, {}],
      hold_s: 15,
      rest_s: 5,
      repetitions: 5,
    } as unknown as Step;
    expect(stepDurationS(press)).toBe(5 * 3 * 22);
    expect(stepDurationS({ ...press, hands: 'right' } as Step)).toBe(2 * 5 * 3 * 22);
  });

  it('a whole technique adds its steps', () => {
    const r = parseTechnique(fixtureJson('valid-minimal.json'), 'v.json');
    expect(r.ok && stepsDurationS(r.technique)).toBe(90);
  });
});

describe('didYouMean', () => {
  it.each([
    ['kneed-palm', 'knead-palm'],
    ['effleurrage', 'effleurage'],
    ['cupglide', 'cup-glide'],
    ['bl23', 'BL23'],
    ['BL-25', 'BL25'],
    ['L6', 'L5'],
    ['T9', 'T10'],
    ['s5', 'S4'],
    ['l0', 'L1'],
  ])('%s → %s', (found, expected) => {
    const candidates = [
      'knead-palm',
      'effleurage',
      'cup-glide',
      'BL23',
      'BL25',
      'T10',
      'T11',
      'T12',
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
      'S1',
      'S4',
    ];
    expect(didYouMean(found, candidates)).toBe(expected);
  });

  it('suggests nothing for unrelated text', () => {
    expect(didYouMean('massage-everything', ['rub', 'knead-palm'])).toBeUndefined();
    expect(didYouMean('x'.repeat(5_000_000), ['rub'])).toBeUndefined();
  });

  it('levenshtein', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});
