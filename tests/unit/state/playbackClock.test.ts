import { describe, expect, it } from 'vitest';
import { createPlaybackClock, MAX_CLOCK_STEP } from '../../../src/state/playback';

/** A hand-driven clock: `at(ms)` sets the wall time the playback clock reads. */
function fake() {
  let ms = 0;
  return { now: () => ms, at: (t: number) => (ms = t) };
}

/** Plays frames at the given wall times (ms), returns the technique time played. */
function play(times: number[], speed: number, w = fake(), clock = createPlaybackClock(w.now)) {
  let t = 0;
  for (const ms of times) {
    w.at(ms);
    t += clock.advance(true, speed);
  }
  return t;
}

describe('playback clock: technique time follows the wall clock (issue 13 §8)', () => {
  it('at 2× with 4 frames a second (250 ms apart) plays 2 s per wall second, not the old 0.1 s cap (0.8 s)', () => {
    const frames = Array.from({ length: 21 }, (_, i) => i * 250); // 5 wall seconds
    expect(play(frames, 2)).toBeCloseTo(10, 9);
  });

  it('plays the same time at 60 and at 3 frames a second', () => {
    const fast = Array.from({ length: 301 }, (_, i) => (i * 1000) / 60);
    const slow = Array.from({ length: 16 }, (_, i) => (i * 1000) / 3);
    expect(play(fast, 1)).toBeCloseTo(5, 9);
    expect(play(slow, 1)).toBeCloseTo(5, 9);
  });

  it('the first frame after Play adds nothing unless the clock was started at the press', () => {
    const w = fake();
    const clock = createPlaybackClock(w.now);
    w.at(1000);
    clock.advance(false, 1); // paused frame
    w.at(5000);
    expect(clock.advance(true, 1)).toBe(0); // the paused 4 s are not played
    w.at(5500);
    expect(clock.advance(true, 1)).toBeCloseTo(0.5, 9);
    // started at the press (startPlaybackClock does reset + advance(true, 0))
    clock.reset();
    w.at(6000);
    clock.advance(true, 0);
    w.at(6300);
    expect(clock.advance(true, 2)).toBeCloseTo(0.6, 9);
  });

  it('a hidden tab does not jump ahead: only the visible time is played', () => {
    const w = fake();
    const clock = createPlaybackClock(w.now);
    w.at(0);
    clock.advance(true, 1);
    w.at(400);
    clock.hide();
    w.at(60_400); // a minute hidden; no frames meanwhile
    clock.show();
    w.at(60_500);
    // 400 ms before hiding + 100 ms after showing
    expect(clock.advance(true, 1)).toBeCloseTo(0.5, 9);
    // frames while hidden (if any) play nothing
    clock.hide();
    w.at(70_000);
    expect(clock.advance(true, 1)).toBe(0);
  });

  it('one step is capped against stalls the page is not told of', () => {
    const w = fake();
    const clock = createPlaybackClock(w.now);
    w.at(0);
    clock.advance(true, 1);
    w.at(30_000);
    expect(clock.advance(true, 1)).toBe(MAX_CLOCK_STEP);
  });

  it('pausing stops time; speed applies per frame', () => {
    const w = fake();
    const clock = createPlaybackClock(w.now);
    w.at(0);
    clock.advance(true, 1);
    w.at(100);
    expect(clock.advance(true, 0.5)).toBeCloseTo(0.05, 9);
    w.at(200);
    expect(clock.advance(false, 1)).toBe(0);
    w.at(300);
    expect(clock.advance(true, 1)).toBe(0);
  });
});
