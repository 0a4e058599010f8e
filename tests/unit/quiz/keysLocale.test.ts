import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { RESOURCES } from '../../../src/i18n';

describe('keys.json: the cursor\'s words in Russian use the right plural forms', () => {
  it('1, 2, 5, 11, 21, 22, 25 and 2.5 centimetres', async () => {
    const i = i18next.createInstance();
    await i.init({ lng: 'ru', resources: { ru: { translation: RESOURCES.ru! }, en: { translation: RESOURCES.en! } }, interpolation: { escapeValue: false } });
    const off = (n: number) => i.t('keys.quiz.cursor.off', { count: n, n: String(n), side: 'слева' });
    expect([1, 2, 5, 11, 21, 22, 25].map(off)).toEqual([
      '1 сантиметр слева от средней линии',
      '2 сантиметра слева от средней линии',
      '5 сантиметров слева от средней линии',
      '11 сантиметров слева от средней линии',
      '21 сантиметр слева от средней линии',
      '22 сантиметра слева от средней линии',
      '25 сантиметров слева от средней линии',
    ]);
    expect(i.t('keys.quiz.cursor.below', { count: 2.5, n: '2,5', level: 'L2' })).toBe('2,5 сантиметра ниже L2');
    await i.changeLanguage('en');
    expect(i.t('keys.quiz.cursor.above', { count: 1, n: '1', level: 'L2' })).toBe('1 cm above L2');
  });
});
