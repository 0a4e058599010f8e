import { describe, expect, it } from 'vitest';
import {
  checkTechniqueBytes,
  checkTechniqueText,
  findDuplicateKeys,
  firstInvalidUtf8,
  formatDiagnostic,
  parseTechniqueBytes,
  parseTechniqueText,
  type Diagnostic,
} from '../../../src/domain/technique';
import { fixtureText } from './helpers';

const lines = (ds: readonly Diagnostic[]) => ds.map(formatDiagnostic);
const utf8 = (s: string) => new TextEncoder().encode(s);
const VALID = fixtureText('valid-minimal.json');

/** valid-minimal.json with "pressure" written twice in its step (line 30: "light", then "firm"). */
const DUPLICATED = VALID.replace('"pressure": "light",', '"pressure": "light",\n      "pressure": "firm",');

describe('the gate: duplicate JSON keys are errors with line and column', () => {
  it('JSON.parse alone silently keeps the last key (the bug)', () => {
    expect((JSON.parse(DUPLICATED) as { steps: { pressure: string }[] }).steps[0]?.pressure).toBe('firm');
  });

  it('parseTechniqueText refuses a repeated key, naming it, its object, where it is and where it first was', () => {
    const r = parseTechniqueText(DUPLICATED, 'dup.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(lines(r.errors)).toEqual([
        'dup.json:31:7: error: duplicate key "pressure" in steps[0] (first at line 30, column 7): JSON would silently keep only the last value; keep one',
      ]);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'duplicate-key', path: 'steps[0].pressure', line: 31, column: 7 });
  });

  it('checkTechniqueText (the app path) gives no technique for it', () => {
    const r = checkTechniqueText(DUPLICATED, 'dup.json');
    expect(r.technique).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['duplicate-key']);
  });

  it('finds every repeat, at any depth, compares keys after unescaping, and leaves equal keys in different objects alone', () => {
    const text = '{\n  "a": 1,\n  "b": { "x": [ { "k": 1, "k": 2 } ], "x": 0 },\n  "\\u0061": 3,\n  "c": { "a": 1 }\n}';
    const found = findDuplicateKeys(text).map((d) => [d.key, d.objectPath.join('.'), d.offset, d.firstOffset]);
    expect(found).toEqual([
      ['k', 'b.x.0', text.indexOf('"k": 2'), text.indexOf('"k": 1')],
      ['x', 'b', text.indexOf('"x": 0'), text.indexOf('"x": [')],
      ['a', '', text.indexOf('"\\u0061"'), text.indexOf('"a": 1')],
    ]);
    const r = parseTechniqueText(text, 'f.json');
    expect(r.ok ? [] : lines(r.errors)).toEqual([
      'f.json:3:27: error: duplicate key "k" in b.x[0] (first at line 3, column 19): JSON would silently keep only the last value; keep one',
      'f.json:3:39: error: duplicate key "x" in b (first at line 3, column 10): JSON would silently keep only the last value; keep one',
      'f.json:4:3: error: duplicate key "a" in the top-level object (first at line 2, column 3): JSON would silently keep only the last value; keep one',
    ]);
  });

  it('quotes and brackets inside strings are not structure', () => {
    expect(findDuplicateKeys('{"a": "{\\"a\\": 1, \\"a\\": 2}", "b": "[}]", "c": 1}')).toEqual([]);
  });

  it('every library-like valid file has none', () => {
    expect(findDuplicateKeys(VALID)).toEqual([]);
  });
});

describe('the gate: invalid UTF-8 bytes are errors with line and column', () => {
  /** valid-minimal.json with one Russian letter's first byte replaced by 0xFF (line 5, column 48). */
  const broken = (() => {
    const b = utf8(VALID);
    const at = utf8(VALID.slice(0, VALID.indexOf('Минимальная'))).length;
    const copy = new Uint8Array(b);
    copy[at] = 0xff;
    return copy;
  })();

  it('a plain UTF-8 read turns them into U+FFFD silently (the bug)', () => {
    expect(new TextDecoder().decode(broken)).toContain('\uFFFD');
  });

  it('parseTechniqueBytes refuses them with line and column (the CLI path)', () => {
    const r = parseTechniqueBytes(broken, 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(lines(r.errors)).toEqual([
        `bad.json:5:48: error: invalid UTF-8: byte 0xff (at byte offset ${VALID.indexOf('Минимальная')}) is not valid UTF-8 text; save the file as UTF-8 (otherwise it would show as "\uFFFD")`,
      ]);
      expect(r.errors[0]).toMatchObject({ code: 'invalid-utf8', line: 5, column: 48 });
    }
  });

  it('text that already went through a lossy read (the app path, file.text()) is refused where the U+FFFD is', () => {
    const lossy = new TextDecoder().decode(broken);
    const r = checkTechniqueText(lossy, 'bad.json');
    expect(r.technique).toBeUndefined();
    expect(lines(r.diagnostics)).toEqual([
      'bad.json:5:48: error: invalid UTF-8: the text has a replacement character "\uFFFD" where the file had bytes that are not valid UTF-8; save the file as UTF-8',
    ]);
  });

  it('valid bytes (with or without a BOM) pass and give the same technique as the text', () => {
    const a = checkTechniqueBytes(utf8(VALID), 'valid-minimal.json');
    const b = checkTechniqueBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(VALID)]), 'valid-minimal.json');
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(a.technique).toEqual(checkTechniqueText(VALID, 'valid-minimal.json').technique);
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated 3-byte sequence', [0x41, 0x42, 0xe2, 0x82], 2],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0x20, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('firstInvalidUtf8 finds %s', (_what, bytes, at) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))).toThrow();
  });

  it('firstInvalidUtf8 accepts every valid form', () => {
    expect(firstInvalidUtf8(utf8('a é я € 𝄞 \u{10FFFF}'))).toBe(-1);
  });

  it('the line and column of a bad byte on a later line count characters, not bytes', () => {
    const b = new Uint8Array([...utf8('{\n  "ид": "яя'), 0xc3, 0x28, ...utf8('"\n}')]);
    const r = parseTechniqueBytes(b, 'x.json');
    expect(r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column}`)).toEqual(['2:12']);
  });
});
