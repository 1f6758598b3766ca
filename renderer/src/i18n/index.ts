import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/message-types';
import { en } from './en';
import { id } from './id';

const LOCALE_KEY = 'sigap.locale';

function savedLocale(): Locale {
  return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'id';
}

export function initI18n(): void {
  const lng = savedLocale();
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function setLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

export { i18n };
