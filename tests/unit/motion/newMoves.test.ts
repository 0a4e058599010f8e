/**
 * Format 2 moves look like themselves (direction, contact, tempo), measured on one-step
 * techniques on the real back (or the stand-in).
 */
import { describe, expect, it } from 'vitest';
import { compile, createMotionSample, sampleInto, type MotionSample } from '../../../src/domain/motion';
import { staticCupSlots, staticCupsAt } from '../../../src/domain/motion/staticCups';
import { parseTechnique } from '../../../src/domain/technique/parse';
import type { Technique } from '../../../src/domain/technique/schema';
import { SHOWN_MAX_HZ_PER_HAND } from '../../../src/domain/technique/tempo';
import { testAnatomies } from './fixtures/anatomy';
import { frames, reversalsPerSecond as reversals } from './fixtures/frames';

const cap = { en: 'x', ru: 'x' };
function tech(steps: Record<string, unknown>[], extra: Record<string, unknown> = {}): Technique {
  const r = parseTechnique(
    {
      id: 'one',
      format_version: 2,
      title: cap,
      summary: cap,
      type: 'classic',
      regions: ['lumbar'],
      level: 'student',
      duration_min: 1,
      precautions: [],
      ...extra,
      steps: steps.map((s) => ({ caption: cap, ...s })),
    },
    'one.json',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.technique;
}
const one = (step: Record<string, unknown>) => tech([step]);

/** Reversals of the motion of a hand along a body axis per second (under 1 µm a frame: still). */
const reversalsPerSecond = (fs: MotionSample[], hand: 'left' | 'right', axis: number) => reversals(fs, hand, axis, 1e-6);
/** Strikes of a hand: touch-downs after a lift. */
function touchdowns(fs: MotionSample[], hand: 'left' | 'right'): number {
  let n = 0;
  for (let i = 1; i < fs.length; i++) if ((fs[i] as MotionSample)[hand].contact && !(fs[i - 1] as MotionSample)[hand].contact) n++;
  return n;
}

describe('format 2 moves', { timeout: 60_000 }, async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const A = an.anatomy;

  it('wringing: both hands on the worked side, one above the other, pushing and pulling ACROSS in opposite directions', () => {
    const tl = compile(
      one({
        move: 'wringing',
        side: 'right',
        path: { shape: 'polyline', points: [{ level: 'L2', lateral_cm: 9 }, { level: 'L4', lateral_cm: 9 }] },
        pressure: 'medium',
        repetitions: 20,
        tempo: { cycles_per_min: 30 },
      }),
      A,
    );
    const fs = frames(tl, 0.02, 2, tl.duration - 2);
    expect(fs.every((f) => f.left.contact && f.right.contact)).toBe(true);
    // Both on the patient's right side (+x), one above the other.
    expect(fs.every((f) => (f.left.point[0] as number) > 0.03 && (f.right.point[0] as number) > 0.03)).toBe(true);
    const dy = fs.map((f) => (f.left.point[1] as number) - (f.right.point[1] as number));
    expect(Math.min(...dy.map(Math.abs))).toBeGreaterThan(0.1);
    // Across: x swings ±3 cm, y hardly; opposite directions most of the time.
    let opposite = 0;
    let moving = 0;
    for (let i = 1; i < fs.length; i++) {
      const a = fs[i] as MotionSample;
      const b = fs[i - 1] as MotionSample;
      const vl = (a.left.point[0] as number) - (b.left.point[0] as number);
      const vr = (a.right.point[0] as number) - (b.right.point[0] as number);
      if (Math.abs(vl) < 1e-5 || Math.abs(vr) < 1e-5) continue;
      moving++;
      if (Math.sign(vl) === -Math.sign(vr)) opposite++;
    }
    expect(opposite / moving).toBeGreaterThan(0.8);
    // 30 cycles a minute = 0.5 Hz: one reversal a second across the body.
    expect(reversalsPerSecond(fs, 'right', 0)).toBeCloseTo(1, 0);
    // Fingers across the body towards the worked flank (therapist on the far side).
    expect(fs.every((f) => (f.right.forward[0] as number) > 0.7)).toBe(true);
  });

  it('percussion: hacking at 400/min is shown slowed, labelled, at most 1.5 strikes per second per hand, hands in turn, edge of the palm', () => {
    const step = {
      move: 'percussion',
      style: 'hacking',
      hands: 'alternating',
      path: { shape: 'polyline', points: [{ landmark: 'buttock-middle', vertical_cm: 3 }, { landmark: 'buttock-middle', vertical_cm: -3 }] },
      pressure: 'light',
      repetitions: 200,
      tempo: { cycles_per_min: 400 },
    };
    const tl = compile(one(step), A);
    expect(tl.duration).toBeCloseTo(30, 6); // the real duration: 200 strikes at 400/min
    const shown = tl.steps[0]?.shown;
    expect(shown).toEqual({ realPerMin: 400, shownPerMin: SHOWN_MAX_HZ_PER_HAND * 60 * 2, slowed: true });
    const fs = frames(tl, 0.005);
    const perHand = touchdowns(fs, 'right') / tl.duration;
    expect(perHand).toBeGreaterThan(1.2);
    expect(perHand).toBeLessThanOrEqual(SHOWN_MAX_HZ_PER_HAND + 0.05);
    expect(fs.some((f) => f.right.shape === 'palm-edge')).toBe(true);
    // Alternating: the two hands are rarely down together.
    const both = fs.filter((f) => f.left.contact && f.right.contact).length;
    const any = fs.filter((f) => f.left.contact || f.right.contact).length;
    expect(both / any).toBeLessThan(0.2);
    // A slow percussion is not "slowed".
    const slow = compile(one({ ...step, repetitions: 30, tempo: { cycles_per_min: 120 } }), A);
    expect(slow.steps[0]?.shown?.slowed).toBe(false);
  });

  it('percussion styles have their own hand shapes', () => {
    const shapes: Record<string, string> = { cupping: 'cupped', pounding: 'fist', tapping: 'fingertip-press' };
    for (const [style, shape] of Object.entries(shapes)) {
      const tl = compile(
        one({
          move: 'percussion',
          style,
          path: { shape: 'polyline', points: [{ landmark: 'buttock-middle', vertical_cm: 3 }, { landmark: 'buttock-middle', vertical_cm: -3 }] },
          pressure: 'light',
          repetitions: 40,
          tempo: { cycles_per_min: 120 },
        }),
        A,
      );
      const fs = frames(tl, 0.02);
      expect(fs.filter((f) => f.right.contact).every((f) => f.right.shape === shape)).toBe(true);
    }
  });

  it('vibration: the hand stays on its place, trembling finely (≤ 1 cm) at the shown rate, holding', () => {
    const tl = compile(
      one({ move: 'vibration', side: 'right', hands: 'right', at: { level: 'L4', lateral_cm: 6 }, frequency_hz: 8, pressure: 'light', hold_s: 10, repetitions: 2 }),
      A,
    );
    expect(tl.steps[0]?.shown?.slowed).toBe(true);
    const fs = frames(tl, 0.005).filter((f) => f.holdRemaining > 0);
    expect(fs.length).toBeGreaterThan(100);
    const xs = fs.map((f) => f.right.point[0] as number);
    const ys = fs.map((f) => f.right.point[1] as number);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.003);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.01);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(0.005);
    expect(fs.every((f) => f.right.contact)).toBe(true);
    // Shown at 3 Hz (2 × 1.5): 6 reversals a second.
    expect(reversalsPerSecond(fs.slice(0, 300), 'right', 0)).toBeCloseTo(6, 0);
  });

  it('stretch across the spine: the hands set down apart and slide further apart under pressure, then hold', () => {
    const tl = compile(
      one({ move: 'stretch', center: { level: 'L1' }, axis: 'across-spine', gap_cm: 12, distance_cm: 3, pressure: 'medium', hold_s: 6, repetitions: 2 }),
      A,
    );
    const fs = frames(tl, 0.01);
    const gap = (f: MotionSample) => Math.hypot(...[0, 1, 2].map((i) => (f.right.point[i] as number) - (f.left.point[i] as number)));
    const holding = fs.filter((f) => f.holdRemaining > 0);
    const start = fs.find((f) => f.left.contact && f.right.contact && f.left.pressure > 0)!;
    expect(holding.length).toBeGreaterThan(100);
    // 2 × 3 cm of slide; the start is kept clear of the spine by the guard, so at least 3 cm.
    expect(gap(holding[0] as MotionSample) - gap(start)).toBeGreaterThan(0.03);
    expect((holding[0] as MotionSample).right.pressure).toBeGreaterThan(0.4);
    expect(fs.every((f) => (f.left.point[0] as number) < 0 && (f.right.point[0] as number) > 0)).toBe(true);
  });

  it('stretch along the spine: one hand slides up, the other down, on the worked side', () => {
    const tl = compile(
      one({ move: 'stretch', side: 'right', center: { level: 'L3', lateral_cm: 8 }, axis: 'along-spine', gap_cm: 16, distance_cm: 3, pressure: 'light', hold_s: 4, repetitions: 1 }),
      A,
    );
    const fs = frames(tl, 0.01);
    const h = fs.filter((f) => f.holdRemaining > 0);
    const first = fs.find((f) => f.left.pressure > 0 && f.right.pressure > 0)!;
    const upper = (f: MotionSample) => Math.max(f.left.point[1] as number, f.right.point[1] as number);
    const lower = (f: MotionSample) => Math.min(f.left.point[1] as number, f.right.point[1] as number);
    expect(upper(h[0] as MotionSample) - upper(first)).toBeGreaterThan(0.02);
    expect(lower(first) - lower(h[0] as MotionSample)).toBeGreaterThan(0.02);
  });

  it('pressure ramp: the pressure grows through the step from "pressure" to "pressure_to"', () => {
    const tl = compile(
      one({
        move: 'rub',
        path: { shape: 'polyline', points: [{ level: 'L2', lateral_cm: 8 }, { level: 'L4', lateral_cm: 8 }] },
        axis: 'along-spine',
        pressure: 'light',
        pressure_to: 'firm',
        repetitions: 30,
        tempo: { cycles_per_min: 60 },
      }),
      A,
    );
    const peak = (from: number, to: number) => Math.max(...frames(tl, 0.02, from, to).map((f) => f.right.pressure));
    const early = peak(1, 5);
    const late = peak(tl.duration - 5, tl.duration - 1);
    expect(early).toBeLessThan(0.45);
    expect(late).toBeGreaterThan(0.7);
  });

  it('static cups: two cups left on both sides stay on the skin until taken off; the cup actor does the taking off', () => {
    const tl = compile(
      tech([
        { move: 'apply-oil', area: { shape: 'band', from_level: 'L3', to_level: 'S1', lateral_from_cm: 3, lateral_to_cm: 12 }, duration_s: 10 },
        { move: 'set-cup', side: 'both', at: { level: 'L5', lateral_cm: 6 }, suction: 'medium', duration_s: 10, leave_on: true },
        { move: 'stretch', center: { level: 'L1' }, axis: 'across-spine', pressure: 'light', hold_s: 5, repetitions: 3 },
        { move: 'remove-cup', side: 'both', at: { level: 'L5', lateral_cm: 6 }, duration_s: 10 },
      ]),
      A,
    );
    expect(tl.staticCups).toHaveLength(2);
    const [a, b] = tl.staticCups;
    expect(a?.side).toBe('left');
    expect(b?.side).toBe('right');
    const slots = staticCupSlots(4);
    const during = (tl.steps[2] as { t0: number; t1: number });
    expect(staticCupsAt(tl, (during.t0 + during.t1) / 2, slots)).toBe(2);
    expect(slots[2]?.on).toBe(false);
    expect(staticCupsAt(tl, tl.duration - 0.01, slots)).toBe(0);
    // Each cup comes off when the cup actor takes it: left first, then right, during step 4.
    const rm = tl.steps[3] as { t0: number; t1: number };
    expect(a!.t1).toBeGreaterThanOrEqual(rm.t0 - 1e-9);
    expect(b!.t1).toBeGreaterThan(a!.t1);
    expect(b!.t1).toBeLessThan(rm.t1);
    // Taking off: the cup starts on the skin with the cup's suction and ends lifted.
    const s0 = sampleInto(tl, a!.t1 + 0.01, createMotionSample());
    expect(s0.cup.contact).toBe(true);
    expect(s0.cup.pressure).toBeCloseTo(0.6, 1);
    const lifts = frames(tl, 0.05, a!.t1, b!.t1).map((f) => f.cup.lift);
    expect(Math.max(...lifts)).toBeGreaterThan(0.03);
    // While the cups stay on, the cup actor is not on the skin (a new cup, at rest).
    const mid = sampleInto(tl, (during.t0 + during.t1) / 2, createMotionSample());
    expect(mid.cup.contact).toBe(false);
  });

  it('positions go on the timeline: the technique default and a step override', () => {
    const tl = compile(
      tech(
        [
          { move: 'rub', path: { shape: 'polyline', points: [{ level: 'L2', lateral_cm: 8 }, { level: 'L4', lateral_cm: 8 }] }, axis: 'along-spine', pressure: 'light', repetitions: 4, tempo: { cycles_per_min: 60 } },
          { move: 'rub', position: 'seated', path: { shape: 'polyline', points: [{ level: 'L2', lateral_cm: 8 }, { level: 'L4', lateral_cm: 8 }] }, axis: 'along-spine', pressure: 'light', repetitions: 4, tempo: { cycles_per_min: 60 } },
        ],
        { position: 'side-lying-left' },
      ),
      A,
    );
    expect(tl.steps.map((s) => s.position)).toEqual(['side-lying-left', 'seated']);
  });

  it('a line path follows its landmarks: the iliac crest line runs outwards and up from above the PSIS', () => {
    const tl = compile(
      one({ move: 'palm-press', side: 'right', hands: 'right', hand_shape: 'thumbs', path: { shape: 'line', line: 'iliac-crest' }, stations: 4, pressure: 'medium', hold_s: 2, repetitions: 1 }),
      A,
    );
    const piece = tl.tracks.right.find((p) => p.kind === 'move');
    if (!piece || piece.kind !== 'move' || piece.program.kind !== 'presses') throw new Error('no presses');
    const pts = piece.program.points;
    expect((pts[pts.length - 1] as readonly number[])[0]).toBeGreaterThan((pts[0] as readonly number[])[0] as number);
    expect((pts[pts.length - 1] as readonly number[])[1]).toBeGreaterThan((pts[0] as readonly number[])[1] as number);
    expect(piece.shape).toBe('thumb-press');
  });
});
