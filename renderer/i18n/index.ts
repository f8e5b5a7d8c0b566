// i18next with every message in English and Spanish, shipped with the app (it works offline).
// English is in the main bundle; Spanish is its own chunk, loaded before the first render when the
// app starts in Spanish, and on the switch otherwise.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<Record<string, unknown>>> = {
  es: () => import('./es.json').then((m) => m.default as Record<string, unknown>),
};

/** Makes `language`'s messages available (a no-op once loaded, and for English). */
export async function loadUiLanguage(language: UiLanguage): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await LOADERS[language](), true, true);
}

export async function initI18n(language: UiLanguage = 'en') {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== 'en') await changeUiLanguage(language);
  document.documentElement.lang = language;
  return i18next;
}

export async function changeUiLanguage(language: UiLanguage) {
  await loadUiLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export const t = (key: string, params?: Record<string, unknown>) => i18next.t(key, params);
