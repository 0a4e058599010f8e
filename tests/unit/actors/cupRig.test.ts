import { describe, expect, it } from 'vitest';
import { Box3, Color, Vector3 } from 'three';
import { SUCTION_LEVEL } from '../../../src/domain/motion';
import { createCup } from '../../../src/scene/actors/cupRig';

describe('cup rig', () => {
  it('is 5–7 cm across and a few cm tall', () => {
    const c = createCup();
    c.updateMatrixWorld(true);
    const size = new Box3().setFromObject(c.glassOutside).getSize(new Vector3());
    expect(size.x).toBeGreaterThan(0.05);
    expect(size.x).toBeLessThan(0.07);
    expect(size.z).toBeCloseTo(size.x, 3);
    expect(size.y).toBeGreaterThan(0.04);
    expect(size.y).toBeLessThan(0.09);
  });

  it('draws a skin dome that grows with suction and is hidden at zero suction', () => {
    const c = createCup();
    c.setSuction(0);
    expect(c.domeHeight).toBe(0);
    expect(c.dome.visible).toBe(false);
    let last = 0;
    for (const s of [0.1, 0.3, 0.6, 1]) {
      c.setSuction(s);
      expect(c.domeHeight).toBeGreaterThan(last);
      last = c.domeHeight;
    }
    // the dome stays inside the glass: lower than the cup and narrower than the rim
    c.updateMatrixWorld(true);
    const dome = new Box3().setFromObject(c.dome).getSize(new Vector3());
    expect(last).toBeLessThan(c.height * 0.6);
    expect(dome.x).toBeLessThan(c.outerRadius * 2);
    c.setSuction(5);
    expect(c.suction).toBe(1);
  });

  it('placeCup puts the rim centre on the point (1 mm into the skin) with the axis along the normal', () => {
    const c = createCup();
    const p = new Vector3(0.05, -0.1, 0.2);
    const n = new Vector3(0.3, 0.2, 1).normalize();
    c.placeCup(p, n, new Vector3(0, 1, 0), 0.5);
    c.updateMatrixWorld(true);
    const centre = new Vector3().applyMatrix4(c.matrixWorld);
    expect(centre.distanceTo(p.clone().addScaledVector(n, -0.001))).toBeLessThan(1e-6);
    const axis = new Vector3(0, 1, 0).transformDirection(c.matrixWorld);
    expect(axis.dot(n)).toBeGreaterThan(0.99999);
    expect(c.suction).toBe(0.5);
  });

  it('reads clearly at light suction: a dome of ≥ 8 mm, flushed redder than the skin; a near-opaque rim over a clear wall', () => {
    const c = createCup();
    c.setSuction(SUCTION_LEVEL.light);
    expect(c.domeHeight).toBeGreaterThan(0.008);
    const col = c.dome.material.color;
    const skin = new Color(0xe3b69c);
    // redder: green falls by more than 0.08 (linear) against the bare skin colour
    expect(skin.g - col.g).toBeGreaterThan(0.08);
    // the glass: vertex alpha near the rim ≥ 0.9, on the wall 0.2–0.4 (times the material's opacity)
    const pos = c.glassOutside.geometry.getAttribute('position');
    const rgba = c.glassOutside.geometry.getAttribute('color');
    let rim = 0;
    let wall = 1;
    for (let i = 0; i < pos.count; i++) {
      const y = pos.getY(i);
      if (y < 0.0005) rim = Math.max(rim, rgba.getW(i));
      if (y > 0.02 && y < 0.04) wall = Math.min(wall, rgba.getW(i));
    }
    expect(rim).toBeGreaterThan(0.9);
    expect(wall).toBeGreaterThan(0.2);
    expect(wall).toBeLessThan(0.4);
    expect(c.glassOutside.material.opacity).toBeGreaterThanOrEqual(0.6);
  });

  it('frees its geometries and materials', () => {
    const c = createCup();
    let n = 0;
    for (const o of [c.glassInside.geometry, c.glassInside.material, c.glassOutside.material, c.dome.geometry, c.dome.material])
      o.addEventListener('dispose', () => n++);
    c.dispose();
    expect(n).toBe(5);
  });
});
