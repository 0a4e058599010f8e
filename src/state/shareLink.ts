/**
 * Share links: a technique file or a course plan carried in the URL fragment, so it never reaches
 * a server (browsers do not send `#…`).
 *
 *   <app>/#share=<base64url of deflate-raw of the technique file's JSON text>
 *   <app>/#course=<base64url of deflate-raw of the course plan's JSON>
 *
 * Compression is the browser's own CompressionStream('deflate-raw') (no dependency).
 *
 * Size limit: the payload (the part after `share=` / `course=`) is at most MAX_SHARE_CHARS = 2,800
 * characters. A QR code holds at most 2,953 bytes (version 40, error correction L, byte mode), so
 * a link of a page origin up to ~140 characters plus the payload always fits one QR code, and it
 * is far below every browser's URL limit (Chromium 2 MB, Safari/Firefox ≥ 64 KB, old IE 2,083 for
 * the whole URL is the only one that is tighter). Past the limit the app says so (with both sizes)
 * instead of making a link that would not fit.
 *
 * Opening a link never executes anything: the payload is decoded (only base64url characters,
 * inflated to at most MAX_USER_FILE_BYTES), and the text goes through the same gate as an
 * imported file (`useUserTechniques.open` → `checkTechniqueText`), or the course-plan schema.
 */
import type { CoursePlan } from '../domain/course/plan';
import type { Technique } from '../domain/technique/schema';
import { MAX_USER_FILE_BYTES } from './userTechniques';

/** Longest payload a share link may carry, characters of base64url (see the note above). */
export const MAX_SHARE_CHARS = 2800;
/** Largest inflated payload accepted (the same as an imported file). */
export const MAX_SHARE_TEXT_BYTES = MAX_USER_FILE_BYTES;
/** Bytes a QR code of version 40, error correction L, byte mode holds. */
export const QR_MAX_BYTES = 2953;

export type ShareKind = 'share' | 'course';

/** What a fragment asks to open. */
export interface ShareFragment {
  kind: ShareKind;
  payload: string;
}

export type DecodeProblem =
  | { code: 'too-large'; chars: number; max: number }
  | { code: 'not-base64'; }
  | { code: 'not-deflate' }
  | { code: 'too-large-text'; max: number }
  | { code: 'empty' };

export type DecodeResult = { ok: true; text: string } | ({ ok: false } & DecodeProblem);

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes; null when it is not base64url. */
export function fromBase64Url(s: string): Uint8Array | null {
  if (!BASE64URL.test(s) || s.length % 4 === 1) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
    if (n > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Text → base64url of its deflate-raw compression. */
export async function encodePayload(text: string): Promise<string> {
  const deflated = streamOf(new TextEncoder().encode(text)).pipeThrough(
    new CompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  const bytes = await readAll(deflated, Number.MAX_SAFE_INTEGER);
  return toBase64Url(bytes as Uint8Array);
}

/**
 * A payload back to text. Checks the size limit first, then the alphabet, then inflates at most
 * `maxTextBytes` (a small link cannot expand into a huge text). Never throws.
 */
export async function decodePayload(
  payload: string,
  maxChars = MAX_SHARE_CHARS,
  maxTextBytes = MAX_SHARE_TEXT_BYTES,
): Promise<DecodeResult> {
  if (payload.length === 0) return { ok: false, code: 'empty' };
  if (payload.length > maxChars) return { ok: false, code: 'too-large', chars: payload.length, max: maxChars };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, code: 'not-base64' };
  try {
    const inflated = streamOf(bytes).pipeThrough(
      new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
    const out = await readAll(inflated, maxTextBytes);
    if (out === 'too-large') return { ok: false, code: 'too-large-text', max: maxTextBytes };
    // Invalid UTF-8 is left to the technique gate, which reports it with its own message.
    return { ok: true, text: new TextDecoder('utf-8').decode(out) };
  } catch {
    return { ok: false, code: 'not-deflate' };
  }
}

/** `#share=…` / `#course=…` of a location hash, or null. */
export function readShareFragment(hash: string): ShareFragment | null {
  const m = /^#?(share|course)=(.*)$/s.exec(hash);
  if (!m) return null;
  return { kind: m[1] as ShareKind, payload: m[2]! };
}

/** The app's address (no query, no fragment) + the fragment. */
export function shareUrl(base: string, kind: ShareKind, payload: string): string {
  return `${base.replace(/[?#].*$/s, '')}#${kind}=${payload}`;
}

/** The text a shared technique carries: the technique as a file (without the editor's $schema). */
export function techniqueText(t: Technique): string {
  const rest: Record<string, unknown> = { ...t };
  delete rest.$schema;
  return JSON.stringify(rest);
}

export type MakeLinkResult =
  | { ok: true; url: string; chars: number; max: number }
  | { ok: false; code: 'too-large'; chars: number; max: number };

/** A share link for a technique or a course plan, or "too large" with both sizes. */
export async function makeShareLink(
  base: string,
  what: { technique: Technique } | { course: CoursePlan },
  maxChars = MAX_SHARE_CHARS,
): Promise<MakeLinkResult> {
  const kind: ShareKind = 'technique' in what ? 'share' : 'course';
  const text = 'technique' in what ? techniqueText(what.technique) : JSON.stringify(what.course);
  const payload = await encodePayload(text);
  if (payload.length > maxChars) return { ok: false, code: 'too-large', chars: payload.length, max: maxChars };
  return { ok: true, url: shareUrl(base, kind, payload), chars: payload.length, max: maxChars };
}
