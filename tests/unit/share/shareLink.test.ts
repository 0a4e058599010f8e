import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHARE_CHARS,
  MAX_SHARE_TEXT_BYTES,
  QR_MAX_BYTES,
  decodePayload,
  encodePayload,
  fromBase64Url,
  makeShareLink,
  readShareFragment,
  shareUrl,
  techniqueText,
  toBase64Url,
} from '../../../src/state/shareLink';
import { loadLibrary } from '../../../src/data/library';
import { checkTechniqueText } from '../../../src/domain/technique/check';
import type { CoursePlan } from '../../../src/domain/course/plan';
import { planCourse } from '../../../src/domain/course/plan';

const BASE = 'https://handpath.example/app/';

describe('base64url', () => {
  it('round-trips every byte value and uses only URL-safe characters', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    const s = toBase64Url(bytes);
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(s)).toEqual(bytes);
  });
  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('abc+')).toBeNull();
    expect(fromBase64Url('ab/c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('a b')).toBeNull();
  });
});

describe('encode / decode', () => {
  it('round-trips text with Cyrillic letters', async () => {
    const text = JSON.stringify({ title: { en: 'Warming rub', ru: 'Согревающее растирание' } });
    const p = await encodePayload(text);
    expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodePayload(p)).toEqual({ ok: true, text });
  });

  it('a library technique survives the link and passes the gate unchanged', async () => {
    const t = loadLibrary().techniques.find((x) => x.id === 'classic-warming-rub')!;
    const r = await makeShareLink(BASE, { technique: t });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const frag = readShareFragment(new URL(r.url).hash)!;
    expect(frag.kind).toBe('share');
    const d = await decodePayload(frag.payload);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const gate = checkTechniqueText(d.text, 'shared.json');
    const { $schema: _schema, ...withoutSchema } = t;
    expect(gate.technique).toEqual(withoutSchema);
  });

  it('a payload over the limit is refused before it is decoded, with both sizes', async () => {
    const over = 'A'.repeat(MAX_SHARE_CHARS + 1);
    expect(await decodePayload(over)).toEqual({ ok: false, code: 'too-large', chars: MAX_SHARE_CHARS + 1, max: MAX_SHARE_CHARS });
    // exactly at the limit it is decoded (and here fails as deflate, not as size)
    const at = await decodePayload('A'.repeat(MAX_SHARE_CHARS));
    expect(at.ok ? 'ok' : at.code).not.toBe('too-large');
  });

  it('broken payloads say what is wrong and never throw', async () => {
    expect(await decodePayload('')).toMatchObject({ ok: false, code: 'empty' });
    expect(await decodePayload('%%%')).toMatchObject({ ok: false, code: 'not-base64' });
    expect(await decodePayload('bm90IGRlZmxhdGU')).toMatchObject({ ok: false, code: 'not-deflate' });
  });

  it('a small link cannot inflate past the file limit (a deflate bomb stops early)', async () => {
    const bomb = toBase64Url(deflateRawSync(Buffer.alloc(MAX_SHARE_TEXT_BYTES + 1, 0x20), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    expect(await decodePayload(bomb)).toEqual({ ok: false, code: 'too-large-text', max: MAX_SHARE_TEXT_BYTES });
  });
});

describe('links', () => {
  it('reads only #share= and #course= fragments', () => {
    expect(readShareFragment('#share=abc')).toEqual({ kind: 'share', payload: 'abc' });
    expect(readShareFragment('#course=x_y-z')).toEqual({ kind: 'course', payload: 'x_y-z' });
    expect(readShareFragment('#other=abc')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });

  it('the link drops the page query and fragment, and a link at the limit fits one QR code', () => {
    expect(shareUrl(`${BASE}?technique=a#x`, 'share', 'abc')).toBe(`${BASE}#share=abc`);
    const longest = shareUrl(BASE, 'share', 'A'.repeat(MAX_SHARE_CHARS));
    expect(longest.length).toBeLessThanOrEqual(QR_MAX_BYTES);
  });

  it('a technique too large for a link is refused with its size', async () => {
    const t = loadLibrary().techniques[0]!;
    const r = await makeShareLink(BASE, { technique: t }, 100);
    expect(r).toMatchObject({ ok: false, code: 'too-large', max: 100 });
    if (!r.ok) expect(r.chars).toBeGreaterThan(100);
  });

  it('a course plan round-trips', async () => {
    const plan: CoursePlan = planCourse({ techniqueIds: ['classic-warming-rub'], startDate: '2026-12-01', sessionMinutes: { first: 15, last: 40 } });
    const r = await makeShareLink(BASE, { course: plan });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const frag = readShareFragment(new URL(r.url).hash)!;
    expect(frag.kind).toBe('course');
    const d = await decodePayload(frag.payload);
    expect(d.ok && JSON.parse(d.text)).toEqual(plan);
  });

  it('drops the editor-only $schema from the carried file', () => {
    const t = { ...loadLibrary().techniques[0]!, $schema: '../schema/technique.schema.json' };
    expect(techniqueText(t)).not.toContain('$schema');
  });

  it('link sizes of the library techniques (printed for docs; the small ones must fit)', async () => {
    const rows: string[] = [];
    let fit = 0;
    for (const t of loadLibrary().techniques) {
      const payload = await encodePayload(techniqueText(t));
      if (payload.length <= MAX_SHARE_CHARS) fit++;
      rows.push(`${t.id}: ${techniqueText(t).length} B JSON → ${payload.length} chars (${payload.length <= MAX_SHARE_CHARS ? 'fits' : 'over'})`);
    }
    console.log(`share link payloads (limit ${MAX_SHARE_CHARS}):\n${rows.join('\n')}`);
    expect(fit).toBeGreaterThan(0);
  });
});
