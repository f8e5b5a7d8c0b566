// languageOfLocale: every Spanish locale, in the forms systems write them, is Spanish; the rest English.
import { describe, expect, it } from 'vitest';
import { languageOfLocale } from '../../../../core/model/locale';

describe('languageOfLocale', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['ES_es.UTF-8', 'es'],
    [' es-US', 'es'],
    ['en-US', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('%s is %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
