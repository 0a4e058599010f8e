import { describe, expect, it } from 'vitest';
import { frameTime, planFrames, resolveRange, secondsLeft, EXPORT_SIZES } from '../../../src/export/plan';
import { chooseFormat, type CodecProbe } from '../../../src/export/chooseCodec';
import { captionLayout, wrapText } from '../../../src/export/overlay';
import { createCameraPath, goalAt } from '../../../src/export/cameraPath';
import type { CameraView } from '../../../src/domain/anatomy/views';

const META = {
  duration: 30,
  steps: [
    { index: 0, start: 0, end: 10, title: { en: 'a', ru: 'а' } },
    { index: 1, start: 10, end: 30, title: { en: 'b', ru: 'б' } },
  ],
};

describe('frame plan', () => {
  it('2 s at 10 fps is exactly 20 frames at from + i / fps', () => {
    const p = planFrames(3, 5, 10);
    expect(p.frames).toBe(20);
    expect(frameTime(p, 0)).toBe(3);
    expect(frameTime(p, 10)).toBeCloseTo(4, 12);
    expect(frameTime(p, 19)).toBeCloseTo(4.9, 12);
  });

  it('a range that is not a whole number of frames gets the frame that starts before its end', () => {
    expect(planFrames(0, 1.01, 10).frames).toBe(11);
    expect(planFrames(0, 0.001, 30).frames).toBe(1);
    expect(planFrames(0, 20, 30).frames).toBe(600);
  });

  it('ranges: the technique, a step, a time span, clamped; empty or unknown ones are null', () => {
    expect(resolveRange(META, { kind: 'technique' })).toEqual({ from: 0, to: 30 });
    expect(resolveRange(META, { kind: 'step', index: 1 })).toEqual({ from: 10, to: 30 });
    expect(resolveRange(META, { kind: 'step', index: 5 })).toBeNull();
    expect(resolveRange(META, { kind: 'range', from: -3, to: 99 })).toEqual({ from: 0, to: 30 });
    expect(resolveRange(META, { kind: 'range', from: 8, to: 8 })).toBeNull();
    expect(resolveRange(META, { kind: 'range', from: 9, to: 2 })).toBeNull();
    expect(resolveRange(META, { kind: 'range', from: Number.NaN, to: 2 })).toBeNull();
  });

  it('time left: none until 3 frames, then the rate so far', () => {
    expect(secondsLeft(2, 100, 1)).toBeNull();
    expect(secondsLeft(10, 100, 5)).toBeCloseTo(45, 9);
    expect(secondsLeft(100, 100, 50)).toBe(0);
  });

  it('the offered sizes are 1280×720 and 720×1280', () => {
    expect(EXPORT_SIZES).toEqual({ landscape: { width: 1280, height: 720 }, portrait: { width: 720, height: 1280 } });
  });
});

describe('format choice', () => {
  const probe =
    (ok: string[]): CodecProbe =>
    async (codec) =>
      ok.includes(codec);

  it('MP4/H.264 when H.264 encodes, else WebM/VP9, else none', async () => {
    expect((await chooseFormat(probe(['avc', 'vp9']), 1280, 720))?.container).toBe('mp4');
    expect(await chooseFormat(probe(['vp9']), 1280, 720)).toMatchObject({ container: 'webm', codec: 'vp9', extension: '.webm' });
    expect(await chooseFormat(probe([]), 1280, 720)).toBeNull();
  });

  it('a probe that throws counts as "cannot"', async () => {
    const throwing: CodecProbe = async (codec) => {
      if (codec === 'avc') throw new Error('no');
      return true;
    };
    expect((await chooseFormat(throwing, 720, 1280))?.codec).toBe('vp9');
  });

  it('a preferred codec goes first', async () => {
    expect((await chooseFormat(probe(['avc', 'vp9']), 320, 180, 'vp9'))?.codec).toBe('vp9');
  });
});

describe('caption layout', () => {
  const measure = (s: string) => s.length * 10;

  it('wraps by words within the width and cuts the last allowed line with an ellipsis', () => {
    expect(wrapText('aaa bbb ccc', 75, 3, measure)).toEqual(['aaa bbb', 'ccc']);
    const cut = wrapText('aaa bbb ccc ddd eee fff', 75, 2, measure);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const l of cut) expect(measure(l)).toBeLessThanOrEqual(75);
    expect(wrapText('', 75, 2, measure)).toEqual([]);
  });

  it('scales with the short side: portrait and landscape use the same font size', () => {
    const l = captionLayout(1280, 720);
    const p = captionLayout(720, 1280);
    expect(l.fontPx).toBe(p.fontPx);
    expect(l.fontPx).toBeGreaterThanOrEqual(24);
    expect(p.maxCaptionLines).toBeGreaterThan(l.maxCaptionLines);
    expect(captionLayout(320, 180).fontPx).toBeGreaterThanOrEqual(6);
  });
});

describe('export camera (no clock)', () => {
  const preset: CameraView = { position: [0, 1, 2], target: [0, 1, 0] };
  const meta = {
    steps: [
      { index: 0, start: 0, end: 10, title: { en: '', ru: '' }, box: { min: [-0.1, 0.9, -0.05] as [number, number, number], max: [0.1, 1.0, 0.05] as [number, number, number] } },
      { index: 1, start: 10, end: 20, title: { en: '', ru: '' }, box: { min: [-0.2, 1.1, -0.05] as [number, number, number], max: [0.2, 1.3, 0.05] as [number, number, number] } },
    ],
  };
  const o = { meta, preset, fovDeg: 35, aspect: 16 / 9 };

  it('starts on the framing of the first frame and reaches a new step’s framing smoothly', () => {
    const path = createCameraPath(o, 30);
    const first = path.next(9.9);
    expect(first).toEqual(goalAt(o, 9.9));
    const goal = goalAt(o, 10);
    let prevGap = Infinity;
    let v: CameraView = first;
    for (let i = 0; i < 60; i++) {
      v = path.next(10 + i / 30);
      const gap = Math.hypot(...v.target.map((x, k) => x - goal.target[k]!));
      expect(gap).toBeLessThanOrEqual(prevGap + 1e-12); // never moves away from the goal
      prevGap = gap;
    }
    expect(prevGap).toBeLessThan(0.01); // 2 s after the step change, settled
  });

  it('is the same at any frame rate after the same time (no wall clock)', () => {
    const a = createCameraPath(o, 30);
    const b = createCameraPath(o, 60);
    let va: CameraView = a.next(9);
    let vb: CameraView = b.next(9);
    for (let i = 1; i <= 90; i++) va = a.next(9 + i / 30);
    for (let i = 1; i <= 180; i++) vb = b.next(9 + i / 60);
    for (let k = 0; k < 3; k++) expect(va.position[k]!).toBeCloseTo(vb.position[k]!, 2);
  });

  it('the portrait framing is farther back than the landscape one for a wide step', () => {
    const land = goalAt(o, 15);
    const port = goalAt({ ...o, aspect: 9 / 16 }, 15);
    const d = (v: CameraView) => Math.hypot(...v.position.map((x, k) => x - v.target[k]!));
    expect(d(port)).toBeGreaterThan(d(land));
  });
});
