/**
 * Two edges of the hands sawing side by side (palms facing out, the backs of the hands towards
 * each other): each forearm stands in the upright plane through its edge, so the two forearms
 * neither overlap nor cross over the spine.
 *
 * The FULL oracle (30 Nov 14:55, main 3526008) found the forearms overlapping by 4.5 mm in
 * classic-edge-of-palm step 2 (saw T12→S1 at 4 cm, t=140.56; demo t=16.88) and crossing in an
 * X at 23–30° in fx-classic step 4 (saw L1→S1 at 6 cm): the edge's 5° of wrist extension and the
 * hand tilted with the skin beside the spine leaned both forearms towards the midline.
 */
import { describe, expect, it } from 'vitest';
import { realBack } from './fixtures/realBack';
import { crossAngle } from '../oracle/oracle';
import { createHand } from '../../../src/scene/actors/handRig';
import { poseHand } from '../../../src/scene/actors/poseActors';
import { handParts, segmentDistance } from '../../../src/scene/actors/handParts';
import { createMotionSample } from '../../../src/domain/motion';
import { createHandPose } from '../../../src/domain/motion/handShapes';

const OVERLAP: ReadonlyArray<readonly [string, number]> = [
  ['classic-edge-of-palm', 140.56],
  ['classic-edge-of-palm~demo', 16.88],
];
const CROSS: ReadonlyArray<readonly [string, number]> = [
  ['fx-classic', 67.74],
  ['fx-classic', 68.25],
  ['fx-classic', 77.52],
];

describe('two sawing edges: the forearms', { timeout: 60_000 }, async () => {
  const { surface, sampleAt } = await realBack();
  const s = createMotionSample();
  const rigs = { left: createHand('left'), right: createHand('right') };
  const pose = (id: string, t: number) => {
    sampleAt(id, t, s);
    const out = [] as ReturnType<typeof handParts>[];
    for (const side of ['left', 'right'] as const) {
      expect(s[side].shape, `${id} t=${t} ${side}`).toBe('palm-edge');
      poseHand(rigs[side], s[side], createHandPose(), surface);
      rigs[side].updateMatrixWorld(true);
      out.push(handParts(rigs[side], 'palm-edge'));
    }
    return out as [ReturnType<typeof handParts>, ReturnType<typeof handParts>];
  };
  it('do not overlap by more than the oracle allows (3 mm)', () => {
    for (const [id, t] of OVERLAP) {
      const [L, R] = pose(id, t);
      const over = L.forearm.r + R.forearm.r - segmentDistance(L.forearm.a, L.forearm.b, R.forearm.a, R.forearm.b);
      expect(over, `${id} t=${t}`).toBeLessThanOrEqual(0.003);
    }
  });
  it('do not cross in an X (≥ 20°)', () => {
    for (const [id, t] of CROSS) {
      const [L, R] = pose(id, t);
      expect(crossAngle(L.arm.a, L.arm.b, R.arm.a, R.arm.b), `${id} t=${t}`).toBeLessThan(20);
    }
  });
});
