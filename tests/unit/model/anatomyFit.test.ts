import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LandmarksFile } from '../../../src/domain/anatomy/types.ts';
import { LANDMARKS_PATH } from '../../../scripts/build-model.ts';
import { computeBodyPlan } from '../../../scripts/model/bodyPlan.ts';
import { closestPoint } from '../../../scripts/model/meshQuery.ts';
import { createSkinField } from '../../../scripts/model/skinField.ts';
import { STRUCTURES } from '../../../scripts/model/structures.ts';
import { loadStructureMesh } from '../../helpers/loadBackModel.ts';

const landmarks = (JSON.parse(readFileSync(LANDMARKS_PATH, 'utf8')) as LandmarksFile).landmarks;

function boneOf(id: string): string {
  if (/^(T1[0-2]|L[1-5])$/.test(id)) return `vertebra-${id}`;
  if (/^S[1-4]$/.test(id) || id === 'sacral-hiatus') return 'sacrum';
  if (id === 'coccyx') return 'coccyx';
  if (id.startsWith('greater-trochanter-')) return `femur-${id.endsWith('left') ? 'left' : 'right'}`;
  return 'pelvis';
}

describe('anatomy fits together in the committed back.glb', () => {
  it('every bony landmark lies on (within 4 mm of) the surface of its bone mesh', async () => {
    const cache = new Map<string, Awaited<ReturnType<typeof loadStructureMesh>>>();
    for (const l of landmarks) {
      const name = boneOf(l.id);
      let mesh = cache.get(name);
      if (!mesh) {
        mesh = await loadStructureMesh(name);
        cache.set(name, mesh);
      }
      const hit = closestPoint(mesh, [l.bone[0], l.bone[1], l.bone[2]]);
      expect(hit.distance, `${l.id} vs ${name}`).toBeLessThan(0.004);
    }
  });

  it('no bone, muscle or nerve pokes through the skin (every vertex ≥ 1 mm inside it)', async () => {
    const skin = createSkinField(computeBodyPlan()).field;
    for (const s of STRUCTURES.filter((x) => x.layer !== 'skin')) {
      const m = await loadStructureMesh(s.id);
      let worst = -Infinity;
      for (let i = 0; i < m.positions.length; i += 3) {
        worst = Math.max(worst, skin(m.positions[i] as number, m.positions[i + 1] as number, m.positions[i + 2] as number));
      }
      expect(worst, s.id).toBeLessThan(-0.001);
    }
  });
});
