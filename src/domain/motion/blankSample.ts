import type { ActorSample, MotionSample } from './types';

// On its own (no sampler code): the player's state (src/state/playback.ts) needs a blank sample
// for the first frame, while the sampler loads with the chosen technique.

const newActor = (): ActorSample => ({
  active: false,
  contact: false,
  point: [0, 0, 0],
  position: [0, 0, 0],
  normal: [0, 0, 1],
  forward: [0, 1, 0],
  shape: 'flat',
  nextShape: 'flat',
  blend: 0,
  pressure: 0,
  lift: 0,
  grip: 'none',
});

/** A blank sample to pass to sampleInto (allocate once, reuse every frame). */
export function createMotionSample(): MotionSample {
  return {
    t: 0,
    stepIndex: 0,
    inTransition: false,
    repetition: 0,
    repetitions: 0,
    holdRemaining: 0,
    stepTime: 0,
    stepDuration: 0,
    left: newActor(),
    right: newActor(),
    cup: newActor(),
  };
}
