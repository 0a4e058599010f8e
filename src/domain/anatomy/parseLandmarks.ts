import { z } from 'zod';
import { VERTEBRAL_LEVELS, type LandmarksFile } from './types';

const vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);

const LandmarkSchema = z.object({
  id: z.string().min(1),
  name: z.object({ en: z.string().min(1), ru: z.string().min(1) }),
  kind: z.enum(['vertebra', 'pelvis', 'sacrum', 'femur', 'scapula', 'rib']),
  side: z.enum(['left', 'right', 'midline']),
  level: z.enum(VERTEBRAL_LEVELS).optional(),
  bone: vec3,
  skin: vec3,
  normal: vec3,
});

const LandmarksFileSchema = z.object({
  version: z.literal(1),
  units: z.literal('m'),
  frame: z.string(),
  paramsHash: z.string(),
  landmarks: z.array(LandmarkSchema).min(1),
  wholeBack: z.array(LandmarkSchema).optional(),
  cun: z
    .object({
      m: z.number().positive(),
      cm: z.number().positive(),
      medialBorderToMidline_m: z.number().positive(),
      definition: z.string(),
    })
    .optional(),
});

/** Checks generated landmark data at the boundary; a bad file fails loudly with its path. */
export function parseLandmarksFile(json: unknown, fileName = 'data/anatomy/landmarks.json'): LandmarksFile {
  const r = LandmarksFileSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${fileName}:${i.path.join('.')}: ${i.message}`);
  }
  return r.data as LandmarksFile;
}
