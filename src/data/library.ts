/**
 * The technique library of the app: every data/techniques/*.json, bundled by Vite, checked by
 * the gate. Thin wrapper around the pure `buildLibrary`.
 */
import { buildLibrary, type Library } from './buildLibrary';

export type { Library, LibraryEntry } from './buildLibrary';

const files = import.meta.glob('../../data/techniques/*.json', { eager: true, import: 'default' });

let cached: Library | undefined;

/** All techniques shipped with the app, plus the errors of files that could not be used. */
export function loadLibrary(): Library {
  cached ??= buildLibrary(files);
  return cached;
}

/** A technique of a library by id. */
export function findTechnique(library: Library, id: string) {
  return library.techniques.find((t) => t.id === id);
}
