// Checks for the message catalogs in renderer/i18n: both languages hold the same keys, no
// message is empty, placeholders agree, and every literal key the renderer uses exists.
// Pure functions, so the test can prove each check on fabricated catalogs too.
import { lineAt, maskSource } from '../architecture/source-scan';

export type Catalog = Record<string, string>;

/** Flattens nested message JSON into dotted keys. Non-string leaves are reported, not kept. */
export function flattenMessages(json: unknown, problems: string[] = [], prefix = ''): Catalog {
  const flat: Catalog = {};
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    problems.push(`${prefix || '(root)'}: must be an object of messages`);
    return flat;
  }
  for (const [key, value] of Object.entries(json)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, flattenMessages(value, problems, path));
    else problems.push(`${path}: must be a string or a group of messages, got ${Array.isArray(value) ? 'array' : typeof value}`);
  }
  return flat;
}

/** Interpolation names in a message: `{{name}}`, `{{ count }}`, `{{value, number}}` -> name. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\{\s*(?:-\s*)?([^{},\s]+)\s*(?:,[^{}]*)?\}\}/g)) names.add(m[1]!);
  return [...names].sort();
}

// i18next plural suffixes (JSON v4). A key `items_one` belongs to the plural group `items`.
const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;

/** Key as the code refers to it: the plural group name for plural forms, else the key. */
export function baseKey(key: string): string {
  return PLURAL_SUFFIX.exec(key)?.[1] ?? key;
}

function groupByBase(catalog: Catalog): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(catalog)) {
    const base = baseKey(key);
    groups.set(base, [...(groups.get(base) ?? []), key]);
  }
  return groups;
}

/**
 * Compares two catalogs. Plural groups are compared by group, because languages need
 * different plural forms (Spanish has `_many`, English does not); each group must still
 * have an `_other` form, which i18next falls back to.
 */
export function compareCatalogs(catalogs: Record<string, Catalog>): string[] {
  const problems: string[] = [];
  const langs = Object.keys(catalogs).sort();
  const groups = Object.fromEntries(langs.map((l) => [l, groupByBase(catalogs[l]!)]));
  const allBases = [...new Set(langs.flatMap((l) => [...groups[l]!.keys()]))].sort();

  for (const base of allBases) {
    const present = langs.filter((l) => groups[l]!.has(base));
    for (const lang of langs) if (!present.includes(lang)) problems.push(`${base}: missing in ${lang}`);
    const placeholderSets: Record<string, string> = {};
    for (const lang of present) {
      const keys = groups[lang]!.get(base)!;
      const isPlural = keys.some((k) => k !== base);
      if (isPlural && !keys.includes(`${base}_other`)) problems.push(`${base}: plural forms in ${lang} lack ${base}_other`);
      if (isPlural && keys.includes(base)) problems.push(`${base}: ${lang} mixes a plain message with plural forms`);
      const names = new Set<string>();
      for (const key of keys) {
        const text = catalogs[lang]![key]!;
        if (text.trim() === '') problems.push(`${key}: empty in ${lang}`);
        for (const name of placeholders(text)) names.add(name);
      }
      placeholderSets[lang] = [...names].sort().join(', ');
    }
    const distinct = new Set(Object.values(placeholderSets));
    if (distinct.size > 1)
      problems.push(`${base}: placeholders differ (${present.map((l) => `${l}: {${placeholderSets[l]}}`).join('; ')})`);
  }
  return problems;
}

/** True when code may call t(key): the key or its plural group exists. */
export function hasKey(catalog: Catalog, key: string): boolean {
  return key in catalog || Object.keys(catalog).some((k) => baseKey(k) === key && k !== key);
}

export interface KeyUsage {
  key: string;
  line: number;
}

// Literal keys only: t('a.b'), i18n.t("a.b"), t(`a.b`) without ${}, <Trans i18nKey="a.b">,
// and action/option records such as { labelKey: 'a.b' }. Dynamic keys cannot be checked here.
const KEY_PROPERTIES = 'i18nKey|labelKey|titleKey|tooltipKey|descriptionKey|messageKey|hintKey|placeholderKey';
const USAGE_PATTERNS = [
  /(?<![\w$])t\(\s*(['"`])([^'"`$\n]+)\1/g,
  new RegExp(`\\b(?:${KEY_PROPERTIES})\\s*[:=]\\s*\\{?\\s*(['"\`])([^'"\`$\\n]+)\\1`, 'g'),
];

/** Literal i18n keys referenced by one source file (comments ignored). */
export function findKeyUsages(source: string): KeyUsage[] {
  const code = maskSource(source, { strings: false });
  const usages: { index: number; usage: KeyUsage }[] = [];
  for (const pattern of USAGE_PATTERNS) {
    for (const m of code.matchAll(pattern)) {
      const index = m.index ?? 0;
      usages.push({ index, usage: { key: m[2]!, line: lineAt(source, index) } });
    }
  }
  return usages.sort((a, b) => a.index - b.index).map((u) => u.usage);
}

/** Keys referenced inside messages with i18next nesting: `$t(other.key)`. */
export function nestedReferences(catalog: Catalog): { from: string; key: string }[] {
  const refs: { from: string; key: string }[] = [];
  for (const [from, text] of Object.entries(catalog))
    for (const m of text.matchAll(/\$t\(\s*([\w.-]+)/g)) refs.push({ from, key: m[1]! });
  return refs;
}

export interface CodeUsage {
  code: string;
  line: number;
}

// `new PlacardError('bundle.too-large', ...)`, `throw new BrandKitError("brand.invalid", ...)`:
// a coded error class (capitalized, ending in Error) whose first argument is a dotted code.
const CODED_ERROR = /\b[A-Z]\w*Error\(\s*(['"])([a-z][a-z0-9]*(?:\.[a-z0-9-]+)+)\1/g;

/** Stable error codes raised in one source file; each needs an `errors.<code>` message. */
export function findErrorCodes(source: string): CodeUsage[] {
  const code = maskSource(source, { strings: false });
  return [...code.matchAll(CODED_ERROR)].map((m) => ({ code: m[2]!, line: lineAt(source, m.index ?? 0) }));
}
