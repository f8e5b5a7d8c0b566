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

/** Whether the element has words in any language (its base text or a variant that is not blank). */
export function hasWords(element: Pick<TextContent, 'text' | 'variants'>): boolean {
  return element.text.trim() !== '' || Object.values(element.variants).some((v) => !!v?.trim());
}

/** The text a text element shows in `language`, capitalised as drawn. */
export function displayText(el: TextContent, language: Language): string {
  const text = textFor(el, language);
  return el.uppercase ? text.toLocaleUpperCase(language) : text;
}
