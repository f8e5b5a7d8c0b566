// The CLI speaks the user's language with the same message catalogs as the app.
import en from '../renderer/i18n/en.json';
import es from '../renderer/i18n/es.json';

export type CliLanguage = 'en' | 'es';
type Catalog = { [key: string]: string | Catalog };
const CATALOGS: Record<CliLanguage, Catalog> = { en, es };

/** --lang wins, then PLACARD_LANG, then the POSIX locale variables. */
export function detectLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const raw = env.PLACARD_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return raw.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translator(language: CliLanguage) {
  return (key: string, params: Record<string, string | number> = {}): string => {
    const template = lookup(CATALOGS[language], key) ?? lookup(CATALOGS.en, key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in params ? String(params[name]) : `{{${name}}}`));
  };
}

export type Translate = ReturnType<typeof translator>;
