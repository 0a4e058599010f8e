import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferAttribute, Color, DoubleSide, Group, Mesh, RingGeometry, ShaderMaterial, MeshBasicMaterial } from 'three';
import type { ChartPath } from '../domain/motion/chartPath';
import type { Timeline } from '../domain/motion/types';
import { sceneHandles } from '../state/sceneHandles';
import { playback } from '../state/playback';
import type { MovePiece } from '../domain/motion/types';
import {
  buildPathRibbon,
  RIBBON_FRAGMENT_SHADER as fragmentShader,
  piecesOnPath,
  ribbonState,
  ringOnSkin,
  START_RING,
  type RibbonState,
} from './pathRibbon';

const TRAIL_COLOR = '#ffb020';

const vertexShader = /* glsl */ `
attribute float aAlong;
attribute float aProgress;
attribute float aAcross;
varying float vAlong;
varying float vProgress;
varying float vAcross;
void main() {
  vAlong = aAlong; vProgress = aProgress; vAcross = aAcross;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

interface PathRibbon {
  material: ShaderMaterial;
  /** The move pieces drawn on this path (the arrows follow the first one at each moment). */
  pieces: MovePiece[];
}

interface StepTrail {
  group: Group;
  ribbons: PathRibbon[];
}

const _ribbon: RibbonState = { dir: 0, progress: 0 };

/** Distinct paths of a step's moves (both hands may share one; mirrored sides differ). */
function stepPaths(timeline: Timeline, stepIndex: number): ChartPath[] {
  const out = new Set<ChartPath>();
  for (const track of Object.values(timeline.tracks)) {
    for (const p of track) if (p.kind === 'move' && p.stepIndex === stepIndex && p.path.n > 1) out.add(p.path);
  }
  return [...out];
}

/**
 * The current step's path drawn on the skin as a ribbon with direction chevrons (the part
 * done fades), and a ring where the next step starts. All geometry is built once per
 * technique; each frame only flips visibility and a progress uniform.
 */
export function PathTrail({ timeline }: { timeline: Timeline }) {
  // The step whose trail is shown, and for which technique's trails (the player stays mounted
  // when the technique changes, so a new set of trails starts with none shown).
  const current = useRef<{ root: Group | null; index: number }>({ root: null, index: -1 });
  const { root, trails, marker } = useMemo(() => {
    const chart = timeline.chart;
    const root = new Group();
    root.name = 'path-trails';
    const trails: StepTrail[] = timeline.steps.map((s) => {
      const group = new Group();
      const ribbons: PathRibbon[] = stepPaths(timeline, s.index).map((path) => {
        const material = new ShaderMaterial({
          uniforms: {
            uColor: { value: new Color(TRAIL_COLOR) },
            uProgress: { value: 0 },
            uDir: { value: 1 },
          },
          vertexShader,
          fragmentShader,
          transparent: true,
          depthWrite: false,
          side: DoubleSide,
          polygonOffset: true,
          polygonOffsetFactor: -2,
        });
        group.add(new Mesh(buildPathRibbon(chart, path), material));
        return { material, pieces: piecesOnPath(timeline, path) };
      });
      group.visible = false;
      root.add(group);
      return { group, ribbons };
    });
    // Next-step marker: a ring at the first point of each step's first path.
    const ringGeometry = new RingGeometry(START_RING.inner, START_RING.outer, START_RING.segments);
    const flat = ringGeometry.getAttribute('position').array.slice();
    const ring = new Mesh(
      ringGeometry,
      new MeshBasicMaterial({ color: '#ffffff', transparent: true, opacity: 0.9, depthWrite: false, side: DoubleSide }),
    );
    ring.name = 'next-step-marker';
    // its vertices move to each step's start: the bounding sphere of the flat ring does not hold
    ring.frustumCulled = false;
    ring.visible = false;
    root.add(ring);
    // laid on the skin around each step's start (positions in the trails' frame)
    const starts = timeline.steps.map((s) => {
      const path = stepPaths(timeline, s.index)[0];
      return path ? ringOnSkin(chart, path.u[0]!, path.y[0]!, flat) : null;
    });
    return { root, trails, marker: { ring, starts } };
  }, [timeline]);

  useEffect(
    () => () => {
      root.traverse((o) => {
        const m = o as Mesh;
        if (m.isMesh) m.geometry.dispose();
      });
      trails.forEach((t) => t.ribbons.forEach((r) => r.material.dispose()));
      (marker.ring.material as MeshBasicMaterial).dispose();
    },
    [root, trails, marker],
  );

  useFrame(() => {
    const i = sceneHandles.stepIndex;
    const shown = current.current;
    if (i !== shown.index || shown.root !== root) {
      const prev = shown.root === root ? trails[shown.index] : undefined;
      if (prev) prev.group.visible = false;
      const cur = trails[i];
      if (cur) cur.group.visible = true;
      const next = marker.starts[i + 1];
      marker.ring.visible = !!next;
      if (next) {
        const at = marker.ring.geometry.getAttribute('position') as BufferAttribute;
        (at.array as Float32Array).set(next);
        at.needsUpdate = true;
      }
      shown.root = root;
      shown.index = i;
    }
    const cur = trails[i];
    if (cur) {
      for (let k = 0; k < cur.ribbons.length; k++) {
        const r = cur.ribbons[k] as PathRibbon;
        ribbonState(r.pieces, playback.t, _ribbon);
        r.material.uniforms.uDir!.value = _ribbon.dir;
        r.material.uniforms.uProgress!.value = _ribbon.progress;
      }
    }
  });

  return <primitive object={root} />;
}
