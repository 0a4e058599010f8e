import { describe, expect, it } from 'vitest';
import landmarksJson from '../../../data/anatomy/landmarks.json';
import { parseLandmarksFile } from '../../../src/domain/anatomy/parseLandmarks';
import { indexLandmarks, landmark } from '../../../src/domain/anatomy/landmarkIndex';
import { lumbosacralRegion, regionHalfWidth } from '../../../src/domain/anatomy/highlightRegion';
import { avoidZone, avoidGlow } from '../../../src/domain/anatomy/avoidZone';
import { cameraViews } from '../../../src/domain/anatomy/views';

const index = indexLandmarks(parseLandmarksFile(landmarksJson));

describe('lumbar-sacral highlight outline (from landmarks)', () => {
  const region = lumbosacralRegion(index);
  it('spans L1 down to the coccyx', () => {
    expect(region.stops[0].y).toBeGreaterThan(landmark(index, 'L1').skin[1]);
    expect(region.stops[0].y).toBeLessThan(landmark(index, 'T12').skin[1]);
    expect(region.stops[3].y).toBeCloseTo(landmark(index, 'coccyx').skin[1], 6);
  });
  it('covers the PSIS dimples and the zones either side of the spine, narrowing to the coccyx', () => {
    const psis = landmark(index, 'psis-left').skin;
    expect(regionHalfWidth(region, psis[1])).toBeGreaterThan(Math.abs(psis[0]));
    expect(regionHalfWidth(region, landmark(index, 'L3').skin[1])).toBeGreaterThan(0.06);
    expect(regionHalfWidth(region, landmark(index, 'coccyx').skin[1] + 0.001)).toBeLessThan(0.03);
    expect(regionHalfWidth(region, landmark(index, 'T10').skin[1])).toBe(0);
  });
  it('fails loudly when a landmark is missing', () => {
    const partial = new Map(index);
    partial.delete('coccyx');
    expect(() => lumbosacralRegion(partial)).toThrow(/landmark "coccyx" is missing/);
  });
});

describe('avoid zone over the spinous processes', () => {
  const zone = avoidZone(index);
  it('runs from T10 to S1, 2 cm either side of the midline', () => {
    expect(zone.halfWidth).toBe(0.02);
    expect(zone.top).toBeGreaterThan(landmark(index, 'T10').skin[1]);
    expect(zone.bottom).toBeLessThan(landmark(index, 'S1').skin[1]);
  });
  it('lights up as a contact comes near, not when it is far', () => {
    const y = landmark(index, 'L3').skin[1];
    expect(avoidGlow(zone, 0.0, y)).toBe(1);
    expect(avoidGlow(zone, -0.02, y)).toBe(1);
    expect(avoidGlow(zone, 0.028, y)).toBeGreaterThan(0.5); // a thumb at the closest allowed press
    expect(avoidGlow(zone, 0.028, y)).toBeLessThan(1);
    expect(avoidGlow(zone, 0.04, y)).toBe(0); // a palm rubbing beside the spine
    expect(avoidGlow(zone, 0.0, landmark(index, 'coccyx').skin[1] - 0.1)).toBe(0);
  });
});

describe('camera presets', () => {
  it('look at the back from behind, from each side, and close up', () => {
    const v = cameraViews(index);
    expect(v.posterior.position[2]).toBeGreaterThan(v.posterior.target[2] + 1);
    expect(v.left.position[0]).toBeLessThan(-1); // the person's left is -X
    expect(v.right.position[0]).toBeGreaterThan(1);
    const d = (c: { position: readonly number[]; target: readonly number[] }) =>
      Math.hypot(...c.position.map((p, i) => p - c.target[i]!));
    expect(d(v.lumbosacral)).toBeLessThan(d(v.posterior));
  });
});
