/**
 * Each move looks like itself: measured on single-step techniques on the stand-in back.
 */
import { describe, expect, it } from 'vitest';
import { compile, resolvePoint, type MotionSample } from '../../../src/domain/motion';
import { parseTechnique } from '../../../src/domain/technique/parse';
import type { Technique } from '../../../src/domain/technique/schema';
import { testAnatomies } from './fixtures/anatomy';
import { frames, reversalsPerSecond as reversals } from './fixtures/frames';

const cap = { en: 'x', ru: 'x' };
function one(step: Record<string, unknown>): Technique {
  const r = parseTechnique(
    {
      id: 'one',
      format_version: 1,
      title: cap,
      summary: cap,
      type: 'classic',
      regions: ['lumbar'],
      level: 'student',
      duration_min: 1,
      precautions: [],
      steps: [{ caption: cap, ...step }],
    },
    'one.json',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.technique;
}

type Frame = MotionSample;
const sub = (a: readonly number[], b: readonly number[]): number[] => [0, 1, 2].map((i) => (a[i] as number) - (b[i] as number));
const dot = (a: readonly number[], b: readonly number[]): number => [0, 1, 2].reduce((s, i) => s + (a[i] as number) * (b[i] as number), 0);

/** Reversals of motion along an axis per second (moves under 0.01 mm a frame count as still). */
const reversalsPerSecond = (fs: Frame[], hand: 'left' | 'right', axis: number) => reversals(fs, hand, axis, 1e-5);

describe('moves look like themselves', { timeout: 60_000 }, async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const A = an.anatomy;

  it('rub: both flat palms, fast short back-and-forth at the file tempo, hands opposite', () => {
    const tl = compile(
      one({
        move: 'rub',
        path: { shape: 'polyline', points: [{ level: 'L2', lateral_cm: 9 }, { level: 'L4', lateral_cm: 9 }] },
        axis: 'across-spine',
        pressure: 'light',
        repetitions: 50,
        tempo: { cycles_per_min: 150 },
      }),
      A,
    );
    const fs = frames(tl);
    const mid = fs.filter((f) => f.t > 1 && f.t < tl.duration - 1);
    expect(mid.every((f) => f.left.contact && f.right.contact && f.left.shape === 'flat' && f.right.shape === 'flat')).toBe(true);
    // 150 cycles/min = 2.5 Hz = 5 reversals per second.
    expect(reversalsPerSecond(mid, 'right', 0)).toBeCloseTo(5, 0);
    const xs = mid.map((f) => f.right.point[0]);
    const stroke = Math.max(...xs) - Math.min(...xs);
    expect(stroke).toBeGreaterThan(0.04);
    expect(stroke).toBeLessThan(0.1);
    // Half a cycle apart on mirrored sides: the palms move apart and together (opposite x).
    let opposite = 0;
    for (let i = 1; i < mid.length; i++) {
      const vr = sub((mid[i] as Frame).right.point, (mid[i - 1] as Frame).right.point)[0] as number;
      const vl = sub((mid[i] as Frame).left.point, (mid[i - 1] as Frame).left.point)[0] as number;
      if (Math.sign(vr) === -Math.sign(vl)) opposite++;
    }
    expect(opposite / mid.length).toBeGreaterThan(0.8);
  });

  it('circular-rub on a circle: goes round the centre clockwise (viewer behind), radius kept', () => {
    const center = { acupoint: 'BL52' as const }; // 6 cm out: clear of the spine guard
    const tl = compile(
      one({
        move: 'circular-rub',
        side: 'right',
        hands: 'right',
        hand_shape: 'fingertips',
        path: { shape: 'circle', center, radius_cm: 2.5, rotation: 'clockwise' },
        circles: 6,
        pressure: 'light',
        repetitions: 1,
        tempo: { cycles_per_min: 60 },
      }),
      A,
    );
    const c = resolvePoint(center, A, 'right').point;
    const fs = frames(tl, 0.02);
    let angle = 0;
    let prev: number | null = null;
    for (const f of fs) {
      const d = sub(f.right.point, c);
      const r = Math.hypot(d[0] as number, d[1] as number);
      expect(Math.abs(r - 0.025)).toBeLessThan(0.006);
      const a = Math.atan2(d[1] as number, d[0] as number);
      if (prev !== null) {
        let da = a - prev;
        if (da > Math.PI) da -= 2 * Math.PI;
        if (da < -Math.PI) da += 2 * Math.PI;
        angle += da;
      }
      prev = a;
      expect(f.right.shape).toBe('fingertip-press');
      expect(f.left.active).toBe(false);
    }
    expect(angle / (2 * Math.PI)).toBeCloseTo(-6, 0);
  });

  it("knead-palm: grips ('knead' blend), pulses pressure, lifts between squeezes, moves slowly", () => {
    const tl = compile(
      one({
        move: 'knead-palm',
        path: { shape: 'polyline', points: [{ level: 'T12', lateral_cm: 6 }, { level: 'L5', lateral_cm: 6 }] },
        pressure: 'medium',
        repetitions: 10,
        tempo: { cycles_per_min: 30 },
      }),
      A,
    );
    const fs = frames(tl, 0.02).filter((f) => f.t > 0.5 && f.t < tl.duration - 0.5);
    const r = fs.map((f) => f.right);
    expect(r.some((h) => h.nextShape === 'knead' && h.blend > 0.9)).toBe(true);
    expect(r.some((h) => h.lift > 0.005)).toBe(true);
    const p = r.map((h) => h.pressure).filter((x) => x > 0);
    expect(Math.min(...p)).toBeLessThan(0.5 * Math.max(...p));
    const travelled = Math.abs((r[r.length - 1] as (typeof r)[number]).point[1] - (r[0] as (typeof r)[number]).point[1]);
    expect(travelled / tl.duration).toBeLessThan(0.03); // slow progress, < 3 cm/s
    // Hands alternate: rarely both lifted at once.
    expect(fs.filter((f) => f.left.lift > 0 && f.right.lift > 0).length / fs.length).toBeLessThan(0.1);
  });

  it('knead-fist: knuckles (fist) rolling in small circles', () => {
    const tl = compile(
      one({
        move: 'knead-fist',
        path: { shape: 'polyline', points: [{ level: 'L2', lateral_cm: 6 }, { level: 'L3', lateral_cm: 6 }] },
        pressure: 'medium',
        repetitions: 10,
        tempo: { cycles_per_min: 60 },
      }),
      A,
    );
    const fs = frames(tl, 0.02);
    expect(fs.every((f) => f.right.shape === 'fist')).toBe(true);
    const xs = fs.map((f) => f.right.point[0]);
    const w = Math.max(...xs) - Math.min(...xs);
    expect(w).toBeGreaterThan(0.02);
    expect(w).toBeLessThan(0.045);
  });

  it('point-press: ramps up, holds with a countdown, releases, moves on; GV4 is never pressed', () => {
    const tl = compile(
      one({
        move: 'point-press',
        side: 'right',
        hands: 'right',
        points: [{ acupoint: 'BL23' }, { acupoint: 'GV4' }, { acupoint: 'BL25' }],
        pressure: 'medium',
        hold_s: 10,
        repetitions: 1,
      }),
      A,
    );
    expect(tl.warnings.map((w) => w.message).join(' ')).toBe('');
    const fs = frames(tl, 0.05);
    const bl23 = resolvePoint({ acupoint: 'BL23' }, A, 'right').point;
    const gv4 = resolvePoint({ acupoint: 'GV4' }, A, 'right').point;
    const holding = fs.filter((f) => f.holdRemaining > 0);
    expect(holding.length).toBeGreaterThan(0);
    expect(Math.max(...holding.map((f) => f.holdRemaining))).toBeCloseTo(10, 1);
    // Countdown falls steadily while the pressure stays at its peak.
    const first = holding.filter((f) => f.t < tl.duration / 3);
    for (let i = 1; i < first.length; i++) expect((first[i] as Frame).holdRemaining).toBeLessThan((first[i - 1] as Frame).holdRemaining);
    expect(new Set(first.map((f) => f.right.pressure.toFixed(6))).size).toBe(1);
    expect(Math.hypot(...sub((first[0] as Frame).right.point, bl23))).toBeLessThan(0.005);
    // Pressure ramps before the hold.
    const before = fs.filter((f) => f.t < (first[0] as Frame).t && f.right.pressure > 0).map((f) => f.right.pressure);
    expect(before.length).toBeGreaterThan(3);
    for (let i = 1; i < before.length; i++) expect(before[i]).toBeGreaterThanOrEqual(before[i - 1] as number);
    // Near GV4 (the midline) nothing presses.
    const nearGv4 = fs.filter((f) => Math.hypot(...sub(f.right.point, gv4)) < 0.01);
    expect(nearGv4.length).toBeGreaterThan(0);
    expect(nearGv4.every((f) => f.right.pressure === 0)).toBe(true);
    expect(fs.every((f) => f.right.shape === 'thumb-press' || f.right.nextShape === 'thumb-press')).toBe(true);
  });

  it('every acupoint but GV4 is pressed at its place, on both sides', () => {
    const ids = ['BL23', 'BL25', 'BL52', 'BL31', 'BL32', 'BL33', 'BL34', 'GB30'] as const;
    const tl = compile(
      one({
        move: 'point-press',
        hand_shape: 'fingertip',
        points: ids.map((id) => ({ acupoint: id })),
        pressure: 'medium',
        hold_s: 4,
        rest_s: 1,
        repetitions: 1,
      }),
      A,
    );
    expect(tl.warnings).toEqual([]);
    const fs = frames(tl, 0.05);
    for (const side of ['left', 'right'] as const) {
      for (const id of ids) {
        const at = resolvePoint({ acupoint: id }, A, side).point;
        const pressed = fs.filter((f) => f[side].pressure > 0.5 && Math.hypot(...sub(f[side].point, at)) < 0.004);
        expect(pressed.length, `${id} ${side}`).toBeGreaterThan(10);
      }
    }
  });

  it('edge-of-palm saw: palm edges in contact sawing back and forth along the line (the edge lies along it)', () => {
    const tl = compile(
      one({
        move: 'edge-of-palm-stroke',
        style: 'saw',
        path: { shape: 'polyline', points: [{ level: 'L1', lateral_cm: 6 }, { level: 'L5', lateral_cm: 6 }] },
        pressure: 'light',
        repetitions: 30,
        tempo: { cycles_per_min: 120 },
      }),
      A,
    );
    const fs = frames(tl).filter((f) => f.t > 1 && f.t < tl.duration - 1);
    expect(fs.every((f) => f.left.contact && f.right.contact && f.right.shape === 'palm-edge')).toBe(true);
    // The line runs up and down the back: the saw goes back and forth in y, not across.
    expect(reversalsPerSecond(fs, 'right', 1)).toBeCloseTo(4, 0);
    let dx = 0;
    let dy = 0;
    for (let i = 1; i < fs.length; i++) {
      dx = Math.max(dx, Math.abs((fs[i] as Frame).right.point[0] - (fs[i - 1] as Frame).right.point[0]));
      dy = Math.max(dy, Math.abs((fs[i] as Frame).right.point[1] - (fs[i - 1] as Frame).right.point[1]));
    }
    expect(dy).toBeGreaterThan(3 * dx);
  });

  it('edge-of-palm chop: strikes and lifts, hands alternate', () => {
    const tl = compile(
      one({
        move: 'edge-of-palm-stroke',
        style: 'chop',
        path: { shape: 'polyline', points: [{ level: 'L1', lateral_cm: 6 }, { level: 'L5', lateral_cm: 6 }] },
        pressure: 'light',
        repetitions: 30,
        tempo: { cycles_per_min: 180 },
      }),
      A,
    );
    const fs = frames(tl).filter((f) => f.t > 1 && f.t < tl.duration - 1);
    const contact = fs.filter((f) => f.right.contact).length / fs.length;
    // On the skin about a third of each cycle (CHOP_CONTACT 0.35), lifted ~3 cm in between.
    expect(contact).toBeGreaterThan(0.2);
    expect(contact).toBeLessThan(0.45);
    expect(Math.max(...fs.map((f) => f.right.lift))).toBeGreaterThan(0.02);
    expect(Math.max(...fs.map((f) => f.right.lift))).toBeLessThan(0.035);
    expect(fs.filter((f) => f.left.contact && f.right.contact).length).toBe(0);
  });

  it('effleurage: long glides with fingers leading, lifted return to the start', () => {
    const tl = compile(
      one({
        move: 'effleurage',
        path: { shape: 'polyline', points: [{ level: 'L1', lateral_cm: 5 }, { level: 'L5', lateral_cm: 12 }] },
        pressure: 'light',
        repetitions: 4,
        tempo: { cycles_per_min: 12 },
      }),
      A,
    );
    const fs = frames(tl, 0.02);
    let along = 0;
    let moving = 0;
    for (let i = 1; i < fs.length; i++) {
      const a = fs[i - 1] as Frame;
      const b = fs[i] as Frame;
      const v = sub(b.right.point, a.right.point);
      if (b.right.contact && a.right.contact && Math.hypot(...v) > 1e-4) {
        moving++;
        if (dot(v, b.right.forward) > 0) along++;
      }
    }
    expect(along / moving).toBeGreaterThan(0.95);
    expect(fs.some((f) => f.right.lift > 0.03)).toBe(true);
    const ys = fs.filter((f) => f.right.contact).map((f) => f.right.point[1]);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.1); // a long stroke
  });

  it('cup-glide: the cup stays on with suction along the path, held by a hand', () => {
    const tl = compile(
      one({
        move: 'cup-glide',
        side: 'right',
        path: { shape: 'zigzag', from: { level: 'T12', lateral_cm: 7 }, to: { level: 'L5', lateral_cm: 7 }, amplitude_cm: 3, zigs: 3 },
        suction: 'medium',
        repetitions: 2,
        tempo: { duration_s: 20 },
      }),
      A,
    );
    const fs = frames(tl, 0.05);
    expect(fs.every((f) => f.cup.contact && f.cup.pressure > 0.5)).toBe(true);
    expect(fs.every((f) => f.right.grip === 'cup' && f.right.lift > 0)).toBe(true);
    const xs = fs.map((f) => f.cup.point[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.045); // the zig-zag swings
  });

  it("honey-press-pull: palm pressed flat, then peeled off with a 'cupped' hand", () => {
    const tl = compile(
      one({
        move: 'honey-press-pull',
        path: { shape: 'polyline', points: [{ level: 'L1', lateral_cm: 6 }, { level: 'L5', lateral_cm: 6 }] },
        pressure: 'medium',
        repetitions: 8,
        tempo: { cycles_per_min: 30 },
      }),
      A,
    );
    const fs = frames(tl, 0.02);
    expect(fs.some((f) => f.right.contact && f.right.shape === 'flat' && f.right.pressure > 0.4)).toBe(true);
    expect(fs.some((f) => f.right.lift > 0.02 && f.right.nextShape === 'cupped' && f.right.blend > 0.5)).toBe(true);
  });
});
