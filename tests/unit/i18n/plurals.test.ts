import { describe, expect, it } from 'vitest';
import { RESOURCES, i18next } from '../../../src/i18n';

type Tree = { [key: string]: string | Tree };

const FORMS = ['_one', '_few', '_many', '_other'] as const;
const NUMBERS = [1, 2, 5, 11, 21, 22, 25] as const;
/** The Russian plural category of each tested number (CLDR: 1, 21 one; 2, 22 few; 5, 11, 25 many). */
const RU_CATEGORY: Record<(typeof NUMBERS)[number], 'one' | 'few' | 'many'> = { 1: 'one', 2: 'few', 5: 'many', 11: 'many', 21: 'one', 22: 'few', 25: 'many' };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

/** Base keys (without the plural suffix) that have plural forms in a language. */
function counted(lang: 'en' | 'ru'): string[] {
  const out = new Set<string>();
  for (const k of keys(RESOURCES[lang]!)) {
    const m = /^(.*)_(one|few|many|other)$/.exec(k);
    if (m) out.add(m[1]!);
  }
  return [...out].sort();
}

const has = (lang: 'en' | 'ru', k: string) => keys(RESOURCES[lang]!).includes(k);

/**
 * The word each counted key must show in Russian for 1 / 2 / 5 (the forms for 21 / 22 and
 * 11 / 25 follow). A counted key added without an entry here fails, so its forms get checked.
 */
const RU_WORDS: Record<string, readonly [string, string, string]> = {
  'library.minutes': ['минута', 'минуты', 'минут'],
  'library.moreProblems': ['проблема', 'проблемы', 'проблем'],
  'acutePain.hiddenTitle': ['техника скрыта', 'техники скрыты', 'техник скрыто'],
  'describe.tempo.circles': ['круг', 'круга', 'кругов'],
  'describe.tempo.stations': ['место', 'места', 'мест'],
  'describe.duration.minutes': ['минута', 'минуты', 'минут'],
  'course.planTitle': ['сеанс', 'сеанса', 'сеансов'],
  'course.minutes': ['минута', 'минуты', 'минут'],
  'course.total': ['минута', 'минуты', 'минут'],
  'course.sessionLength': ['минута', 'минуты', 'минут'],
  // "от 1 минуты, от 2 минут": after "от" the genitive.
  'course.sessionGrowth': ['минуты', 'минут', 'минут'],
  'course.repeat': ['месяц', 'месяца', 'месяцев'],
  'illustration.durationMin': ['минута', 'минуты', 'минут'],
  'illustration.times': ['раз', 'раза', 'раз'],
  'format.strikes': ['удар', 'удара', 'ударов'],
  'format.bouts': ['подход', 'подхода', 'подходов'],
  'illustration.passes': ['проход', 'прохода', 'проходов'],
  'illustration.rounds': ['повтор', 'повтора', 'повторов'],
  'illustration.circles': ['круговое движение', 'круговых движения', 'круговых движений'],
  'illustration.circlesHere': ['круговое движение', 'круговых движения', 'круговых движений'],
  'illustration.stations': ['нажатие', 'нажатия', 'нажатий'],
  'illustration.how.presses': ['место', 'места', 'мест'],
  'length.summary': ['минута', 'минуты', 'минут'],
  'keys.quiz.cursor.off': ['сантиметр', 'сантиметра', 'сантиметров'],
  'keys.quiz.cursor.above': ['сантиметр', 'сантиметра', 'сантиметров'],
  'keys.quiz.cursor.below': ['сантиметр', 'сантиметра', 'сантиметров'],
  'share.coursePlan': ['сеанс', 'сеанса', 'сеансов'],
  'share.courseOffered': ['сеанс', 'сеанса', 'сеансов'],
  // "около 1 минуты, около 5 минут": after "около" the genitive.
  'share.handout.duration': ['минуты', 'минут', 'минут'],
  'export.summary': ['кадр', 'кадра', 'кадров'],
  // "осталось около 1 секунды, около 5 секунд": genitive after "около".
  'export.left': ['секунды', 'секунд', 'секунд'],
};

const ru = i18next.getFixedT('ru');
const en = i18next.getFixedT('en');
const args = { demo: '0:49', date: '1 March 2027' };

describe('plural forms', () => {
  it('the same counted keys in both languages, and every one listed here', () => {
    expect(counted('ru')).toEqual(counted('en'));
    expect(counted('ru').length).toBeGreaterThanOrEqual(15);
    for (const k of counted('ru')) expect(Object.keys(RU_WORDS), k).toContain(k);
  });

  it.each(counted('ru'))('ru %s has all four forms, en has _one and _other', (k) => {
    for (const f of FORMS) expect(has('ru', k + f), k + f).toBe(true);
    expect(has('en', `${k}_one`)).toBe(true);
    expect(has('en', `${k}_other`)).toBe(true);
  });

  it.each(counted('ru'))('ru %s: 1, 2, 5, 11, 21, 22, 25 each with its own word form', (k) => {
    const [one, few, many] = RU_WORDS[k]!;
    const word = { one, few, many };
    for (const n of NUMBERS) {
      const s = ru(k, { ...args, count: n, n: String(n) });
      expect(s, `${k} ${n}`).toContain(String(n));
      // The number is followed (after at most a few words, e.g. "месяц, ориентировочно") by its word form.
      const after = s.slice(s.indexOf(String(n)) + String(n).length);
      const expected = word[RU_CATEGORY[n]];
      const re = new RegExp(`^\\s${expected.replace(/\s+/g, '\\s')}(?![а-яё])`, 'i');
      expect(after, `${k} ${n}: "${s}"`).toMatch(re);
    }
  });

  it('the words the issue names: 1 минута, 2 минуты, 5 минут, 11 минут, 21 минута, 22 минуты, 25 минут', () => {
    const got = NUMBERS.map((n) => ru('course.minutes', { count: n }));
    expect(got).toEqual(['1 минута', '2 минуты', '5 минут', '11 минут', '21 минута', '22 минуты', '25 минут']);
    expect(ru('library.minutes', { count: 6 })).toBe('полностью 6 минут');
    expect(ru('library.minutes', { count: 2 })).toBe('полностью 2 минуты');
    expect(ru('course.planTitle', { count: 21 })).toBe('Ваш курс: 21 сеанс');
    expect(ru('course.planTitle', { count: 12 })).toBe('Ваш курс: 12 сеансов');
    expect(ru('acutePain.hiddenTitle', { count: 3 })).toBe('3 техники скрыты из-за острой боли');
  });

  it.each(counted('en'))('en %s: singular for 1, plural for 2, 5, 11, 21, 22, 25', (k) => {
    for (const n of NUMBERS) {
      const s = en(k, { ...args, count: n, n: String(n) });
      expect(s).toContain(String(n));
      expect(s).toBe(en(`${k}_${n === 1 ? 'one' : 'other'}`, { ...args, count: n, n: String(n) }));
    }
    expect(en('library.moreProblems', { count: 1 })).toBe('…and 1 more problem');
    expect(en('library.moreProblems', { count: 21 })).toBe('…and 21 more problems');
  });

  it('no Russian string shows a count through a plain {{n}} before a noun that needs a plural form', () => {
    // "{{n}} минут" or "{{n}} сеансов" would be wrong for 1, 2, 21…: those must go through {{count}}.
    const nouns = /{{\w+}}\s(минут|минуты|минута|мин\b|сеанс|месяц|мес\.|круг|мест|проблем|техник|раз|проход|повтор|нажат)/;
    const bad = keys(RESOURCES.ru!).filter((k) => {
      const v = k.split('.').reduce<string | Tree | undefined>((n, p) => (typeof n === 'object' ? n[p] : undefined), RESOURCES.ru!);
      return typeof v === 'string' && !/_(one|few|many|other)$/.test(k) && nouns.test(v);
    });
    expect(bad).toEqual([]);
  });
});
