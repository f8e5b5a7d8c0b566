import { describe, expect, it } from 'vitest';
import { altTextFile, checkAltText, countCharacters } from '../../../../core/export/alt-text';
import { getPreset } from '../../../../core/presets';

describe('altTextFile', () => {
  it('gives the text for the language with one trailing newline', () => {
    const design = { altText: { en: '  Tenants rally.\r\nSecond line  ', es: 'Inquilinos.' }, elements: [] };
    expect(altTextFile(design, 'en')).toBe('Tenants rally.\nSecond line\n');
    expect(altTextFile(design, 'es')).toBe('Inquilinos.\n');
    expect(altTextFile({ altText: { en: 'x' }, elements: [] }, 'es')).toBeNull();
    expect(altTextFile({ altText: { en: '   ' }, elements: [] }, 'en')).toBeNull();
  });
});

describe('checkAltText', () => {
  it('counts user-perceived characters', () => {
    expect(countCharacters('añ👍🏽')).toBe(3);
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
  });

  it('refuses past the platform limit', () => {
    const x = getPreset('x-post')!;
    expect(checkAltText('a'.repeat(1000), x).status).toBe('ok');
    expect(checkAltText('a'.repeat(1001), x)).toMatchObject({ status: 'too-long', code: 'alt-text.too-long', length: 1001, max: 1000 });
    expect(checkAltText('a'.repeat(1501), getPreset('mastodon-post')!).status).toBe('too-long');
    expect(checkAltText('a'.repeat(1500), getPreset('mastodon-post')!).status).toBe('ok');
    expect(checkAltText('a'.repeat(2000), getPreset('bluesky-post')!).status).toBe('ok');
    expect(checkAltText('a'.repeat(2001), getPreset('bluesky-post')!).status).toBe('too-long');
  });

  it('warns past 125 on Facebook and Instagram, without refusing', () => {
    for (const id of ['facebook-post-square', 'instagram-story']) {
      const p = getPreset(id)!;
      expect(checkAltText('a'.repeat(125), p).status).toBe('ok');
      expect(checkAltText('a'.repeat(126), p)).toMatchObject({ status: 'warn', code: 'alt-text.long', warnAbove: 125 });
      expect(checkAltText('a'.repeat(4000), p).status).toBe('warn');
    }
  });

  it('reports empty text', () => {
    expect(checkAltText('  ', getPreset('x-post')!)).toMatchObject({ status: 'ok', empty: true, length: 0 });
  });
});
