/**
 * The therapist changing places between two steps (issue 10 §3: nothing through the body):
 * while the hands travel from one step to the next and the therapist walks from one place to the
 * other (left ↔ right, or to the head or foot end), the shoulders used to slide straight across
 * from the old place to the new (a lerp), through the back and the table. Every such transition
 * of every library technique (full and demo) is sampled at 60 frames a second, posed as the scene
 * poses it (poseHand, then poseArms with the two places and the transition's progress): no
 * shoulder joint and no point of the upper arm (its surface, in the sleeve) is inside the body or
 * inside the table and its furniture, and through the middle of the change (20–80 % of it) the
 * shoulder joints are at least 30 cm off the skin: the therapist goes over the person, clear
 * above (the chest under the shoulders out of the body), not through at working height. Before:
 * nothing inside, but the shoulders slid across 21 cm over the back (the lerp).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { ARM_R_UPPER_M, skinClearance } from '../../../src/scene/actors/armRig';
import { therapistStances } from '../../../src/scene/actors/poseActors';
import { armFixture, poseSceneAt } from './armFixture';
import { applyPose, bodyPose, type SupportPiece } from '../../../src/domain/anatomy/positions';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { testAnatomies, testTechniques, type TestAnatomy } from '../motion/fixtures/anatomy';

const FPS = 60;
/** Upper-arm points checked, elbow (0) → shoulder joint (1). */
const UPPER_POINTS = 8;
/** Shoulder joints off the skin through the middle of a change of place, metres. */
const OVER_CLEAR_M = 0.3;

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

/** How far a room point lies inside a support piece (its box grown by r), metres; ≤ 0 outside. */
function insideBox(p: readonly number[], piece: SupportPiece, r: number): number {
  let d = Infinity;
  for (let i = 0; i < 3; i++) {
    const h = (piece.size[i] as number) / 2 + r;
    d = Math.min(d, h - Math.abs((p[i] as number) - (piece.center[i] as number)));
  }
  return d;
}

describe('the therapist changing places between steps', () => {
  const library = testTechniques().filter((t) => t.source === 'data');
  it('walks around the table: no shoulder or upper arm inside the body or the table', { timeout: 60_000 }, () => {
    const a = real as TestAnatomy;
    const surface = a.surface as MeshSurface;
    const bad: string[] = [];
    let transitions = 0;
    let frames = 0;
    let minBody = Infinity;
    let maxTable = -Infinity;
    let minOver = Infinity;
    const p = new Vector3();
    for (const { technique: full } of library) {
      for (const technique of [full, demoTechnique(full).technique]) {
        const stances = therapistStances(technique);
        const places = stances.places;
        const changes = places.map((pl, i) => i > 0 && pl !== places[i - 1]);
        if (!changes.some(Boolean)) continue;
        const fx = armFixture(technique, a);
        const { tl, arms, at } = fx;
        for (const seg of tl.segments) {
          const i = seg.stepIndex;
          if (seg.kind !== 'transition' || !changes[i]) continue;
          transitions++;
          for (let t = seg.t0; t <= seg.t1; t += 1 / FPS) {
            poseSceneAt(fx, t); // as the scene does (TechniquePlayer): the walk follows the transition's progress
            const supports = bodyPose(at.position).supports;
            const pose = bodyPose(at.position).pose;
            frames++;
            for (const side of ['left', 'right'] as const) {
              const arm = arms[side];
              if (!arm.visible) continue;
              for (let j = 0; j <= UPPER_POINTS; j++) {
                p.lerpVectors(arm.elbowAt, arm.shoulderAt, j / UPPER_POINTS);
                const r = j === UPPER_POINTS ? 0 : ARM_R_UPPER_M;
                const what = j === UPPER_POINTS ? 'shoulder' : `upper arm ${((100 * j) / UPPER_POINTS).toFixed(0)} %`;
                const c = skinClearance(surface, p) - r;
                minBody = Math.min(minBody, c);
                const where = `${technique.id} t=${t.toFixed(2)} into step ${i + 1} (${at.from} → ${at.place}, ${(at.blend * 100).toFixed(0)} %) ${side}`;
                if (c < 0) bad.push(`${where}: ${what} ${(-c * 1000).toFixed(0)} mm inside the body`);
                if (j === UPPER_POINTS && at.blend >= 0.2 && at.blend <= 0.8) {
                  minOver = Math.min(minOver, c);
                  if (c < OVER_CLEAR_M) bad.push(`${where}: shoulder only ${(c * 1000).toFixed(0)} mm off the skin halfway through the change`);
                }
                const room = applyPose(pose, [p.x, p.y, p.z]);
                for (const piece of supports) {
                  const d = insideBox(room, piece, r);
                  maxTable = Math.max(maxTable, d);
                  if (d > 0) bad.push(`${where}: ${what} ${(d * 1000).toFixed(0)} mm inside the ${piece.kind}`);
                }
              }
            }
          }
        }
      }
    }
    console.log(
      `[arm sides] ${transitions} place changes, ${frames} frames at ${FPS} fps; upper arm ≥ ${(minBody * 1000).toFixed(0)} mm off the skin, shoulders ≥ ${(minOver * 1000).toFixed(0)} mm off it halfway, deepest in the furniture ${(maxTable * 1000).toFixed(0)} mm; ${bad.length} bad`,
    );
    expect(transitions).toBeGreaterThan(0);
    expect(frames).toBeGreaterThan(transitions * 10);
    expect(bad.slice(0, 6)).toEqual([]);
  });
});
