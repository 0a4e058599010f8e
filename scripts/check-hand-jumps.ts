/**
 * How smoothly the touching hands move (a measurement; tests/unit/actors/handJumps.ts): each
 * library technique's demo at 60 fps on the real back, the palm's move beyond the contact's own
 * move in each pair of touching frames. Prints the worst jump per technique and the frames over
 * 8 mm. handSmooth.test.ts holds the same figures to ceilings.
 *
 *   npm run check:hands                          # every library technique's demo
 *   npm run check:hands -- --only honey-lumbar   # one (id or part of the file name)
 */
import type { MeshSurface } from '../src/geometry/meshSurface';
import { testAnatomies, testTechniques } from '../tests/unit/motion/fixtures/anatomy';
import { HAND_JUMP_FPS, HAND_JUMP_OVER_M, measureHandJumps } from '../tests/unit/actors/handJumps';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const real = (await testAnatomies()).find((x) => x.name === 'real');
if (!real) {
  console.error('check:hands needs public/models/back.glb and data/anatomy/landmarks.json');
  process.exit(2);
}
const t0 = performance.now();
const library = testTechniques().filter((t) => t.source === 'data' && (!only || t.technique.id === only || t.file.includes(only)));
let pairs = 0;
let over = 0;
let worst = { worst: 0, id: '', where: '' };
for (const { technique } of library) {
  const r = measureHandJumps(technique, real.anatomy, real.surface as MeshSurface);
  pairs += r.pairs;
  over += r.over;
  if (r.worst > worst.worst) worst = r;
  console.log(`[hands] ${r.id}: worst palm jump beyond the contact's move ${(r.worst * 1000).toFixed(1)} mm (${r.where}); frames over ${HAND_JUMP_OVER_M * 1000} mm: ${r.over}`);
}
const secs = (performance.now() - t0) / 1000;
console.log(
  `[hands] ${library.length} demos at ${HAND_JUMP_FPS} fps, ${pairs} touching frame pairs, ${secs.toFixed(0)} s: frames over ${HAND_JUMP_OVER_M * 1000} mm ${over}, worst ${(worst.worst * 1000).toFixed(1)} mm (${worst.id} ${worst.where})`,
);
