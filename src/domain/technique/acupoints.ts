/**
 * Named acupoints of the lumbar-sacral region (data/anatomy/acupoints.json): schema, types and
 * the parsed table. Points are defined relative to landmarks (vertebral level + lateral offset,
 * or a fraction of the line between two landmarks), never as xyz.
 */
import { z } from 'zod';
import rawAcupoints from '../../../data/anatomy/acupoints.json';
import {
  ACUPOINT_IDS,
  LocalizedTextSchema,
  MIDLINE_LANDMARKS,
  PAIRED_LANDMARKS,
  VertebralLevelSchema,
  type AcupointId,
} from './schema';

/** On a vertebral level: `lateral_cun` from the midline at the spinous process or its lower border. */
export const LevelLocationSchema = z.strictObject({
  kind: z.literal('level'),
  level: VertebralLevelSchema,
  at: z.enum(['spinous-process', 'lower-border']).default('spinous-process'),
  lateral_cun: z.number().min(0).max(10).optional(),
  lateral_cm: z.number().min(0).max(20).optional(),
});

/** At fraction `t` of the straight line from landmark `from` to landmark `to` (paired ones take the point's side). */
export const BetweenLocationSchema = z.strictObject({
  kind: z.literal('between'),
  from: z.enum([...PAIRED_LANDMARKS, ...MIDLINE_LANDMARKS]),
  to: z.enum([...PAIRED_LANDMARKS, ...MIDLINE_LANDMARKS]),
  t: z.number().min(0).max(1),
});

export const AcupointLocationSchema = z.discriminatedUnion('kind', [
  LevelLocationSchema,
  BetweenLocationSchema,
]);
export type AcupointLocation = z.infer<typeof AcupointLocationSchema>;

export const AcupointSchema = z.strictObject({
  id: z.enum(ACUPOINT_IDS),
  name: LocalizedTextSchema.describe('Name with the pinyin, e.g. "Shenshu (BL23)"'),
  /** Paired points exist on both sides; unpaired ones lie on the midline. */
  paired: z.boolean(),
  location: AcupointLocationSchema,
  /** Anatomical description as in the WHO standard, in plain words. */
  description: LocalizedTextSchema,
  /** True for points this product never presses (on the spinous processes). */
  no_pressure: z.boolean().default(false),
});
export type Acupoint = z.infer<typeof AcupointSchema>;

export const AcupointsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  /** Length of one cun in cm used to turn cun into cm (1 cun ≈ the patient's thumb width). */
  cun_cm: z.number().min(1).max(4),
  sources: z.array(z.strictObject({ title: z.string().min(1), url: z.string().optional() })).min(1),
  acupoints: z.array(AcupointSchema).min(1),
});
export type AcupointsFile = z.infer<typeof AcupointsFileSchema>;

/** The acupoint table shipped with the app (validated at import; a unit test checks it too). */
export const ACUPOINTS: AcupointsFile = AcupointsFileSchema.parse(rawAcupoints);

/** Look up an acupoint of a table by id. */
export function findAcupoint(
  id: AcupointId,
  table: AcupointsFile = ACUPOINTS,
): Acupoint | undefined {
  return table.acupoints.find((a) => a.id === id);
}
