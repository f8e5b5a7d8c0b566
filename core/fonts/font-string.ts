// The one builder of CSS font strings: the style words Konva takes, the fallback chain every text
// draws with, and the font shorthand measuring and font loading use.

/** "normal", "bold", "italic" or "italic bold", as Konva's fontStyle and the CSS shorthand take it. */
export function fontStyleOf(el: { fontWeight: 'normal' | 'bold'; italic: boolean }): string {
  const parts = [el.italic ? 'italic' : '', el.fontWeight === 'bold' ? 'bold' : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : 'normal';
}

const TEXT_FALLBACKS = '"Noto Sans Arabic", "Noto Sans Hebrew"';
/** The color emoji family, last before the generic family in every chain. */
export const EMOJI_FALLBACK = '"Noto Color Emoji"';

/** The fallback chain keeps text readable while a font loads or if it failed to load. */
export function fontFamilyOf(family: string): string {
  return `${family}, ${TEXT_FALLBACKS}, ${EMOJI_FALLBACK}, sans-serif`;
}

/**
 * The chain without its emoji family: the faces that draw ASCII. The emoji faces also cover 0-9, #
 * and * (pieces of keycaps), but the Arabic and Hebrew fallbacks' Latin faces come before them and
 * draw every ASCII character, so ASCII never needs an emoji face loaded.
 */
export function textFamiliesOf(family: string): string {
  return `${family}, ${TEXT_FALLBACKS}, sans-serif`;
}

export interface CssFontSpec {
  family: string;
  size: number;
  weight: 'normal' | 'bold';
  italic: boolean;
}

// Quoted lists by list, as text fitting and drawing ask for the same few lists thousands of times.
const quoted = new Map<string, string>();

/** A family list as Konva writes it into a CSS font: a name with a space and no quotes gets double quotes. */
export function quotedFamilies(list: string): string {
  let families = quoted.get(list);
  if (families === undefined) {
    families = list
      .split(',')
      .map((f) => {
        const name = f.trim();
        return name.includes(' ') && !/["']/.test(name) ? `"${name}"` : name;
      })
      .join(', ');
    if (quoted.size >= 256) quoted.clear();
    quoted.set(list, families);
  }
  return families;
}

/** A CSS font shorthand the way Konva builds it: style, variant, size, quoted family list. */
export function cssFont(font: CssFontSpec, familyList: (family: string) => string = (f) => `${f}, sans-serif`): string {
  const style = fontStyleOf({ fontWeight: font.weight, italic: font.italic });
  return `${style} normal ${font.size}px ${quotedFamilies(familyList(font.family))}`;
}
