/**
 * Packs the structures into one glb: one node + mesh + material per structure, node extras
 * { id, layer, name }, quantized (KHR_mesh_quantization) and meshopt-compressed
 * (EXT_meshopt_compression). The scene root has an identity transform.
 */
import { Document, Logger, NodeIO, type Primitive, type Scene } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { mergeDocuments, meshopt, unpartition } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { Mesh } from './meshField.ts';
import type { StructureInfo } from './structures.ts';

export interface BuiltStructure {
  info: StructureInfo;
  mesh: Mesh;
}

export async function createIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

function addStructures(doc: Document, structures: readonly BuiltStructure[]): void {
  const buffer = doc.createBuffer('main');
  const scene = doc.createScene('handpath-back');
  doc.getRoot().setDefaultScene(scene);
  for (const { info, mesh } of structures) {
    const pos = doc.createAccessor(`${info.id}-position`).setType('VEC3').setArray(new Float32Array(mesh.positions)).setBuffer(buffer);
    const nor = doc.createAccessor(`${info.id}-normal`).setType('VEC3').setArray(new Float32Array(mesh.normals)).setBuffer(buffer);
    const idx = doc.createAccessor(`${info.id}-indices`).setType('SCALAR').setArray(new Uint32Array(mesh.indices)).setBuffer(buffer);
    const mat = doc
      .createMaterial(info.id)
      .setBaseColorFactor([...info.color, 1])
      .setRoughnessFactor(info.roughness)
      .setMetallicFactor(0);
    const prim: Primitive = doc
      .createPrimitive()
      .setAttribute('POSITION', pos)
      .setAttribute('NORMAL', nor)
      .setIndices(idx)
      .setMaterial(mat);
    const m = doc.createMesh(info.id).addPrimitive(prim);
    const node = doc
      .createNode(info.id)
      .setMesh(m)
      .setExtras({ id: info.id, layer: info.layer, name: { en: info.name.en, ru: info.name.ru } });
    scene.addChild(node);
  }
}

/**
 * `structures` share one quantization volume (the scene's box). `ownVolume` structures (the arms
 * of the other positions, which reach far from the body) are quantized each in its own box and
 * appended after them, so that they neither widen the shared volume nor change a byte of the
 * others (the skin the landmarks were measured on).
 */
export async function writeGlb(structures: readonly BuiltStructure[], ownVolume: readonly BuiltStructure[] = []): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'Handpath scripts/build-model.ts';
  addStructures(doc, structures);
  const options = { encoder: MeshoptEncoder, level: 'high', quantizePosition: 12, quantizeNormal: 8 } as const;
  await doc.transform(meshopt({ ...options, quantizationVolume: 'scene' }));
  if (ownVolume.length > 0) {
    const extra = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
    addStructures(extra, ownVolume);
    await extra.transform(meshopt({ ...options, quantizationVolume: 'mesh' }));
    const map = mergeDocuments(doc, extra);
    const scene = doc.getRoot().getDefaultScene()!;
    const merged = map.get(extra.getRoot().getDefaultScene()!) as Scene;
    for (const node of merged.listChildren()) scene.addChild(node);
    merged.dispose();
    await doc.transform(unpartition());
  }
  const io = await createIO();
  return io.writeBinary(doc);
}
