/**
 * Technique fixtures covering every move, built through the real gate (parseTechnique) so that
 * defaults are filled in exactly as for library files.
 */
import { parseTechnique } from '../../../src/domain/technique/parse';
import type { Technique } from '../../../src/domain/technique/schema';

const tx = (en: string, ru: string) => ({ en, ru });
const band = (from: string, to: string, a: number, b: number, strokes = 'along') => ({
  shape: 'band', from_level: from, to_level: to, lateral_from_cm: a, lateral_to_cm: b, strokes,
});
const cap = tx('Do the move', 'Выполните приём');

const ALL_MOVES_STEPS = [
  { move: 'apply-oil', caption: cap, area: band('L1', 'S1', 0, 12), duration_s: 30 },
  { move: 'rub', caption: cap, path: band('L1', 'L5', 2, 10), axis: 'along-spine', pressure: 'light', repetitions: 20, tempo: { cycles_per_min: 60 } },
  { move: 'circular-rub', caption: cap, path: { shape: 'circle', center: { acupoint: 'BL25' }, radius_cm: 3 }, circles: 5, pressure: 'medium', repetitions: 2, tempo: { cycles_per_min: 40 } },
  { move: 'knead-palm', caption: cap, path: band('T12', 'L5', 2, 8), pressure: 'medium', repetitions: 4, tempo: { duration_s: 90 } },
  { move: 'knead-fist', caption: cap, path: band('L2', 'L5', 3, 8), pressure: 'firm', repetitions: 4, tempo: { duration_s: 60 } },
  { move: 'point-press', caption: cap, points: [{ acupoint: 'BL23' }, { acupoint: 'BL25' }, { acupoint: 'GB30' }], pressure: 'medium', hold_s: 15, repetitions: 3 },
  { move: 'palm-press', caption: cap, path: { shape: 'polyline', points: [{ level: 'L1', lateral_cm: 4 }, { level: 'L5', lateral_cm: 4 }] }, stations: 5, pressure: 'medium', hold_s: 3, repetitions: 2 },
  { move: 'edge-of-palm-stroke', caption: cap, style: 'chop', path: band('L1', 'L5', 3, 9, 'across'), pressure: 'light', repetitions: 30, tempo: { cycles_per_min: 120 } },
  { move: 'effleurage', caption: cap, path: { shape: 'polyline', points: [{ level: 'L3', lateral_cm: 3 }, { landmark: 'iliac-crest-top', lateral_cm: 2 }] }, pressure: 'light', repetitions: 6, tempo: { cycles_per_min: 10 } },
  { move: 'set-cup', caption: cap, at: { level: 'L3', lateral_cm: 5 }, suction: 'medium', duration_s: 10 },
  { move: 'cup-glide', caption: cap, path: { shape: 'zigzag', from: { level: 'L1', lateral_cm: 4 }, to: { level: 'L5', lateral_cm: 6 }, amplitude_cm: 2, zigs: 4 }, suction: 'strong', repetitions: 3, tempo: { cycles_per_min: 6 } },
  { move: 'cup-glide', caption: cap, path: { shape: 'spiral', center: { level: 'L4', lateral_cm: 6 }, radius_cm: 5, turns: 2 }, suction: 'light', repetitions: 2, tempo: { cycles_per_min: 6 } },
  { move: 'apply-honey', caption: cap, area: band('L2', 'S1', 2, 10), duration_s: 40 },
  { move: 'honey-press-pull', caption: cap, path: band('L2', 'S1', 2, 10), pressure: 'medium', repetitions: 30, tempo: { cycles_per_min: 30 } },
];

function make(id: string, type: string, steps: unknown[], precautions: string[]): Technique {
  const r = parseTechnique(
    {
      id,
      format_version: 1,
      title: tx(id, id),
      summary: tx('Fixture', 'Тестовая техника'),
      type,
      regions: ['lumbar'],
      level: 'student',
      duration_min: 20,
      precautions,
      steps,
    },
    `${id}.json`,
  );
  if (!r.ok) throw new Error(`fixture ${id} invalid: ${JSON.stringify(r.errors, null, 1)}`);
  return r.technique;
}

export const ALL_MOVES = make('fixture-all-moves', 'cupping', ALL_MOVES_STEPS, ['bleeding-anticoagulants']);

export const GENTLE_POINT = make('fixture-gentle-point', 'point', [ALL_MOVES_STEPS[5], ALL_MOVES_STEPS[8]], ['pregnancy', 'acute-pain']);
export const CLASSIC = make('fixture-classic', 'classic', [ALL_MOVES_STEPS[1], ALL_MOVES_STEPS[3]], ['acute-pain']);
export const THAI = make('fixture-thai', 'thai', [ALL_MOVES_STEPS[1]], ['acute-pain', 'fracture-osteoporosis', 'pregnancy']);
export const FIRM_CUPPING = make('fixture-firm-cupping', 'cupping', [ALL_MOVES_STEPS[9], ALL_MOVES_STEPS[10]], []);
export const GENTLE_CUPPING = make('fixture-gentle-cupping', 'cupping', [ALL_MOVES_STEPS[9], ALL_MOVES_STEPS[11]], []);
export const HONEY = make('fixture-honey', 'honey', [ALL_MOVES_STEPS[12], ALL_MOVES_STEPS[13]], []);
