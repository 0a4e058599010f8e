import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/data/library';
import { directionOf } from '../../../src/ui/learn/describeStep';
import { measurer } from '../words/measure';

/**
 * DESIGN.md §1: strokes follow lymph flow (on the lower back from the spine outward/downward
 * towards the groin), never against it. Checked on every gliding stroke of the library.
 */
const { measure } = await measurer();

describe('gliding strokes of the library follow the lymph flow (directions measured on the compiled paths)', () => {
  const strokes = loadLibrary().techniques.flatMap((t) =>
    t.steps.flatMap((s, i) => (s.move === 'effleurage' || (s.move === 'cup-glide' && s.path.shape !== 'spiral') ? [{ t, s, i }] : [])),
  );
  it('there are strokes to check', () => expect(strokes.length).toBeGreaterThan(0));
  for (const { t, s, i } of strokes) {
    it(`${t.id} step ${i + 1} (${s.move})`, () => {
      const d = directionOf(s, measure(t).steps[i]!);
      expect(d?.reason, JSON.stringify(d)).not.toBe('describe.reason.against-lymph');
    });
  }
});
