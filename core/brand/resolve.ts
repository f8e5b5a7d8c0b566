// Resolving brand tokens to concrete values, and applying a kit's text styles to elements.
import type { ColorValue, TextElement } from '../model/schema';
import { DEFAULT_BRAND_KIT } from './default-kit';
import { ownValue } from '../model/own';
import { FONT_ROLES, type BrandKit, type FontRole, type TextStyle, type TextStyleName } from './schema';

const COLOR_TOKEN = /^brand\.([A-Za-z0-9_-]+)$/;

/** The color name a token points at ("brand.primary" -> "primary"), or null for a malformed token. */
export function tokenName(token: string): string | null {
  return COLOR_TOKEN.exec(token)?.[1] ?? null;
}

/**
 * A concrete color for a color value: literals pass through; a token takes the kit's color,
 * else its stored fallback (a kit without that name, or no kit at all).
 */
export function resolveColor(value: ColorValue, kit: BrandKit | null | undefined): string {
  if (typeof value === 'string') return value;
  const name = tokenName(value.token);
  return (kit && name !== null ? ownValue(kit.colors, name) : undefined) ?? value.fallback;
}

/** The kit's colors keyed by token suffix, the shape core/scene's makeColorResolver takes. */
export function paletteOf(kit: BrandKit): Record<string, string> {
  return { ...kit.colors };
}

/** A color token for one of the kit's colors, with the kit's current value as fallback. */
export function colorToken(kit: BrandKit, name: string): ColorValue {
  const value = ownValue(kit.colors, name);
  if (value === undefined) throw new Error(`brand kit "${kit.id}" has no color "${name}"`);
  return { token: `brand.${name}`, fallback: value };
}

export function isFontToken(family: string): family is `brand.${FontRole}` {
  return (FONT_ROLES as readonly string[]).some((role) => family === `brand.${role}`);
}

/**
 * The real family for a stored one: "brand.heading"/"brand.body" go through the kit (the
 * Placard default kit when the design has none); any other name is already literal.
 */
export function resolveFontFamily(family: string, kit: BrandKit | null | undefined): string {
  if (!isFontToken(family)) return family;
  const role = family.slice('brand.'.length) as FontRole;
  return (kit ?? DEFAULT_BRAND_KIT).fonts[role];
}

export type TextStyleProps = Pick<TextElement, 'fontFamily' | 'fontSize' | 'fontWeight' | 'fill' | 'uppercase' | 'letterSpacing' | 'lineHeight'>;

/** The element properties a text style sets. Tokens stay tokens so the element keeps re-theming. */
export function textStyleProps(style: TextStyle): TextStyleProps {
  return {
    fontFamily: style.fontFamily,
    fontSize: style.fontSize,
    fontWeight: style.fontWeight,
    fill: typeof style.fill === 'string' ? style.fill : { ...style.fill },
    uppercase: style.uppercase,
    letterSpacing: style.letterSpacing,
    lineHeight: style.lineHeight,
  };
}

/**
 * A copy of `el` styled with one of the kit's text styles. `keepSize` leaves the element's
 * font size alone, for styling a box that is already laid out.
 */
export function applyTextStyle(el: TextElement, kit: BrandKit, styleName: TextStyleName, options: { keepSize?: boolean } = {}): TextElement {
  const props = textStyleProps(kit.textStyles[styleName]);
  if (options.keepSize) props.fontSize = el.fontSize;
  return { ...el, ...props };
}
