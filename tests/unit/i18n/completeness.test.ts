// Every string the user sees exists in English and Spanish, and every literal key the renderer
// asks for exists. A missing translation fails here instead of showing a raw key in the app.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listSourceFiles } from '../architecture/source-scan';
import { compareCatalogs, findErrorCodes, findKeyUsages, flattenMessages, hasKey, nestedReferences, placeholders, type Catalog } from './catalog';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const LANGUAGES = ['en', 'es'] as const;

function loadCatalog(lang: string): { catalog: Catalog; problems: string[] } {
  const problems: string[] = [];
  const json: unknown = JSON.parse(readFileSync(`${repoRoot}renderer/i18n/${lang}.json`, 'utf8'));
  const catalog = flattenMessages(json, problems);
  return { catalog, problems: problems.map((p) => `${lang}: ${p}`) };
}

interface NamedElement {
  id: string;
  name: string;
  slot?: { label?: { en?: string; es?: string } };
  children?: NamedElement[];
}

describe('i18n catalogs', () => {
  const loaded = Object.fromEntries(LANGUAGES.map((l) => [l, loadCatalog(l)]));
  const catalogs = Object.fromEntries(LANGUAGES.map((l) => [l, loaded[l]!.catalog]));
  const en = catalogs.en!;

  it('are objects of string messages', () => {
    expect(LANGUAGES.flatMap((l) => loaded[l]!.problems)).toEqual([]);
    expect(Object.keys(en).length).toBeGreaterThan(0);
  });

  it('name every layer of the built-in templates in both languages (a slot by its label, anything else by layers.builtIn)', () => {
    const dir = `${repoRoot}templates`;
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const template = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { design: { elements: NamedElement[] } };
      const visit = (el: NamedElement) => {
        if (el.slot) {
          if (!el.slot.label?.en || !el.slot.label?.es) missing.push(`${file}: slot ${el.id} label`);
        } else {
          for (const lang of LANGUAGES) if (!hasKey(catalogs[lang]!, `layers.builtIn.${el.name}`)) missing.push(`${file}: ${lang} layers.builtIn.${el.name}`);
        }
        el.children?.forEach(visit);
      };
      template.design.elements.forEach(visit);
    }
    expect(missing).toEqual([]);
    expect(catalogs.es!['layers.builtIn.ring']).toBe('Anillo');
  });

  it('have the same keys, no empty messages and the same placeholders in every language', () => {
    expect(compareCatalogs(catalogs)).toEqual([]);
  });

  it('only nest ($t) keys that exist', () => {
    const broken = LANGUAGES.flatMap((l) =>
      nestedReferences(catalogs[l]!)
        .filter((r) => !hasKey(catalogs[l]!, r.key))
        .map((r) => `${l}: ${r.from} nests missing key ${r.key}`),
    );
    expect(broken).toEqual([]);
  });

  it('contain every literal key the renderer uses', () => {
    const files = listSourceFiles(repoRoot, 'renderer');
    const missing = files.flatMap((file) =>
      findKeyUsages(readFileSync(repoRoot + file, 'utf8'))
        .filter((u) => !hasKey(en, u.key))
        .map((u) => `${file}:${u.line}: '${u.key}' is not in en.json`),
    );
    expect(missing).toEqual([]);
  });

  it('have an errors.<code> message for every coded error the code raises', () => {
    const files = ['core', 'electron', 'renderer', 'cli'].flatMap((root) => listSourceFiles(repoRoot, root));
    const missing = files.flatMap((file) =>
      findErrorCodes(readFileSync(repoRoot + file, 'utf8'))
        .filter((u) => !hasKey(en, `errors.${u.code}`))
        .map((u) => `${file}:${u.line}: errors.${u.code} is not in en.json`),
    );
    expect(missing).toEqual([]);
  });
});

describe('i18n checks (self-test on fabricated catalogs and code)', () => {
  it('reports missing keys, empty messages and placeholder mismatches', () => {
    const en = flattenMessages({ toolbar: { save: 'Save', greet: 'Hi {{name}}', only: 'English only' }, blank: 'x' });
    const es = flattenMessages({ toolbar: { save: 'Guardar', greet: 'Hola {{nombre}}' }, blank: '  ', extra: 'Extra' });
    expect(compareCatalogs({ en, es })).toEqual([
      'blank: empty in es',
      'extra: missing in en',
      'toolbar.greet: placeholders differ (en: {name}; es: {nombre})',
      'toolbar.only: missing in es',
    ]);
  });

  it('compares plural groups by group and requires an _other form', () => {
    const en = { 'items_one': 'One item', 'items_other': '{{count}} items', 'pages_one': '{{count}} page' };
    const es = { 'items_one': 'Un elemento', 'items_many': '{{count}} de elementos', 'items_other': '{{count}} elementos', 'pages_one': '{{count}} página', 'pages_other': '{{count}} páginas' };
    expect(compareCatalogs({ en, es })).toEqual(['pages: plural forms in en lack pages_other']);
    expect(hasKey(en, 'items')).toBe(true);
    expect(hasKey(en, 'item')).toBe(false);
  });

  it('reports non-string messages', () => {
    const problems: string[] = [];
    flattenMessages({ a: { b: 3, c: ['x'] }, d: 'ok' }, problems);
    expect(problems).toEqual(['a.b: must be a string or a group of messages, got number', 'a.c: must be a string or a group of messages, got array']);
  });

  it('reads placeholder names in every i18next spelling', () => {
    expect(placeholders('{{count}} of {{ total }}, {{size, number}} and {{- raw}} {{count}}')).toEqual(['count', 'raw', 'size', 'total']);
    expect(placeholders('no placeholders {here}')).toEqual([]);
  });

  it('finds coded errors, not plain messages or comments', () => {
    const source = [
      "throw new PlacardError('bundle.too-large', `pack is ${size} bytes`, { size });",
      "// throw new PlacardError('commented.out', 'x');",
      "throw new Error('Something went wrong.');",
      'throw new BrandKitError(\n  "brand.not-found", msg);',
      "fail(new TypeError('not a function'));",
    ].join('\n');
    expect(findErrorCodes(source)).toEqual([
      { code: 'bundle.too-large', line: 1 },
      { code: 'brand.not-found', line: 4 },
    ]);
  });

  it('finds literal keys in code and skips comments and dynamic keys', () => {
    const source = [
      "const label = t('toolbar.save');",
      '// t("commented.out")',
      'const x = i18n.t("status.ready", { count: 2 });',
      'const dyn = t(`errors.${code}`);',
      "register({ id: 'file.export', labelKey: 'actions.export', run });",
      '<Trans i18nKey="help.intro" />',
      'const fmt = format(value);',
    ].join('\n');
    expect(findKeyUsages(source)).toEqual([
      { key: 'toolbar.save', line: 1 },
      { key: 'status.ready', line: 3 },
      { key: 'actions.export', line: 5 },
      { key: 'help.intro', line: 6 },
    ]);
  });
});
