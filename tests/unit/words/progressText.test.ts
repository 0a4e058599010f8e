/**
 * The caption's counter while something moves: a cup crossing to its next place inside a step
 * said "moving to the next step" (seen in the cupping technique); it says "moving to the next
 * place", and only a real move between steps says "moving to the next step".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../../src/i18n';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { createMotionSample, sampleInto } from '../../../src/domain/motion/sample';
import { progressText } from '../../../src/ui/player/repetitionText';
import { measurer } from './measure';

const { measure } = await measurer();

describe('caption counter while moving', () => {
  it('cupping: relocations inside a step and moves between steps are told apart', () => {
    const r = parseTechnique(
      JSON.parse(readFileSync('data/techniques/cupping-lumbar.json', 'utf8')),
      'cupping-lumbar.json',
    );
    if (!r.ok) throw new Error('cupping-lumbar.json does not parse');
    const { timeline } = measure(r.technique);
    const t = i18next.getFixedT('en');
    const s = createMotionSample();
    let inside = 0;
    let between = 0;
    for (let time = 0; time < timeline.duration; time += 0.1) {
      sampleInto(timeline, time, s);
      if (!s.inTransition) continue;
      const seg = timeline.segments.find((g) => time >= g.t0 && time < g.t1)!;
      const text = progressText(t, s);
      if (seg.kind === 'step') {
        inside++;
        expect(text, `t=${time.toFixed(1)}`).toBe('moving to the next place');
      } else {
        between++;
        expect(text, `t=${time.toFixed(1)}`).toBe('moving to the next step');
      }
    }
    expect(inside).toBeGreaterThan(0);
    expect(between).toBeGreaterThan(0);
  });
});
