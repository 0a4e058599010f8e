import { describe, expect, it } from 'vitest';
import { Matrix4, Quaternion, Vector3 } from 'three';
import {
  createFleshUniforms,
  FLESH_GRID,
  FLESH_MAX_M,
  FLESH_SLACK_M,
  fitFlesh,
  fleshHeight,
  pressFlesh,
  type FleshUniforms,
} from '../../../src/scene/actors/fleshPress';
import { buildSyntheticBack } from '../motion/fixtures/syntheticBack';

const G = FLESH_GRID.palm;
const E = FLESH_GRID.edge;

/** Fills the palm's grid from a height field h(x, y) and its exact slopes (palm frame). */
function fill(u: FleshUniforms, h: (x: number, y: number) => number, hx: (x: number, y: number) => number, hy: (x: number, y: number) => number) {
  for (let i = 0; i < G.nx; i++)
    for (let j = 0; j < G.ny; j++) {
      const x = G.a0 + i * G.sa;
      const y = G.b0 + j * G.sb;
      const k = G.ny * i + j;
      u.uFlH.value[k] = h(x, y);
      u.uFlG.value[2 * k] = hx(x, y);
      u.uFlG.value[2 * k + 1] = hy(x, y);
    }
  u.uFlO.value.set(G.a0, G.sa, G.b0, G.sb);
  u.uFlM.value = 0;
  u.uFlOn.value = 1;
}

/** Points spread over a grid's whole extent, nodes, edges and cell interiors. */
function* inside(g: typeof G | typeof E = G): Generator<[number, number]> {
  for (let a = 0; a <= 20; a++)
    for (let b = 0; b <= 20; b++) yield [g.a0 + ((g.nx - 1) * g.sa * a) / 20, g.b0 + ((g.ny - 1) * g.sb * b) / 20];
}

describe('fleshHeight: the skin under the palm as the shader interpolates it', () => {
  it('reproduces a plane everywhere in the grid', () => {
    const u = createFleshUniforms();
    fill(u, (x, y) => -0.02 + 0.3 * x - 0.2 * y, () => 0.3, () => -0.2);
    for (const [x, y] of inside()) expect(fleshHeight(u, x, y)).toBeCloseTo(-0.02 + 0.3 * x - 0.2 * y, 7);
  });

  it('is exact on a muscle curving along the palm and across it (parabolas), not only at the nodes', () => {
    const u = createFleshUniforms();
    fill(u, (_x, y) => -0.02 - 4 * (y - 0.05) ** 2, () => 0, (_x, y) => -8 * (y - 0.05));
    for (const [x, y] of inside()) expect(fleshHeight(u, x, y)).toBeCloseTo(-0.02 - 4 * (y - 0.05) ** 2, 7);
    fill(u, (x) => -0.02 - 5 * (x + 0.02) ** 2, (x) => -10 * (x + 0.02), () => 0);
    for (const [x, y] of inside()) expect(fleshHeight(u, x, y)).toBeCloseTo(-0.02 - 5 * (x + 0.02) ** 2, 7);
  });

  it('a bilinear patch would cut under a convex muscle; these patches do not (the reason for slopes)', () => {
    const u = createFleshUniforms();
    fill(u, (_x, y) => -0.02 - 4 * (y - 0.05) ** 2, () => 0, (_x, y) => -8 * (y - 0.05));
    // halfway between two nodes along y the chord lies 4·(sy/2)² below the parabola
    const y = G.b0 + 0.5 * G.sb;
    const chord = (-4 * (G.b0 - 0.05) ** 2 - 4 * (G.b0 + G.sb - 0.05) ** 2) / 2 - 0.02;
    const truth = -0.02 - 4 * (y - 0.05) ** 2;
    expect(truth - chord).toBeGreaterThan(0.001);
    expect(fleshHeight(u, 0, y)).toBeCloseTo(truth, 7);
  });

  it('holds the edge value beyond the grid (clamped, no extrapolated overshoot)', () => {
    const u = createFleshUniforms();
    fill(u, (x, y) => -0.02 + 0.3 * x - 0.2 * y, () => 0.3, () => -0.2);
    const xl = G.a0 + (G.nx - 1) * G.sa;
    expect(fleshHeight(u, G.a0 - 0.05, 0.03)).toBeCloseTo(fleshHeight(u, G.a0, 0.03), 7);
    expect(fleshHeight(u, xl + 0.05, 0.03)).toBeCloseTo(fleshHeight(u, xl, 0.03), 7);
  });
});

describe('pressFlesh: the CPU twin of the vertex shader', () => {
  const flat = () => {
    const u = createFleshUniforms();
    fill(u, () => -0.015, () => 0, () => 0);
    u.uFlF.value.set(0.002 + FLESH_SLACK_M, FLESH_MAX_M);
    return u;
  };

  it('pushes fleshy vertices below the dent back up to it, and leaves those above alone', () => {
    const u = flat();
    const floor = -0.015 - 0.002 - FLESH_SLACK_M;
    expect(pressFlesh(u, 1, 0, new Vector3(0, 0.05, floor - 0.002)).z).toBeCloseTo(floor, 7);
    expect(pressFlesh(u, 1, 0, new Vector3(0, 0.05, floor + 0.001)).z).toBeCloseTo(floor + 0.001, 7);
    expect(pressFlesh(u, 0.5, 0, new Vector3(0, 0.05, floor - 0.002)).z).toBeCloseTo(floor - 0.001, 7);
    // x and y never move: the flesh flattens along the palm's normal
    const v = pressFlesh(u, 1, 0, new Vector3(-0.03, 0.07, floor - 0.003));
    expect([v.x, v.y]).toEqual([-0.03, 0.07]);
  });

  it('pushes at most FLESH_MAX_M: a hand deeper than its pads can give stays visibly (and measurably) in', () => {
    const u = flat();
    const floor = -0.015 - 0.002 - FLESH_SLACK_M;
    expect(pressFlesh(u, 1, 0, new Vector3(0, 0.05, floor - 0.02)).z).toBeCloseTo(floor - 0.02 + FLESH_MAX_M, 7);
  });

  it('does nothing while off (a lifted hand, or no skin to press against) or on a non-fleshy vertex', () => {
    const u = flat();
    expect(pressFlesh(u, 0, 1, new Vector3(0, 0.05, -0.05)).z).toBe(-0.05);
    u.uFlOn.value = 0;
    expect(pressFlesh(u, 1, 0, new Vector3(0, 0.05, -0.05)).z).toBe(-0.05);
  });
});

describe('fitFlesh: the skin measured under a palm on a curved back', () => {
  const back = buildSyntheticBack(96, 96);
  /** The palm frame's origin and turn on the back; `mirror` as the left hand's rig draws it. */
  function frame(origin: Vector3, turn: Quaternion, mirror: boolean) {
    const toParent = new Matrix4().compose(origin, turn, new Vector3(mirror ? -1 : 1, 1, 1));
    return { toParent, toMesh: toParent.clone().invert() };
  }
  /** The true skin height (palm frame z) under palm point (x, y): a ray along the palm's normal. */
  function skinZ(toParent: Matrix4, toMesh: Matrix4, x: number, y: number): number | null {
    const o = new Vector3(x, y, 0.05).applyMatrix4(toParent);
    const d = new Vector3(0, 0, -1).transformDirection(toParent);
    const hit = back.surface.raycastTowardBody([o.x, o.y, o.z], [d.x, d.y, d.z]);
    return hit ? new Vector3(...hit.point).applyMatrix4(toMesh).z : null;
  }
  /** The skin's normal (body frame) nearest to palm-frame point `at` (the contact's normal). */
  function skinNormal(toParent: Matrix4, at = new Vector3(-0.022, 0.07, G.at)) {
    const p = at.clone().applyMatrix4(toParent);
    return new Vector3(...back.surface.closestPoint([p.x, p.y, p.z]).normal);
  }
  /**
   * A palm laid on the skin as placeContact lays it: its middle (palm frame x −22 mm, y 70 mm)
   * over the body point (x, y), its normal along the skin's there, turned `spin` about it, its
   * palmar plane 0.5 mm above the skin.
   */
  function onSkin(x: number, y: number, spin: number, mirror: boolean) {
    const hit = back.surface.raycastTowardBody([x, y, 0.5], [0, 0, -1])!;
    const turn = new Quaternion()
      .setFromUnitVectors(new Vector3(0, 0, 1), new Vector3(...hit.normal).normalize())
      .multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), spin));
    const mid = new Vector3(mirror ? 0.022 : -0.022, 0.07, G.at - 0.0005).applyQuaternion(turn);
    return frame(new Vector3(...hit.point).sub(mid), turn, mirror);
  }
  const placements = [
    { name: 'along the lumbar muscles', x: 0.06, y: 0.0, spin: 0, mirror: false },
    { name: 'across the buttock, turned 40°, left hand (mirrored)', x: -0.08, y: -0.17, spin: 0.7, mirror: true },
    { name: 'on the flank, along the body', x: 0.13, y: 0.02, spin: 0, mirror: false },
  ];

  for (const p of placements)
    it(`matches the skin at the nodes and between them: ${p.name}`, () => {
      const { toParent, toMesh } = onSkin(p.x, p.y, p.spin, p.mirror);
      const u = createFleshUniforms();
      fitFlesh(u, toParent, toMesh, back.surface, skinNormal(toParent), 0.002);
      expect(u.uFlOn.value).toBe(1);
      expect(u.uFlM.value).toBe(0);
      expect(u.uFlF.value.x).toBeCloseTo(0.002 + FLESH_SLACK_M, 7);
      // where the skin lies within 8 mm of the palm (where flesh can press); farther, nothing pushes
      let worstNode = 0;
      let worst = 0;
      let near = 0;
      for (const [x, y] of inside()) {
        const z = skinZ(toParent, toMesh, x, y);
        if (z === null || z < G.at - 0.008) continue;
        near++;
        const err = Math.abs(fleshHeight(u, x, y) - z);
        worst = Math.max(worst, err);
        const atNode = Math.abs((x - G.a0) / G.sa - Math.round((x - G.a0) / G.sa)) < 1e-6 && Math.abs((y - G.b0) / G.sb - Math.round((y - G.b0) / G.sb)) < 1e-6;
        if (atNode) worstNode = Math.max(worstNode, err);
      }
      expect(near).toBeGreaterThan(150);
      expect(worstNode).toBeLessThan(0.0003);
      expect(worst).toBeLessThan(0.001);
    });

  it('switches off where the skin under a node turns away from the palm (past the flank)', () => {
    // a flat palm at the body's edge: its ulnar half reaches out past the flank into the air
    const { toParent, toMesh } = frame(new Vector3(0.16, -0.05, 0.051), new Quaternion(), false);
    const u = createFleshUniforms();
    u.uFlOn.value = 1;
    fitFlesh(u, toParent, toMesh, back.surface, skinNormal(toParent), 0.002);
    expect(u.uFlOn.value).toBe(0);
  });

  it("a hand standing on its ulnar edge (chopping, sawing): the edge's grid, heights along −x, matches the skin", () => {
    // the palm frame's +x (the ulnar side) into the body, its y along the body, the edge's middle
    // (x 35 mm, y 55 mm) 0.5 mm above the lumbar muscles
    const hit = back.surface.raycastTowardBody([0.06, -0.02, 0.5], [0, 0, -1])!;
    const n = new Vector3(...hit.normal).normalize();
    const X = n.clone().negate();
    const Y = new Vector3(0, 1, 0).addScaledVector(n, -n.y).normalize();
    const Z = new Vector3().crossVectors(X, Y);
    const toParent = new Matrix4().makeBasis(X, Y, Z);
    toParent.setPosition(new Vector3(...hit.point).sub(new Vector3(-E.at + 0.0005, 0.055, 0).applyMatrix4(toParent)));
    const toMesh = toParent.clone().invert();
    const u = createFleshUniforms();
    fitFlesh(u, toParent, toMesh, back.surface, skinNormal(toParent, new Vector3(-E.at, 0.055, 0)), 0.002);
    expect(u.uFlOn.value).toBe(1);
    expect(u.uFlM.value).toBe(1);
    let worst = 0;
    let near = 0;
    for (const [y, z] of inside(E)) {
      const o = new Vector3(-0.05, y, z).applyMatrix4(toParent);
      const d = new Vector3(1, 0, 0).transformDirection(toParent);
      const h = back.surface.raycastTowardBody([o.x, o.y, o.z], [d.x, d.y, d.z]);
      if (!h) continue;
      const skin = -new Vector3(...h.point).applyMatrix4(toMesh).x; // height along −x
      if (skin < E.at - 0.008) continue;
      near++;
      worst = Math.max(worst, Math.abs(fleshHeight(u, y, z) - skin));
    }
    expect(near).toBeGreaterThan(300);
    expect(worst).toBeLessThan(0.001);
    // and a vertex of the edge 3 mm into the skin comes back out to the 2 mm dent, along −x only
    const skinX = -fleshHeight(u, 0.055, 0);
    const v = pressFlesh(u, 0, 1, new Vector3(skinX + 0.003, 0.055, 0));
    expect(v.x).toBeCloseTo(skinX + 0.002, 6);
    expect([v.y, v.z]).toEqual([0.055, 0]);
    // a palmar-only vertex is not pressed in this mode
    expect(pressFlesh(u, 1, 0, new Vector3(skinX + 0.003, 0.055, 0)).x).toBeCloseTo(skinX + 0.003, 9);
  });
});
