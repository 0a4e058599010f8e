import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Color, DoubleSide, Group, Mesh, RingGeometry, ShaderMaterial, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import { chartPoint, evalChart } from '../domain/motion/chart';
import type { ChartPath } from '../domain/motion/chartPath';
import type { Timeline } from '../domain/motion/types';
import { sceneHandles } from '../state/sceneHandles';
import { buildPathRibbon } from './pathRibbon';

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

// Chevrons every 3.5 cm point along the direction of travel; the part already done fades.
const fragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform float uProgress;
varying float vAlong;
varying float vProgress;
varying float vAcross;
void main() {
  float chevron = fract(vAlong / 0.035 - abs(vAcross) * 0.25);
  float arrow = 1.0 - smoothstep(0.16, 0.24, chevron);
  float edge = smoothstep(1.0, 0.7, abs(vAcross));
  float done = step(vProgress, uProgress);
  float a = mix(0.8, 0.22, done) * edge;
  vec3 c = mix(uColor, vec3(0.35, 0.18, 0.0), arrow * 0.75);
  gl_FragColor = vec4(c, a);
}`;

interface StepTrail {
  group: Group;
  material: ShaderMaterial;
}

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
      const material = new ShaderMaterial({
        uniforms: { uColor: { value: new Color(TRAIL_COLOR) }, uProgress: { value: 0 } },
        vertexShader,
        fragmentShader,
        transparent: true,
        depthWrite: false,
        side: DoubleSide,
        polygonOffset: true,
        polygonOffsetFactor: -2,
      });
      const group = new Group();
      for (const path of stepPaths(timeline, s.index)) group.add(new Mesh(buildPathRibbon(chart, path), material));
      group.visible = false;
      root.add(group);
      return { group, material };
    });
    // Next-step marker: a ring at the first point of each step's first path.
    const ring = new Mesh(
      new RingGeometry(0.011, 0.016, 32),
      new MeshBasicMaterial({ color: '#ffffff', transparent: true, opacity: 0.9, depthWrite: false, side: DoubleSide }),
    );
    ring.name = 'next-step-marker';
    ring.visible = false;
    root.add(ring);
    const cp = chartPoint();
    const z = new Vector3(0, 0, 1);
    const starts = timeline.steps.map((s) => {
      const path = stepPaths(timeline, s.index)[0];
      if (!path) return null;
      evalChart(chart, path.u[0]!, path.y[0]!, cp);
      const n = new Vector3(cp.ns[0], cp.ns[1], cp.ns[2]);
      return {
        position: new Vector3(cp.p[0], cp.p[1], cp.p[2]).addScaledVector(n, 0.002),
        quaternion: new Quaternion().setFromUnitVectors(z, n),
      };
    });
    return { root, trails, marker: { ring, starts } };
  }, [timeline]);

  useEffect(
    () => () => {
      root.traverse((o) => {
        const m = o as Mesh;
        if (m.isMesh) m.geometry.dispose();
      });
      trails.forEach((t) => t.material.dispose());
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
        marker.ring.position.copy(next.position);
        marker.ring.quaternion.copy(next.quaternion);
      }
      shown.root = root;
      shown.index = i;
    }
    const cur = trails[i];
    if (cur) cur.material.uniforms.uProgress!.value = sceneHandles.stepProgress;
  });

  return <primitive object={root} />;
}
