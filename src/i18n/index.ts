import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

type Tree = { [key: string]: string | Tree };

/**
 * Every src/i18n/locales/<lang>/<part>.json is merged into one translation per language; each
 * part owns its top-level keys (core: app, view, layers…; safety; learn…). A unit test checks
 * that both languages have the same keys and that no two parts claim the same top-level key.
 */
const parts = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });
/**
 * The first download holds only the English strings the page shell needs (core, persist); every
 * other part (English too) loads after the first frame, and other languages when chosen or
 * preferred by the browser (loadLanguage). Loaded as text: module ids of their own, so the eager
 * glob above (for tests and tools) stays out of the built app.
 */
const shellParts = import.meta.glob<Tree>(['./locales/en/core.json', './locales/en/persist.json'], { eager: true, import: 'default' });
const lazyParts = import.meta.glob<string>(['./locales/*/*.json', '!./locales/en/core.json', '!./locales/en/persist.json'], {
  query: '?raw',
  import: 'default',
});

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

/** Every language, merged (for tests and tools; the app itself loads non-English languages on demand). */
export const RESOURCES = /* @__PURE__ */ mergeLocales(parts);
const SHELL = mergeLocales(shellParts).en ?? {};

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

const loading = new Map<Language, Promise<void>>();

/** Adds a language's strings to i18next at run time (once; its part files are their own chunks). */
export function loadLanguage(lang: Language): Promise<void> {
  if (import.meta.env.MODE === 'test') return Promise.resolve(); // tests start with every language
  let p = loading.get(lang);
  if (!p) {
    const files = Object.entries(lazyParts).filter(([path]) => path.startsWith(`./locales/${lang}/`));
    p = Promise.all(files.map(async ([path, load]) => [path, JSON.parse(await load()) as Tree] as const)).then((loaded) => {
      const tree = mergeLocales(Object.fromEntries(loaded))[lang] ?? {};
      i18next.addResourceBundle(lang, 'translation', tree, true, true);
    });
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

/** Switches the language once its strings are loaded (English until then). */
async function showLanguage(lang: Language): Promise<void> {
  await Promise.all([loadLanguage('en'), loadLanguage(lang)]); // English is the fallback
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function setLanguage(lang: Language): void {
  void showLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not saved; the choice still applies to this visit
  }
}

// Tests get every language at once; the built app starts with English only.
const startWith: Language = typeof window !== 'undefined' ? initialLanguage() : 'en';
void i18next.use(initReactI18next).init({
  resources:
    import.meta.env.MODE === 'test'
      ? { en: { translation: RESOURCES.en ?? {} }, ru: { translation: RESOURCES.ru ?? {} } }
      : { en: { translation: SHELL } },
  lng: import.meta.env.MODE === 'test' ? startWith : 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof document !== 'undefined') {
  document.documentElement.lang = i18next.language;
  if (startWith !== i18next.language) void showLanguage(startWith);
}

export { i18next };
