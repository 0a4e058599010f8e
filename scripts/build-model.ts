/**
 * Generates the procedural lower-back model: public/models/back.glb and data/anatomy/landmarks.json.
 * Deterministic: the same bytes on every run. `npm run build:model`.
 *
 * Pipeline (scripts/model/*):
 *  1. bodyPlan      the skeleton plan from src/domain/anatomy/params.ts (vertebral chain with the
 *                   table's discs and segmental lordosis, sacral curve, pelvic key points, frame).
 *  2. *Field        signed distance fields: skin (lofted torso + back height field + buttocks +
 *                   thighs), bones, muscles, nerve; inner structures are clipped inside the skin.
 *  3. meshField     sample on a grid (block-culled), surface nets, attribute-aware meshoptimizer
 *                   simplification, normals from the analytic field gradient.
 *  4. writeGlb      one node + mesh + material per structure, extras {id, layer, name},
 *                   KHR_mesh_quantization + EXT_meshopt_compression, identity scene root.
 *  5. landmarks     bony points from the plan; skin points ray-cast on the skin mesh read back from
 *                   the final bytes (so they lie on what the app loads).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANATOMY_PARAMS } from '../src/domain/anatomy/params.ts';
import type { LandmarksFile } from '../src/domain/anatomy/types.ts';
import { computeBodyPlan, type BodyPlan } from './model/bodyPlan.ts';
import {
  coccyxShape,
  femurShape,
  pelvisShape,
  ribPath,
  ribShape,
  sacrumShape,
  vertebraShape,
  type BoneShape,
} from './model/boneFields.ts';
import { backCun, computeLandmarks, wholeBackSpecs } from './model/landmarks.ts';
import { meshField, type Mesh } from './model/meshField.ts';
import {
  erectorShape,
  gluteusMaximusShape,
  gluteusMediusShape,
  piriformisShape,
  quadratusShape,
  sciaticShape,
} from './model/muscleFields.ts';
import { decodeNode, readDocument } from './model/readGlb.ts';
import { smax, type Field } from './model/sdf.ts';
import { createSkinField } from './model/skinField.ts';
import { structure } from './model/structures.ts';
import { mirrorX } from './model/vec.ts';
import { writeGlb, type BuiltStructure } from './model/writeGlb.ts';
import { armShape, POSED_ARM_POSITIONS, posedArmShape, scapulaShape } from './model/upperBody.ts';

export const FRAME_DESCRIPTION =
  'Body frame, metres. +Y up (standing), +Z out of the back (posterior), +X the person\'s right. ' +
  'Origin: x = 0 the midsagittal plane; y = 0 Tuffier\'s line (the horizontal line over the tops of the ' +
  'iliac crests), which by construction passes through the tip of the L4 spinous process; z = 0 the ' +
  'anterior surface of the L4 vertebral body at its mid-height. The glb scene root is identity, so ' +
  'these coordinates are three.js world coordinates of /models/back.glb.';

export function paramsHash(): string {
  return createHash('sha256').update(JSON.stringify(ANATOMY_PARAMS)).digest('hex').slice(0, 16);
}

export interface BuildOptions {
  /** Multiplies every voxel size (and divides triangle budgets by its cube, min 1/8): 1 = the
   * committed model; 2–3 = a quick coarse build for tests of the pipeline itself. */
  resolutionScale?: number;
  /** Skin voxel size in metres (default 3.5 mm). */
  skinStep?: number;
  /** Triangle budget of the simplified skin (default 52k: the whole back, C7 to mid-thigh). */
  skinTriangles?: number;
  /** Triangle budget of each arm (default 3000). */
  armTriangles?: number;
}

let SCALE = 1;

async function meshBone(shape: BoneShape, step: number, targetTriangles: number): Promise<Mesh> {
  return meshField(shape.field, {
    min: shape.min,
    max: shape.max,
    step: step * SCALE,
    targetTriangles: Math.round(targetTriangles / Math.min(8, SCALE ** 2)),
    targetError: 0.02,
  });
}

/** Keeps a structure at least `margin` inside the skin, so that nothing pokes through it. */
function insideSkin(shape: BoneShape, skin: Field, margin: number): BoneShape {
  const f = shape.field;
  return {
    ...shape,
    field: (x, y, z) => {
      const d = f(x, y, z);
      // Far outside the structure the clip cannot matter (and the skin field is the costly one).
      if (d > 0.02) return d;
      return smax(d, skin(x, y, z) + margin, 0.004);
    },
  };
}

async function buildStructures(plan: BodyPlan, o: Required<BuildOptions>): Promise<{ out: BuiltStructure[]; posed: BuiltStructure[] }> {
  const out: BuiltStructure[] = [];
  const posed: BuiltStructure[] = [];
  const add = (id: string, mesh: Mesh): void => {
    out.push({ info: structure(id), mesh });
  };
  const skin = createSkinField(plan);
  add(
    'skin',
    await meshField(skin.field, {
      ...skin.bounds,
      step: o.skinStep * SCALE,
      targetTriangles: Math.round(o.skinTriangles / Math.min(8, SCALE ** 2)),
    }),
  );
  const inside = (shape: BoneShape, margin = 0.004): BoneShape => insideSkin(shape, skin.field, margin);
  // The arms resting beside the body: their own nodes (skin layer), so the torso stays the one
  // surface the motion engine works on.
  add('arm-left', await meshBone(armShape(plan, -1), 0.004, o.armTriangles));
  add('arm-right', await meshBone(armShape(plan, 1), 0.004, o.armTriangles));
  // The arms of the other positions, posed on their supports (leaner: 2/3 of the prone arm's budget).
  for (const position of POSED_ARM_POSITIONS) {
    for (const [name, s] of [
      ['left', -1],
      ['right', 1],
    ] as const) {
      const id = `arm-${name}-${position}`;
      posed.push({ info: structure(id), mesh: await meshBone(posedArmShape(plan, s, position), 0.004, Math.round((o.armTriangles * 2) / 3)) });
    }
  }
  add('scapula-left', await meshBone(inside(scapulaShape(plan, -1, skin.backHeight)), 0.0025, 1500));
  add('scapula-right', await meshBone(inside(scapulaShape(plan, 1, skin.backHeight)), 0.0025, 1500));
  for (const v of plan.vertebrae.filter((x) => x.meshed).reverse()) {
    add(`vertebra-${v.id}`, await meshBone(vertebraShape(v), 0.0018, 2200));
  }
  add('sacrum', await meshBone(sacrumShape(plan), 0.0022, 3500));
  add('coccyx', await meshBone(coccyxShape(plan), 0.0015, 600));
  add('pelvis', await meshBone(inside(pelvisShape(plan)), 0.003, 8000));
  add('femur-left', await meshBone(inside(femurShape(plan, -1), 0.006), 0.0025, 1800));
  add('femur-right', await meshBone(inside(femurShape(plan, 1), 0.006), 0.0025, 1800));
  for (const rib of [11, 12] as const) {
    const right = ribPath(plan, rib);
    const radii = rib === 11 ? [0.005, 0.0052, 0.0048, 0.0042, 0.0036, 0.003] : [0.005, 0.0052, 0.0046, 0.004, 0.0032];
    add(`rib-${rib}-left`, await meshBone(inside(ribShape(right.map(mirrorX), radii)), 0.002, 700));
    add(`rib-${rib}-right`, await meshBone(inside(ribShape(right, radii)), 0.002, 700));
  }
  for (const [side, s] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    add(`erector-spinae-${side}`, await meshBone(inside(erectorShape(plan, s)), 0.003, 2500));
  }
  for (const [side, s] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    add(`quadratus-lumborum-${side}`, await meshBone(inside(quadratusShape(plan, s)), 0.0025, 1000));
  }
  for (const [side, s] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    add(`gluteus-maximus-${side}`, await meshBone(inside(gluteusMaximusShape(plan, s), 0.006), 0.0035, 3000));
  }
  for (const [side, s] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    add(`gluteus-medius-${side}`, await meshBone(inside(gluteusMediusShape(plan, s), 0.006), 0.003, 2000));
  }
  for (const [side, s] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    add(`piriformis-${side}`, await meshBone(inside(piriformisShape(plan, s)), 0.002, 800));
  }
  for (const [side, s] of [
    ['left', -1],
    ['right', 1],
  ] as const) {
    add(`sciatic-nerve-${side}`, await meshBone(inside(sciaticShape(plan, s)), 0.0022, 2000));
  }
  return { out, posed };
}

export async function buildModel(options: BuildOptions = {}): Promise<{ glb: Uint8Array; landmarks: LandmarksFile }> {
  const o: Required<BuildOptions> = {
    resolutionScale: options.resolutionScale ?? 1,
    skinStep: options.skinStep ?? 0.0035,
    skinTriangles: options.skinTriangles ?? 52000,
    armTriangles: options.armTriangles ?? 3000,
  };
  SCALE = o.resolutionScale;
  const plan = computeBodyPlan();
  const { out, posed } = await buildStructures(plan, o);
  // The posed arms are quantized in their own volumes: the skin's bytes stay those of the prone model.
  const glb = await writeGlb(out, posed);
  // Skin points are measured on the final (simplified, quantized) mesh, read back from the bytes.
  const skin = decodeNode(await readDocument(glb), 'skin');
  const landmarks: LandmarksFile = {
    version: 1,
    units: 'm',
    frame: FRAME_DESCRIPTION,
    paramsHash: paramsHash(),
    landmarks: computeLandmarks(plan, skin),
    wholeBack: computeLandmarks(plan, skin, wholeBackSpecs(plan)),
    cun: backCun(plan),
  };
  return { glb, landmarks };
}

/** Stable, diff-friendly JSON: 2-space indent, number triples on one line. */
export function landmarksJson(l: LandmarksFile): string {
  const text = JSON.stringify(l, null, 2);
  return text.replace(/\[\s*(-?[\d.e-]+),\s*(-?[\d.e-]+),\s*(-?[\d.e-]+)\s*\]/g, '[$1, $2, $3]') + '\n';
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GLB_PATH = resolve(ROOT, 'public/models/back.glb');
export const LANDMARKS_PATH = resolve(ROOT, 'data/anatomy/landmarks.json');

async function main(): Promise<void> {
  const t0 = performance.now();
  const { glb, landmarks } = await buildModel();
  mkdirSync(dirname(GLB_PATH), { recursive: true });
  mkdirSync(dirname(LANDMARKS_PATH), { recursive: true });
  writeFileSync(GLB_PATH, glb);
  writeFileSync(LANDMARKS_PATH, landmarksJson(landmarks));
  const ms = performance.now() - t0;
  console.log(`back.glb ${glb.byteLength} bytes, ${landmarks.landmarks.length} landmarks, ${ms.toFixed(0)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
