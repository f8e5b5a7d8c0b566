// The language Placard speaks for a system locale ("es-MX", "es_ES.UTF-8", "en-US"): Spanish for
// any Spanish locale, English otherwise. The app's first start, the settings' default and the CLI
// all read the system's locale this way.
import type { Language } from './primitives';

export function languageOfLocale(locale: string | null | undefined): Language {
  return (locale ?? '').trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}
