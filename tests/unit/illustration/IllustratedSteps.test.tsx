import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../../src/i18n';
import { checkTechnique } from '../../../src/domain/technique/check';
import { IllustratedSteps } from '../../../src/ui/illustration/IllustratedSteps';

const FILE = join(__dirname, '..', '..', '..', 'data', 'techniques', 'point-lumbosacral.json');
const technique = checkTechnique(
  JSON.parse(readFileSync(FILE, 'utf8')),
  'point-lumbosacral.json',
).technique!;

describe('IllustratedSteps', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`${lang}: one labelled picture per step, with the caption and figures in words`, async () => {
      await i18next.changeLanguage(lang);
      const html = renderToStaticMarkup(<IllustratedSteps technique={technique} />);
      const svgs = html.match(/<svg[^>]*class="hp-illu-svg"[^>]*>/g) ?? [];
      expect(svgs).toHaveLength(technique.steps.length);
      for (const svg of svgs) {
        expect(svg).toContain('role="img"');
        expect(svg).toMatch(/aria-label="[^"]{30,}"/);
      }
      for (const step of technique.steps) expect(html).toContain(step.caption[lang]);
      expect(html).not.toMatch(/illustration\.|{{/);
      // The no-pressure strip and the level labels are in every picture.
      expect(html.match(/>L4</g)).toHaveLength(technique.steps.length);
      // Ids (patterns, markers, heading) are unique on the page.
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});
