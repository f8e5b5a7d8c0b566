import { describe, expect, it } from 'vitest';
import { createDesign, createTextElement } from '../../../../core/model';
import { documentFonts, fontFileNameFor, rememberFontFile } from '../../../../renderer/fonts/user-fonts';

// Mirrors renderer/fonts/user-fonts familyFromFileName for ASCII names: "_" and spaces are one space.
const familyOf = (fileName: string) => fileName.replace(/\.[A-Za-z0-9]{2,5}$/, '').replace(/[_\s]+/g, ' ').trim();

describe('document fonts', () => {
  it('names font files so the family survives the round trip, or not at all', () => {
    expect(fontFileNameFor('Union Sans', 'ttf', familyOf)).toBe('Union_Sans.ttf');
    expect(fontFileNameFor('Ünion', 'ttf', familyOf)).toBeNull();
    expect(fontFileNameFor('Union Sans (imported)', 'woff2', familyOf)).toBeNull();
  });

  it('carries only imported fonts the design text uses', () => {
    rememberFontFile('Union Sans', 'UnionSans.ttf', new Uint8Array([1, 2, 3]));
    rememberFontFile('Unused Face', 'Unused.otf', new Uint8Array([4]));
    const design = createDesign({ name: 'x', width: 100, height: 100 });
    design.elements.push(createTextElement({ id: 'a', x: 0, y: 0, width: 10, height: 10, text: 'a', fontFamily: 'Union Sans' }));
    design.elements.push(createTextElement({ id: 'b', x: 0, y: 0, width: 10, height: 10, text: 'b', fontFamily: 'Inter' }));
    expect(documentFonts(design, familyOf)).toEqual({ 'Union_Sans.ttf': new Uint8Array([1, 2, 3]) });
  });
});

describe('font file names that travel', () => {
  it('never names a font file after a Windows device (a pack reader would refuse it)', async () => {
    const { fontFileNameFor, familyFromFileName } = await import('../../../../renderer/fonts/user-fonts');
    expect(fontFileNameFor('Con', 'ttf', familyFromFileName)).toBeNull();
    expect(fontFileNameFor('Aux', 'woff2', familyFromFileName)).toBeNull();
    expect(fontFileNameFor('Condensed Sans', 'ttf', familyFromFileName)).toBe('Condensed_Sans.ttf');
  });
});
