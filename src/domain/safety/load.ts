/**
 * Loading the shared safety content (data/safety/*.json). `parseSafetyContent` validates raw JSON
 * (including that every `sources` reference exists); `SAFETY` is the content shipped with the app.
 */
import rawEvidence from '../../../data/safety/evidence.json';
import rawPrecautions from '../../../data/safety/precautions.json';
import rawRedFlags from '../../../data/safety/red-flags.json';
import { formatJsonPath } from '../technique/diagnostics';
import {
  EvidenceFileSchema,
  PrecautionsFileSchema,
  RedFlagsFileSchema,
  type SafetyContent,
  type SafetySource,
} from './schema';
import { PRECAUTION_IDS, type PrecautionId } from './ids';
import type { Precaution } from './schema';

export type SafetyLoadResult =
  { ok: true; content: SafetyContent } | { ok: false; errors: string[] };

function checkRefs(
  file: string,
  key: string,
  sources: SafetySource[],
  items: { id: string; sources: string[] }[],
  errors: string[],
) {
  const ids = new Set(sources.map((s) => s.id));
  items.forEach((item, i) =>
    item.sources.forEach((ref, j) => {
      if (!ids.has(ref))
        errors.push(
          `${file}:${key}[${i}].sources[${j}]: error: unknown source "${ref}"; expected one of: ${[...ids].join(', ')}`,
        );
    }),
  );
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) errors.push(`${file}:${key}[${i}].id: error: duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

/** Validate the three safety files (raw JSON). Errors are printed like `file:path: error: message`. */
export function parseSafetyContent(raw: {
  precautions: unknown;
  redFlags: unknown;
  evidence: unknown;
}): SafetyLoadResult {
  const errors: string[] = [];
  const p = PrecautionsFileSchema.safeParse(raw.precautions);
  const r = RedFlagsFileSchema.safeParse(raw.redFlags);
  const e = EvidenceFileSchema.safeParse(raw.evidence);
  const report = (
    file: string,
    res: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    for (const issue of res.error?.issues ?? [])
      errors.push(`${file}:${formatJsonPath(issue.path)}: error: ${issue.message}`);
  };
  report('precautions.json', p);
  report('red-flags.json', r);
  report('evidence.json', e);
  if (!p.success || !r.success || !e.success) return { ok: false, errors };
  checkRefs('precautions.json', 'precautions', p.data.sources, p.data.precautions, errors);
  checkRefs('red-flags.json', 'red_flags', r.data.sources, r.data.red_flags, errors);
  checkRefs('evidence.json', 'statements', e.data.sources, e.data.statements, errors);
  const present = new Set(p.data.precautions.map((x) => x.id));
  for (const id of PRECAUTION_IDS)
    if (!present.has(id))
      errors.push(`precautions.json:precautions: error: precaution "${id}" is missing`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, content: { precautions: p.data, redFlags: r.data, evidence: e.data } };
}

function loadShipped(): SafetyContent {
  const res = parseSafetyContent({
    precautions: rawPrecautions,
    redFlags: rawRedFlags,
    evidence: rawEvidence,
  });
  if (!res.ok)
    throw new Error(`Invalid safety content shipped with the app:\n${res.errors.join('\n')}`);
  return res.content;
}

/** The safety content shipped with the app (validated at import; unit tests keep it valid). */
export const SAFETY: SafetyContent = loadShipped();

/** A precaution by id. */
export function getPrecaution(
  id: PrecautionId,
  content: SafetyContent = SAFETY,
): Precaution | undefined {
  return content.precautions.precautions.find((p) => p.id === id);
}
