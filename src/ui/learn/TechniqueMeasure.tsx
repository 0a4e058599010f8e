/**
 * The technique compiled on the back model's skin, exactly as the 3D player compiles it, and
 * every step measured on it (stepGeometry.ts). Words (StepExplainer, Caption) are built from
 * these measures, so they say what the hands do and the ribbon draws.
 *
 * `<WithMeasure technique>{(m) => …}</WithMeasure>` renders its child with `null` until the model
 * is loaded (or if it cannot be), then with the measures. The model is the one the viewer loads
 * (same loader cache); compile() reuses the surface chart the viewer built.
 */
import { Component, Suspense, useMemo, type ReactNode } from 'react';
import { compile } from '../../domain/motion/compile';
import { measureSteps, type StepGeometry } from '../../domain/motion/stepGeometry';
import type { Timeline } from '../../domain/motion/types';
import type { SkinSurface } from '../../domain/surface';
import { ACUPOINTS } from '../../domain/technique/acupoints';
import type { Technique } from '../../domain/technique/schema';
import { LANDMARKS_FILE } from '../../state/anatomy';
import { useBackModel } from '../../scene/modelLoader';
import { skinSurfaceOf } from '../../scene/skinSurface';

export interface TechniqueMeasure {
  timeline: Timeline;
  steps: StepGeometry[];
}

const cache = new WeakMap<SkinSurface, WeakMap<Technique, TechniqueMeasure | null>>();

/** Compile and measure (cached per surface and technique); null if the technique cannot compile. */
export function measureTechnique(technique: Technique, surface: SkinSurface): TechniqueMeasure | null {
  let bySurface = cache.get(surface);
  if (!bySurface) {
    bySurface = new WeakMap();
    cache.set(surface, bySurface);
  }
  if (bySurface.has(technique)) return bySurface.get(technique) ?? null;
  let m: TechniqueMeasure | null = null;
  try {
    const timeline = compile(technique, { landmarks: LANDMARKS_FILE.landmarks, acupoints: ACUPOINTS, surface });
    m = { timeline, steps: measureSteps(timeline, technique, LANDMARKS_FILE.landmarks) };
  } catch {
    m = null;
  }
  bySurface.set(technique, m);
  return m;
}

type Render = (m: TechniqueMeasure | null) => ReactNode;

function Loaded({ technique, render }: { technique: Technique; render: Render }) {
  const gltf = useBackModel();
  const m = useMemo(() => measureTechnique(technique, skinSurfaceOf(gltf.scene)), [technique, gltf]);
  return <>{render(m)}</>;
}

/** A failed model load leaves the words without geometry; it never takes the panel down. */
class Quiet extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function WithMeasure({ technique, children }: { technique: Technique; children: Render }) {
  const fallback = children(null);
  return (
    <Quiet key={technique.id} fallback={fallback}>
      <Suspense fallback={fallback}>
        <Loaded technique={technique} render={children} />
      </Suspense>
    </Quiet>
  );
}
