import { describe, expect, it } from 'vitest';
import {
  BrandKitError,
  DEFAULT_BRAND_KIT,
  addKit,
  applyTextStyle,
  colorToken,
  createBrandKit,
  duplicateBrandKit,
  kitFor,
  missingTokens,
  paletteOf,
  removeKit,
  removeKitColor,
  resolveColor,
  resolveDesignTokens,
  resolveFontFamily,
  rethemeDesign,
  setKitColor,
  updateKit,
  validateBrandKit,
  type BrandKit,
} from '../../../../core/brand';
import { createDesign, createShapeElement, createTextElement, migrate, type Design, type ShapeElement, type TextElement } from '../../../../core/model';
import { makeColorResolver } from '../../../../core/scene/colors';

const coalition: BrandKit = {
  ...structuredClone(DEFAULT_BRAND_KIT),
  id: 'coalition',
  name: 'Coalition',
  colors: { primary: '#0057B8', secondary: '#222222', accent: '#00A86B', dark: '#0A0A0A', light: '#F5F5F5' },
  fonts: { heading: 'Oswald', body: 'Roboto' },
};

function themedDesign(): Design {
  const design = createDesign();
  const title = createTextElement({ id: 'title', x: 0, y: 0, width: 500, height: 100, text: 'Hi', fontFamily: 'brand.heading', fill: colorToken(DEFAULT_BRAND_KIT, 'primary') });
  const literal = createTextElement({ id: 'lit', x: 0, y: 0, width: 500, height: 100, text: 'Hi', fontFamily: 'Bebas Neue', fill: '#123456' });
  const muted = createShapeElement({ id: 'box', x: 0, y: 0, width: 5, height: 5, shape: 'rect', fill: colorToken(DEFAULT_BRAND_KIT, 'muted') });
  const group = { id: 'g', type: 'group' as const, name: '', x: 0, y: 0, width: 0, height: 0, rotation: 0, opacity: 1, visible: true, locks: title.locks, children: [{ ...muted, id: 'inner', fill: colorToken(DEFAULT_BRAND_KIT, 'accent') }] };
  return { ...design, brandKitId: DEFAULT_BRAND_KIT.id, background: { color: colorToken(DEFAULT_BRAND_KIT, 'light') }, elements: [title, literal, muted, group] };
}

describe('token resolution', () => {
  it('resolves color tokens through the kit, else their fallback; literals pass through', () => {
    expect(resolveColor({ token: 'brand.primary', fallback: '#000000' }, coalition)).toBe('#0057B8');
    expect(resolveColor({ token: 'brand.muted', fallback: '#abcdef' }, coalition)).toBe('#abcdef');
    expect(resolveColor({ token: 'brand.primary', fallback: '#abcdef' }, null)).toBe('#abcdef');
    expect(resolveColor('#112233', coalition)).toBe('#112233');
  });

  it('gives core/scene a palette that resolves tokens the same way', () => {
    const color = makeColorResolver(paletteOf(coalition));
    expect(color({ token: 'brand.accent', fallback: '#000000' })).toBe('#00A86B');
    expect(color({ token: 'brand.nope', fallback: '#010101' })).toBe('#010101');
  });

  it('resolves font tokens through the kit, the default kit without one, and leaves names alone', () => {
    expect(resolveFontFamily('brand.heading', coalition)).toBe('Oswald');
    expect(resolveFontFamily('brand.body', coalition)).toBe('Roboto');
    expect(resolveFontFamily('brand.heading', null)).toBe(DEFAULT_BRAND_KIT.fonts.heading);
    expect(resolveFontFamily('Anton', coalition)).toBe('Anton');
    expect(resolveFontFamily('brand.other', coalition)).toBe('brand.other');
  });

  it('applies a text style, keeping tokens so the element re-themes later', () => {
    const el = createTextElement({ x: 0, y: 0, width: 10, height: 10, text: 'x', fontSize: 20 });
    const styled = applyTextStyle(el, DEFAULT_BRAND_KIT, 'headline');
    expect(styled).toMatchObject({ fontFamily: 'brand.heading', fontSize: 96, uppercase: true, fill: { token: 'brand.dark' } });
    expect(applyTextStyle(el, DEFAULT_BRAND_KIT, 'caption', { keepSize: true }).fontSize).toBe(20);
    expect(el.fontSize).toBe(20);
  });
});

describe('re-theming', () => {
  it('switches kit: token colors follow, literal colors and fonts stay, nested groups too', () => {
    const design = themedDesign();
    const out = rethemeDesign(design, coalition);
    expect(out.brandKitId).toBe('coalition');
    const [title, lit, box, group] = out.elements as [TextElement, TextElement, ShapeElement, { children: ShapeElement[] }];
    expect(title.fill).toEqual({ token: 'brand.primary', fallback: '#0057B8' });
    expect(lit.fill).toBe('#123456');
    expect(lit.fontFamily).toBe('Bebas Neue');
    // coalition has no "muted": keep the old fallback rather than invent a color
    expect(box.fill).toEqual({ token: 'brand.muted', fallback: DEFAULT_BRAND_KIT.colors.muted });
    expect(group.children[0]!.fill).toEqual({ token: 'brand.accent', fallback: '#00A86B' });
    expect(out.background.color).toEqual({ token: 'brand.light', fallback: '#F5F5F5' });
    expect(migrate(out).ok).toBe(true);
    // the input is not mutated
    expect((design.elements[0] as TextElement).fill).toEqual(colorToken(DEFAULT_BRAND_KIT, 'primary'));
  });

  it('switching back restores the original look', () => {
    const design = themedDesign();
    expect(rethemeDesign(rethemeDesign(design, coalition), DEFAULT_BRAND_KIT)).toEqual(design);
  });

  it('resolves every token to a literal for kit-unaware consumers', () => {
    const out = resolveDesignTokens(themedDesign(), coalition);
    const [title, , , group] = out.elements as [TextElement, TextElement, ShapeElement, { children: ShapeElement[] }];
    expect(title.fill).toBe('#0057B8');
    expect(title.fontFamily).toBe('Oswald');
    expect(group.children[0]!.fill).toBe('#00A86B');
    expect(out.background.color).toBe('#F5F5F5');
  });

  it('lists tokens a kit does not define', () => {
    expect(missingTokens(themedDesign(), coalition)).toEqual(['brand.muted']);
    expect(missingTokens(themedDesign(), DEFAULT_BRAND_KIT)).toEqual([]);
  });
});

describe('kit library', () => {
  it('the default kit is valid', () => {
    expect(validateBrandKit(DEFAULT_BRAND_KIT).ok).toBe(true);
  });

  it('rejects kits missing a required color, with bad colors, or tokens as colors', () => {
    const { primary: _p, ...noPrimary } = DEFAULT_BRAND_KIT.colors;
    const missing = validateBrandKit({ ...DEFAULT_BRAND_KIT, colors: noPrimary });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues.map((i) => i.message).join()).toMatch(/primary/);
    expect(validateBrandKit({ ...DEFAULT_BRAND_KIT, colors: { ...DEFAULT_BRAND_KIT.colors, accent: 'red' } }).ok).toBe(false);
    expect(validateBrandKit({ ...DEFAULT_BRAND_KIT, colors: { ...DEFAULT_BRAND_KIT.colors, 'bad name': '#fff' } }).ok).toBe(false);
    expect(validateBrandKit({ ...DEFAULT_BRAND_KIT, extra: 1 }).ok).toBe(false);
  });

  it('duplicates into an independent kit with a new id and name', () => {
    const copy = duplicateBrandKit(DEFAULT_BRAND_KIT);
    expect(copy.id).not.toBe(DEFAULT_BRAND_KIT.id);
    expect(copy.name).toBe('Placard copy');
    copy.colors.primary = '#000000';
    expect(DEFAULT_BRAND_KIT.colors.primary).toBe('#C8102E');
    expect(duplicateBrandKit(coalition, 'Partner kit').name).toBe('Partner kit');
  });

  it('creates, edits, and removes kits; the default kit is read-only', () => {
    const mine = createBrandKit('Local 1142');
    let kits = addKit([DEFAULT_BRAND_KIT], mine);
    expect(() => addKit(kits, mine)).toThrow(BrandKitError);
    const recolored = setKitColor(mine, 'primary', '#7a1fa2');
    kits = updateKit(kits, recolored);
    expect(kitFor(kits, mine.id).colors.primary).toBe('#7a1fa2');
    expect(() => setKitColor(mine, 'primary', 'purple')).toThrow(/invalid brand kit/);
    expect(() => removeKitColor(mine, 'dark')).toThrow(expect.objectContaining({ code: 'brand.required-color' }));
    expect(removeKitColor(mine, 'muted').colors).not.toHaveProperty('muted');
    expect(() => updateKit(kits, DEFAULT_BRAND_KIT)).toThrow(expect.objectContaining({ code: 'brand.default-kit-readonly' }));
    expect(() => removeKit(kits, DEFAULT_BRAND_KIT.id)).toThrow(expect.objectContaining({ code: 'brand.default-kit-readonly' }));
    expect(() => removeKit(kits, 'missing')).toThrow(expect.objectContaining({ code: 'brand.not-found' }));
    kits = removeKit(kits, mine.id);
    expect(kits.map((k) => k.id)).toEqual([DEFAULT_BRAND_KIT.id]);
    expect(kitFor(kits, mine.id)).toBe(DEFAULT_BRAND_KIT);
  });
});
