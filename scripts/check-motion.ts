/**
 * The motion oracle, full sample: every library technique (full and demo) and every fixture on the real back
 * (public/models/back.glb), each step and transition sampled densely, the rigs posed as the
 * scene poses them. Prints the figures; exits 1 on any violation.
 *
 *   npm run check:motion                 # full
 *   npm run check:motion -- --per-step 40 # fewer samples
 *   npm run check:motion -- --only thai-lumbosacral
 *   npm run check:motion -- --sink-samples 200  # the drawn hands, more densely
 *
 * After the rules on the oracle's balls, the drawn hands themselves: every library technique and
 * its demo, `--sink-samples` (60) poses each, no drawn palmar or ulnar-edge vertex more than 3 mm
 * past the pressure dent (tests/unit/actors/handSink.ts, as `npm run check:sink`); it counts in
 * the total.
 */
import { testAnatomies, testTechniques } from '../tests/unit/motion/fixtures/anatomy';
import { checkLandmarks, checkTechnique, emptyReport, formatReport, oracleTechniques, RULES } from '../tests/unit/oracle/oracle';
import { SINK_OVER_M, measureHandSink, withDemos } from '../tests/unit/actors/handSink';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const perStep = Number(arg('--per-step') ?? 240);
const ribbonPerPiece = Number(arg('--ribbon') ?? 40);
const only = arg('--only');
const examples = Number(arg('--examples') ?? 6);
const sinkSamples = Number(arg('--sink-samples') ?? 60);

const t0 = performance.now();
const anatomies = await testAnatomies();
const real = anatomies.find((a) => a.name === 'real');
if (!real) {
  console.error('check:motion needs public/models/back.glb and data/anatomy/landmarks.json');
  process.exit(2);
}
const techniques = testTechniques().filter((t) => !only || t.technique.id === only || t.file.includes(only));
const report = emptyReport();
for (const t of oracleTechniques(techniques)) {
  checkTechnique(t, real, { perStep, ribbonPerPiece, examples }, report);
}
checkLandmarks(real, techniques.map((t) => t.technique), report, examples);
const secs = (performance.now() - t0) / 1000;
console.log(formatReport(report, `real back, ${perStep} samples per step/transition, ${ribbonPerPiece} ribbon checks per piece, ${secs.toFixed(1)} s`));
const sink = { poses: 0, over: 0, worst: 0, at: '' };
for (const [tech, id] of withDemos(techniques.filter((t) => t.source === 'data').map((t) => t.technique))) {
  const r = measureHandSink(tech, id, real.anatomy, real.surface, sinkSamples);
  sink.poses += r.poses;
  sink.over += r.over;
  if (r.over > 0) console.log(`[oracle]       drawn hand: ${id} ${r.over} of ${r.poses} poses, worst ${(r.worst * 1000).toFixed(1)} mm (${r.where})`);
  if (r.worst > sink.worst) Object.assign(sink, { worst: r.worst, at: `${id} ${r.where}` });
}
console.log(
  `[oracle]   drawn-hand-depth  checks ${String(sink.poses).padStart(7)}  violations ${String(sink.over).padStart(6)}  worst ${(sink.worst * 1000).toFixed(1)} mm past the dent (${sink.at}); limit ${SINK_OVER_M * 1000} mm, ${sinkSamples} samples a technique and demo`,
);
const total = RULES.reduce((n, r) => n + report.rules[r].violations, 0) + sink.over;
console.log(`[oracle] total violations: ${total}`);
process.exit(total > 0 ? 1 : 0);
