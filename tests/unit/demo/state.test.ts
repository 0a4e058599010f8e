import { beforeEach, describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, DEFAULT_URL_STATE } from '../../../src/state/url';
import { mapTimeAcross, playback, takePendingT } from '../../../src/state/playback';
import { defaultLength, type TimelineMeta } from '../../../src/state/store';
import { fitView, stepBoxes, type Box3Like, type CameraView } from '../../../src/domain/anatomy/views';
import { compile } from '../../../src/domain/motion/compile';
import { testAnatomies, testTechniques } from '../motion/fixtures/anatomy';

describe('length in the URL', () => {
  it('reads length=demo|full and ignores anything else', () => {
    expect(parseUrlState('?technique=a&length=full').length).toBe('full');
    expect(parseUrlState('?technique=a&length=demo').length).toBe('demo');
    expect(parseUrlState('?technique=a&length=long').length).toBeUndefined();
    expect(parseUrlState('?technique=a').length).toBeUndefined();
  });

  it('writes it only when given, and round-trips', () => {
    const s = { ...DEFAULT_URL_STATE, technique: 'classic-full-session', t: 600, length: 'full' as const };
    expect(formatUrlState(s)).toBe('?technique=classic-full-session&t=600.0&length=full');
    expect(parseUrlState(formatUrlState(s))).toEqual(s);
    expect(formatUrlState({ ...DEFAULT_URL_STATE, technique: 'a' })).toBe('?technique=a');
  });

  it('patients and trainees open techniques as a demo', () => {
    expect(defaultLength('patient')).toBe('demo');
    expect(defaultLength('trainee')).toBe('demo');
  });
});

describe("a link's time belongs to the technique it named", () => {
  beforeEach(() => {
    playback.pendingT = null;
  });

  it('an unknown technique from a link does not pass its time on to the next one chosen', () => {
    // ?technique=no-such-technique&t=30, then the user picks another technique.
    playback.pendingT = { techniqueId: 'no-such-technique', t: 30 };
    expect(takePendingT('classic-warming-rub', 300)).toBeNull();
    expect(playback.pendingT).toBeNull();
    // Nor to the one after it.
    expect(takePendingT('no-such-technique', 300)).toBeNull();
  });

  it('the named technique starts at the time (clamped to its length), once', () => {
    playback.pendingT = { techniqueId: 'a', t: 30 };
    expect(takePendingT('a', 300)).toBe(30);
    expect(takePendingT('a', 300)).toBeNull();
    playback.pendingT = { techniqueId: 'a', t: 900 };
    expect(takePendingT('a', 281)).toBe(281);
  });
});

describe('the same moment at the other length', () => {
  const title = { en: 'x', ru: 'x' };
  const demo: TimelineMeta = {
    techniqueId: 't',
    duration: 30,
    steps: [
      { index: 0, start: 0, end: 10, title },
      { index: 1, start: 10, end: 30, title },
    ],
  };
  const full: TimelineMeta = {
    techniqueId: 't',
    duration: 600,
    steps: [
      { index: 0, start: 0, end: 200, title },
      { index: 1, start: 200, end: 600, title },
    ],
  };
  it('keeps the step and the fraction of it', () => {
    expect(mapTimeAcross(demo, full, 5)).toBeCloseTo(100, 9);
    expect(mapTimeAcross(demo, full, 20)).toBeCloseTo(400, 9);
    expect(mapTimeAcross(full, demo, 400)).toBeCloseTo(20, 9);
    expect(mapTimeAcross(demo, full, 30)).toBe(600);
  });
});

describe('framing a step', () => {
  const box: Box3Like = { min: [-0.15, 0.0, 0.05], max: [0.15, 0.3, 0.15] };
  const fov = 35;
  const aspect = 960 / 496;

  /** Projects a point through a camera at `v` (looking at its target, up = +y) to NDC. */
  function ndc(v: CameraView, p: readonly number[]): [number, number] {
    const f = [v.target[0] - v.position[0], v.target[1] - v.position[1], v.target[2] - v.position[2]];
    const lf = Math.hypot(f[0]!, f[1]!, f[2]!);
    const fw = f.map((x) => x / lf);
    const r = [fw[1]! * 0 - fw[2]! * 1, fw[2]! * 0 - fw[0]! * 0, fw[0]! * 1 - fw[1]! * 0];
    const lr = Math.hypot(r[0]!, r[1]!, r[2]!);
    const rt = r.map((x) => x / lr);
    const up = [rt[1]! * fw[2]! - rt[2]! * fw[1]!, rt[2]! * fw[0]! - rt[0]! * fw[2]!, rt[0]! * fw[1]! - rt[1]! * fw[0]!];
    const d = [p[0]! - v.position[0], p[1]! - v.position[1], p[2]! - v.position[2]];
    const z = d[0]! * fw[0]! + d[1]! * fw[1]! + d[2]! * fw[2]!;
    const x = d[0]! * rt[0]! + d[1]! * rt[1]! + d[2]! * rt[2]!;
    const y = d[0]! * up[0]! + d[1]! * up[1]! + d[2]! * up[2]!;
    const t = Math.tan((fov / 2) * (Math.PI / 180));
    return [x / (z * t * aspect), y / (z * t)];
  }

  const presets: Record<string, CameraView> = {
    posterior: { position: [0, 0.15, 1.5], target: [0, 0.1, 0.05] },
    oblique: { position: [0.85, 0.45, 1.1], target: [0, 0.1, 0.05] },
    left: { position: [-1.4, 0.15, 0.15], target: [0, 0.1, 0.05] },
  };

  it.each(Object.entries(presets))('%s: every corner of the box is in view, one at the margin', (_n, preset) => {
    const v = fitView(box, preset, { fovDeg: fov, aspect, margin: 0.1, minDistance: 0.25, maxDistance: 3 });
    // Looks at the box centre from the preset's direction.
    expect(v.target).toEqual([0, 0.15, 0.1]);
    const a = preset.position.map((x, i) => x - preset.target[i]!);
    const b = v.position.map((x, i) => x - v.target[i]!);
    const cos = (a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!) / (Math.hypot(...a) * Math.hypot(...b));
    expect(cos).toBeCloseTo(1, 9);
    let worst = 0;
    for (let c = 0; c < 8; c++) {
      const p = [c & 1 ? box.max[0] : box.min[0], c & 2 ? box.max[1] : box.min[1], c & 4 ? box.max[2] : box.min[2]];
      const [x, y] = ndc(v, p);
      worst = Math.max(worst, Math.abs(x), Math.abs(y));
    }
    expect(worst).toBeLessThanOrEqual(0.9 + 1e-9);
    expect(worst).toBeGreaterThan(0.89);
  });

  it('every step of every library technique has a box round its paths, on the back', async () => {
    const [a] = await testAnatomies();
    for (const t of testTechniques().filter((x) => x.source === 'data')) {
      const tl = compile(t.technique, a!.anatomy);
      const boxes = stepBoxes(tl);
      expect(boxes).toHaveLength(tl.steps.length);
      boxes.forEach((b, i) => {
        expect(b, `${t.file} step ${i + 1}`).not.toBeNull();
        const size = b!.max.map((x, k) => x - b!.min[k]!);
        // At least the hand room on each side, at most the back's width and height.
        for (const s of size) expect(s).toBeGreaterThanOrEqual(0.24);
        expect(size[0]).toBeLessThan(0.8);
        expect(size[1]).toBeLessThan(0.9);
      });
    }
  });
});
