// Messages outside the renderer (the native menu and dialogs, the CLI) come from the renderer's
// own catalogs through i18next, exactly as the renderer translates: Spanish falls back to
// English, a missing key shows itself.
import i18next from 'i18next';
import en from '../../renderer/i18n/en.json';
import es from '../../renderer/i18n/es.json';

export type MessageLanguage = 'en' | 'es';
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function createTranslator(language: MessageLanguage): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, es: { translation: es } },
    // Menus and terminals are not HTML; an empty message counts as missing.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return (key, params = {}) => instance.t(key, params);
}
