/**
 * Every technique (data/techniques + fixtures) on every available back (real, synthetic),
 * sampled every 50 ms: contact on the skin, no pressure on the spinous processes, no jumps.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/domain/motion';
import { checkTimeline, DEFAULT_CHECK } from './fixtures/check';
import { testAnatomies, testTechniques } from './fixtures/anatomy';

describe('motion invariants on every technique', async () => {
  const anatomies = await testAnatomies();
  const techniques = testTechniques();
  for (const an of anatomies) {
    describe(`${an.name} back`, () => {
      let samples = 0;
      let contacts = 0;
      let maxContact = 0;
      let maxStep = 0;
      let maxTr = 0;
      let maxStepAt = '';
      let maxTrAt = '';
      for (const nt of techniques) {
        it(`${nt.file}: contact on skin, no spinous pressure, no jumps`, () => {
          const tl = compile(nt.technique, an.anatomy);
          const r = checkTimeline(tl, an.surface, an.landmarks);
          samples += r.samples;
          contacts += r.contactChecks;
          maxContact = Math.max(maxContact, r.maxContactDistance);
          if (r.maxStep > maxStep) {
            maxStep = r.maxStep;
            maxStepAt = r.maxStepAt;
          }
          if (r.maxTransitionStep > maxTr) {
            maxTr = r.maxTransitionStep;
            maxTrAt = r.maxTransitionStepAt;
          }
          expect(r.offSkin).toEqual([]);
          expect(r.midlinePressure).toEqual([]);
          expect(r.jumps).toEqual([]);
          expect(r.contactChecks).toBeGreaterThan(0);
        }, 120_000);
      }
      it('prints the counts', () => {
        const data = techniques.filter((t) => t.source === 'data').length;
        console.log(
          `[motion] ${an.name} back: ${techniques.length} techniques (${data} from data/techniques, ${techniques.length - data} fixtures) × ` +
            `${samples} samples at ${DEFAULT_CHECK.dt * 1000} ms; ${contacts} contact checks; ` +
            `max contact distance ${(maxContact * 1000).toFixed(3)} mm; ` +
            `max move per sample ${(maxStep * 100).toFixed(2)} cm at ${maxStepAt} (in transitions ${(maxTr * 100).toFixed(2)} cm at ${maxTrAt})`,
        );
        expect(samples).toBeGreaterThan(0);
      });
    });
  }
});
