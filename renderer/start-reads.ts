// The reads the first screen waits for, started by the entry's first statements: the settings
// and the interface language's messages are fetched while the rest of the modules evaluate,
// instead of after. main.tsx imports this first.
import { getApi } from './bridge';
import { lastUiLanguage, prefetchUiLanguage, UI_LANGUAGES, type UiLanguage } from './i18n';
import { languageOfLocale } from '../core/model/locale';

const remembered = lastUiLanguage();
const start: UiLanguage = remembered ?? languageOfLocale(navigator.language);
prefetchUiLanguage(start);
const settings = getApi().getSettings();
// Read below; a failure is handled there.
settings.catch(() => undefined);

/** The language saved in the settings (null when they cannot be read). */
export async function savedUiLanguage(): Promise<UiLanguage | null> {
  try {
    const { language } = await settings;
    return (UI_LANGUAGES as readonly string[]).includes(language) ? language : null;
  } catch {
    // Settings are a convenience; the editor starts without them.
    return null;
  }
}

/**
 * The language the editor starts in, at once: the one this window showed last, else the system's
 * (which is also what the settings say until the user picks one). The settings are still read,
 * and win when they differ: see main.tsx.
 */
export function startLanguage(): UiLanguage {
  return start;
}
