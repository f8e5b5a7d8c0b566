import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../../../core/bundle/errors';

const load = (lang: string) => JSON.parse(readFileSync(`renderer/i18n/${lang}.json`, 'utf8')) as Record<string, unknown>;
const lookup = (data: Record<string, unknown>, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);

it.each(['en', 'es'])('every bundle error code has a message in %s', (lang) => {
  const data = load(lang);
  const missing = BUNDLE_ERROR_CODES.filter((code) => typeof lookup(data, `errors.${code}`) !== 'string');
  expect(missing).toEqual([]);
});
