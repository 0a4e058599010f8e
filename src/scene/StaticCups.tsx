import { useEffect, useMemo, type RefObject } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Timeline } from '../domain/motion/types';
import { maxStaticCupsAtOnce, staticCupPoses, staticCupSlots, staticCupsAt } from '../domain/motion/staticCups';
import { playback } from '../state/playback';
import type { MeshSurface } from '../geometry/meshSurface';
import { createCup, poseStaticCups, type CupRig } from './actors/cupRig';

/**
 * Cups left on the skin (set-cup with `leave_on`), each drawn on the skin at its place, with its
 * dome, from the end of its set-cup until a remove-cup takes it (several at once), and the
 * moving cup seated on the skin while it works there and hidden while it sits on a cup left
 * there. A pool of cup rigs made once per timeline (as many as are ever on at once); per frame
 * only refs and preallocated slots. Runs after the player's frame (priority 0 > −1), so it sees
 * the actor cup already posed for this frame.
 */
export function StaticCups({ timeline, actor, skin }: { timeline: Timeline; actor: RefObject<CupRig | null>; skin: MeshSurface }) {
  const poses = useMemo(() => staticCupPoses(timeline), [timeline]);
  const pool = useMemo(() => Array.from({ length: maxStaticCupsAtOnce(timeline) }, () => createCup()), [timeline]);
  const slots = useMemo(() => staticCupSlots(pool.length), [pool]);
  useEffect(
    () => () => {
      for (const c of pool) c.dispose();
    },
    [pool],
  );
  useFrame(() => {
    const a = actor.current;
    // (The moving cup was seated on the skin by TechniquePlayer before the hands took hold of it.)
    if (pool.length === 0) return;
    const n = staticCupsAt(timeline, playback.t, slots);
    poseStaticCups(pool, slots, n, poses, a, skin);
  });
  return (
    <>
      {pool.map((c) => (
        <primitive key={c.uuid} object={c} visible={false} />
      ))}
    </>
  );
}
