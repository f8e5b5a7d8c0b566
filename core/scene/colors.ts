// Resolves a color value (literal or brand token) to a concrete color string.
import { ownValue } from '../model/own';
import type { ColorValue } from '../model/schema';

export type ColorResolver = (value: ColorValue) => string;

/** Without a brand kit, a token falls back to the color stored beside it. */
export const literalColors: ColorResolver = (value) => (typeof value === 'string' ? value : value.fallback);

export function makeColorResolver(palette: Readonly<Record<string, string>>): ColorResolver {
  return (value) => {
    if (typeof value === 'string') return value;
    const key = value.token.slice('brand.'.length);
    return ownValue(palette, key) ?? value.fallback;
  };
}
