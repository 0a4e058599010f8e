/**
 * Timeline properties: total = Σ steps + Σ declared transitions; steps keep the file's real
 * durations; a step boundary samples as the next step; sample() is deterministic and
 * order-independent (playback speed belongs to the player); sampleInto allocates nothing new.
 */
import { describe, expect, it } from 'vitest';
import { compile, createMotionSample, sample, sampleInto, type MotionSample } from '../../../src/domain/motion';
import { stepDurationS } from '../../../src/domain/technique/duration';
import { testAnatomies, testTechniques } from './fixtures/anatomy';

describe('timeline', { timeout: 60_000 }, async () => {
  const [an] = await testAnatomies();
  if (!an) throw new Error('no anatomy');
  const techniques = testTechniques();

  for (const nt of techniques) {
    describe(nt.file, () => {
      const tl = compile(nt.technique, an.anatomy);

      it('total duration = Σ step durations + Σ between-step transitions', () => {
        const steps = nt.technique.steps.map(stepDurationS);
        const sumSteps = steps.reduce((a, b) => a + b, 0);
        expect(tl.stepsDuration).toBeCloseTo(sumSteps, 9);
        const tr = tl.segments.filter((s) => s.kind === 'transition');
        expect(tr).toHaveLength(nt.technique.steps.length - 1);
        const sumTr = tr.reduce((a, s) => a + (s.t1 - s.t0), 0);
        expect(tl.transitionsDuration).toBeCloseTo(sumTr, 9);
        expect(tl.duration).toBeCloseTo(sumSteps + sumTr, 9);
        tl.steps.forEach((s, i) => expect(s.duration).toBeCloseTo(steps[i] as number, 9));
        for (const s of tr) {
          expect(s.t1 - s.t0).toBeGreaterThanOrEqual(0.8 - 1e-9);
          expect(s.t1 - s.t0).toBeLessThanOrEqual(2.5 + 1e-9);
        }
      });

      it('segments and every actor track tile [0, duration] without gaps', () => {
        let t = 0;
        for (const s of tl.segments) {
          expect(s.t0).toBeCloseTo(t, 9);
          t = s.t1;
        }
        expect(t).toBeCloseTo(tl.duration, 9);
        for (const id of ['left', 'right', 'cup'] as const) {
          let c = 0;
          for (const p of tl.tracks[id]) {
            expect(p.t0).toBeCloseTo(c, 9);
            expect(p.t1).toBeGreaterThanOrEqual(p.t0);
            c = p.t1;
          }
          expect(c).toBeCloseTo(tl.duration, 9);
        }
      });

      it('sampling at a step boundary gives the next step (transitions report the step they lead to)', () => {
        for (const s of tl.steps) {
          const at = sample(tl, s.t0);
          expect(at.stepIndex).toBe(s.index);
          expect(at.inTransition).toBe(false);
          if (s.index > 0) {
            const before = sample(tl, s.t0 - 1e-6);
            expect(before.stepIndex).toBe(s.index);
            expect(before.inTransition).toBe(true);
            expect(before.repetition).toBe(0);
          }
          const mid = sample(tl, (s.t0 + s.t1) / 2);
          expect(mid.stepIndex).toBe(s.index);
          expect(mid.repetition).toBeGreaterThanOrEqual(1);
          expect(mid.repetition).toBeLessThanOrEqual(s.repetitions);
          expect(mid.repetitions).toBe(s.repetitions);
        }
        expect(sample(tl, -5).t).toBe(0);
        expect(sample(tl, tl.duration + 5).t).toBe(tl.duration);
        expect(sample(tl, Number.NaN).t).toBe(0);
      });

      it('is deterministic and independent of the order times are asked in', () => {
        const times = Array.from({ length: 200 }, (_, i) => (tl.duration * ((i * 7919) % 200)) / 199);
        const forward = [...times].sort((a, b) => a - b).map((t) => [t, JSON.stringify(sample(tl, t))] as const);
        const shuffled = new Map(times.map((t) => [t, JSON.stringify(sample(tl, t))]));
        for (const [t, json] of forward) expect(shuffled.get(t)).toBe(json);
        // A second compile of the same input gives the same poses.
        const tl2 = compile(nt.technique, an.anatomy);
        for (const t of times.slice(0, 50)) expect(JSON.stringify(sample(tl2, t))).toBe(JSON.stringify(sample(tl, t)));
      });

      it('sampleInto writes into the given object and matches sample()', () => {
        const out: MotionSample = createMotionSample();
        const refs = [out.left, out.right, out.cup, out.left.point, out.right.forward, out.cup.normal];
        for (let i = 0; i < 100; i++) {
          const t = (tl.duration * i) / 99;
          const r = sampleInto(tl, t, out);
          expect(r).toBe(out);
          expect(JSON.stringify(out)).toBe(JSON.stringify(sample(tl, t)));
        }
        expect([out.left, out.right, out.cup, out.left.point, out.right.forward, out.cup.normal]).toEqual(refs);
        expect(out.left).toBe(refs[0]);
        expect(out.left.point).toBe(refs[3]);
      });

      it('gives unit normals/forwards, forward tangent to the skin, and consistent flags', () => {
        const s = createMotionSample();
        for (let i = 0; i <= 400; i++) {
          sampleInto(tl, (tl.duration * i) / 400, s);
          for (const id of ['left', 'right', 'cup'] as const) {
            const a = s[id];
            expect(Math.hypot(...a.normal)).toBeCloseTo(1, 6);
            expect(Math.hypot(...a.forward)).toBeCloseTo(1, 6);
            expect(Math.abs(a.forward[0] * a.normal[0] + a.forward[1] * a.normal[1] + a.forward[2] * a.normal[2])).toBeLessThan(1e-6);
            expect(a.pressure).toBeGreaterThanOrEqual(0);
            expect(a.pressure).toBeLessThanOrEqual(1);
            expect(a.lift).toBeGreaterThanOrEqual(0);
            expect(a.blend).toBeGreaterThanOrEqual(0);
            expect(a.blend).toBeLessThanOrEqual(1);
            if (a.pressure > 0) expect(a.contact).toBe(true);
            if (a.contact) expect(a.lift).toBe(0);
            if (!a.active) expect(a.pressure).toBe(0);
          }
          expect(s.holdRemaining).toBeGreaterThanOrEqual(0);
        }
      });
    });
  }
});
