/**
 * The counting three.js for the allocation tests: every math class the actor modules construct
 * (Vector2, Vector3, Quaternion, Matrix4, Color) is replaced by a subclass that counts its
 * constructions while `counter.on`. Use in a test file:
 *
 *   vi.mock('three', async (importOriginal) =>
 *     (await import('./countingThree')).countingThree(await importOriginal<typeof import('three')>()));
 *   import { counter } from './countingThree';
 *
 * then import the modules under test dynamically (after the mock), warm up, set `counter.on`,
 * run the per-frame calls and expect `counter.n` to stay 0.
 */
import type * as THREE from 'three';

export const counter = { on: false, n: 0, byClass: new Map<string, number>() };

export function countingThree(t: typeof THREE): typeof THREE {
  const tick = (name: string): void => {
    if (!counter.on) return;
    counter.n++;
    counter.byClass.set(name, (counter.byClass.get(name) ?? 0) + 1);
  };
  class Vector2 extends t.Vector2 {
    constructor(x?: number, y?: number) {
      super(x, y);
      tick('Vector2');
    }
  }
  class Vector3 extends t.Vector3 {
    constructor(x?: number, y?: number, z?: number) {
      super(x, y, z);
      tick('Vector3');
    }
  }
  class Quaternion extends t.Quaternion {
    constructor(x?: number, y?: number, z?: number, w?: number) {
      super(x, y, z, w);
      tick('Quaternion');
    }
  }
  class Matrix4 extends t.Matrix4 {
    constructor() {
      super();
      tick('Matrix4');
    }
  }
  class Color extends t.Color {
    constructor(hex?: number) {
      super(hex);
      tick('Color');
    }
  }
  return { ...t, Vector2, Vector3, Quaternion, Matrix4, Color };
}
