import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { compile } from '../domain/motion/compile';
import { sampleInto } from '../domain/motion/sample';
import { createHandPose } from '../domain/motion/handShapes';
import type { ActorSample, Timeline } from '../domain/motion/types';
import type { Technique } from '../domain/technique/schema';
import { ACUPOINTS } from '../domain/technique/acupoints';
import { AVOID_ZONE, LANDMARKS_FILE } from '../state/anatomy';
import { pressGlow } from '../domain/anatomy/avoidZone';
import { useViewer, type TimelineMeta } from '../state/store';
import { playback, playbackClock, startPlaybackClock, emitPlaybackFrame, mapTimeAcross, takePendingT } from '../state/playback';
import { demoTechnique, fullMinutes, type DemoResult, type TechniqueLength } from '../domain/technique/demo';
import { stepBoxes } from '../domain/anatomy/views';
import { loopWithinStep } from '../state/timelineNav';
import { sceneHandles } from '../state/sceneHandles';
import { useBackModel } from './modelLoader';
import { skinSurfaceOf } from './skinSurface';
import { Hand } from './actors/Hand';
import { Cup } from './actors/Cup';
import { PathTrail } from './PathTrail';
import { StaticCups } from './StaticCups';
import type { HandRig } from './actors/handRig';
import { seatCupOnSkin, type CupRig } from './actors/cupRig';
import { ArmTrack, armPlacementAt, poseArms, poseCup, poseHand, therapistStances, type ArmPlacement } from './actors/poseActors';
import { Arm } from './actors/Arm';
import type { ArmRig } from './actors/armRig';
import type { HandOptions } from './actors/handRig';

// Per-frame scratch poses (never allocated inside useFrame).
const poseL = createHandPose('flat');
const poseR = createHandPose('flat');
/** The hands end in a short stub: the whole arm (Arm) goes on from the wrist to the shoulder. */
const HAND_OPTIONS: HandOptions = { forearmEnd: 'arm' };
const armAt: ArmPlacement = { place: 'left', from: 'left', blend: 1, position: 'prone' };

/** How much an actor lights the avoid zone: only a press inside it (a hover or a lifted hand: 0). */
const glowOf = (a: ActorSample) => pressGlow(AVOID_ZONE, a.contact, a.pressure, a.point[0], a.point[1]);

function metaOf(technique: Technique, timeline: Timeline, length: TechniqueLength, lengths: Lengths): TimelineMeta {
  const segs = timeline.segments;
  const boxes = stepBoxes(timeline);
  return {
    techniqueId: technique.id,
    duration: timeline.duration,
    // A step "starts" with the transition that leads into it, so seeking to it shows the move in.
    steps: timeline.steps.map((s) => {
      const lead = segs.find((g) => g.kind === 'transition' && g.stepIndex === s.index && g.t1 === s.t0);
      const box = boxes[s.index];
      return {
        index: s.index,
        start: lead ? lead.t0 : s.t0,
        end: s.t1,
        title: technique.steps[s.index]!.caption,
        dose: lengths.dose.steps[s.index]!,
        ...(box ? { box } : {}),
      };
    }),
    length,
    lengths: { demoS: lengths.demo.duration, fullS: lengths.full.duration, fullMin: fullMinutes(technique) },
  };
}

interface Lengths {
  dose: DemoResult;
  demo: Timeline;
  full: Timeline;
}

/**
 * Plays one technique: compiles it against the skin once, then each frame advances the clock
 * (while playing), samples the pose and moves the hands and cup. Everything per frame goes
 * through refs and preallocated objects; React state changes only on play/pause/seek.
 */
/** Vector3 → a preallocated [x, y, z] (no allocation per frame). */
function copy3(v: { x: number; y: number; z: number }, out: [number, number, number]): void {
  out[0] = v.x;
  out[1] = v.y;
  out[2] = v.z;
}

export function TechniquePlayer({ technique }: { technique: Technique }) {
  const gltf = useBackModel();
  const invalidate = useThree((s) => s.invalidate);
  const left = useRef<HandRig>(null);
  const right = useRef<HandRig>(null);
  const cup = useRef<CupRig>(null);
  const armL = useRef<ArmRig>(null);
  const armR = useRef<ArmRig>(null);
  // Where the therapist stands for each step (place, how far headward, the body's position)
  const stances = useMemo(() => therapistStances(technique), [technique]);
  const ending = useRef(false);
  const length = useViewer((s) => s.length);
  // Both versions are compiled once per technique (a few ms each), so the label can give both
  // lengths exactly and switching demo/full does not recompile.
  const skin = useMemo(() => skinSurfaceOf(gltf.scene), [gltf]);
  const lengths = useMemo((): Lengths => {
    const anatomy = { landmarks: LANDMARKS_FILE.landmarks, acupoints: ACUPOINTS, surface: skin };
    const dose = demoTechnique(technique);
    return { dose, demo: compile(dose.technique, anatomy), full: compile(technique, anatomy) };
  }, [technique, skin]);
  const timeline = lengths[length];
  const meta = useMemo(() => metaOf(technique, timeline, length, lengths), [technique, timeline, length, lengths]);
  // The arms' elbow turn and reach-over lift as a smooth function of time (one per timeline)
  const armTrack = useMemo(() => new ArmTrack(timeline, stances, skin), [timeline, stances, skin]);
  useEffect(() => () => armTrack.dispose(), [armTrack]);
  const shown = useRef<TimelineMeta | null>(null);

  useEffect(() => {
    const prev = shown.current;
    shown.current = meta;
    useViewer.getState().setTimeline(meta);
    // A link's time (for this technique only), else the same moment of the other length, else 0.
    const same = prev !== null && prev.techniqueId === meta.techniqueId;
    playback.t = takePendingT(meta.techniqueId, meta.duration) ?? (same ? mapTimeAcross(prev, meta, playback.t) : 0);
    playback.requestFrame = invalidate;
    invalidate();
    return () => {
      useViewer.getState().setTimeline(null);
      playback.requestFrame = () => {};
    };
  }, [meta, invalidate]);

  // Starting playback needs one frame to get the loop going (frameloop="demand").
  // The wall clock starts when Play is pressed, not at the first frame drawn after it.
  useEffect(
    () =>
      useViewer.subscribe((s, prev) => {
        if (s.playing === prev.playing) return;
        if (s.playing) startPlaybackClock();
        invalidate();
      }),
    [invalidate],
  );

  useFrame((state) => {
    const s = useViewer.getState();
    // Wall-clock time × speed, however few frames are drawn (see playbackClock).
    const dt = playbackClock.advance(s.playing, s.speed);
    if (s.playing) {
      const step = playback.sample.stepIndex;
      playback.t += dt;
      if (s.loopStep) playback.t = loopWithinStep(meta, step, playback.t);
      if (playback.t >= timeline.duration) {
        playback.t = timeline.duration;
        // The end is an event, not per-frame state: React hears of it after this frame, once.
        if (!ending.current) {
          ending.current = true;
          setTimeout(() => {
            ending.current = false;
            useViewer.getState().setPlaying(false);
          }, 0);
        }
      }
    }
    const smp = sampleInto(timeline, playback.t, playback.sample);
    // the hands follow the curve of the back (fingers bent to the skin, forearm kept out)
    // the cup first (seated on the skin under suction), so a hand holding it takes its top
    if (cup.current) {
      poseCup(cup.current, smp.cup);
      if (cup.current.visible && cup.current.suction > 0) seatCupOnSkin(cup.current, skin);
    }
    if (left.current) poseHand(left.current, smp.left, poseL, skin, cup.current);
    if (right.current) poseHand(right.current, smp.right, poseR, skin, cup.current);
    if (left.current && right.current && armL.current && armR.current) {
      // the arms from where the therapist stands (between two steps: walking from one place to the next)
      armPlacementAt(stances, smp, armAt);
      const st = poseArms(armL.current, armR.current, left.current, right.current, armAt, skin, armTrack, smp.t);
      const th = sceneHandles.therapist;
      th.on = armL.current.visible || armR.current.visible;
      copy3(st.shoulderL, th.shoulderL);
      copy3(st.shoulderR, th.shoulderR);
    }
    const u = sceneHandles.skinUniforms;
    if (u) {
      const press = u.uPress.value;
      const l = smp.left;
      const r = smp.right;
      press[0]!.set(l.point[0], l.point[1], l.point[2], l.contact ? l.pressure : 0);
      press[1]!.set(r.point[0], r.point[1], r.point[2], r.contact ? r.pressure : 0);
      u.uAvoidGlow.value = Math.max(glowOf(l), glowOf(r), glowOf(smp.cup));
    }
    sceneHandles.stepProgress = smp.stepDuration > 0 ? smp.stepTime / smp.stepDuration : 0;
    sceneHandles.stepIndex = smp.stepIndex;
    emitPlaybackFrame();
    if (s.playing) state.invalidate();
  }, -1); // before the trail and the default render, so a paused seek draws the new pose

  useEffect(
    () => () => {
      sceneHandles.therapist.on = false;
      const u = sceneHandles.skinUniforms;
      if (u) {
        for (const v of u.uPress.value) v.w = 0;
        u.uAvoidGlow.value = 0;
      }
    },
    [],
  );

  return (
    <>
      <Hand side="left" ref={left} options={HAND_OPTIONS} />
      <Hand side="right" ref={right} options={HAND_OPTIONS} />
      <Arm side="left" ref={armL} />
      <Arm side="right" ref={armR} />
      <Cup ref={cup} />
      <StaticCups timeline={timeline} actor={cup} skin={skin} />
      <PathTrail timeline={timeline} />
    </>
  );
}
