import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../src/i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
}

describe('UI strings', () => {
  it('exist in English and Russian with the same keys (plural forms compared by their base key)', () => {
    // English needs only _one/_other, Russian _one/_few/_many/_other (tests/unit/i18n/plurals.test.ts).
    const base = (list: string[]) => [...new Set(list.map((k) => k.replace(/_(one|few|many|other)$/, '')))].sort();
    const en = base(keys(RESOURCES.en!));
    const ru = base(keys(RESOURCES.ru!));
    expect(en.length).toBeGreaterThan(20);
    expect(ru.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !ru.includes(k))).toEqual([]);
  });

  it('are never empty, and the Russian ones are written in Cyrillic', () => {
    for (const s of [...leaves(RESOURCES.en!), ...leaves(RESOURCES.ru!)]) expect(s.trim()).not.toBe('');
    const ru = leaves(RESOURCES.ru!);
    const cyrillic = ru.filter((s) => /[а-яё]/i.test(s));
    // Brand names and symbols may stay Latin; real text must be Russian.
    expect(cyrillic.length / ru.length).toBeGreaterThan(0.9);
  });

  it('keep the same {{placeholders}} in both languages', () => {
    const en = RESOURCES.en!;
    const ru = RESOURCES.ru!;
    const get = (t: Tree, k: string) => k.split('.').reduce<string | Tree | undefined>((n, p) => (typeof n === 'object' ? n[p] : undefined), t);
    for (const k of keys(en)) {
      const a = String(get(en, k)).match(/{{\w+}}/g)?.sort() ?? [];
      const b = String(get(ru, k)).match(/{{\w+}}/g)?.sort() ?? [];
      expect(b, k).toEqual(a);
    }
  });
});
