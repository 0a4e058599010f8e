/**
 * How the person lies or sits for each step (format 2): the step's own `position`, else the
 * technique's (default 'prone', face-down on the table). The scene poses the body from it.
 */
import type { Position, Technique } from './schema';
export { POSITIONS, type Position } from './schema';

/** The technique's position (version-1 files: 'prone'). */
export function techniquePosition(technique: Pick<Technique, 'position'>): Position {
  return technique.position ?? 'prone';
}

/** The position of step `stepIndex` (out of range: the technique's). */
export function stepPosition(technique: Pick<Technique, 'position' | 'steps'>, stepIndex: number): Position {
  return technique.steps[stepIndex]?.position ?? techniquePosition(technique);
}

/** Every position a technique uses, in order of first use. */
export function positionsUsed(technique: Pick<Technique, 'position' | 'steps'>): Position[] {
  const out: Position[] = [];
  technique.steps.forEach((_, i) => {
    const p = stepPosition(technique, i);
    if (!out.includes(p)) out.push(p);
  });
  return out;
}
