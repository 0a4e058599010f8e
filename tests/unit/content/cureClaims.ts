/**
 * A scanner for cure claims in user-facing text. Claims are found by patterns; a match is
 * allowed only when it lies inside one of the exact negated phrases of ALLOWED (case-insensitive),
 * e.g. "does not cure". There is no clever negation detection: "not only cures" is a claim, and
 * it is caught because no allowed phrase covers it.
 */

export interface Claim {
  /** Pattern name. */
  rule: string;
  /** The matched text. */
  match: string;
}

/** Words and phrases that claim a cure or a guaranteed result (EN + RU). */
export const CLAIM_PATTERNS: readonly { rule: string; re: RegExp }[] = [
  { rule: 'cure', re: /\bcur(?:e|es|ed|ing|ative)\b/gi },
  { rule: 'heal', re: /\bheal(?:s|ed|ing)?\b/gi },
  { rule: 'treat', re: /\btreat(?:s|ed|ing)?\b/gi },
  { rule: 'guarantee', re: /\bguarantee[sd]?\b/gi },
  { rule: 'get-rid', re: /\b(?:get|gets|getting) rid of\b/gi },
  { rule: 'eliminate', re: /\beliminat(?:e|es|ed|ing)\b/gi },
  { rule: 'remedy', re: /\bremed(?:y|ies)\b/gi },
  { rule: 'miracle', re: /\bmiracl\w*/gi },
  { rule: 'for-good', re: /\b(?:for good|permanent(?:ly)?|forever)\b/gi },
  { rule: 'restore-spine', re: /\brestor(?:e|es|ed|ing)\b[^.]{0,30}\b(?:spine|discs?|vertebra\w*|nerves?)\b/gi },
  { rule: 'ru-cure', re: /(?:из|вы)леч\p{L}*/giu },
  { rule: 'ru-heal', re: /исцел\p{L}*/giu },
  { rule: 'ru-treats', re: /(?<!\p{L})леч(?:ит|ат|ит\p{L}*|ебн\p{L}*)(?!\p{L})/giu },
  { rule: 'ru-guarantee', re: /гарант\p{L}*/giu },
  { rule: 'ru-rid', re: /избав\p{L}*\s+от/giu },
  { rule: 'ru-forever', re: /навсегда|раз и навсегда|окончательно/giu },
  { rule: 'ru-restore', re: /восстанавлива\p{L}*\s+(?:позвон|диск|нерв)\p{L}*/giu },
];

/**
 * Exact negated (or explicitly false) phrases that may contain a pattern. Keep each one exact and
 * say where it is used: adding a phrase is a reviewed decision, not a loophole.
 */
export const ALLOWED: readonly string[] = [
  // evidence.json not-a-cure, safety.json evidence.cannot.cure
  'does not cure',
  'не излечивает',
  // safety.json safetyCommon.notAdvice, evidence.json not-a-cure
  'does not diagnose or treat',
  'не лечит',
  // quiz option shown as a WRONG answer to "what does NICE say" (learn.json quiz.q.evidence.options.cures)
  'It makes the pain go away for good',
  'Боль уходит навсегда',
];

function covered(text: string, start: number, end: number): boolean {
  const lower = text.toLowerCase();
  for (const phrase of ALLOWED) {
    const p = phrase.toLowerCase();
    let i = lower.indexOf(p);
    while (i !== -1) {
      if (i <= start && end <= i + p.length) return true;
      i = lower.indexOf(p, i + 1);
    }
  }
  return false;
}

/** The claims in one text (empty: clean). */
export function findClaims(text: string): Claim[] {
  const out: Claim[] = [];
  for (const { rule, re } of CLAIM_PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const start = m.index ?? 0;
      if (!covered(text, start, start + m[0].length)) out.push({ rule, match: m[0] });
    }
  }
  return out;
}

/** Every string leaf of a JSON value, with its JSON path. */
export function stringLeaves(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, `${path}.${k}`));
  return [];
}
