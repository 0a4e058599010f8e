/** Stable ids, layers, names (EN + RU) and base colours of every structure in back.glb. */
import type { LocalizedText } from '../../src/domain/anatomy/types.ts';

export type Layer = 'skin' | 'bones' | 'muscles' | 'nerves';

export interface StructureInfo {
  id: string;
  layer: Layer;
  name: LocalizedText;
  color: [number, number, number];
  roughness: number;
}

const SKIN: [number, number, number] = [0.8, 0.56, 0.45];
const BONE: [number, number, number] = [0.9, 0.86, 0.74];
const MUSCLE: [number, number, number] = [0.66, 0.2, 0.18];
const NERVE: [number, number, number] = [0.95, 0.8, 0.25];

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ORD_EN = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

export const VERTEBRA_IDS = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const;

export function vertebraName(level: string): LocalizedText {
  const n = Number(level.slice(1));
  const thoracic = level.startsWith('T');
  return {
    en: `${level} vertebra (${ORD_EN[n]} ${thoracic ? 'thoracic' : 'lumbar'})`,
    ru: `Позвонок ${thoracic ? 'Th' + n : level} (${ROMAN[n]} ${thoracic ? 'грудной' : 'поясничный'})`,
  };
}

type SideName = 'left' | 'right';
const RU_SIDE_F: Record<SideName, string> = { left: 'левая', right: 'правая' };
const RU_SIDE_M: Record<SideName, string> = { left: 'левый', right: 'правый' };
const RU_SIDE_N: Record<SideName, string> = { left: 'левое', right: 'правое' };

function sided(
  base: string,
  en: string,
  ru: string,
  gender: 'f' | 'm' | 'n',
  layer: Layer,
  color: [number, number, number],
  roughness: number,
): StructureInfo[] {
  const table = gender === 'f' ? RU_SIDE_F : gender === 'm' ? RU_SIDE_M : RU_SIDE_N;
  return (['left', 'right'] as const).map((side) => ({
    id: `${base}-${side}`,
    layer,
    name: { en: `${en} (${side})`, ru: `${ru} (${table[side]})` },
    color,
    roughness,
  }));
}

export const STRUCTURES: readonly StructureInfo[] = [
  { id: 'skin', layer: 'skin', name: { en: 'Skin', ru: 'Кожа' }, color: SKIN, roughness: 0.6 },
  ...VERTEBRA_IDS.map((v) => ({ id: `vertebra-${v}`, layer: 'bones' as const, name: vertebraName(v), color: BONE, roughness: 0.7 })),
  { id: 'sacrum', layer: 'bones', name: { en: 'Sacrum', ru: 'Крестец' }, color: BONE, roughness: 0.7 },
  { id: 'coccyx', layer: 'bones', name: { en: 'Coccyx', ru: 'Копчик' }, color: BONE, roughness: 0.7 },
  { id: 'pelvis', layer: 'bones', name: { en: 'Pelvis (hip bones)', ru: 'Таз (тазовые кости)' }, color: BONE, roughness: 0.7 },
  ...sided('femur', 'Femur, upper half', 'Бедренная кость, верхняя половина', 'f', 'bones', BONE, 0.7),
  ...sided('rib-11', 'Eleventh rib', 'XI ребро', 'n', 'bones', BONE, 0.7),
  ...sided('rib-12', 'Twelfth rib', 'XII ребро', 'n', 'bones', BONE, 0.7),
  ...sided('scapula', 'Shoulder blade (scapula)', 'Лопатка', 'f', 'bones', BONE, 0.7),
  ...sided('arm', 'Arm', 'Рука', 'f', 'skin', SKIN, 0.6),
  // The arms of the other positions (the scene shows the pair of the current position).
  ...(['side-lying-left', 'side-lying-right', 'seated'] as const).flatMap((p) =>
    sided('arm', 'Arm', 'Рука', 'f', 'skin', SKIN, 0.6).map((s) => ({ ...s, id: `${s.id}-${p}` })),
  ),
  ...sided('erector-spinae', 'Erector spinae', 'Мышца, выпрямляющая позвоночник', 'f', 'muscles', MUSCLE, 0.55),
  ...sided('quadratus-lumborum', 'Quadratus lumborum', 'Квадратная мышца поясницы', 'f', 'muscles', MUSCLE, 0.55),
  ...sided('gluteus-maximus', 'Gluteus maximus', 'Большая ягодичная мышца', 'f', 'muscles', MUSCLE, 0.55),
  ...sided('gluteus-medius', 'Gluteus medius', 'Средняя ягодичная мышца', 'f', 'muscles', MUSCLE, 0.55),
  ...sided('piriformis', 'Piriformis', 'Грушевидная мышца', 'f', 'muscles', MUSCLE, 0.55),
  ...sided('sciatic-nerve', 'Sciatic nerve', 'Седалищный нерв', 'm', 'nerves', NERVE, 0.5),
];

export const STRUCTURE_IDS: readonly string[] = STRUCTURES.map((s) => s.id);

export function structure(id: string): StructureInfo {
  const s = STRUCTURES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown structure ${id}`);
  return s;
}
