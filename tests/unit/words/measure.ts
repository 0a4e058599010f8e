/**
 * Techniques compiled on the real back (public/models/back.glb + data/anatomy/landmarks.json,
 * as the app does; the synthetic back only if the model is missing) and measured step by step.
 */
import { compile } from '../../../src/domain/motion';
import { measureSteps, type StepGeometry } from '../../../src/domain/motion/stepGeometry';
import type { Timeline } from '../../../src/domain/motion/types';
import type { Technique } from '../../../src/domain/technique/schema';
import { testAnatomies } from '../motion/fixtures/anatomy';

export interface Measured {
  timeline: Timeline;
  steps: StepGeometry[];
}

export async function measurer(): Promise<{ back: string; measure: (t: Technique) => Measured }> {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no back to measure on');
  return {
    back: an.name,
    measure: (t) => {
      const timeline = compile(t, an.anatomy);
      return { timeline, steps: measureSteps(timeline, t, an.landmarks) };
    },
  };
}

/** |u| and y at the start and the end of every working path of a step (glides: the part stroked). */
export function pathEnds(m: Measured, stepIndex: number): Array<{ out0: number; out1: number; y0: number; y1: number }> {
  const out: Array<{ out0: number; out1: number; y0: number; y1: number }> = [];
  for (const actor of ['left', 'right', 'cup'] as const) {
    for (const p of m.timeline.tracks[actor]) {
      if (p.kind !== 'move' || p.stepIndex !== stepIndex || p.holdsCup || p.stackLift > 0 || p.path.n < 2) continue;
      const reach = p.program.kind === 'glide' || p.program.kind === 'cup-glide' ? p.reach : 1;
      let last = 0;
      while (last < p.path.n - 1 && p.path.s[last + 1]! <= p.path.length * reach + 1e-9) last++;
      out.push({ out0: Math.abs(p.path.u[0]!), out1: Math.abs(p.path.u[last]!), y0: p.path.y[0]!, y1: p.path.y[last]! });
    }
  }
  return out;
}
