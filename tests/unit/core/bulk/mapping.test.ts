// Columns to slots: by label in either language, layer name or id, a language suffix, a language
// column; what matches nothing and what no column fills; each row filled with its problems named.
import { describe, expect, it } from 'vitest';
import { columnKey, decodeSpreadsheetText, fillRow, mapColumns, splitLanguage, SpreadsheetEncodingError } from '../../../../core/bulk';
import { createDesign, createImageElement, createQrElement, createTextElement, textFor, qrDataFor } from '../../../../core/model';

function card() {
  const d = createDesign({ width: 1080, height: 1080 });
  d.elements.push(
    createTextElement({ id: 'title', name: 'Headline', x: 0, y: 0, width: 900, height: 200, text: 'Sample', variants: { en: 'Sample', es: 'Muestra' }, slot: { kind: 'text', label: { en: 'Headline', es: 'Titular' }, hint: {}, required: true, maxChars: 20 } }),
    createTextElement({ id: 'note', name: 'Note', x: 0, y: 300, width: 900, height: 100, text: 'n' }),
    createQrElement({ id: 'link', name: 'Sign-up', x: 0, y: 500, width: 200, height: 200, data: 'https://a.example', slot: { kind: 'text', label: { en: 'Sign-up link', es: 'Enlace' }, hint: {} } }),
    createImageElement({ id: 'pic', x: 0, y: 800, width: 200, height: 200, assetId: 'sample', slot: { kind: 'photo', label: { en: 'Photo', es: 'Foto' }, hint: {} } }),
  );
  return d;
}

describe('bulk column mapping', () => {
  it('normalizes names and reads language suffixes', () => {
    expect(columnKey(' Head_line-')).toBe('headline');
    expect(splitLanguage('headline_es')).toEqual({ base: 'headline', language: 'es' });
    expect(splitLanguage('Titular (ES)')).toEqual({ base: 'Titular', language: 'es' });
    expect(splitLanguage('lens')).toEqual({ base: 'lens', language: null });
  });

  it('maps by label in either language, name or id; reports the rest', () => {
    const m = mapColumns(card(), ['headline_en', 'Titular_es', 'Enlace', 'foto', 'note', 'idioma', 'extra']);
    expect(m.columns.map((c) => c.target)).toEqual([
      { kind: 'text', elementId: 'title', language: 'en' },
      { kind: 'text', elementId: 'title', language: 'es' },
      { kind: 'text', elementId: 'link', language: null },
      { kind: 'photo', elementId: 'pic' },
      { kind: 'text', elementId: 'note', language: null },
      { kind: 'language' },
      null,
    ]);
    expect(m.unmatched).toEqual(['extra']);
    expect(m.unfilled).toEqual([]);
    expect(mapColumns(card(), ['headline']).unfilled).toEqual(['link', 'pic']);
  });

  it('fills a row per language, its link and photo, and names its problems by row and column', () => {
    const d = card();
    const m = mapColumns(d, ['headline_en', 'headline_es', 'Sign-up link', 'Photo', 'lang']);
    const photos = new Map([['me.jpg', { id: 'photo-1', info: { mime: 'image/jpeg' as const, name: 'me.jpg', width: 10, height: 10 } }]]);
    const ok = fillRow(d, m, { headline_en: 'Vote', headline_es: 'Vota', 'Sign-up link': 'https://b.example', Photo: 'me.jpg', lang: 'es' }, 1, photos);
    expect(ok.problems).toEqual([]);
    expect(ok.language).toBe('es');
    const [title, , link, pic] = ok.design.elements;
    expect([textFor(title as never, 'en'), textFor(title as never, 'es')]).toEqual(['Vote', 'Vota']);
    expect(qrDataFor(link as never, 'en')).toBe('https://b.example');
    expect(pic).toMatchObject({ assetId: 'photo-1' });
    expect(ok.design.assets['photo-1']).toMatchObject({ name: 'me.jpg' });
    const bad = fillRow(d, m, { headline_en: '', headline_es: 'x'.repeat(25), 'Sign-up link': '', Photo: 'gone.jpg', lang: 'fr' }, 7, photos);
    expect(bad.problems.map((p) => p.code).sort()).toEqual(['bulk.bad-language', 'bulk.photo-missing', 'bulk.required-empty', 'bulk.too-long']);
    expect(bad.problems.find((p) => p.code === 'bulk.too-long')).toMatchObject({ row: 7, column: 'headline_es', length: 25, max: 20 });
  });
});

describe('spreadsheet text encodings', () => {
  const words = 'nombre;cita\nAña;Sí, se puede\n';
  it('reads UTF-8 with and without its mark, UTF-16 with its mark, and Windows-1252', () => {
    const utf8 = new TextEncoder().encode(words);
    expect(decodeSpreadsheetText(utf8)).toEqual({ text: words, encoding: 'utf-8' });
    expect(decodeSpreadsheetText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(words);
    const le = new Uint8Array(2 + words.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < words.length; i++) le[2 + 2 * i] = words.charCodeAt(i);
    expect(decodeSpreadsheetText(le)).toEqual({ text: words, encoding: 'utf-16le' });
    const cp1252 = Uint8Array.from([...words].map((c) => c.charCodeAt(0)));
    expect(decodeSpreadsheetText(cp1252)).toEqual({ text: words, encoding: 'windows-1252' });
  });
  it('names a file that is not text', () => {
    expect(() => decodeSpreadsheetText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(SpreadsheetEncodingError);
  });
});
