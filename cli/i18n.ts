// The CLI speaks the user's language with the same message catalogs and i18next as the app.
import { createTranslator, type Translate } from '../electron/services/translate';
import { languageOfLocale } from '../core/model/locale';

export type CliLanguage = 'en' | 'es';

/** --lang wins, then PLACARD_LANG, then the POSIX locale variables. */
export function detectLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  return languageOfLocale(env.PLACARD_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function translator(language: CliLanguage): Translate {
  return createTranslator(language);
}

export type { Translate };
