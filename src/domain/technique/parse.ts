/**
 * The single gate into the technique world: `parseTechnique(json, fileName)` turns untrusted JSON
 * into a `Technique` or a list of errors that name the file, the JSON path, what was expected and
 * what was found. It never throws. `parseTechniqueText` does the same for raw file text (a file a
 * user opened or dropped): size-limited, JSON syntax errors, duplicate keys and U+FFFD (invalid
 * UTF-8 read as text) with line and column, never executed. `parseTechniqueBytes` takes the raw
 * bytes and refuses invalid UTF-8 with a fatal TextDecoder.
 */
import { z } from 'zod';
import { didYouMean } from './didYouMean';
import { formatJsonPath, type Diagnostic } from './diagnostics';
import { TechniqueSchema, VertebralLevelSchema, type Technique } from './schema';
import { migrateTechnique, v2FeaturesIn } from './migrate';

export type ParseResult = { ok: true; technique: Technique } | { ok: false; errors: Diagnostic[] };

/** At most this many errors are reported per file (then one "…and N more"). */
export const MAX_ERRORS = 50;
/** Default size limit of `parseTechniqueText`: 256 KiB. */
export const DEFAULT_MAX_BYTES = 256 * 1024;

const LEVEL_VALUES: readonly string[] = VertebralLevelSchema.options;

/** The result for input the gate could not even walk (a throwing getter, a failing read). */
function unreadable(fileName: string, what: string, e: unknown): ParseResult {
  const reason = e instanceof Error ? e.message.slice(0, 200) : 'unknown reason';
  return { ok: false, errors: [diag(fileName, [], 'unreadable', `${what} (${reason})`)] };
}

// ---------------------------------------------------------------------------------------------
// Describing values and expectations
// ---------------------------------------------------------------------------------------------

function quote(s: string, max = 40): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(cut) + (s.length > max ? ` (${s.length} characters)` : '');
}

/** A short description of a JSON value for "found …". Never throws, never walks deep. */
export function describeValue(v: unknown): string {
  try {
    if (v === undefined) return 'nothing';
    if (v === null) return 'null';
    if (typeof v === 'string') return `the text ${quote(v)}`;
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : `the number ${String(v)}`;
    if (typeof v === 'boolean') return String(v);
    if (Array.isArray(v))
      return v.length === 0
        ? 'an empty list'
        : `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
    if (typeof v === 'object') return 'an object';
    return `a value of type ${typeof v}`;
  } catch {
    return 'an unreadable value';
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function listValues(values: readonly unknown[], max = 16): string {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return shown.join(', ') + (values.length > max ? `, … (${values.length} in all)` : '');
}

function fieldLabel(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  switch (last) {
    case 'move':
      return 'move';
    case 'shape':
      return 'path shape';
    case 'level':
      return path.length === 1 ? 'audience level' : 'vertebral level';
    case 'from_level':
    case 'to_level':
      return 'vertebral level';
    case 'acupoint':
      return 'acupoint';
    case 'landmark':
      return 'landmark';
    case 'type':
      return path.length === 1 ? 'massage type' : 'value';
    default:
      if (typeof last === 'number' && parent === 'precautions') return 'precaution id';
      if (typeof last === 'number' && parent === 'regions') return 'body region';
      if (typeof last === 'string' && /^[a-z_]+$/.test(last)) return last.replace(/_/g, ' ');
      return 'value';
  }
}

/** Safe walk of a JSON value by a path (own properties only). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  try {
    for (const seg of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      if (typeof seg === 'symbol') return undefined;
      const key = typeof seg === 'number' ? seg : String(seg);
      if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
      cur = (cur as Record<string | number, unknown>)[key];
    }
    return cur;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Walking the zod schema alongside the JSON (for "unknown field … did you mean")
// ---------------------------------------------------------------------------------------------

type AnySchema = z.core.$ZodType;

function unwrapSchema(s: AnySchema): AnySchema {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const def = cur._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (
      (def.type === 'optional' ||
        def.type === 'default' ||
        def.type === 'nullable' ||
        def.type === 'readonly') &&
      def.innerType
    ) {
      cur = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      cur = def.in;
    } else break;
  }
  return cur;
}

/** Pick the member of a discriminated union matching the JSON value's discriminator. */
function pickOption(s: AnySchema, json: unknown): AnySchema | undefined {
  const def = s._zod.def as { type: string; options?: AnySchema[]; discriminator?: string };
  if (def.type !== 'union' || !def.options || !def.discriminator) return undefined;
  if (json === null || typeof json !== 'object') return undefined;
  const disc = (json as Record<string, unknown>)[def.discriminator];
  for (const opt of def.options) {
    const shape = objectShape(opt);
    const lit = shape?.[def.discriminator];
    if (!lit) continue;
    const ldef = unwrapSchema(lit)._zod.def as { type: string; values?: unknown[] };
    if (ldef.type === 'literal' && ldef.values?.includes(disc)) return opt;
  }
  return undefined;
}

function objectShape(s: AnySchema): Record<string, AnySchema> | undefined {
  const u = unwrapSchema(s);
  const def = u._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' ? def.shape : undefined;
}

/** The schema of the object at `path` in `json` (following discriminators), if it can be found. */
function schemaAt(
  root: AnySchema,
  json: unknown,
  path: readonly PropertyKey[],
): AnySchema | undefined {
  let s: AnySchema | undefined = root;
  let v: unknown = json;
  for (const seg of path) {
    if (!s) return undefined;
    s = unwrapSchema(s);
    const picked = pickOption(s, v);
    if (picked) s = unwrapSchema(picked);
    const def = s._zod.def as {
      type: string;
      element?: AnySchema;
      shape?: Record<string, AnySchema>;
    };
    if (def.type === 'array' && typeof seg === 'number') s = def.element;
    else if (def.type === 'object' && typeof seg === 'string') s = def.shape?.[seg];
    else return undefined;
    v = valueAt(v, [seg]);
  }
  if (!s) return undefined;
  s = unwrapSchema(s);
  return pickOption(s, v) ?? s;
}

// ---------------------------------------------------------------------------------------------
// zod issues → diagnostics
// ---------------------------------------------------------------------------------------------

function diag(
  file: string,
  path: readonly PropertyKey[],
  code: string,
  message: string,
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  return { file, path: formatJsonPath(path), severity: 'error', code, message, ...extra };
}

function boundText(
  issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean },
  small: boolean,
): string {
  const n = String(small ? issue.minimum : issue.maximum);
  if (small) return issue.inclusive === false ? `greater than ${n}` : `at least ${n}`;
  return issue.inclusive === false ? `less than ${n}` : `at most ${n}`;
}

function enumMessage(
  file: string,
  path: readonly PropertyKey[],
  values: readonly unknown[],
  found: unknown,
): Diagnostic {
  const label = fieldLabel(path);
  const key = path[path.length - 1];
  const expected =
    values.length === 1 ? JSON.stringify(values[0]) : `one of: ${listValues(values)}`;
  if (found === undefined) {
    return diag(
      file,
      path,
      'missing-field',
      `missing required field "${String(key)}"; expected ${expected}`,
      {
        expected,
        found: 'nothing',
      },
    );
  }
  const foundText = describeValue(found);
  if (typeof found === 'string') {
    const strings = values.filter((v): v is string => typeof v === 'string');
    const suggestion = didYouMean(found, label === 'vertebral level' ? LEVEL_VALUES : strings);
    const what = label;
    const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : '';
    return diag(
      file,
      path,
      'invalid-value',
      `unknown ${what} ${quote(found)}${hint}; expected ${expected}`,
      {
        expected,
        found: foundText,
        ...(suggestion !== undefined ? { suggestion } : {}),
      },
    );
  }
  return diag(file, path, 'invalid-value', `expected ${expected}, found ${foundText}`, {
    expected,
    found: foundText,
  });
}

function issueToDiagnostics(issue: z.core.$ZodIssue, json: unknown, file: string): Diagnostic[] {
  const path = issue.path;
  const found = valueAt(json, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (found === undefined) {
        const key = path[path.length - 1];
        if (path.length === 0)
          return [diag(file, path, 'invalid-type', `expected a technique object, found nothing`)];
        return [
          diag(
            file,
            path,
            'missing-field',
            `missing required field "${String(key)}" (${expected})`,
            {
              expected,
              found: 'nothing',
            },
          ),
        ];
      }
      const foundText = describeValue(found);
      let message = `expected ${expected}, found ${foundText}`;
      if (issue.expected === 'int' && typeof found === 'number')
        message = `expected a whole number, found ${found}`;
      if (path.length === 0) message = `expected a technique object, found ${foundText}`;
      return [diag(file, path, 'invalid-type', message, { expected, found: foundText })];
    }
    case 'invalid_value':
      return [enumMessage(file, path, issue.values, found)];
    case 'invalid_union': {
      const u = issue as { note?: string; discriminator?: string; options?: unknown[] };
      if (u.discriminator !== undefined) {
        // zod puts the path on the discriminator key itself.
        const discPath =
          path[path.length - 1] === u.discriminator ? path : [...path, u.discriminator];
        const discValue = valueAt(json, discPath);
        return [enumMessage(file, discPath, u.options ?? [], discValue)];
      }
      return [
        diag(
          file,
          path,
          'invalid-union',
          `${describeValue(found)} does not match any allowed form`,
        ),
      ];
    }
    case 'unrecognized_keys': {
      const schema = schemaAt(TechniqueSchema, json, path);
      const known = schema ? Object.keys(objectShape(schema) ?? {}) : [];
      return issue.keys.slice(0, MAX_ERRORS * 4).map((key) => {
        const suggestion = didYouMean(key, known);
        const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : '';
        const allowed = known.length > 0 ? `; allowed fields here: ${listValues(known, 20)}` : '';
        return diag(
          file,
          [...path, key],
          'unknown-field',
          `unknown field ${quote(key)}${hint}${allowed}`,
          {
            found: quote(key),
            ...(suggestion !== undefined ? { suggestion } : {}),
          },
        );
      });
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = boundText(
        issue as { minimum?: unknown; maximum?: unknown; inclusive?: boolean },
        small,
      );
      const origin = (issue as { origin?: string }).origin;
      let expected: string;
      let foundText: string;
      if (origin === 'string') {
        const len = typeof found === 'string' ? found.length : 0;
        expected = `${bound} character${bound.endsWith(' 1') ? '' : 's'}`;
        foundText =
          typeof found === 'string'
            ? len === 0
              ? 'empty text'
              : found.trim() === ''
                ? 'only spaces'
                : `${len} characters`
            : describeValue(found);
      } else if (origin === 'array') {
        const len = Array.isArray(found) ? found.length : 0;
        expected = `${bound} item${bound.endsWith(' 1') ? '' : 's'}`;
        foundText = Array.isArray(found) ? `${len}` : describeValue(found);
      } else {
        expected = bound;
        foundText = describeValue(found);
      }
      const what = small ? 'too small' : 'too big';
      const label =
        origin === 'string'
          ? small
            ? 'text is empty or too short'
            : 'text too long'
          : origin === 'array'
            ? small
              ? 'too few items'
              : 'too many items'
            : what;
      return [
        diag(
          file,
          path,
          small ? 'too-small' : 'too-big',
          `${label}: expected ${expected}, found ${foundText}`,
          { expected, found: foundText },
        ),
      ];
    }
    case 'invalid_format': {
      const foundText = describeValue(found);
      return [
        diag(file, path, 'invalid-format', `expected ${issue.message}, found ${foundText}`, {
          expected: issue.message,
          found: foundText,
        }),
      ];
    }
    case 'custom':
      return [diag(file, path, 'invalid', issue.message)];
    default:
      return [diag(file, path, 'invalid', `${issue.message} (found ${describeValue(found)})`)];
  }
}

function capErrors(errors: Diagnostic[], file: string): Diagnostic[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [
    ...errors.slice(0, MAX_ERRORS),
    {
      file,
      path: '',
      severity: 'error',
      code: 'too-many-errors',
      message: `…and ${rest} more error${rest === 1 ? '' : 's'}`,
    },
  ];
}

/**
 * Replace -0 by 0 in the parsed output (in place; the output is zod's fresh copy). JSON text may
 * say "-0", which JSON.stringify writes back as "0": without this a round trip would change it.
 */
function normalizeNegativeZero(v: unknown): void {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (Object.is(v[i], -0)) v[i] = 0;
      else normalizeNegativeZero(v[i]);
    }
  } else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (Object.is(o[k], -0)) o[k] = 0;
      else normalizeNegativeZero(o[k]);
    }
  }
}

/**
 * Validate untrusted JSON (already parsed) as a technique. Never throws.
 * @param fileName used in every error, e.g. 'classic-warming-rub.json'.
 */
export function parseTechnique(json: unknown, fileName: string): ParseResult {
  try {
    const r = TechniqueSchema.safeParse(json);
    if (r.success) {
      normalizeNegativeZero(r.data);
      if (r.data.format_version === 1) {
        const v2 = v2FeaturesIn(json);
        if (v2.length > 0)
          return {
            ok: false,
            errors: capErrors(v2.map((x) => diag(fileName, x.path, 'format-version', x.message)), fileName),
          };
      }
      return { ok: true, technique: migrateTechnique(r.data) };
    }
    const errors: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const issue of r.error.issues) {
      for (const d of issueToDiagnostics(issue, json, fileName)) {
        const key = `${d.path}\u0000${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push(d);
      }
      if (errors.length > MAX_ERRORS * 4) break;
    }
    if (errors.length === 0)
      errors.push(diag(fileName, [], 'invalid', 'the file is not a valid technique'));
    return { ok: false, errors: capErrors(errors, fileName) };
  } catch (e) {
    // Only reachable for exotic non-JSON inputs (e.g. objects with throwing getters).
    return unreadable(fileName, 'the file could not be read as a technique', e);
  }
}

// ---------------------------------------------------------------------------------------------
// Raw text
// ---------------------------------------------------------------------------------------------

/** Line and column (1-based) of a UTF-16 offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Find the first JSON syntax error in a text with a small iterative scanner (engines word and
 * locate JSON.parse errors differently; this gives the same line/column everywhere).
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'firstValueOrEnd' | 'firstKeyOrEnd' | 'key' | 'colon' | 'afterValue' =
    'value';
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const scanString = (): string | undefined => {
    i++;
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return 'invalid \\u escape in a string';
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else return `invalid escape "\\${e}" in a string`;
        continue;
      }
      if (c.charCodeAt(0) < 0x20)
        return 'line break or control character inside a string (is a closing quote missing?)';
      i++;
    }
    return 'unterminated string (missing closing quote)';
  };
  const unexpected = (what: string): { offset: number; message: string } => {
    if (i >= n) return { offset: n, message: `unexpected end of file, expected ${what}` };
    const ch = text[i] as string;
    let prev = i - 1;
    while (prev >= 0 && /\s/.test(text[prev] as string)) prev--;
    const trailing = text[prev] === ',' && (ch === '}' || ch === ']') ? ' (trailing comma?)' : '';
    return { offset: i, message: `unexpected ${JSON.stringify(ch)}, expected ${what}${trailing}` };
  };
  for (;;) {
    ws();
    switch (state) {
      case 'value': {
        if (i >= n) return unexpected('a value');
        const c = text[i] as string;
        if (c === '{') {
          stack.push('}');
          i++;
          state = 'firstKeyOrEnd';
        } else if (c === '[') {
          stack.push(']');
          i++;
          state = 'firstValueOrEnd';
        } else if (c === '"') {
          const start = i;
          const err = scanString();
          if (err) return { offset: i >= n ? start : i, message: err };
          state = 'afterValue';
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER_RE.lastIndex = i;
          const m = NUMBER_RE.exec(text);
          if (!m) return { offset: i, message: 'invalid number' };
          i += m[0].length;
          state = 'afterValue';
        } else {
          const lit = ['true', 'false', 'null'].find((l) => text.startsWith(l, i));
          if (!lit)
            return unexpected(
              'a value (text in double quotes, a number, true, false, null, an object or a list)',
            );
          i += lit.length;
          state = 'afterValue';
        }
        break;
      }
      case 'firstValueOrEnd':
        if (text[i] === ']') {
          stack.pop();
          i++;
          state = 'afterValue';
        } else state = 'value';
        break;
      case 'firstKeyOrEnd':
        if (text[i] === '}') {
          stack.pop();
          i++;
          state = 'afterValue';
        } else state = 'key';
        break;
      case 'key': {
        if (text[i] !== '"') return unexpected('a field name in double quotes');
        const start = i;
        const err = scanString();
        if (err) return { offset: i >= n ? start : i, message: err };
        state = 'colon';
        break;
      }
      case 'colon':
        if (text[i] !== ':') return unexpected('":" after the field name');
        i++;
        state = 'value';
        break;
      case 'afterValue': {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (i < n)
            return { offset: i, message: 'unexpected text after the end of the JSON value' };
          return undefined;
        }
        if (text[i] === ',') {
          i++;
          state = top === '}' ? 'key' : 'value';
        } else if (text[i] === top) {
          stack.pop();
          i++;
        } else return unexpected(`"," or "${top}"`);
        break;
      }
    }
  }
}

/** A key that appears twice in one JSON object. Offsets are UTF-16 offsets in the text. */
export interface DuplicateKey {
  key: string;
  /** JSON path of the object holding the key. */
  objectPath: PropertyKey[];
  /** Where the repeated key is (its opening quote) and where it first appeared. */
  offset: number;
  firstOffset: number;
}

/**
 * Every key repeated within one object of a syntactically valid JSON text (JSON.parse silently
 * keeps the last). A small tokenizer over the text: nothing is evaluated. Keys are compared after
 * unescaping, so "a" and "\u0061" are the same key.
 */
export function findDuplicateKeys(text: string, max = MAX_ERRORS): DuplicateKey[] {
  type Frame =
    | { kind: 'object'; path: PropertyKey[]; keys: Map<string, number>; expectKey: boolean; key: string }
    | { kind: 'array'; path: PropertyKey[]; index: number };
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const valuePath = (): PropertyKey[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    return top.kind === 'object' ? [...top.path, top.key] : [...top.path, top.index];
  };
  const stringEnd = (start: number): number => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2; // backslash: skip the escaped character
      else if (c === 34) return j + 1;
      else j++;
    }
    return n;
  };
  while (i < n && out.length < max) {
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (c === '{') {
      stack.push({ kind: 'object', path: valuePath(), keys: new Map(), expectKey: true, key: '' });
      i++;
    } else if (c === '[') {
      stack.push({ kind: 'array', path: valuePath(), index: 0 });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index++;
      i++;
    } else if (c === '"') {
      const end = stringEnd(i);
      if (top?.kind === 'object' && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end)) as string;
        } catch {
          key = text.slice(i + 1, end - 1);
        }
        const first = top.keys.get(key);
        if (first !== undefined) out.push({ key, objectPath: top.path, offset: i, firstOffset: first });
        else top.keys.set(key, i);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else i++;
  }
  return out;
}

/** Where a UTF-8 byte sequence first goes wrong, or -1 if it is valid UTF-8 (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; errors: Diagnostic[] };

/**
 * Decode the bytes of a file as UTF-8 with a fatal TextDecoder: invalid bytes are an error with
 * their line and column (never silently turned into U+FFFD "�"). A UTF-8 byte order mark is
 * dropped.
 */
export function decodeTechniqueBytes(bytes: Uint8Array, fileName: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let lineStart = 0;
    let line = 1;
    for (let k = 0; k < at; k++) {
      if (bytes[k] === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    // The column counts characters (UTF-16 units, as editors and lineColumn do) before the byte.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at));
    const column = before.length + 1;
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    const message = `invalid UTF-8: byte 0x${hex} (at byte offset ${at}) is not valid UTF-8 text; save the file as UTF-8 (otherwise it would show as "\uFFFD")`;
    return { ok: false, errors: [diag(fileName, [], 'invalid-utf8', message, { line, column })] };
  }
}

/**
 * Parse the raw BYTES of a technique file: the size limit, then strict UTF-8 (invalid bytes are an
 * error with line and column), then `parseTechniqueText`. What the CLI uses; the app should pass a
 * file's bytes here too (`new Uint8Array(await file.arrayBuffer())`) rather than `file.text()`.
 */
export function parseTechniqueBytes(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): ParseResult {
  try {
    if (bytes.length > maxBytes) {
      const kib = (x: number) => `${Math.round((x / 1024) * 10) / 10} KiB`;
      return {
        ok: false,
        errors: [
          diag(fileName, [], 'too-large', `file too large: expected at most ${kib(maxBytes)}, found ${kib(bytes.length)}`),
        ],
      };
    }
    const d = decodeTechniqueBytes(bytes, fileName);
    if (!d.ok) return d;
    return parseTechniqueText(d.text, fileName, maxBytes);
  } catch (e) {
    return unreadable(fileName, 'the file could not be read', e);
  }
}

/**
 * Parse the raw text of a technique file (e.g. one a user opened or dropped). The text is only
 * ever given to JSON.parse — never evaluated. Files over `maxBytes` (UTF-8) are refused.
 */
export function parseTechniqueText(
  text: string,
  fileName: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
): ParseResult {
  try {
    if (typeof text !== 'string') {
      return {
        ok: false,
        errors: [
          diag(
            fileName,
            [],
            'unreadable',
            `expected the text of a JSON file, found ${describeValue(text)}`,
          ),
        ],
      };
    }
    // A UTF-16 unit is at least one UTF-8 byte, so a long string is too big without encoding it.
    const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).length;
    if (bytes > maxBytes) {
      const kib = (x: number) => `${Math.round((x / 1024) * 10) / 10} KiB`;
      return {
        ok: false,
        errors: [
          diag(
            fileName,
            [],
            'too-large',
            `file too large: expected at most ${kib(maxBytes)}, found ${text.length > maxBytes ? 'more than ' : ''}${kib(bytes)}`,
          ),
        ],
      };
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      const located = findJsonSyntaxError(body) ?? {
        offset: 0,
        message: e instanceof Error ? e.message : 'invalid JSON',
      };
      const { line, column } = lineColumn(body, located.offset);
      return { ok: false, errors: [diag(fileName, [], 'json-syntax', `invalid JSON: ${located.message}`, { line, column })] };
    }
    const gate = textGateErrors(body, fileName);
    if (gate.length > 0) return { ok: false, errors: gate };
    return parseTechnique(json, fileName);
  } catch (e) {
    return unreadable(fileName, 'the file could not be read', e);
  }
}

/**
 * What JSON.parse lets through silently: a U+FFFD replacement character (what invalid UTF-8
 * becomes when a file is read as text) and keys repeated within one object (the last one wins).
 * Both are errors with their line and column.
 */
function textGateErrors(body: string, fileName: string): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const bad = body.indexOf('\uFFFD');
  if (bad !== -1) {
    const { line, column } = lineColumn(body, bad);
    const message =
      'invalid UTF-8: the text has a replacement character "\uFFFD" where the file had bytes that are not valid UTF-8; save the file as UTF-8';
    errors.push(diag(fileName, [], 'invalid-utf8', message, { line, column }));
  }
  for (const d of findDuplicateKeys(body)) {
    const { line, column } = lineColumn(body, d.offset);
    const first = lineColumn(body, d.firstOffset);
    const where = d.objectPath.length === 0 ? 'the top-level object' : formatJsonPath(d.objectPath);
    const message = `duplicate key ${JSON.stringify(d.key)} in ${where} (first at line ${first.line}, column ${first.column}): JSON would silently keep only the last value; keep one`;
    errors.push(diag(fileName, [...d.objectPath, d.key], 'duplicate-key', message, { line, column }));
  }
  return errors.slice(0, MAX_ERRORS);
}
