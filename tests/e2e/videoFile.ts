/**
 * Reads an exported video back in node with mediabunny (no decoding: the container, the track,
 * the packets), and decodes one frame in the page with WebCodecs' VideoDecoder from packets
 * extracted here, so the browser under test decodes exactly what it wrote.
 */
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import type { Page } from 'playwright-core';
import type { Image } from './pixels';

export interface VideoFacts {
  container: string;
  codec: string | null;
  width: number;
  height: number;
  /** Packets (= frames: every frame is encoded once). */
  frames: number;
  durationS: number;
  /** Presentation timestamps of the packets, s, sorted. */
  timestamps: number[];
}

function inputOf(bytes: Uint8Array) {
  return new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
}

export async function readVideo(bytes: Uint8Array): Promise<VideoFacts> {
  const input = inputOf(bytes);
  const format = await input.getFormat();
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  const timestamps: number[] = [];
  for await (const p of new EncodedPacketSink(track).packets()) timestamps.push(p.timestamp);
  timestamps.sort((a, b) => a - b);
  return {
    container: format.name,
    codec: track.codec,
    width: track.displayWidth,
    height: track.displayHeight,
    frames: timestamps.length,
    durationS: await input.computeDuration(),
    timestamps,
  };
}

/** Decodes the frame shown at `t` (s) in the page and returns its RGBA pixels. */
export async function decodeFrameInPage(page: Page, bytes: Uint8Array, t: number): Promise<Image> {
  const input = inputOf(bytes);
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  const config = await track.getDecoderConfig();
  if (!config) throw new Error('no decoder config');
  const packets: { type: 'key' | 'delta'; timestamp: number; duration: number; data: string }[] = [];
  for await (const p of new EncodedPacketSink(track).packets()) {
    if (p.timestamp > t + 1e-6) break;
    if (p.type === 'key') packets.length = 0; // decode from the last key frame
    packets.push({ type: p.type, timestamp: p.timestamp, duration: p.duration, data: Buffer.from(p.data).toString('base64') });
  }
  const description = config.description ? Buffer.from(config.description as Uint8Array).toString('base64') : null;
  const result = await page.evaluate(
    async ({ codec, codedWidth, codedHeight, description, packets, t }) => {
      const b64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
      const frames: VideoFrame[] = [];
      const decoder = new VideoDecoder({ output: (f) => frames.push(f), error: (e) => console.warn(String(e)) });
      decoder.configure({ codec, codedWidth, codedHeight, ...(description ? { description: b64(description) } : {}) });
      for (const p of packets)
        decoder.decode(new EncodedVideoChunk({ type: p.type, timestamp: Math.round(p.timestamp * 1e6), duration: Math.round(p.duration * 1e6), data: b64(p.data) }));
      await decoder.flush();
      decoder.close();
      let best = frames[0]!;
      for (const f of frames) if (Math.abs(f.timestamp / 1e6 - t) < Math.abs(best.timestamp / 1e6 - t)) best = f;
      const c = new OffscreenCanvas(best.displayWidth, best.displayHeight);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(best, 0, 0);
      const img = ctx.getImageData(0, 0, c.width, c.height);
      const shownAt = best.timestamp / 1e6;
      for (const f of frames) f.close();
      let s = '';
      for (let i = 0; i < img.data.length; i += 0x8000) s += String.fromCharCode(...img.data.subarray(i, i + 0x8000));
      return { width: c.width, height: c.height, rgba: btoa(s), shownAt };
    },
    { codec: config.codec, codedWidth: config.codedWidth ?? 0, codedHeight: config.codedHeight ?? 0, description, packets, t },
  );
  if (Math.abs(result.shownAt - t) > 1e-3) throw new Error(`decoded frame at ${result.shownAt} s, wanted ${t} s`);
  return { width: result.width, height: result.height, data: Buffer.from(result.rgba, 'base64') };
}

/** Mean absolute difference per channel (RGB, 0–255) and the share of pixels off by more than `tol`. */
export function compareImages(a: Image, b: Image, tol = 24): { mean: number; over: number } {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let sum = 0;
  let over = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let worst = 0;
    for (let k = 0; k < 3; k++) {
      const d = Math.abs(a.data[i + k]! - b.data[i + k]!);
      sum += d;
      worst = Math.max(worst, d);
    }
    if (worst > tol) over++;
  }
  const n = a.width * a.height;
  return { mean: sum / (3 * n), over: over / n };
}
