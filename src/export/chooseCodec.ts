/**
 * Which file the browser can make: MP4 with H.264 where it can encode H.264, else WebM with VP9
 * (Debian's Chromium may be built without an H.264 encoder), else none. Pure: the probe (does
 * this codec encode at this size?) is passed in, so the choice is tested in node.
 */
export type VideoContainer = 'mp4' | 'webm';
export type ExportCodec = 'avc' | 'vp9';

export interface VideoFormatChoice {
  container: VideoContainer;
  codec: ExportCodec;
  mimeType: string;
  extension: string;
}

/** In order of preference. */
export const FORMAT_CHOICES: readonly VideoFormatChoice[] = [
  { container: 'mp4', codec: 'avc', mimeType: 'video/mp4', extension: '.mp4' },
  { container: 'webm', codec: 'vp9', mimeType: 'video/webm', extension: '.webm' },
];

export type CodecProbe = (codec: ExportCodec, width: number, height: number) => Promise<boolean>;

/** The first format whose codec encodes at this size, or null when none does. */
export async function chooseFormat(probe: CodecProbe, width: number, height: number, prefer?: ExportCodec): Promise<VideoFormatChoice | null> {
  const order = prefer ? [...FORMAT_CHOICES].sort((a, b) => Number(b.codec === prefer) - Number(a.codec === prefer)) : FORMAT_CHOICES;
  for (const f of order) {
    let ok = false;
    try {
      ok = await probe(f.codec, width, height);
    } catch {
      ok = false;
    }
    if (ok) return f;
  }
  return null;
}
