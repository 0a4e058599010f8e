import { create } from 'zustand';
import type { ViewName } from '../domain/anatomy/views';
import type { LocalizedText } from '../domain/anatomy/types';

/** The 3D layers a user can switch. Skin has three modes, the rest are on/off. */
export type SkinMode = 'opaque' | 'xray' | 'hidden';
export type LayerId = 'muscles' | 'bones' | 'nerves';
export type ViewId = ViewName;

export const VIEW_IDS: readonly ViewId[] = ['posterior', 'left', 'right', 'oblique', 'lumbosacral'];

export interface ViewerState {
  skin: SkinMode;
  layers: Record<LayerId, boolean>;
  /** Lumbar-sacral highlight on skin and bones. */
  highlight: boolean;
  view: ViewId;
  /** Bumped to re-apply the same view (the "reset view" button). */
  viewNonce: number;
  hovered: string | null;
  selected: string | null;
  isolate: boolean;
  /** Names of the model's structures by id, filled once the model has loaded. */
  structureNames: Record<string, LocalizedText>;
  setStructureNames: (names: Record<string, LocalizedText>) => void;
  setSkin: (mode: SkinMode) => void;
  toggleLayer: (layer: LayerId) => void;
  setHighlight: (on: boolean) => void;
  setView: (view: ViewId) => void;
  resetView: () => void;
  setHovered: (id: string | null) => void;
  select: (id: string | null) => void;
  setIsolate: (on: boolean) => void;
}

export const useViewer = create<ViewerState>()((set) => ({
  skin: 'opaque',
  layers: { muscles: false, bones: false, nerves: false },
  highlight: true,
  view: 'posterior',
  viewNonce: 0,
  hovered: null,
  selected: null,
  isolate: false,
  structureNames: {},
  setStructureNames: (structureNames) => set({ structureNames }),
  setSkin: (skin) => set({ skin }),
  toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
  setHighlight: (highlight) => set({ highlight }),
  setView: (view) => set((s) => ({ view, viewNonce: s.viewNonce + 1 })),
  resetView: () =>
    set((s) => ({ view: 'posterior', viewNonce: s.viewNonce + 1, selected: null, isolate: false })),
  setHovered: (hovered) => set({ hovered }),
  select: (selected) => set(selected ? { selected } : { selected: null, isolate: false }),
  setIsolate: (isolate) => set({ isolate }),
}));
