/**
 * The app reads data/anatomy/landmarks.json without zod at run time (src/state/anatomy.ts: zod is
 * not in the first download, issue 13 §6). The file's check moves here: it passes the schema, and
 * the schema keeps it as it is (nothing stripped or changed), so the app's unchecked cast holds.
 */
import { describe, expect, it } from 'vitest';
import landmarksJson from '../../../data/anatomy/landmarks.json';
import { parseLandmarksFile } from '../../../src/domain/anatomy/parseLandmarks';
import { LANDMARKS_FILE } from '../../../src/state/anatomy';

describe('shipped landmarks file', () => {
  it('passes its zod schema unchanged, so the app may use it without parsing', () => {
    const parsed = parseLandmarksFile(landmarksJson);
    expect(parsed).toEqual(landmarksJson);
    expect(LANDMARKS_FILE).toEqual(parsed);
  });

  it('the schema check can fail (a landmark without its skin point)', () => {
    const broken = structuredClone(landmarksJson) as { landmarks: Record<string, unknown>[] };
    delete broken.landmarks[0]!.skin;
    expect(() => parseLandmarksFile(broken)).toThrow(/landmarks\.0\.skin/);
  });
});
