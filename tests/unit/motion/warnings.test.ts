/**
 * What the compiler had to change in the shipped techniques (paths over the spine pushed aside,
 * press points on the midline shown without pressure, too-short steps). Printed for the content
 * authors; asserted only for what must never happen (an unknown anchor throws in compile).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/domain/motion';
import { testAnatomies, testTechniques } from './fixtures/anatomy';

describe('compiler warnings on data/techniques', () => {
  it('compiles every shipped technique and lists its warnings', async () => {
    const [an] = await testAnatomies();
    if (!an) throw new Error('no anatomy');
    const data = testTechniques().filter((t) => t.source === 'data');
    for (const nt of data) {
      const tl = compile(nt.technique, an.anatomy);
      expect(tl.steps).toHaveLength(nt.technique.steps.length);
      if (tl.warnings.length) console.log(`[motion] ${nt.file} (${an.name} back):\n  ${tl.warnings.map((w) => w.message).join('\n  ')}`);
    }
  });
});
