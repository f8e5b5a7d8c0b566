// Brand tokens in the shared scene mapping: font tokens and color tokens follow the kit given.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_KIT, createBrandKit, paletteOf, resolveFontFamily } from '../../../../core/brand';
import { createTextElement } from '../../../../core/model';
import { literalColors, makeColorResolver, textAttrs, type SceneContext } from '../../../../core/scene';

const el = createTextElement({ x: 0, y: 0, width: 300, height: 100, text: 'Hi', fontFamily: 'brand.heading', fill: { token: 'brand.primary', fallback: '#C8102E' } });

function ctx(kit = DEFAULT_BRAND_KIT): SceneContext {
  return { language: 'en', color: makeColorResolver(paletteOf(kit)), fontFamily: (f) => resolveFontFamily(f, kit), images: new Map(), assets: {} };
}

describe('scene brand tokens', () => {
  it('draws "brand.heading" with the kit heading font and token colors with the kit palette', () => {
    const attrs = textAttrs(el, ctx());
    expect(attrs.fontFamily).toMatch(/^Anton,/);
    expect(attrs.fill).toBe('#C8102E');
  });

  it('follows another kit', () => {
    const kit = { ...createBrandKit('Green'), fonts: { heading: 'Oswald', body: 'Inter' }, colors: { ...DEFAULT_BRAND_KIT.colors, primary: '#00AA55' } };
    const attrs = textAttrs(el, ctx(kit));
    expect(attrs.fontFamily).toMatch(/^Oswald,/);
    expect(attrs.fill).toBe('#00AA55');
  });

  it('without a resolver the stored family is used as is (literal fonts keep working)', () => {
    const attrs = textAttrs({ ...el, fontFamily: 'Inter' }, { language: 'en', color: literalColors, images: new Map(), assets: {} });
    expect(attrs.fontFamily).toMatch(/^Inter,/);
  });
});
