// i18next set up with every message in English and Spanish, bundled (the app works offline).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function initI18n(language: UiLanguage = 'en') {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeUiLanguage(language: UiLanguage) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export const t = (key: string, params?: Record<string, unknown>) => i18next.t(key, params);
