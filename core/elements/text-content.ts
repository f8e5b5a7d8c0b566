// What a text element shows in a language: its variant if present, else the base text, and
// capitalised as drawn. Measured, drawn and listed the same everywhere.
import type { Language } from '../model/primitives';

interface TextContent {
  text: string;
  variants: Partial<Record<Language, string>>;
  uppercase: boolean;
}

/** The text for the design's language: its variant if present, else the base text. */
export function textFor(element: Pick<TextContent, 'text' | 'variants'>, language: Language): string {
  return element.variants[language] ?? element.text;
}

/** The text a text element shows in `language`, capitalised as drawn. */
export function displayText(el: TextContent, language: Language): string {
  const text = textFor(el, language);
  return el.uppercase ? text.toLocaleUpperCase(language) : text;
}
