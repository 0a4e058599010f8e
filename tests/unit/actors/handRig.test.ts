import { describe, expect, it } from 'vitest';
import { Bone, Vector3 } from 'three';
import { createHand, HAND_BONES, type HandRig } from '../../../src/scene/actors/handRig';
import {
  FINGERS,
  HAND_JOINTS,
  HAND_SHAPES,
  HAND_SHAPES_LIST,
  blendShapes,
  createHandPose,
  type HandShape,
} from '../../../src/domain/motion/handShapes';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomUnit(r: () => number, out = new Vector3()): Vector3 {
  do out.set(r() * 2 - 1, r() * 2 - 1, r() * 2 - 1);
  while (out.lengthSq() < 0.05 || out.lengthSq() > 1);
  return out.normalize();
}

/** World positions of all skinned vertices (after updateMatrixWorld). */
function skinnedVertices(h: HandRig): Vector3[] {
  h.updateMatrixWorld(true);
  const n = h.mesh.geometry.attributes.position!.count;
  const out: Vector3[] = [];
  for (let i = 0; i < n; i++) out.push(h.mesh.getVertexPosition(i, new Vector3()).applyMatrix4(h.mesh.matrixWorld));
  return out;
}

/** Dominant bone of each vertex. */
function dominantBones(h: HandRig): string[] {
  const g = h.mesh.geometry;
  const si = g.attributes.skinIndex!;
  const sw = g.attributes.skinWeight!;
  const out: string[] = [];
  for (let i = 0; i < si.count; i++) {
    let best = 0;
    for (let k = 1; k < 4; k++) if (sw.getComponent(i, k) > sw.getComponent(i, best)) best = k;
    out.push(HAND_BONES[si.getComponent(i, best)] as string);
  }
  return out;
}

/** World contact point computed independently from the shape data (bone matrixWorld). */
function worldContact(h: HandRig, shape: HandShape): Vector3 {
  h.updateMatrixWorld(true);
  const c = new Vector3();
  for (const a of HAND_SHAPES[shape].contact.anchors) {
    const p = new Vector3(...a.offset).applyMatrix4(h.bones[a.bone].matrixWorld);
    c.addScaledVector(p, a.weight);
  }
  return c.addScaledVector(worldContactNormal(h, shape), HAND_SHAPES[shape].contact.sink ?? 0);
}

function worldContactNormal(h: HandRig, shape: HandShape): Vector3 {
  const def = HAND_SHAPES[shape].contact.normal;
  return new Vector3(...def.dir).transformDirection(h.bones[def.frame].matrixWorld);
}

describe('hand rig structure', () => {
  const h = createHand('right');

  it('has four fingers and a thumb, each a chain of exactly three segments', () => {
    for (const d of [...FINGERS, 'thumb'] as const) {
      const b1 = h.bones[`${d}1`];
      const b2 = h.bones[`${d}2`];
      const b3 = h.bones[`${d}3`];
      expect(b2.parent).toBe(b1);
      expect(b3.parent).toBe(b2);
      expect(b3.children.filter((c) => c instanceof Bone)).toHaveLength(0);
      expect(b1.parent === h.bones.palm || b1.parent === h.bones.palmUlnar).toBe(true);
    }
    expect(h.mesh.skeleton.bones).toHaveLength(18);
  });

  it('binds skin to every segment of every digit (so each joint really bends the mesh)', () => {
    const counts = new Map<string, number>();
    for (const b of dominantBones(h)) counts.set(b, (counts.get(b) ?? 0) + 1);
    for (const d of [...FINGERS, 'thumb']) {
      for (const k of [1, 2, 3]) expect(counts.get(`${d}${k}`) ?? 0, `${d}${k}`).toBeGreaterThan(100);
    }
    expect(counts.get('palm') ?? 0).toBeGreaterThan(500);
    expect(counts.get('forearm') ?? 0).toBeGreaterThan(300);
  });

  it('is one skinned mesh of a reasonable size: two draw calls (opaque hand, fading forearm)', () => {
    let meshes = 0;
    h.traverse((o) => {
      if ((o as { isMesh?: boolean }).isMesh) meshes++;
    });
    expect(meshes).toBe(1);
    const groups = h.mesh.geometry.groups;
    expect(groups).toHaveLength(2);
    // the transparent group is only the forearm: every vertex of it lies below the wrist
    const pos = h.mesh.geometry.attributes.position!;
    const index = h.mesh.geometry.index!;
    const g1 = groups[1]!;
    for (let i = g1.start; i < g1.start + g1.count; i++) expect(pos.getY(index.getX(i))).toBeLessThan(-0.03);
    expect(g1.count / 3).toBeLessThan(3000);
    const sleeve = createHand('right', { forearmEnd: 'sleeve' });
    expect(sleeve.mesh.geometry.groups).toHaveLength(1);
    const tris = h.mesh.geometry.index!.count / 3;
    expect(tris).toBeGreaterThan(8000);
    expect(tris).toBeLessThan(25000);
  });

  it('has human proportions: hand 18–19 cm long, palm 8–9 cm wide', () => {
    const r = createHand('right');
    r.applyShape('flat');
    const verts = skinnedVertices(r);
    const bones = dominantBones(r);
    // wrist joint (origin) to the tip of the middle finger, along +Y
    let tipY = -Infinity;
    verts.forEach((v, i) => {
      if (bones[i] === 'middle3') tipY = Math.max(tipY, v.y);
    });
    expect(tipY).toBeGreaterThan(0.18);
    expect(tipY).toBeLessThan(0.19);
    // hand breadth (anthropometric: across the metacarpals, without the thumb)
    let minX = Infinity;
    let maxX = -Infinity;
    verts.forEach((v, i) => {
      const b = bones[i] as string;
      if (v.y > 0.03 && v.y < 0.095 && !b.startsWith('thumb') && b !== 'forearm') {
        minX = Math.min(minX, v.x);
        maxX = Math.max(maxX, v.x);
      }
    });
    console.log(`hand length ${(tipY * 100).toFixed(1)} cm, breadth ${((maxX - minX) * 100).toFixed(1)} cm`);
    expect(maxX - minX).toBeGreaterThan(0.08);
    expect(maxX - minX).toBeLessThan(0.09);
  });
});

describe('left and right', () => {
  it('left is the mirror image of right (x → -x) in every shape', () => {
    const r = createHand('right');
    const l = createHand('left');
    for (const s of HAND_SHAPES_LIST) {
      r.applyShape(s);
      l.applyShape(s);
      const vr = skinnedVertices(r);
      const vl = skinnedVertices(l);
      let worst = 0;
      for (let i = 0; i < vr.length; i += 7) {
        const a = vr[i] as Vector3;
        const b = vl[i] as Vector3;
        worst = Math.max(worst, Math.hypot(a.x + b.x, a.y - b.y, a.z - b.z));
      }
      expect(worst, s).toBeLessThan(1e-6);
    }
  });

  it('puts the thumb on the correct side: seen from the back of the hand, fingers up, the right thumb is on the left', () => {
    const r = createHand('right');
    const l = createHand('left');
    r.updateMatrixWorld(true);
    l.updateMatrixWorld(true);
    const tr = new Vector3().setFromMatrixPosition(r.bones.thumb3.matrixWorld);
    const tl = new Vector3().setFromMatrixPosition(l.bones.thumb3.matrixWorld);
    // the back of the hand faces +Z (the viewer), fingers +Y: viewer's left is -X
    expect(tr.x).toBeLessThan(-0.03);
    expect(tl.x).toBeGreaterThan(0.03);
    // a proper (non-mirrored) look: the back of the right hand faces the viewer when the
    // palm normal is -Z, thumb at -X — the layout of a real right hand
    const palmNormal = new Vector3(0, 0, -1);
    const fingers = new Vector3(0, 1, 0);
    const thumbSide = new Vector3().crossVectors(palmNormal, fingers); // (1,0,0)×… = +X
    expect(thumbSide.x).toBeGreaterThan(0.9);
    // right hand rule: palm(-Z) × fingers(+Y) = +X points to the little finger on a right hand
    expect(new Vector3().setFromMatrixPosition(r.bones.little1.matrixWorld).x).toBeGreaterThan(0.02);
  });
});

describe('placeContact', () => {
  const random = rng(20261125);
  for (const side of ['right', 'left'] as const) {
    for (const shape of HAND_SHAPES_LIST) {
      it(`${side} ${shape}: contact point on the target, contact direction facing -n, forward aligned`, () => {
        const h = createHand(side);
        h.applyShape(shape);
        for (let k = 0; k < 20; k++) {
          const p = new Vector3(random() - 0.5, random() - 0.5, random() - 0.5);
          const n = randomUnit(random);
          const f = randomUnit(random);
          const depth = k % 2 === 0 ? 0 : 0.004;
          h.placeContact(p, n, f, depth);
          const c = worldContact(h, shape);
          const target = p.clone().addScaledVector(n, -depth);
          expect(c.distanceTo(target)).toBeLessThan(0.0005);
          const cn = worldContactNormal(h, shape);
          expect(cn.dot(n)).toBeLessThan(-0.9999);
          // forward: the hand's forward direction, projected on the tangent plane, lines up
          const hf = new Vector3(...HAND_SHAPES[shape].contact.forward).transformDirection(h.bones.palm.matrixWorld);
          const ft = f.clone().addScaledVector(n, -f.dot(n)).normalize();
          const hft = hf.addScaledVector(n, -hf.dot(n)).normalize();
          expect(hft.dot(ft)).toBeGreaterThan(0.9999);
        }
      });
    }
  }

  // How far the skin of the hand reaches beyond the skin plane when the shape is placed on
  // a flat surface: the shapes are tuned to REST on the skin, not to sink into it or float.
  // Limits are the tuned values plus ~1 mm (soft tissue gives a few mm anyway).
  const MAX_SINK_MM: Record<HandShape, number> = {
    flat: 3,
    fist: 4.5,
    'thumb-press': 2.5,
    'fingertip-press': 9,
    'palm-edge': 1.5,
    cupped: 6,
    knead: 4,
  };
  // Shapes whose contact point is a real spot on the hand's skin (not a centroid of several).
  const ON_SKIN: HandShape[] = ['flat', 'fist', 'thumb-press', 'palm-edge'];
  for (const shape of HAND_SHAPES_LIST) {
    it(`${shape} rests on a flat skin: touches it and sinks at most ${MAX_SINK_MM[shape]} mm`, () => {
      const h = createHand('right');
      h.applyShape(shape);
      const p = new Vector3(0.1, 0.2, 0.3);
      const n = new Vector3(0, 0, 1);
      h.placeContact(p, n, new Vector3(0, 1, 0), 0);
      const verts = skinnedVertices(h);
      let sink = 0;
      let nearest = Infinity;
      for (const v of verts) {
        sink = Math.max(sink, p.z - v.z);
        nearest = Math.min(nearest, v.distanceTo(p));
      }
      expect(sink * 1000).toBeLessThan(MAX_SINK_MM[shape]);
      // vertices are ~2 mm apart and the palm centre is slightly hollow
      if (ON_SKIN.includes(shape)) expect(nearest * 1000).toBeLessThan(3.5);
    });
  }
});

describe('shapes and blending', () => {
  it('every shape defines every joint, with anchors whose weights sum to 1', () => {
    for (const s of HAND_SHAPES_LIST) {
      const def = HAND_SHAPES[s];
      for (const j of HAND_JOINTS) expect(Number.isFinite(def.angles[j]), `${s}.${j}`).toBe(true);
      const sum = def.contact.anchors.reduce((a, b) => a + b.weight, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
  });

  it('flat → fist at t = 0.5 gives the mean of every angle, and a contact between the two', () => {
    const pose = createHandPose();
    blendShapes('flat', 'fist', 0.5, pose);
    for (const j of HAND_JOINTS) {
      const a = HAND_SHAPES.flat.angles[j];
      const b = HAND_SHAPES.fist.angles[j];
      expect(pose.angles[j]).toBeCloseTo((a + b) / 2, 12);
    }
    expect(HAND_SHAPES.fist.angles.middlePip).toBeGreaterThan(HAND_SHAPES.flat.angles.middlePip + 1);
    expect(pose.contactA).toBe(HAND_SHAPES.flat.contact);
    expect(pose.contactB).toBe(HAND_SHAPES.fist.contact);
    expect(pose.contactT).toBe(0.5);
    // the rig interpolates the two contact frames
    const h = createHand('right');
    const pA = new Vector3();
    const pB = new Vector3();
    const pM = new Vector3();
    const n = new Vector3();
    const f = new Vector3();
    h.applyShape(pose);
    h.getContactLocal(pM, n, f);
    h.applyShape(blendShapes('flat', 'fist', 0, createHandPose()));
    h.getContactLocal(pA, n, f);
    h.applyShape(blendShapes('flat', 'fist', 1, createHandPose()));
    h.getContactLocal(pB, n, f);
    expect(pM.distanceTo(pA)).toBeGreaterThan(0.005);
    expect(pM.distanceTo(pB)).toBeGreaterThan(0.005);
    expect(pM.distanceTo(pA) + pM.distanceTo(pB)).toBeLessThan(pA.distanceTo(pB) * 1.6);
  });

  it('clamps t and returns out', () => {
    const pose = createHandPose();
    expect(blendShapes('flat', 'knead', -3, pose)).toBe(pose);
    expect(pose.angles.indexMcp).toBe(HAND_SHAPES.flat.angles.indexMcp);
    blendShapes('flat', 'knead', 7, pose);
    expect(pose.angles.indexMcp).toBe(HAND_SHAPES.knead.angles.indexMcp);
  });
});

describe('dispose', () => {
  it('frees the geometry, the material and the bone texture', () => {
    const h = createHand('left');
    let disposed = 0;
    h.mesh.geometry.addEventListener('dispose', () => disposed++);
    h.material.addEventListener('dispose', () => disposed++);
    h.fadeMaterial.addEventListener('dispose', () => disposed++);
    h.dispose();
    expect(disposed).toBe(3);
  });
});
