/**
 * Renders part of a technique to a video file in the browser (mediabunny over WebCodecs).
 *
 * Frame by frame, never a screen recording: for frame i the time is set to from + i / fps, the
 * scene is posed from the motion engine's sample at that time and drawn once, the canvas is
 * copied to a 2D canvas (captions painted over it), and that picture is encoded with timestamp
 * i / fps. The file is therefore smooth and exact however slow the machine is.
 *
 * MP4/H.264 where the browser encodes H.264, else WebM/VP9, else a clear "cannot encode" with
 * nothing written. The file is built in memory and handed over only once it is complete; a
 * cancel or an error throws it away.
 */
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  canEncodeVideo,
} from 'mediabunny';
import type { MotionSample } from '../domain/motion/types';
import type { TechniqueLength } from '../domain/technique/demo';
import { CAMERA_VIEWS } from '../state/anatomy';
import { playback } from '../state/playback';
import { useViewer, type TimelineMeta } from '../state/store';
import { exportBridge } from './bridge';
import { createCameraPath } from './cameraPath';
import { chooseFormat, type CodecProbe, type ExportCodec, type VideoFormatChoice } from './chooseCodec';
import { drawOverlay, type OverlayText } from './overlay';
import { frameTime, planFrames, resolveRange, secondsLeft, type ExportRange } from './plan';

export interface ExportProgress {
  done: number;
  total: number;
  /** Estimated seconds left (null until a few frames give a rate). */
  secondsLeft: number | null;
}

export interface ExportOptions {
  range: ExportRange;
  width: number;
  height: number;
  fps: number;
  /** Demo or full length (the player switches to it for the export and back after). */
  length: TechniqueLength;
  /** Words to burn in at each frame; none when absent. */
  overlay?: (sample: MotionSample, t: number) => OverlayText;
  /** Try this codec first (tests); default H.264 then VP9. */
  prefer?: ExportCodec;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
}

export type ExportResult =
  | {
      ok: true;
      blob: Blob;
      format: VideoFormatChoice;
      frames: number;
      /** Length of the video, s. */
      durationS: number;
      /** Wall time the export took, s. */
      elapsedS: number;
    }
  | { ok: false; reason: 'no-encoder' | 'no-scene' | 'empty-range' | 'cancelled' | 'failed'; message?: string };

/** Asks the browser (WebCodecs, through mediabunny) whether a codec encodes at this size. */
export const browserProbe: CodecProbe = (codec, width, height) =>
  typeof VideoEncoder === 'undefined' ? Promise.resolve(false) : canEncodeVideo(codec, { width, height, bitrate: QUALITY_HIGH });

/** Waits until the player has compiled the requested length (the timeline meta says so). */
function timelineAt(length: TechniqueLength): Promise<TimelineMeta | null> {
  const ok = (m: TimelineMeta | null) => m !== null && (m.length ?? length) === length;
  const now = useViewer.getState();
  if (now.length === length && ok(now.timeline)) return Promise.resolve(now.timeline);
  now.setLength(length);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve(null);
    }, 10_000);
    const stop = useViewer.subscribe((s) => {
      if (s.length === length && ok(s.timeline)) {
        clearTimeout(timer);
        stop();
        resolve(s.timeline);
      }
    });
  });
}

/** Lets the page paint (progress bar) and hear Cancel between frames. */
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export async function exportVideo(o: ExportOptions): Promise<ExportResult> {
  const bridge = exportBridge.current;
  if (!bridge) return { ok: false, reason: 'no-scene' };
  const format = await chooseFormat(browserProbe, o.width, o.height, o.prefer);
  if (!format) return { ok: false, reason: 'no-encoder' };
  if (o.signal?.aborted) return { ok: false, reason: 'cancelled' };

  const prevLength = useViewer.getState().length;
  const follow = useViewer.getState().follow;
  const view = useViewer.getState().view;
  const meta = await timelineAt(o.length);
  const range = meta ? resolveRange(meta, o.range) : null;
  if (!meta || !range) {
    if (prevLength !== o.length) useViewer.getState().setLength(prevLength);
    return { ok: false, reason: 'empty-range' };
  }
  const plan = planFrames(range.from, range.to, o.fps);

  const canvas = document.createElement('canvas');
  canvas.width = o.width;
  canvas.height = o.height;
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) return { ok: false, reason: 'failed', message: 'no 2D canvas' };

  const output = new Output({
    format: format.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, { codec: format.codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: o.fps });

  const session = await bridge.begin(o.width, o.height);
  const path = follow ? createCameraPath({ meta, preset: CAMERA_VIEWS[view], fovDeg: session.fovDeg, aspect: o.width / o.height }, o.fps) : null;
  const started = performance.now();
  let lastYield = started;
  try {
    await output.start();
    for (let i = 0; i < plan.frames; i++) {
      if (o.signal?.aborted) {
        await output.cancel();
        return { ok: false, reason: 'cancelled' };
      }
      const t = frameTime(plan, i);
      const gl = session.renderAt(t, path ? path.next(t) : null);
      ctx.drawImage(gl, 0, 0, o.width, o.height);
      if (o.overlay) drawOverlay(ctx, o.width, o.height, o.overlay(playback.sample, t));
      await source.add(i / o.fps, 1 / o.fps);
      const now = performance.now();
      o.onProgress?.({ done: i + 1, total: plan.frames, secondsLeft: secondsLeft(i + 1, plan.frames, (now - started) / 1000) });
      if (now - lastYield > 40) {
        await yieldToPage();
        lastYield = performance.now();
      }
    }
    source.close();
    await output.finalize();
    const buffer = (output.target as BufferTarget).buffer;
    if (!buffer) throw new Error('no file');
    return {
      ok: true,
      blob: new Blob([buffer], { type: format.mimeType }),
      format,
      frames: plan.frames,
      durationS: plan.frames / o.fps,
      elapsedS: (performance.now() - started) / 1000,
    };
  } catch (e) {
    if (output.state !== 'canceled' && output.state !== 'finalized') await output.cancel().catch(() => {});
    return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
  } finally {
    session.end();
    if (prevLength !== o.length) useViewer.getState().setLength(prevLength);
  }
}
