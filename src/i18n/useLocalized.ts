import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../domain/anatomy/types';

/** Picks the current language's side of an { en, ru } text from the data files. */
export function useLocalized(): (text: LocalizedText | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  return (text) => (text ? text[lang] : '');
}
