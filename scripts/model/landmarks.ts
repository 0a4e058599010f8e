/** Landmarks: bony points from the plan, skin points and normals measured on the final skin mesh. */
import type { Landmark, LocalizedText, Side, VertebralLevel } from '../../src/domain/anatomy/types.ts';
import type { BodyPlan } from './bodyPlan.ts';
import { closestPoint, normalAt, raycast, type MeshHit, type TriMesh } from './meshQuery.ts';
import { round6, type V3 } from './vec.ts';
import { ribPath } from './boneFields.ts';
import type { BackCun } from '../../src/domain/anatomy/types.ts';

/**
 * The proportional back cun (WHO 2008): midline to the medial border of the scapula = 3 B-cun,
 * measured on the model's shoulder blade at the root of its spine.
 */
export function backCun(plan: BodyPlan): BackCun {
  const border = plan.scapula.spineRoot[0];
  const m = border / 3;
  return {
    m: round6(m),
    cm: Math.round(m * 10000) / 100,
    medialBorderToMidline_m: round6(border),
    definition:
      'WHO Standard Acupuncture Point Locations (2008): posterior midline to the medial border of the scapula = 3 B-cun; measured on the model at the root of the spine of the scapula',
  };
}

interface Spec {
  id: string;
  name: LocalizedText;
  kind: Landmark['kind'];
  side: Side;
  level?: VertebralLevel;
  bone: V3;
  /** Direction to look for the skin from the bone; undefined = closest skin point. */
  dir?: V3;
}

const SACRAL_RU = ['I', 'II', 'III', 'IV'];
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function landmarkSpecs(plan: BodyPlan): Spec[] {
  const specs: Spec[] = [];
  for (const v of plan.vertebrae.filter((x) => x.meshed).reverse()) {
    const num = Number(v.id.slice(1));
    const thoracic = v.id.startsWith('T');
    specs.push({
      id: v.id,
      name: {
        en: `${v.id} spinous process`,
        ru: `Остистый отросток ${ROMAN[num]} ${thoracic ? 'грудного' : 'поясничного'} позвонка (${thoracic ? 'Th' + num : v.id})`,
      },
      kind: 'vertebra',
      side: 'midline',
      level: v.id as VertebralLevel,
      bone: v.spinousTip,
      dir: [0, 0, 1],
    });
  }
  plan.sacralTubercles.forEach((t, i) => {
    specs.push({
      id: `S${i + 1}`,
      name: {
        en: `S${i + 1} median sacral crest tubercle`,
        ru: `Бугорок срединного крестцового гребня ${SACRAL_RU[i]} крестцового позвонка (S${i + 1})`,
      },
      kind: 'sacrum',
      side: 'midline',
      level: `S${i + 1}` as VertebralLevel,
      bone: t,
      dir: [0, 0, 1],
    });
  });
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? -1 : 1;
    const ruF = side === 'left' ? 'левая' : 'правая';
    const ruM = side === 'left' ? 'левый' : 'правый';
    const crest = side === 'left' ? plan.crestTop.left : plan.crestTop.right;
    specs.push({
      id: `iliac-crest-top-${side}`,
      name: { en: `Top of the iliac crest (${side})`, ru: `Верхняя точка гребня подвздошной кости (${ruF})` },
      kind: 'pelvis',
      side,
      level: 'L4',
      bone: crest,
    });
    specs.push({
      id: `psis-${side}`,
      name: { en: `Posterior superior iliac spine (${side})`, ru: `Задняя верхняя подвздошная ость (${ruF})` },
      kind: 'pelvis',
      side,
      level: 'S2',
      bone: side === 'left' ? plan.psis.left : plan.psis.right,
      dir: [0, 0, 1],
    });
    specs.push({
      id: `greater-trochanter-${side}`,
      name: { en: `Greater trochanter (${side})`, ru: `Большой вертел бедренной кости (${ruM})` },
      kind: 'femur',
      side,
      bone: side === 'left' ? plan.trochanter.left : plan.trochanter.right,
      dir: [s * 0.94, 0, 0.34],
    });
  }
  specs.push({
    id: 'sacral-hiatus',
    name: { en: 'Sacral hiatus', ru: 'Крестцовая щель (hiatus sacralis)' },
    kind: 'sacrum',
    side: 'midline',
    level: 'S4',
    bone: plan.sacralHiatus,
    dir: [0, 0, 1],
  });
  specs.push({
    id: 'coccyx',
    name: { en: 'Tip of the coccyx', ru: 'Верхушка копчика' },
    kind: 'sacrum',
    side: 'midline',
    bone: plan.coccyxTip,
    dir: [0, 0.26, 0.97],
  });
  return specs;
}

/**
 * Landmarks of the whole back outside the lumbar-sacral region (issue 10): C7 (vertebra
 * prominens), the shoulder blades and the tips of the 12th ribs. Written to landmarks.json
 * `wholeBack`, apart from `landmarks`, until the technique format can address them.
 */
export function wholeBackSpecs(plan: BodyPlan): Spec[] {
  const specs: Spec[] = [];
  specs.push({
    id: 'C7',
    name: { en: 'C7 spinous process (vertebra prominens)', ru: 'Остистый отросток VII шейного позвонка (C7, выступающий позвонок)' },
    kind: 'vertebra',
    side: 'midline',
    bone: plan.c7Tip,
    dir: [0, 0, 1],
  });
  const sc = plan.scapula;
  const behind = (x: number, y: number): V3 => [x, y, plan.spinousLineZ(y) - 0.02];
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? -1 : 1;
    const ruF = side === 'left' ? 'левой' : 'правой';
    specs.push({
      id: `scapula-medial-border-${side}`,
      name: {
        en: `Medial border of the shoulder blade at the root of its spine (${side})`,
        ru: `Медиальный край ${ruF} лопатки у основания её ости`,
      },
      kind: 'scapula',
      side,
      bone: behind(s * sc.spineRoot[0], sc.spineRoot[1]),
      dir: [0, 0, 1],
    });
    specs.push({
      id: `scapula-inferior-angle-${side}`,
      name: { en: `Inferior angle of the shoulder blade (${side})`, ru: `Нижний угол ${ruF} лопатки` },
      kind: 'scapula',
      side,
      bone: behind(s * sc.inferiorAngle[0], sc.inferiorAngle[1]),
      dir: [0, 0, 1],
    });
    const rib = ribPath(plan, 12);
    const tip = rib[rib.length - 1] as V3;
    specs.push({
      id: `rib-12-tip-${side}`,
      name: { en: `Tip of the 12th rib (${side})`, ru: `Конец XII ребра (${side === 'left' ? 'левого' : 'правого'})` },
      kind: 'rib',
      side,
      bone: [s * tip[0], tip[1], tip[2]],
    });
  }
  return specs;
}

const r3 = (v: V3): [number, number, number] => [round6(v[0]), round6(v[1]), round6(v[2])];

export function computeLandmarks(plan: BodyPlan, skin: TriMesh, specs: Spec[] = landmarkSpecs(plan)): Landmark[] {
  return specs.map((s) => {
    let hit: MeshHit | null = s.dir ? raycast(skin, s.bone, s.dir) : null;
    if (!hit) hit = closestPoint(skin, s.bone);
    const normal = normalAt(skin, hit);
    const nl = Math.hypot(...normal);
    const lm: Landmark = {
      id: s.id,
      name: s.name,
      kind: s.kind,
      side: s.side,
      ...(s.level ? { level: s.level } : {}),
      bone: r3(s.bone),
      skin: r3(hit.point),
      normal: [round6(normal[0] / nl), round6(normal[1] / nl), round6(normal[2] / nl)],
    };
    return lm;
  });
}
