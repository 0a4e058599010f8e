/** "Did you mean" suggestions by edit distance. */

/** Levenshtein distance (insert/delete/substitute = 1), case-sensitive. Strings over 200 chars are cut. */
export function levenshtein(a: string, b: string): number {
  const s = a.slice(0, 200);
  const t = b.slice(0, 200);
  if (s === t) return 0;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = new Array<number>(t.length + 1);
  let cur = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[t.length] ?? 0;
}

const LEVEL_RE = /^([TLS])\s*-?\s*(\d{1,3})$/i;
const LEVEL_RANGES: Record<string, [number, number]> = { T: [10, 12], L: [1, 5], S: [1, 4] };

/**
 * The closest candidate to `found`, or undefined when nothing is close enough. Comparison is
 * case-insensitive; the allowed distance grows with the length (max(2, len/3)). Vertebral levels
 * get a special rule: an out-of-range level ('L6', 'T9', 's5') suggests the nearest real one.
 */
export function didYouMean(found: string, candidates: readonly string[]): string | undefined {
  if (found.length === 0 || found.length > 200 || candidates.length === 0) return undefined;
  const lvl = LEVEL_RE.exec(found.trim());
  if (lvl && candidates.includes('L1')) {
    const letter = (lvl[1] ?? 'L').toUpperCase();
    const range = LEVEL_RANGES[letter];
    if (range) {
      const n = Math.min(range[1], Math.max(range[0], Number(lvl[2])));
      const c = `${letter}${n}`;
      if (candidates.includes(c)) return c;
    }
  }
  const f = found.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(f, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(found.length / 3));
  return bestD <= limit ? best : undefined;
}
