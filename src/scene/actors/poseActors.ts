import { Vector3 } from 'three';
import { blendShapes, type HandPose } from '../../domain/motion/handShapes';
import type { ActorSample } from '../../domain/motion/types';
import type { HandRig } from './handRig';
import type { CupRig } from './cupRig';
import type { MeshSurface } from '../../geometry/meshSurface';
import { conformHand } from './conformHand';

/** How deep a full-pressure hand sinks into the skin, metres (the dent of pressure). */
export const MAX_PRESS_DEPTH_M = 0.006;

// Scratch objects (this runs every frame: never allocate here).
const _p = new Vector3();
const _n = new Vector3();
const _f = new Vector3();

/**
 * A hand holding the cup sits on top of it and would hide it from the usual back views: it is
 * drawn see-through while it grips, so the cup and its skin dome stay visible.
 */
function setGhost(rig: HandRig, ghost: boolean) {
  const m = rig.material;
  if (m.transparent === ghost) return; // only on a change: toggling recompiles the program
  m.transparent = ghost;
  m.opacity = ghost ? 0.3 : 1;
  m.depthWrite = !ghost;
  m.needsUpdate = true;
  rig.fadeMaterial.visible = !ghost;
}

/**
 * Poses one hand rig from a motion sample: shape blend, contact placement, then (given the
 * skin) the hand follows the curve of the back (conformHand: palm fitted, fingers bent joint
 * by joint to the skin, forearm kept out of the body). The one code path used by the scene
 * (every frame) and by the node-side motion checks, so what is checked is what is drawn.
 * `pose` is caller-owned scratch. No allocation.
 */
export function poseHand(rig: HandRig, a: ActorSample, pose: HandPose, surface?: MeshSurface): void {
  rig.visible = a.active;
  if (!a.active) return;
  setGhost(rig, a.grip === 'cup');
  blendShapes(a.shape, a.nextShape, a.blend, pose);
  rig.applyShape(pose);
  _p.set(a.position[0], a.position[1], a.position[2]);
  _n.set(a.normal[0], a.normal[1], a.normal[2]);
  _f.set(a.forward[0], a.forward[1], a.forward[2]);
  const dent = a.contact ? a.pressure * MAX_PRESS_DEPTH_M : 0;
  rig.placeContact(_p, _n, _f, dent);
  if (surface && a.grip !== 'cup') conformHand(rig, surface, _n, dent, a.lift);
}

/** Poses the cup rig from a motion sample (suction only while on the skin). */
export function poseCup(rig: CupRig, a: ActorSample): void {
  rig.visible = a.active;
  if (!a.active) return;
  _p.set(a.position[0], a.position[1], a.position[2]);
  _n.set(a.normal[0], a.normal[1], a.normal[2]);
  _f.set(a.forward[0], a.forward[1], a.forward[2]);
  rig.placeCup(_p, _n, _f, a.contact ? a.pressure : 0);
}
