/**
 * Measures each hand shape's footprint on a flat skin from the real rig: the touching parts
 * (handParts.ts) that lie within FOOTPRINT_HEIGHT_M of the skin plane when the shape's contact
 * is placed on it, as (forward, side) offsets from the contact point, for the right hand
 * (side = into-skin × forward). src/domain/motion/footprint.ts holds the same table for the
 * engine (pure); footprint.test.ts keeps the two in step.
 */
import { Vector3 } from 'three';
import { createHand } from '../../../src/scene/actors/handRig';
import { handParts } from '../../../src/scene/actors/handParts';
import { HAND_SHAPES_LIST, type HandShape } from '../../../src/domain/motion/handShapes';
import { FOOTPRINT_HEIGHT_M } from '../../../src/domain/motion/footprint';

export function measureFootprints(): Record<HandShape, Array<[number, number]>> {
  const rig = createHand('right');
  const out = {} as Record<HandShape, Array<[number, number]>>;
  const n = new Vector3(0, 0, 1);
  const f = new Vector3(0, 1, 0);
  const p = new Vector3(0, 0, 0);
  for (const shape of HAND_SHAPES_LIST) {
    rig.applyShape(shape);
    rig.placeContact(p, n, f, 0);
    const hp = handParts(rig, shape);
    // Side axis = into-skin × forward = (−z) × y = +x.
    out[shape] = hp.parts
      .filter((q) => q.point.z < FOOTPRINT_HEIGHT_M)
      .map((q) => [Math.round(q.point.y * 1000) / 1000, Math.round(q.point.x * 1000) / 1000] as [number, number]);
  }
  return out;
}
