import { describe, expect, it } from 'vitest';
import { altTextFileName, DEFAULT_NAME_PATTERN, fileNameFor, MAX_BASE_NAME_LENGTH, sanitizeFileName } from '../../../../core/export/naming';
import { getPreset } from '../../../../core/presets';

const preset = getPreset('x-post')!;
const ctx = { design: { name: 'Rent strike: day 1' }, preset, lang: 'es', index: 3, ext: 'png' };

describe('fileNameFor', () => {
  it('fills every token', () => {
    expect(fileNameFor('{name}_{preset}_{width}x{height}_{lang}_{n}', ctx)).toBe('Rent strike - day 1_x-post_1600x900_es_3.png');
    expect(fileNameFor('{preset}-{width}', { ...ctx, width: 1440.4, ext: 'jpg' })).toBe('x-post-1440.jpg');
  });

  it('uses the default pattern and a fallback name', () => {
    expect(DEFAULT_NAME_PATTERN).toBe('{name}-{preset}');
    expect(fileNameFor('', { ...ctx, design: { name: '  ' } })).toBe('design-x-post.png');
  });

  it('cannot escape the folder or hide the file', () => {
    expect(fileNameFor('../../etc/{name}', { ...ctx, design: { name: 'passwd' } })).toBe('etc-passwd.png');
    expect(fileNameFor('{name}', { ...ctx, design: { name: '..\\..\\x' } })).toBe('x.png');
    expect(fileNameFor('.{name}', { ...ctx, design: { name: 'hidden' } })).toBe('hidden.png');
    expect(fileNameFor('{name}', { ...ctx, ext: '../exe' })).toBe('Rent strike - day 1.exe');
  });

  it('leaves unknown tokens visible', () => {
    expect(fileNameFor('{name}-{date}', ctx)).toBe('Rent strike - day 1-{date}.png');
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
    ['tab\there\nnewline', 'tab here newline'],
    ['trailing dots...  ', 'trailing dots'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['', 'placard'],
    ['...', 'placard'],
    ['evil\u202Egnp.exe', 'evilgnp.exe'],
    ['Huelga de inquilinos — ¡ya!', 'Huelga de inquilinos — ¡ya!'],
    ['Portada de evento: manifestación', 'Portada de evento - manifestación'],
    ['Rally / March', 'Rally - March'],
    ['10:30 am', '10-30 am'],
    ['Rally:', 'Rally-'],
    ['Who? Us!', 'Who - Us!'],
  ])('%j -> %j', (raw, safe) => {
    expect(sanitizeFileName(raw)).toBe(safe);
  });

  it('caps the length', () => {
    expect(sanitizeFileName('x'.repeat(500))).toHaveLength(MAX_BASE_NAME_LENGTH);
  });
});

describe('altTextFileName', () => {
  it('puts .txt beside the image', () => {
    expect(altTextFileName('poster-x-post.png')).toBe('poster-x-post.txt');
    expect(altTextFileName('a.b.jpg')).toBe('a.b.txt');
    expect(altTextFileName('noext')).toBe('noext.txt');
  });
});
