/** Defaults the form uses when a path's shape is switched or a point is added (pure). */

export const defaultPoint = () => ({ level: 'L3' as const, lateral_cm: 3 });

/** A default for a path of the given shape. */
export function defaultPath(shape: string): Record<string, unknown> {
  switch (shape) {
    case 'polyline':
      return { shape, points: [{ level: 'L1', lateral_cm: 3 }, { level: 'L4', lateral_cm: 3 }], closed: false };
    case 'zigzag':
      return { shape, from: { level: 'L1', lateral_cm: 7 }, to: { level: 'L4', lateral_cm: 7 }, amplitude_cm: 2, zigs: 3 };
    case 'spiral':
      return { shape, center: defaultPoint(), radius_cm: 4, turns: 2, direction: 'outward', rotation: 'clockwise' };
    case 'circle':
      return { shape, center: defaultPoint(), radius_cm: 3, rotation: 'clockwise' };
    case 'band':
      return { shape, from_level: 'L1', to_level: 'L5', lateral_from_cm: 2, lateral_to_cm: 8, strokes: 'along' };
    default:
      return { shape, line: 'iliac-crest', direction: 'outward', vertical_cm: 0 };
  }
}
