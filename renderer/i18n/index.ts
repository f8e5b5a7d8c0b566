// i18next with every message in English and Spanish, shipped with the app (it works offline).
// Each language is a chunk of its own: the one the app starts in is fetched while the settings are
// read (prefetchUiLanguage), the other on the switch. Spanish carries every key English has
// (tests/unit/renderer/i18n), so a Spanish session never needs the English chunk.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const LOADERS: Record<UiLanguage, () => Promise<Record<string, unknown>>> = {
  en: () => import('./en.json').then((m) => m.default as Record<string, unknown>),
  es: () => import('./es.json').then((m) => m.default as Record<string, unknown>),
};
const loading = new Map<UiLanguage, Promise<Record<string, unknown>>>();
const fetchMessages = (language: UiLanguage) => {
  let messages = loading.get(language);
  if (!messages) {
    messages = LOADERS[language]();
    // A failed fetch may be retried.
    messages.catch(() => loading.delete(language));
    loading.set(language, messages);
  }
  return messages;
};

// The language the window last showed, kept beside the settings as a hint: the start fetches its
// messages before the settings are read. The settings stay the truth.
const HINT_KEY = 'placard.uiLanguage';

export function lastUiLanguage(): UiLanguage | null {
  try {
    const hint = localStorage.getItem(HINT_KEY);
    return (UI_LANGUAGES as readonly string[]).includes(hint ?? '') ? (hint as UiLanguage) : null;
  } catch {
    return null;
  }
}

function rememberUiLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(HINT_KEY, language);
  } catch {
    // Only a hint.
  }
}

/** Starts fetching `language`'s messages (the first screen needs them before it renders). */
export function prefetchUiLanguage(language: UiLanguage): void {
  fetchMessages(language).catch(() => undefined);
}

/** Makes `language`'s messages available (a no-op once loaded). */
export async function loadUiLanguage(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await fetchMessages(language), true, true);
}

export async function initI18n(language: UiLanguage = 'en') {
  const messages = await fetchMessages(language);
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: messages } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  rememberUiLanguage(language);
  return i18next;
}

export async function changeUiLanguage(language: UiLanguage) {
  await loadUiLanguage(language);
  await i18next.changeLanguage(language);
  rememberUiLanguage(language);
}

export const t = (key: string, params?: Record<string, unknown>) => i18next.t(key, params);
