/**
 * The caption's words follow the motion: the contact badge says "no contact" only while nothing
 * touches and "suction" whenever the cup is on the skin (sampled over every library technique);
 * the press point named is the one the thumbs are on, with its side and hold.
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/data/library';
import { createMotionSample, sampleInto } from '../../../src/domain/motion';
import { pressAt } from '../../../src/domain/motion/stepGeometry';
import { contactKey } from '../../../src/ui/words/contact';
import { measurer } from './measure';

const { measure } = await measurer();
const library = loadLibrary().techniques;

describe('contact badge', () => {
  it('no contact only while lifted, suction for a cup, over every library technique', () => {
    const s = createMotionSample();
    const seen = new Map<string, number>();
    for (const tech of library) {
      const { timeline } = measure(tech);
      for (let t = 0; t < timeline.duration; t += 0.37) {
        sampleInto(timeline, t, s);
        const key = contactKey(s);
        seen.set(key, (seen.get(key) ?? 0) + 1);
        const touching = [s.left, s.right, s.cup].some((a) => a.active && a.contact);
        const where = `${tech.id} t=${t.toFixed(2)}: ${key}`;
        expect(key === 'words.contact.none', where).toBe(!touching);
        if (s.cup.active && s.cup.contact) expect(key, where).toMatch(/^words\.contact\.(suction\.|touch)/);
        else expect(key, where).not.toMatch(/suction/);
      }
    }
    console.log(`[words] contact badge over ${library.length} techniques: ${[...seen].map(([k, n]) => `${k.replace(/^words\.contact\.|^player\.pressure\./, '')} ${n}`).join(', ')}`);
    expect(seen.get('words.contact.suction.light') ?? 0).toBeGreaterThan(0);
    expect(seen.get('words.contact.none') ?? 0).toBeGreaterThan(0);
  }, 60_000);
});

describe('the press point in the caption', () => {
  const tech = library.find((t) => t.id === 'point-lumbosacral')!;
  const { timeline } = measure(tech);
  const step = (i: number) => timeline.steps[i]!;

  it('step 3: BL23 first, both thumbs at once, with a hold that counts down', () => {
    const s = step(2);
    let holdSeen = 0;
    for (let t = s.t0; t < s.t0 + 8; t += 0.1) {
      const p = pressAt(timeline, t);
      expect(p?.stepIndex).toBe(2);
      expect(p?.pointIndex).toBe(0);
      expect(p?.left && p.right).toBe(true);
      holdSeen = Math.max(holdSeen, p!.hold);
    }
    expect(holdSeen).toBeGreaterThan(10);
    expect(tech.steps[2]!.move === 'point-press' && tech.steps[2]!.points[0]!.acupoint).toBe('BL23');
  });

  it('step 5 (GB30, one hand): the left side first, then the right', () => {
    const s = step(4);
    const first = pressAt(timeline, s.t0 + 3);
    const last = pressAt(timeline, s.t1 - 3);
    expect(first).toMatchObject({ stepIndex: 4, pointIndex: 0, left: true, right: false });
    expect(last).toMatchObject({ stepIndex: 4, pointIndex: 0, left: false, right: true });
  });

  it('no press point outside press steps', () => {
    expect(pressAt(timeline, step(0).t0 + 5)).toBeNull();
  });
});
