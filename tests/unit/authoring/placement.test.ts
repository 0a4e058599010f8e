/**
 * Placing points by clicking the skin: what is stored is anatomical, and resolving it with the
 * motion engine lands where the click was (≤ 3 mm), on the real back model (when present) and on
 * the synthetic one; snapped points land exactly on their target; arrow-key nudges move the
 * point over the skin by the asked distance.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../src/domain/anatomy/types';
import { nudgePoint, placeOnSkin, pointToSkin, snapCandidates, NUDGE_CM, NUDGE_LARGE_CM } from '../../../src/domain/authoring';
import { prepareAnatomy, resolveChart, resolvePoint, type PreparedAnatomy } from '../../../src/domain/motion';
import { AnatomicalPointSchema, type AnatomicalPoint } from '../../../src/domain/technique/schema';
import { testAnatomies, type TestAnatomy } from '../motion/fixtures/anatomy';

const MAX_MM = 3;
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

let anatomies: { t: TestAnatomy; a: PreparedAnatomy; zMid: number; yLow: number; yHigh: number }[] = [];

beforeAll(async () => {
  anatomies = (await testAnatomies()).map((t) => {
    const a = prepareAnatomy(t.anatomy);
    const zMid = (t.landmarks.find((l) => l.id === 'L3') as { skin: Vec3 }).skin[2];
    // The lumbar-sacral region: from S2 up to 5 cm above L1.
    return { t, a, zMid, yLow: a.levelY.get('S2') as number, yHigh: (a.levelY.get('L1') as number) + 0.05 };
  });
}, 120_000);

/** A random skin point of the lumbar-sacral region: (x, y) over the back, projected onto the skin. */
const clickArb = fc.record({ x: fc.double({ min: -0.15, max: 0.15, noNaN: true }), f: fc.double({ min: 0, max: 1, noNaN: true }) });
const skinAt = (i: (typeof anatomies)[number], x: number, f: number): Vec3 =>
  i.t.surface.closestPoint([x, i.yLow + f * (i.yHigh - i.yLow), i.zMid + 0.05]).point;

describe('placeOnSkin', () => {
  it('has the real back and the synthetic one', () => expect(anatomies.length).toBeGreaterThanOrEqual(1));

  it('round trip without snapping: the stored point resolves within 3 mm of the click (both sides)', () => {
    for (const i of anatomies) {
      let worst = 0;
      fc.assert(
        fc.property(clickArb, fc.boolean(), ({ x, f }, relative) => {
          const p = skinAt(i, x, f);
          const clickSide = p[0] < 0 ? 'left' : 'right';
          const side = relative ? clickSide : clickSide === 'left' ? 'right' : 'left';
          const { point, snapped } = placeOnSkin(i.a, p, { snapCm: 0, side });
          expect(snapped).toBeUndefined();
          expect(AnatomicalPointSchema.safeParse(point).success).toBe(true);
          expect(point.level).toBeDefined();
          // Anatomical only: anchor + offsets in cm (0.1 cm steps), never xyz.
          expect(Object.keys(point).every((k) => ['level', 'lateral_cm', 'vertical_cm', 'side', 'at'].includes(k))).toBe(true);
          for (const v of [point.lateral_cm ?? 0, point.vertical_cm ?? 0]) expect(Math.abs(v * 10 - Math.round(v * 10))).toBeLessThan(1e-9);
          // Relative when placed on the step's side, absolute on the other.
          if ((point.lateral_cm ?? 0) > 0) expect(point.side).toBe(relative ? undefined : clickSide);
          const q = resolvePoint(point, i.a, side).point;
          const mm = dist(p, q) * 1000;
          worst = Math.max(worst, mm);
          expect(mm, `${i.t.name} ${JSON.stringify(point)}`).toBeLessThanOrEqual(MAX_MM);
        }),
        { numRuns: 150 },
      );
      expect(worst).toBeGreaterThan(0);
    }
  }, 60_000);

  it('with snapping: a snapped point lands exactly on its target, near the click; else within 3 mm', () => {
    for (const i of anatomies) {
      fc.assert(
        fc.property(clickArb, ({ x, f }) => {
          const p = skinAt(i, x, f);
          const side = p[0] < 0 ? 'left' : 'right';
          const { point, snapped } = placeOnSkin(i.a, p, { side });
          const q = pointToSkin(i.a, point, side);
          if (snapped) {
            const target = snapCandidates(i.a, p, 1.5, { side })[0];
            expect(target).toMatchObject({ kind: snapped.kind, id: snapped.id });
            expect(dist(q, target!.position)).toBe(0);
            expect(dist(q, p) * 100).toBeLessThanOrEqual(1.5 + 1e-9);
          } else {
            expect(dist(q, p) * 1000).toBeLessThanOrEqual(MAX_MM);
          }
        }),
        { numRuns: 100 },
      );
    }
  }, 60_000);

  it('a click near BL23 snaps to it (relative on the step side), a click near L4 on the midline to the level', () => {
    for (const i of anatomies) {
      for (const side of ['left', 'right'] as const) {
        const bl23 = resolvePoint({ acupoint: 'BL23', side }, i.a).point;
        const near: Vec3 = i.t.surface.closestPoint([bl23[0] + 0.006, bl23[1] - 0.005, bl23[2] + 0.02]).point;
        expect(placeOnSkin(i.a, near, { side })).toEqual({ point: { acupoint: 'BL23' }, snapped: { kind: 'acupoint', id: 'BL23', side } });
        const other = side === 'left' ? 'right' : 'left';
        expect(placeOnSkin(i.a, near, { side: other }).point).toEqual({ acupoint: 'BL23', side });
      }
      const l4 = resolvePoint({ level: 'L4' }, i.a).point;
      expect(placeOnSkin(i.a, l4).snapped).toEqual({ kind: 'level', id: 'L4' });
      expect(placeOnSkin(i.a, l4, { snapCm: 0 }).snapped).toBeUndefined();
    }
  });

  it('snapCandidates: everything within the radius, nearest first, each resolving to its position', () => {
    for (const i of anatomies) {
      const p = resolvePoint({ level: 'L4', lateral_cm: 3, side: 'left' }, i.a).point;
      const c = snapCandidates(i.a, p, 6);
      expect(c.length).toBeGreaterThan(0);
      expect(c.map((x) => x.distanceCm)).toEqual([...c.map((x) => x.distanceCm)].sort((a, b) => a - b));
      for (const x of c) {
        expect(x.distanceCm).toBeLessThanOrEqual(6);
        expect(dist(resolvePoint(x.point, i.a, x.side ?? 'right').point, x.position)).toBe(0);
      }
      expect(c.some((x) => x.id === 'L4' && x.kind === 'level')).toBe(true);
    }
  });
});

describe('nudgePoint', () => {
  const chartOf = (a: PreparedAnatomy, p: AnatomicalPoint, side: 'left' | 'right') => resolveChart(p, a, side).chart;

  it('moves a point by the asked cm over the skin (chart), keeping its anchor; nudging back restores it', () => {
    for (const i of anatomies) {
      const starts: AnatomicalPoint[] = [
        { level: 'L3', lateral_cm: 4 },
        { level: 'L5', lateral_cm: 6, vertical_cm: -1, side: 'left' },
        { acupoint: 'BL23' },
        { landmark: 'psis', lateral_cm: 1 },
      ];
      for (const p0 of starts) {
        for (const side of ['left', 'right'] as const) {
          for (const [dx, dy] of [
            [NUDGE_CM, 0],
            [-NUDGE_CM, 0],
            [0, NUDGE_CM],
            [0, -NUDGE_LARGE_CM],
            [NUDGE_LARGE_CM, NUDGE_LARGE_CM],
          ] as const) {
            const p1 = nudgePoint(i.a, p0, dx, dy, side);
            expect(AnatomicalPointSchema.safeParse(p1).success).toBe(true);
            const c0 = chartOf(i.a, p0, side);
            const c1 = chartOf(i.a, p1, side);
            expect(Math.abs((c1[0] - c0[0]) * 100 - dx), `${JSON.stringify(p0)} ${side} dx`).toBeLessThan(0.06);
            expect(Math.abs((c1[1] - c0[1]) * 100 - dy), `${JSON.stringify(p0)} ${side} dy`).toBeLessThan(0.06);
            const anchor = (q: AnatomicalPoint) => q.level ?? q.landmark ?? q.acupoint;
            expect(anchor(p1)).toBe(anchor(p0));
            const back = nudgePoint(i.a, p1, -dx, -dy, side);
            const cb = chartOf(i.a, back, side);
            expect(Math.hypot(cb[0] - c0[0], cb[1] - c0[1]) * 100).toBeLessThan(0.06);
          }
        }
      }
    }
  });

  it('a level point crossing the midline changes side, offsets stay non-negative', () => {
    const i = anatomies[0]!;
    let p: AnatomicalPoint = { level: 'L4', lateral_cm: 1 };
    for (let k = 0; k < 4; k++) p = nudgePoint(i.a, p, -NUDGE_CM, 0, 'right');
    expect(p).toEqual({ level: 'L4', lateral_cm: 1, side: 'left' });
    expect(AnatomicalPointSchema.safeParse(p).success).toBe(true);
  });

  it('a point on a midline acupoint (GV4) nudged sideways becomes a level point at the new place', () => {
    const i = anatomies[0]!;
    const p = nudgePoint(i.a, { acupoint: 'GV4' }, NUDGE_LARGE_CM, 0, 'right');
    expect(p.level).toBeDefined();
    const c0 = chartOf(i.a, { acupoint: 'GV4' }, 'right');
    const c1 = chartOf(i.a, p, 'right');
    expect(Math.abs((c1[0] - c0[0]) * 100 - NUDGE_LARGE_CM)).toBeLessThan(0.06);
    expect(Math.abs(c1[1] - c0[1]) * 100).toBeLessThan(0.06);
  });
});
