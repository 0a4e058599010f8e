/**
 * Schemas of the shared safety content in `data/safety/`: precautions, red flags and evidence
 * statements, each with its sources, in English and Russian.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../technique/schema';
import { PRECAUTION_IDS, RED_FLAG_IDS } from './ids';

/**
 * A published source, shown to the user: its citation in English and Russian, and a link where
 * one exists (`url`, or a DOI shown as https://doi.org/…). Internal notes (the design brief, the
 * seed article, editorial choices) are not sources: they go in an item's `provenance`, never shown.
 */
export const SafetySourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: LocalizedTextSchema.describe('The citation as shown, in English and Russian'),
  url: z.url({ protocol: /^https$/ }).max(1000).optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/)
    .max(200)
    .optional()
    .describe('DOI without the https://doi.org/ prefix'),
});
export type SafetySource = z.infer<typeof SafetySourceSchema>;

/** Where to open a source: its URL, else its DOI; null when it has neither. */
export function sourceLink(s: Pick<SafetySource, 'url' | 'doi'>): string | null {
  return s.url ?? (s.doi ? `https://doi.org/${s.doi}` : null);
}

const sourceRefs = z
  .array(z.string().min(1))
  .describe("Ids of entries of this file's `sources` (published sources, shown); empty only for Handpath's own rules, with a `provenance`");

/** Where an item came from when no published source states it (design brief, seed article, editorial); never shown. */
const provenance = z.string().min(1).max(500).optional().describe('Internal provenance note, never shown to users');

const sourcedItem = (v: { sources: string[]; provenance?: string | undefined }) => v.sources.length > 0 || v.provenance !== undefined;
const SOURCED = { message: 'no published source: list one in `sources`, or give the `provenance` of this Handpath rule' };

export const PrecautionSchema = z.strictObject({
  id: z.enum(PRECAUTION_IDS),
  /** 'rule': how to work, always; 'condition': a state of the person that forbids or limits a technique. */
  kind: z.enum(['rule', 'condition']),
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
  sources: sourceRefs,
  provenance,
}).refine(sourcedItem, SOURCED);
export type Precaution = z.infer<typeof PrecautionSchema>;

export const RedFlagSchema = z.strictObject({
  id: z.enum(RED_FLAG_IDS),
  /** 'emergency': get urgent medical help now; 'see-doctor': see a doctor before any massage. */
  urgency: z.enum(['emergency', 'see-doctor']),
  text: LocalizedTextSchema,
  sources: sourceRefs,
  provenance,
}).refine(sourcedItem, SOURCED);
export type RedFlag = z.infer<typeof RedFlagSchema>;

export const EvidenceStatementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** How sure the statement is: a guideline recommendation, low-certainty evidence, or a product statement. */
  certainty: z.enum(['guideline', 'low', 'moderate', 'statement']),
  text: LocalizedTextSchema,
  sources: sourceRefs.min(1),
  provenance,
});
export type EvidenceStatement = z.infer<typeof EvidenceStatementSchema>;

export const PrecautionsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  sources: z.array(SafetySourceSchema).min(1),
  precautions: z.array(PrecautionSchema).min(1),
});
export type PrecautionsFile = z.infer<typeof PrecautionsFileSchema>;

export const RedFlagsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  sources: z.array(SafetySourceSchema).min(1),
  red_flags: z.array(RedFlagSchema).min(1),
});
export type RedFlagsFile = z.infer<typeof RedFlagsFileSchema>;

export const EvidenceFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  sources: z.array(SafetySourceSchema).min(1),
  statements: z.array(EvidenceStatementSchema).min(1),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

/** All safety content, parsed. */
export interface SafetyContent {
  precautions: PrecautionsFile;
  redFlags: RedFlagsFile;
  evidence: EvidenceFile;
}
