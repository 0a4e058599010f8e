/**
 * `window.__handpath.exportVideo(options)`: the exporter without the dialog, for the browser
 * tests and scripts/bench-export.ts (documented in README, "Video export"). Returns the file as
 * base64 with what the exporter reported; changes no app state beyond what an export does.
 */
import type { TechniqueLength } from '../domain/technique/demo';
import type { ExportCodec } from './chooseCodec';
import type { ExportRange } from './plan';

export interface HandleExportOptions {
  range: ExportRange;
  width: number;
  height: number;
  fps: number;
  length: TechniqueLength;
  prefer?: ExportCodec;
}

export type HandleExportResult =
  | { ok: true; base64: string; container: string; codec: string; mimeType: string; frames: number; durationS: number; elapsedS: number }
  | { ok: false; reason: string; message?: string };

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function installExportHandle(): void {
  const w = window as unknown as { __handpath?: Record<string, unknown> };
  w.__handpath = {
    ...w.__handpath,
    exportVideo: async (o: HandleExportOptions): Promise<HandleExportResult> => {
      const { exportVideo } = await import('./exportVideo');
      const r = await exportVideo(o);
      if (!r.ok) return { ok: false, reason: r.reason, ...(r.message ? { message: r.message } : {}) };
      return {
        ok: true,
        base64: await toBase64(r.blob),
        container: r.format.container,
        codec: r.format.codec,
        mimeType: r.format.mimeType,
        frames: r.frames,
        durationS: r.durationS,
        elapsedS: r.elapsedS,
      };
    },
  };
}
