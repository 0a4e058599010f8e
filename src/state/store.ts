import { create } from 'zustand';
import { NERVE_TOUR } from './nerveTour';
import type { ViewName } from '../domain/anatomy/views';
import type { LocalizedText } from '../domain/anatomy/types';
import type { Technique } from '../domain/technique/schema';
import type { Diagnostic } from '../domain/technique/diagnostics';
import type { StepLength, TechniqueLength } from '../domain/technique/demo';
import type { Box3Like } from '../domain/anatomy/views';
import type { LearningMode } from './userData';

/** The 3D layers a user can switch. Skin has three modes, the rest are on/off. */
export type SkinMode = 'opaque' | 'xray' | 'hidden';
export type LayerId = 'muscles' | 'bones' | 'nerves';
export type ViewId = ViewName;
export type SidebarTab = 'techniques' | 'view' | 'safety' | 'learn';

/** Learning modes that open techniques as a short demo (patients and trainees both do). */
export const DEMO_BY_DEFAULT: readonly LearningMode[] = ['patient', 'trainee'];

/** The length a technique opens at, for a learning mode (a link's `length=` overrides it). */
export function defaultLength(mode: LearningMode): TechniqueLength {
  return DEMO_BY_DEFAULT.includes(mode) ? 'demo' : 'full';
}

export const VIEW_IDS: readonly ViewId[] = ['posterior', 'left', 'right', 'oblique', 'lumbosacral'];

/** One step of the compiled timeline, as the player UI shows it. */
export interface StepMark {
  index: number;
  start: number;
  end: number;
  title: LocalizedText;
  /** The step's full dose and demo dose (repetitions, hold, duration). */
  dose?: StepLength;
  /** Where the step works: its paths with room for the hands, metres (model frame). */
  box?: Box3Like;
}

/** Both lengths of the technique, for the "demo 2:55 · full 58 min" label. */
export interface LengthFigures {
  /** Duration of the demo as it plays (steps and transitions), s. */
  demoS: number;
  /** Duration of the full technique as it plays, s. */
  fullS: number;
  /** The full length in whole minutes, from the file's step durations (domain/technique/duration). */
  fullMin: number;
}

export interface TimelineMeta {
  techniqueId: string;
  duration: number;
  steps: StepMark[];
  /** Which version this timeline plays, and both lengths. */
  length?: TechniqueLength;
  lengths?: LengthFigures;
}

export interface ViewerState {
  skin: SkinMode;
  layers: Record<LayerId, boolean>;
  /** Lumbar-sacral highlight on skin and bones. */
  highlight: boolean;
  /** Show the no-pressure strip over the spinous processes. */
  avoidZone: boolean;
  setAvoidZone: (on: boolean) => void;
  view: ViewId;
  /** Bumped to re-apply the same view (the "reset view" button). */
  viewNonce: number;
  hovered: string | null;
  selected: string | null;
  isolate: boolean;
  /** Names of the model's structures by id, filled once the model has loaded. */
  structureNames: Record<string, LocalizedText>;
  setStructureNames: (names: Record<string, LocalizedText>) => void;
  /** The technique shown (null: the plain viewer). */
  techniqueId: string | null;
  playing: boolean;
  /** Playback rate, 0.25–2. Technique time advances by delta × speed. */
  speed: number;
  /** Repeat the current step instead of going on. */
  loopStep: boolean;
  /** Short demo (every step, a few repetitions) or the full session. */
  length: TechniqueLength;
  setLength: (length: TechniqueLength) => void;
  /** The camera frames each step as it comes; a user orbit or zoom turns this off. */
  follow: boolean;
  setFollow: (on: boolean) => void;
  /** Set once per compiled technique (never per frame). */
  timeline: TimelineMeta | null;
  /** Techniques the user opened from their own files (validated by the same gate). */
  userTechniques: Technique[];
  /** Problems found in the last file the user opened. */
  userFileErrors: Diagnostic[];
  addUserTechnique: (t: Technique) => void;
  setUserFileErrors: (errors: Diagnostic[]) => void;
  /** The red-flag check dialog: 'first' before the first play, 'review' when reopened. */
  safetyCheck: 'closed' | 'first' | 'review';
  setSafetyCheck: (mode: 'closed' | 'first' | 'review') => void;
  /** Stop of the sciatic-nerve explainer being shown, or null. */
  tour: number | null;
  /** Structures hidden by the explainer's stop (e.g. the gluteus maximus over the piriformis). */
  hiddenStructures: readonly string[];
  /** Go to a stop (null ends the tour and returns to the plain view). */
  setTour: (stop: number | null) => void;
  /** The WebGL context was lost (driver reset); three restores it. */
  contextLost: boolean;
  setContextLost: (lost: boolean) => void;
  /** Quiz: clicks on the back answer a "tap the point" question instead of selecting. */
  tapMode: boolean;
  /** The last tapped body point (a new array per tap), metres. */
  lastTap: [number, number, number] | null;
  setTapMode: (on: boolean) => void;
  tap: (p: [number, number, number]) => void;
  /** Sidebar tab. */
  tab: SidebarTab;
  setTab: (tab: SidebarTab) => void;
  selectTechnique: (id: string | null) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
  setLoopStep: (on: boolean) => void;
  setTimeline: (meta: TimelineMeta | null) => void;
  setSkin: (mode: SkinMode) => void;
  toggleLayer: (layer: LayerId) => void;
  setHighlight: (on: boolean) => void;
  setView: (view: ViewId) => void;
  resetView: () => void;
  setHovered: (id: string | null) => void;
  select: (id: string | null) => void;
  setIsolate: (on: boolean) => void;
  /** The authoring studio is open (src/ui/editor, lazy). */
  editing: boolean;
  setEditing: (on: boolean) => void;
}

export const useViewer = create<ViewerState>()((set) => ({
  skin: 'opaque',
  layers: { muscles: false, bones: false, nerves: false },
  highlight: true,
  avoidZone: false,
  setAvoidZone: (avoidZone) => set({ avoidZone }),
  view: 'posterior',
  viewNonce: 0,
  hovered: null,
  selected: null,
  isolate: false,
  structureNames: {},
  setStructureNames: (structureNames) => set({ structureNames }),
  techniqueId: null,
  playing: false,
  speed: 1,
  loopStep: false,
  length: 'demo',
  setLength: (length) => set({ length }),
  follow: true,
  setFollow: (follow) => set({ follow }),
  timeline: null,
  userTechniques: [],
  userFileErrors: [],
  addUserTechnique: (t) =>
    set((s) => ({
      userTechniques: [...s.userTechniques.filter((u) => u.id !== t.id), t],
      userFileErrors: [],
    })),
  setUserFileErrors: (userFileErrors) => set({ userFileErrors }),
  safetyCheck: 'closed',
  setSafetyCheck: (safetyCheck) => set({ safetyCheck }),
  tour: null,
  hiddenStructures: [],
  setTour: (stop) =>
    set((s) => {
      if (stop === null) {
        return {
          tour: null,
          hiddenStructures: [],
          skin: 'opaque',
          layers: { muscles: false, bones: false, nerves: false },
          selected: null,
          isolate: false,
          view: 'posterior',
          viewNonce: s.viewNonce + 1,
          follow: true,
        };
      }
      const t = NERVE_TOUR[Math.max(0, Math.min(NERVE_TOUR.length - 1, stop))]!;
      return {
        tour: NERVE_TOUR.indexOf(t),
        hiddenStructures: t.hide,
        skin: t.skin,
        layers: { ...t.layers },
        selected: t.select,
        isolate: false,
        view: t.view,
        viewNonce: s.viewNonce + 1,
        // The explainer aims the camera at the nerve: the steps of a technique are not framed.
        follow: false,
      };
    }),
  contextLost: false,
  setContextLost: (contextLost) => set({ contextLost }),
  tapMode: false,
  lastTap: null,
  setTapMode: (tapMode) => set({ tapMode }),
  tap: (p) => set({ lastTap: p }),
  tab: 'techniques',
  setTab: (tab) => set({ tab }),
  selectTechnique: (techniqueId) => set({ techniqueId, playing: false, timeline: null }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed: Math.min(2, Math.max(0.25, speed)) }),
  setLoopStep: (loopStep) => set({ loopStep }),
  setTimeline: (timeline) => set({ timeline }),
  setSkin: (skin) => set({ skin }),
  toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
  setHighlight: (highlight) => set({ highlight }),
  setView: (view) => set((s) => ({ view, viewNonce: s.viewNonce + 1 })),
  resetView: () =>
    set((s) => ({ view: 'posterior', viewNonce: s.viewNonce + 1, selected: null, isolate: false })),
  setHovered: (hovered) => set({ hovered }),
  select: (selected) => set(selected ? { selected } : { selected: null, isolate: false }),
  setIsolate: (isolate) => set({ isolate }),
  editing: false,
  setEditing: (editing) => set({ editing }),
}));
