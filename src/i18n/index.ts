import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Tree = { [key: string]: string | Tree };

/**
 * Every src/i18n/locales/<lang>/<part>.json is merged into one translation per language; each
 * part owns its top-level keys (core: app, view, layers…; safety; learn…). A unit test checks
 * that both languages have the same keys and that no two parts claim the same top-level key.
 */
const parts = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

export function mergeLocales(files: Record<string, Tree>): Record<string, Tree> {
  const out: Record<string, Tree> = {};
  for (const [path, tree] of Object.entries(files)) {
    const m = /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(path);
    if (!m) continue;
    const lang = m[1]!;
    const target = (out[lang] ??= {});
    for (const [key, value] of Object.entries(tree)) {
      if (key in target) throw new Error(`i18n: top-level key "${key}" defined twice (${path})`);
      target[key] = value;
    }
  }
  return out;
}

export const RESOURCES = mergeLocales(parts);

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'handpath.lang';

/** The saved choice, else the browser's language, else English. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'ru') return saved;
  } catch {
    // storage may be blocked; fall through
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language.toLowerCase() : 'en';
  return nav.startsWith('ru') ? 'ru' : 'en';
}

export function setLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not saved; the choice still applies to this visit
  }
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: RESOURCES.en ?? {} }, ru: { translation: RESOURCES.ru ?? {} } },
  lng: typeof window !== 'undefined' ? initialLanguage() : 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;

export { i18next };
