/**
 * The arms move smoothly (issue 10 §3): at 60 frames a second, posed as the scene poses them
 * (TechniquePlayer: poseHand, then poseArms with the step's place, its lead, the walk between
 * places and the timeline's ArmTrack), the elbow and the shoulder never jump further in one frame
 * than the wrist moves plus 1 cm, over the first 0.5 s of every step and transition of every demo.
 *
 * History. solveArmReach used to lift the shoulder in 8 steps of 3.75 cm (now a scan and a
 * bisection: armReach.test). The elbow: solveElbowClear takes the first of 11 discrete turns
 * about the wrist–shoulder axis that clears the skin, and the choice flips from one frame to the
 * next (the elbow out beside the body ↔ up over the back): elbow 258 mm, shoulder 17.9 mm, 64
 * frames over 1 cm (measured 258.3 / 6.3 mm, 60). Tried: bisecting back to the least turn
 * (shoulder 63 mm, 307 frames); keeping the previous frame's turn (elbow 141 mm, shoulder 45 mm);
 * session 6, the arm rig remembering its turn and lift (elbow 12.7 mm, shoulder 13.1 mm, 23
 * frames) — but the arms at a time then depended on the frames before (240.6 mm apart at
 * classic-thoracolumbar-edge-rub t=9.7 between played and posed afresh): a seek, an imported file
 * and a video frame showed other arms than playback; reverted. Now (session 7) ArmTrack: the
 * per-pose solver runs at knots every 0.1 s of the timeline, each from its own time alone, and
 * the scene aims the elbow along the weighted mean of the knots' elbow directions (±0.8 s) with
 * their mean lift, lifting the shoulder further only where that arm would be in the skin
 * (solveArmAimed): elbow 8.1 mm, shoulder 6.3 mm, 0 frames over 1 cm, history 0.00 mm. The
 * arms posed afresh (a second track, its knots forgotten before each check) must match the
 * played ones exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { demoTechnique } from '../../../src/domain/technique/demo';
import { createArm } from '../../../src/scene/actors/armRig';
import { ArmTrack, poseArms, poseHand } from '../../../src/scene/actors/poseActors';
import { armFixture, poseSceneAt } from './armFixture';
import type { MeshSurface } from '../../../src/geometry/meshSurface';
import { testAnatomies, testTechniques, type TestAnatomy } from '../motion/fixtures/anatomy';

const FPS = 60;
/** Seconds played at 60 fps from the start of each step and each transition (demo length). */
const WINDOW_S = Number(process.env.ARM_WINDOW_S ?? 0.5);
/** Per-frame jump of the elbow or shoulder beyond the wrist's own move, metres (was OPEN: elbow
 * 258 mm, shoulder 17.9 mm, 64 frames over; measured now 8.1 / 6.3 mm, 0). */
const GOAL_M = 0.01;

let real: TestAnatomy | undefined;
beforeAll(async () => {
  real = (await testAnatomies()).find((a) => a.name === 'real');
});

describe('the arms at 60 fps', () => {
  const library = testTechniques().filter((t) => t.source === 'data');
  it('elbow and shoulder jump at most 1 cm per frame beyond the wrist; the pose at a time does not depend on the frames before', { timeout: 120_000 }, () => {
    const a = real as TestAnatomy;
    const surface = a.surface as MeshSurface;
    let frames = 0;
    const worst = { elbow: 0, shoulder: 0, where: '', whereS: '' };
    // The same time shows the same arms however it was reached (a seek, an imported file, a video
    // export): arms that just played the window vs arms posed afresh at its last frame. (An elbow
    // that remembered its last turn failed this, and CI's editor and video browser tests with it.)
    const history = { worst: 0, where: '', checks: 0 };
    const bad: string[] = [];
    const prevW = { left: new Vector3(), right: new Vector3() };
    const prevE = { left: new Vector3(), right: new Vector3() };
    const prevS = { left: new Vector3(), right: new Vector3() };
    for (const { technique: full } of library) {
      const technique = demoTechnique(full).technique;
      // as the scene does: one track per compiled timeline; the fresh arms get a track of their own
      const fx = armFixture(technique, a);
      const { tl, hands, arms, poses, s, at } = fx;
      const freshTrack = new ArmTrack(tl, fx.stances, surface);
      for (const seg of tl.segments) {
        const had = { left: false, right: false };
        let prevKey = '';
        const t1 = Math.min(seg.t1, seg.t0 + WINDOW_S);
        for (let f = 0; seg.t0 + f / FPS <= t1; f++) {
          const t = seg.t0 + f / FPS;
          poseSceneAt(fx, t); // as the scene does (TechniquePlayer)
          const i = s.stepIndex;
          frames++;
          if (seg.t0 + (f + 1) / FPS > t1) {
            const fresh = { left: createArm('left'), right: createArm('right') };
            poseHand(hands.left, s.left, poses.left, surface);
            poseHand(hands.right, s.right, poses.right, surface);
            freshTrack.forget();
            poseArms(fresh.left, fresh.right, hands.left, hands.right, at, surface, freshTrack, t);
            for (const side of ['left', 'right'] as const) {
              if (!arms[side].visible) continue;
              history.checks++;
              const d = Math.max(arms[side].elbowAt.distanceTo(fresh[side].elbowAt), arms[side].shoulderAt.distanceTo(fresh[side].shoulderAt));
              if (d > history.worst) {
                history.worst = d;
                history.where = `${technique.id} t=${t.toFixed(3)} step ${i + 1} ${side}`;
              }
            }
          }
          // Frames where the therapist stays put (no walk between places) with the same hands on
          // the back: what moves the shoulder is the reach alone.
          const key = `${i} ${at.from} ${at.place} ${at.blend < 1} ${arms.left.visible} ${arms.right.visible}`;
          if (key !== prevKey || at.blend < 1) {
            had.left = false;
            had.right = false;
          }
          prevKey = key;
          for (const side of ['left', 'right'] as const) {
            const arm = arms[side];
            if (!arm.visible) {
              had[side] = false;
              continue;
            }
            if (had[side]) {
              const w = arm.wristAt.distanceTo(prevW[side]);
              const e = arm.elbowAt.distanceTo(prevE[side]) - w;
              const sh = arm.shoulderAt.distanceTo(prevS[side]) - w;
              const where = `${technique.id} t=${t.toFixed(3)} step ${i + 1} ${side}`;
              if (e > worst.elbow) worst.elbow = e;
              if (sh > worst.shoulder) {
                worst.shoulder = sh;
                worst.whereS = where;
              }
              if (Math.max(e, sh) >= Math.max(worst.elbow, worst.shoulder)) worst.where = where;
              if (Math.max(e, sh) > GOAL_M) bad.push(`${where}: elbow +${(e * 1000).toFixed(1)} mm, shoulder +${(sh * 1000).toFixed(1)} mm beyond the wrist's ${(w * 1000).toFixed(1)} mm`);
            }
            prevW[side].copy(arm.wristAt);
            prevE[side].copy(arm.elbowAt);
            prevS[side].copy(arm.shoulderAt);
            had[side] = true;
          }
        }
      }
    }
    console.log(
      `[arm smooth] ${frames} frames at ${FPS} fps (${WINDOW_S} s of each step and transition, demo): largest jump beyond the wrist's: elbow ${(worst.elbow * 1000).toFixed(1)} mm (${worst.where}), shoulder ${(worst.shoulder * 1000).toFixed(1)} mm (${worst.whereS}); ${bad.length} over ${GOAL_M * 1000} mm`,
    );
    for (const b of bad.slice(0, 3)) console.log('  ' + b);
    console.log(`[arm smooth] played vs posed afresh at the same time: ${history.checks} checks, worst ${(history.worst * 1000).toFixed(2)} mm (${history.where})`);
    expect(history.checks).toBeGreaterThan(100);
    expect(history.worst, `arms at ${history.where} depend on the frames before`).toBeLessThanOrEqual(0.0005);
    expect(frames).toBeGreaterThan(1000);
    expect(worst.shoulder, worst.whereS).toBeLessThanOrEqual(GOAL_M);
    expect(worst.elbow, worst.where).toBeLessThanOrEqual(GOAL_M);
    expect(bad.slice(0, 3)).toEqual([]);
  });
});
