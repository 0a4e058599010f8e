/**
 * Cups left on the skin (issue 10): drawn on the skin at their place for exactly their time,
 * several at once, each with its dome; the moving cup hidden while it sits on one; a remove-cup
 * starts exactly on the cup it takes off; a gliding cup never leaves the skin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { compile, createMotionSample, sampleInto } from '../../../src/domain/motion';
import { maxStaticCupsAtOnce, staticCupPoses, staticCupSlots, staticCupsAt } from '../../../src/domain/motion/staticCups';
import { parseTechniqueText } from '../../../src/domain/technique/parse';
import { createCup, cupGrip, poseStaticCups, seatCupOnSkin } from '../../../src/scene/actors/cupRig';
import { poseCup } from '../../../src/scene/actors/poseActors';
import { testAnatomies } from '../motion/fixtures/anatomy';

function load(id: string) {
  const file = ['data/techniques', 'data/techniques-v2'].map((d) => `${d}/${id}.json`).find((f) => existsSync(f));
  if (!file) throw new Error(`no ${id}`);
  const r = parseTechniqueText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.technique;
}

describe('static cups', { timeout: 60_000 }, async () => {
  const [A] = await testAnatomies();
  const anatomy = A!.anatomy;
  const tl = compile(load('cupping-static-both-sides'), anatomy);
  const poses = staticCupPoses(tl);

  it('the technique leaves four cups, two or more on the skin at once', () => {
    expect(tl.staticCups).toHaveLength(4);
    expect(maxStaticCupsAtOnce(tl)).toBe(4);
  });

  it('each cup left on the skin is drawn there (on the skin, with its dome) for exactly its time', () => {
    const pool = Array.from({ length: maxStaticCupsAtOnce(tl) }, () => createCup());
    const slots = staticCupSlots(pool.length);
    const actor = createCup();
    const s = createMotionSample();
    const q = [0, 0, 0];
    const qn = [0, 0, 0];
    let seenFour = 0;
    for (let t = 0; t <= tl.duration; t += 0.25) {
      sampleInto(tl, t, s);
      poseCup(actor, s.cup);
      const n = staticCupsAt(tl, t, slots);
      poseStaticCups(pool, slots, n, poses, actor, A!.surface);
      const expected = tl.staticCups.filter((c) => t >= c.t0 && t < c.t1).length;
      expect(pool.filter((r) => r.visible).length, `t=${t}`).toBe(expected);
      if (expected === 4) seenFour++;
      for (const r of pool) {
        if (!r.visible) continue;
        // the rim centre on the skin (1 mm in), the dome drawn up
        const d = A!.surface.closestPointInto([r.position.x, r.position.y, r.position.z], q, qn);
        expect(d, `t=${t}`).toBeLessThan(0.003);
        expect(r.dome.visible).toBe(true);
        expect(r.domeHeight).toBeGreaterThan(0.005);
        // no second (moving) cup in the same place
        if (actor.visible) expect(actor.position.distanceTo(r.position)).toBeGreaterThan(actor.outerRadius * 2);
      }
    }
    expect(seenFour).toBeGreaterThan(10);
  });

  it('the cup actor lets go of a cup exactly where it stays, and a remove-cup starts exactly on it', () => {
    const s = createMotionSample();
    tl.staticCups.forEach((c, i) => {
      const p = poses[i]!;
      sampleInto(tl, c.t0, s);
      expect(Math.hypot(s.cup.point[0] - p.point[0], s.cup.point[1] - p.point[1], s.cup.point[2] - p.point[2])).toBeLessThan(0.001);
      sampleInto(tl, c.t1 + 1e-3, s);
      expect(s.cup.contact).toBe(true);
      expect(Math.hypot(s.cup.point[0] - p.point[0], s.cup.point[1] - p.point[1], s.cup.point[2] - p.point[2])).toBeLessThan(0.001);
    });
  });

  it('a hand grips a placed cup on its closed top (palm against the axis, away from the skin)', () => {
    const cup = createCup();
    const n = new Vector3(0.2, 0.1, 1).normalize();
    cup.placeCup(new Vector3(0.05, 0.1, 0.12), n, new Vector3(0, 1, 0), 0.5);
    const g = cupGrip(cup, { point: new Vector3(), normal: new Vector3(), forward: new Vector3() });
    expect(g.normal.dot(n)).toBeGreaterThan(0.9999);
    expect(g.point.clone().sub(cup.position).dot(n)).toBeCloseTo(cup.height, 4);
    expect(Math.abs(g.forward.dot(n))).toBeLessThan(1e-6);
  });
});

describe('a gliding cup stays on the skin (cupping-lumbar, to the flank)', { timeout: 60_000 }, async () => {
  const [A] = await testAnatomies();
  const tl = compile(load('cupping-lumbar'), A!.anatomy);
  const q = [0, 0, 0];
  const qn = [0, 0, 0];
  /** Signed distance of a point to the skin (+ outside, − inside the body). */
  const signed = (p: Vector3): number => {
    const d = A!.surface.closestPointInto([p.x, p.y, p.z], q, qn);
    return (p.x - q[0]!) * qn[0]! + (p.y - q[1]!) * qn[1]! + (p.z - q[2]!) * qn[2]! < 0 ? -d : d;
  };
  const measure = (seat: boolean) => {
    const s = createMotionSample();
    const cup = createCup();
    const rim = new Vector3();
    let off = -Infinity;
    let into = Infinity;
    let n = 0;
    for (let t = 0; t <= tl.duration; t += 0.7) {
      sampleInto(tl, t, s);
      if (!s.cup.active || !s.cup.contact) continue;
      poseCup(cup, s.cup);
      if (seat) seatCupOnSkin(cup, A!.surface);
      cup.updateMatrix();
      n++;
      for (let k = 0; k < 12; k++) {
        const a = (k / 12) * Math.PI * 2;
        rim.set(Math.cos(a) * cup.innerRadius, 0, Math.sin(a) * cup.innerRadius).applyMatrix4(cup.matrix);
        const g = signed(rim);
        off = Math.max(off, g);
        into = Math.min(into, g);
      }
    }
    return { n, off, into };
  };
  it('every cup on the skin, seated: no part of its rim more than 1.5 mm off the skin nor more than 12 mm into it (the rim presses into soft tissue where the back is curved)', () => {
    const before = measure(false);
    const after = measure(true);
    console.log(
      `cup glide (${A!.name}, ${after.n} samples): rim off the skin ≤ ${(before.off * 1000).toFixed(1)} mm placed → ${(after.off * 1000).toFixed(1)} mm seated; into it ≤ ${(-before.into * 1000).toFixed(1)} → ${(-after.into * 1000).toFixed(1)} mm`,
    );
    expect(after.n).toBeGreaterThan(100);
    expect(after.off).toBeLessThan(0.0015);
    expect(after.into).toBeGreaterThan(-0.012);
  });
});
