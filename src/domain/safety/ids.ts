/**
 * Ids of the shared safety content in `data/safety/*.json`. They live here as constants so the
 * technique schema (and the generated JSON Schema) can offer them to editors; a unit test keeps
 * them in step with the data files.
 */

/** Precautions a technique may reference in its `precautions` list. */
export const PRECAUTION_IDS = [
  'acute-pain',
  'bleeding-anticoagulants',
  'skin-lesions',
  'fracture-osteoporosis',
  'deep-vein-thrombosis',
  'pregnancy',
  'fever',
  'reduced-skin-sensation',
  'honey-allergy',
  'first-sessions-doctor',
  'no-spinous-pressure',
  'no-jolts',
  'stop-if-leg-pain',
] as const;
export type PrecautionId = (typeof PRECAUTION_IDS)[number];

/** Red flags: reasons to seek urgent medical help (or a doctor) instead of massage. */
export const RED_FLAG_IDS = [
  'saddle-numbness',
  'bladder-bowel',
  'bilateral-sciatica',
  'progressive-weakness',
  'major-trauma',
  'fever-unwell',
  'weight-loss',
  'cancer-history',
  'age',
  'night-pain',
  'immune-suppression',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];
