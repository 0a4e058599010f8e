import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { SAFETY, sourceLink, type SafetySource } from '../../../src/domain/safety';
import { i18next } from '../../../src/i18n';
import { SourceList } from '../../../src/ui/safety/SourceList';

/** What an internal note looks like: the product's own papers, the seed article, machine translation. */
const INTERNAL = /handpath|design brief|brief|seed|source article|machine[- ]translated|editorial|consumer article|бриф|исходн\p{L}* стать|машинн\p{L}* перев|редакц/iu;

const tables: [string, readonly SafetySource[], readonly { id: string; sources: string[]; provenance?: string | undefined }[]][] = [
  ['precautions', SAFETY.precautions.sources, SAFETY.precautions.precautions],
  ['red flags', SAFETY.redFlags.sources, SAFETY.redFlags.red_flags],
  ['evidence', SAFETY.evidence.sources, SAFETY.evidence.statements],
];
const all = tables.flatMap(([, s]) => s);
const byId = (id: string) => all.find((s) => s.id === id)!;

describe('sources shown to users', () => {
  it.each(tables)('%s: every source is a published one, cited in English and in Russian', (_n, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.title.en, s.id).not.toMatch(INTERNAL);
      expect(s.title.ru, s.id).not.toMatch(INTERNAL);
      expect(s.title.ru, s.id).toMatch(/[а-яё]/i);
      expect(s.title.ru, s.id).not.toBe(s.title.en);
      // A citation: a year, and a journal/issue or a publisher.
      expect(s.title.en, s.id).toMatch(/(19|20)\d\d/);
    }
  });

  it('the links and DOIs of the evidence and red-flag sources (never invented: each checked against the publisher or PubMed)', () => {
    expect(sourceLink(byId('acp-2017'))).toBe('https://doi.org/10.7326/M16-2367');
    expect(sourceLink(byId('cochrane-2015'))).toBe('https://doi.org/10.1002/14651858.CD001929.pub3');
    expect(sourceLink(byId('nice-ng59'))).toBe('https://www.nice.org.uk/guidance/ng59');
    expect(sourceLink(byId('finucane-2020'))).toBe('https://doi.org/10.2519/jospt.2020.9971');
    expect(sourceLink(byId('chou-2007'))).toBe('https://doi.org/10.7326/0003-4819-147-7-200710020-00006');
    expect(sourceLink(byId('ernst-2003'))).toBe('https://doi.org/10.1093/rheumatology/keg306');
    // No DOI we could confirm: no link rather than a guessed one.
    expect(sourceLink(byId('batavia-2004'))).toBeNull();
    for (const s of all) if (s.doi) expect(s.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
  });

  it.each(tables)('%s: every item has a published source or, for a rule of Handpath\'s own, a provenance that is never shown', (_n, _s, items) => {
    for (const item of items) expect(item.sources.length > 0 || item.provenance !== undefined, item.id).toBe(true);
  });

  it.each(['en', 'ru'] as const)('rendered in %s, no source list shows an internal note or a provenance', async (lang) => {
    await i18next.changeLanguage(lang);
    for (const [, sources, items] of tables) {
      for (const item of items) {
        const out = renderToString(<SourceList ids={item.sources} sources={sources} />);
        const ownRule = i18next.t('safetyCommon.ownRule').replace(/'/g, '&#x27;');
        // The one place Handpath is named: saying that a rule is its own, with no published source.
        expect(out.replace(ownRule, ''), item.id).not.toMatch(INTERNAL);
        if (item.provenance) expect(out).not.toContain(item.provenance);
        for (const ref of item.sources) expect(out).toContain(byId(ref).title[lang].replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
        if (item.sources.length === 0) expect(out).toContain(ownRule);
        else expect(out).not.toContain(ownRule);
      }
    }
    await i18next.changeLanguage('en');
  });
});
