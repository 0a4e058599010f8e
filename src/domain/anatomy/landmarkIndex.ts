import type { Landmark, LandmarksFile } from './types';

export type LandmarkIndex = ReadonlyMap<string, Landmark>;

export function indexLandmarks(file: LandmarksFile): LandmarkIndex {
  return new Map(file.landmarks.map((l) => [l.id, l]));
}

/** A landmark by id; a missing one is a programming/data error with a clear message. */
export function landmark(index: LandmarkIndex, id: string): Landmark {
  const l = index.get(id);
  if (!l) {
    throw new Error(
      `landmarks.json: landmark "${id}" is missing (have: ${[...index.keys()].join(', ')})`,
    );
  }
  return l;
}
