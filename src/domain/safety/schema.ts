/**
 * Schemas of the shared safety content in `data/safety/`: precautions, red flags and evidence
 * statements, each with its sources, in English and Russian.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../technique/schema';
import { PRECAUTION_IDS, RED_FLAG_IDS } from './ids';

export const SafetySourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1).max(500),
  url: z.string().max(1000).optional(),
});
export type SafetySource = z.infer<typeof SafetySourceSchema>;

const sourceRefs = z
  .array(z.string().min(1))
  .min(1)
  .describe("Ids of entries of this file's `sources`");

export const PrecautionSchema = z.strictObject({
  id: z.enum(PRECAUTION_IDS),
  /** 'rule': how to work, always; 'condition': a state of the person that forbids or limits a technique. */
  kind: z.enum(['rule', 'condition']),
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
  sources: sourceRefs,
});
export type Precaution = z.infer<typeof PrecautionSchema>;

export const RedFlagSchema = z.strictObject({
  id: z.enum(RED_FLAG_IDS),
  /** 'emergency': get urgent medical help now; 'see-doctor': see a doctor before any massage. */
  urgency: z.enum(['emergency', 'see-doctor']),
  text: LocalizedTextSchema,
  sources: sourceRefs,
});
export type RedFlag = z.infer<typeof RedFlagSchema>;

export const EvidenceStatementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** How sure the statement is: a guideline recommendation, low-certainty evidence, or a product statement. */
  certainty: z.enum(['guideline', 'low', 'moderate', 'statement']),
  text: LocalizedTextSchema,
  sources: sourceRefs,
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
