import { useMemo } from 'react';
import { loadLibrary } from '../data/library';
import type { Technique } from '../domain/technique/schema';
import { useViewer } from './store';

/** The selected technique, or null (also when the id is unknown, e.g. from an old link). */
export function useSelectedTechnique(): Technique | null {
  const id = useViewer((s) => s.techniqueId);
  const user = useViewer((s) => s.userTechniques);
  return useMemo(
    () => (id ? ([...loadLibrary().techniques, ...user].find((t) => t.id === id) ?? null) : null),
    [id, user],
  );
}
