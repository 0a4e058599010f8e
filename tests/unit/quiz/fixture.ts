import { VERTEBRAL_LEVELS, type Landmark, type Vec3 } from '../../../src/domain/anatomy/types';

/** A synthetic, symmetric set of landmarks: levels 3.3 cm apart, L4 on y = 0, skin at z = 0.1. */
export function fixtureLandmarks(): Landmark[] {
  const name = { en: 'x', ru: 'x' };
  const L4 = VERTEBRAL_LEVELS.indexOf('L4');
  const levels: Landmark[] = VERTEBRAL_LEVELS.map((id, i) => {
    const y = (L4 - i) * 0.033;
    return { id, name, kind: 'vertebra', side: 'midline', level: id, bone: [0, y, 0.06], skin: [0, y, 0.1], normal: [0, 0, 1] };
  });
  const s2y = (L4 - VERTEBRAL_LEVELS.indexOf('S2')) * 0.033;
  const s4y = (L4 - VERTEBRAL_LEVELS.indexOf('S4')) * 0.033;
  const pair = (base: string, x: number, y: number, kind: Landmark['kind']): Landmark[] =>
    (['left', 'right'] as const).map((side) => {
      const p: Vec3 = [side === 'right' ? x : -x, y, 0.09];
      return { id: `${base}-${side}`, name, kind, side, bone: p, skin: p, normal: [0, 0, 1] };
    });
  const mid = (id: string, y: number): Landmark => ({ id, name, kind: 'sacrum', side: 'midline', bone: [0, y, 0.09], skin: [0, y, 0.1], normal: [0, 0, 1] });
  return [
    ...levels,
    ...pair('iliac-crest-top', 0.13, 0, 'pelvis'),
    ...pair('psis', 0.045, s2y, 'pelvis'),
    ...pair('greater-trochanter', 0.17, -0.22, 'femur'),
    mid('sacral-hiatus', s4y - 0.03),
    mid('coccyx', s4y - 0.06),
  ];
}
