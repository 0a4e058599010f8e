import { readFileSync } from 'node:fs';
import { validateBytes } from 'gltf-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LandmarksFile } from '../../../src/domain/anatomy/types.ts';
import { GLB_PATH, LANDMARKS_PATH, buildModel, landmarksJson } from '../../../scripts/build-model.ts';
import { closestPoint } from '../../../scripts/model/meshQuery.ts';
import { STRUCTURES } from '../../../scripts/model/structures.ts';
import { loadNodeExtras, loadSkinMesh } from '../../helpers/loadBackModel.ts';

const committedGlb = new Uint8Array(readFileSync(GLB_PATH));
const committedLandmarks = JSON.parse(readFileSync(LANDMARKS_PATH, 'utf8')) as LandmarksFile;

describe('generated model (build in-process)', () => {
  let a: { glb: Uint8Array; landmarks: LandmarksFile };
  beforeAll(async () => {
    a = await buildModel();
  }, 420_000); // the whole back (C7 to mid-thigh) takes ~1.5 min alone, more on a shared machine

  it('is deterministic: two in-process builds give identical bytes (coarse, fast pipeline run)', async () => {
    const q1 = await buildModel({ resolutionScale: 2.5 });
    const q2 = await buildModel({ resolutionScale: 2.5 });
    expect(q1.glb.byteLength).toBeGreaterThan(10_000);
    expect(Buffer.compare(Buffer.from(q1.glb), Buffer.from(q2.glb))).toBe(0);
    expect(landmarksJson(q1.landmarks)).toBe(landmarksJson(q2.landmarks));
  }, 240_000);

  // The committed files came from a separate process (npm run build:model): equality here also
  // proves the full-resolution build is deterministic across processes.
  it('committed back.glb and landmarks.json are up to date (run npm run build:model)', () => {
    expect(a.glb.byteLength).toBe(committedGlb.byteLength);
    expect(Buffer.compare(Buffer.from(a.glb), Buffer.from(committedGlb))).toBe(0);
    expect(landmarksJson(a.landmarks)).toBe(readFileSync(LANDMARKS_PATH, 'utf8'));
  });
});

describe('committed back.glb', () => {
  it('passes gltf-validator with 0 errors', async () => {
    const report = await validateBytes(committedGlb, { maxIssues: 50 });
    const errors = report.issues.messages.filter((m) => m.severity === 0);
    expect(errors, JSON.stringify(errors.slice(0, 5))).toHaveLength(0);
    expect(report.issues.numErrors).toBe(0);
  });

  it('fits the budget: ≤ 1 MB and ≤ 200k triangles', async () => {
    expect(committedGlb.byteLength).toBeLessThanOrEqual(1_000_000);
    const nodes = await loadNodeExtras();
    const tris = nodes.reduce((s, n) => s + n.triangles, 0);
    expect(tris).toBeLessThanOrEqual(200_000);
    expect(nodes.find((n) => n.name === 'skin')?.triangles ?? 0).toBeGreaterThan(10_000);
  });

  it('has every expected node with its mesh and extras { id, layer, name.en/ru }', async () => {
    const nodes = await loadNodeExtras();
    for (const s of STRUCTURES) {
      const n = nodes.find((x) => x.name === s.id);
      expect(n, s.id).toBeDefined();
      expect(n?.triangles ?? 0, s.id).toBeGreaterThan(50);
      expect(n?.extras).toEqual({ id: s.id, layer: s.layer, name: { en: s.name.en, ru: s.name.ru } });
      expect(s.name.ru).toMatch(/[а-яё]/i);
    }
    const ids = [
      'skin', 'vertebra-T10', 'vertebra-T11', 'vertebra-T12', 'vertebra-L1', 'vertebra-L2', 'vertebra-L3',
      'vertebra-L4', 'vertebra-L5', 'sacrum', 'coccyx', 'pelvis', 'rib-11-left', 'rib-11-right', 'rib-12-left',
      'rib-12-right', 'erector-spinae-left', 'erector-spinae-right', 'quadratus-lumborum-left',
      'quadratus-lumborum-right', 'gluteus-maximus-left', 'gluteus-maximus-right', 'gluteus-medius-left',
      'gluteus-medius-right', 'piriformis-left', 'piriformis-right', 'sciatic-nerve-left', 'sciatic-nerve-right',
    ];
    for (const id of ids) expect(nodes.map((n) => n.name)).toContain(id);
  });
});

describe('landmarks.json', () => {
  const expected = [
    'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4',
    'iliac-crest-top-left', 'iliac-crest-top-right', 'psis-left', 'psis-right', 'sacral-hiatus', 'coccyx',
    'greater-trochanter-left', 'greater-trochanter-right',
  ];

  it('lists every landmark once, with EN and RU names', () => {
    const ids = committedLandmarks.landmarks.map((l) => l.id);
    expect([...ids].sort()).toEqual([...expected].sort());
    for (const l of committedLandmarks.landmarks) {
      expect(l.name.en.length).toBeGreaterThan(3);
      expect(l.name.ru).toMatch(/[а-яё]/i);
    }
    expect(committedLandmarks.frame).toMatch(/Tuffier/);
  });

  it('every skin point lies on the committed skin mesh within 1 mm; normals unit and outward', async () => {
    const skin = await loadSkinMesh();
    let worst = 0;
    for (const l of committedLandmarks.landmarks) {
      const hit = closestPoint(skin, [l.skin[0], l.skin[1], l.skin[2]]);
      worst = Math.max(worst, hit.distance);
      expect(hit.distance, l.id).toBeLessThan(0.001);
      expect(Math.hypot(...l.normal), l.id).toBeCloseTo(1, 4);
      // Outward: the normal points away from the bone (the skin lies outside it).
      const out = [l.skin[0] - l.bone[0], l.skin[1] - l.bone[1], l.skin[2] - l.bone[2]];
      const dot = out[0]! * l.normal[0] + out[1]! * l.normal[1] + out[2]! * l.normal[2];
      expect(dot, l.id).toBeGreaterThan(0);
      if (l.kind === 'vertebra' || l.id.startsWith('psis') || /^S\d$/.test(l.id)) {
        expect(l.normal[2], `${l.id} normal faces posterior`).toBeGreaterThan(0.6);
      }
    }
    expect(worst).toBeLessThan(0.001);
  });

  it('skin lies over the bone at a plausible soft-tissue depth (2–60 mm)', () => {
    for (const l of committedLandmarks.landmarks) {
      const d = Math.hypot(l.skin[0] - l.bone[0], l.skin[1] - l.bone[1], l.skin[2] - l.bone[2]);
      expect(d, l.id).toBeGreaterThan(0.002);
      expect(d, l.id).toBeLessThan(0.06);
    }
  });

  it("L4 is on Tuffier's line: the L4 tip and the iliac crest tops share a height within a few mm", () => {
    const get = (id: string) => committedLandmarks.landmarks.find((l) => l.id === id);
    const l4 = get('L4');
    const crest = get('iliac-crest-top-left');
    expect(Math.abs((l4?.bone[1] ?? 1) - (crest?.bone[1] ?? 0))).toBeLessThan(0.005);
    const psis = get('psis-right');
    const s2 = get('S2');
    expect(Math.abs((psis?.bone[1] ?? 1) - (s2?.bone[1] ?? 0))).toBeLessThan(0.005);
  });
});
