import type { Mesh, Object3D } from 'three';
import type { LocalizedText } from '../domain/anatomy/types';

export type StructureLayer = 'skin' | 'bones' | 'muscles' | 'nerves';

export interface Structure {
  id: string;
  layer: StructureLayer;
  name: LocalizedText;
  mesh: Mesh;
}

const LAYERS: readonly StructureLayer[] = ['skin', 'bones', 'muscles', 'nerves'];

function isMesh(o: Object3D): o is Mesh {
  return (o as Mesh).isMesh === true;
}

function readExtras(o: Object3D): Omit<Structure, 'mesh'> | null {
  // GLTFLoader copies node extras into userData; the mesh may be the node or its child.
  const data = (o.userData.id ? o.userData : o.parent?.userData) as Record<string, unknown> | undefined;
  if (!data) return null;
  const { id, layer, name } = data as { id?: unknown; layer?: unknown; name?: unknown };
  if (typeof id !== 'string' || !LAYERS.includes(layer as StructureLayer)) return null;
  const n = name as Partial<LocalizedText> | undefined;
  return {
    id,
    layer: layer as StructureLayer,
    name: { en: n?.en ?? id, ru: n?.ru ?? n?.en ?? id },
  };
}

/** Every named anatomical structure of the loaded model, by id. */
export function collectStructures(root: Object3D): Map<string, Structure> {
  const out = new Map<string, Structure>();
  root.traverse((o) => {
    if (!isMesh(o)) return;
    const extras = readExtras(o);
    if (extras) out.set(extras.id, { ...extras, mesh: o });
  });
  return out;
}

/** Structures highlighted as the lumbar-sacral region on the bone layer. */
export const LUMBOSACRAL_BONES = new Set([
  'vertebra-L1',
  'vertebra-L2',
  'vertebra-L3',
  'vertebra-L4',
  'vertebra-L5',
  'sacrum',
  'coccyx',
]);
