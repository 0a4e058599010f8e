/**
 * How far the drawn hands go into the body (a measurement; tests/unit/actors/handSink.ts): every
 * library technique and its demo on the real back, N samples each, the drawn mesh's palmar
 * vertices against the skin beyond the pressure dent. Prints per technique the touching poses with a
 * drawn vertex more than 3 mm past the dent, the worst, and where on the hand (palm frame, 1 cm
 * cells: x < 0 radial/thumb side, y from the wrist towards the fingers).
 *
 *   npm run check:sink                          # 60 samples a technique (~75 s)
 *   npm run check:sink -- --samples 200 --only honey-lumbar
 */
import { testAnatomies, testTechniques } from '../tests/unit/motion/fixtures/anatomy';
import { SINK_OVER_M, measureHandSink, withDemos } from '../tests/unit/actors/handSink';

const args = process.argv.slice(2);
const arg = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const only = arg('--only');
const n = Number(arg('--samples') ?? 60);
const real = (await testAnatomies()).find((x) => x.name === 'real');
if (!real) {
  console.error('check:sink needs public/models/back.glb and data/anatomy/landmarks.json');
  process.exit(2);
}
const t0 = performance.now();
const library = testTechniques().filter((t) => t.source === 'data' && (!only || t.technique.id === only || t.file.includes(only)));
let poses = 0;
let over = 0;
let worst = { worst: 0, id: '', where: '' };
const cells = new Map<string, number>();
for (const [tech, id] of withDemos(library.map((t) => t.technique))) {
  const r = measureHandSink(tech, id, real.anatomy, real.surface, n);
  poses += r.poses;
  over += r.over;
  for (const [c, k] of r.cells) cells.set(c, (cells.get(c) ?? 0) + k);
  if (r.worst > worst.worst) worst = r;
  console.log(`[sink] ${r.id}: ${r.over} of ${r.poses} touching poses over ${SINK_OVER_M * 1000} mm, worst ${(r.worst * 1000).toFixed(1)} mm (${r.where})`);
}
const top = [...cells].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`[sink] where (palm frame): ${top.map(([c, k]) => `${c}: ${k}`).join('; ')}`);
console.log(
  `[sink] ${library.length} techniques + demos, ${n} samples each, ${((performance.now() - t0) / 1000).toFixed(0)} s: ${over} of ${poses} touching poses with a drawn vertex over ${SINK_OVER_M * 1000} mm past the dent (${((100 * over) / Math.max(1, poses)).toFixed(1)} %), worst ${(worst.worst * 1000).toFixed(1)} mm (${worst.id} ${worst.where})`,
);
