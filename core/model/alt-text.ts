// The alt text a design carries in one language: the words written for it, else its pattern
// filled in from the text elements the pattern names ({headline} -> that element's words).
import type { Design, Language } from './schema';
import { textFor } from '../elements/text-content';
import { walkElements } from './tree';

const TOKEN = /\{([A-Za-z0-9_-]{1,128})\}/g;

/** Collapses runs of white space and drops separators left dangling by an empty token. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([.,:;!?¡¿—–-])(\s*[.,:;—–-])+/g, '$1')
    .replace(/^\s*[.,:;—–-]\s*/, '')
    .replace(/\s+([.,:;!?])/g, '$1')
    .trim();
}

const OPEN_END = '\u0000';

/** The pattern with each `{id}` replaced by that text element's words in `language` (unknown ids: nothing). */
export function fillAltPattern(pattern: string, design: Pick<Design, 'elements'>, language: Language): string {
  const texts = new Map<string, string>();
  for (const { element } of walkElements(design.elements)) if (element.type === 'text') texts.set(element.id, textFor(element, language).replaceAll(OPEN_END, '').trim());
  // A headline has no full stop of its own; read aloud before a new sentence, it needs one.
  const filled = pattern.replace(TOKEN, (_, id: string) => {
    const words = texts.get(id) ?? '';
    return words && !/[.!?:;,…"”'’)]$/u.test(words) ? words + OPEN_END : words;
  });
  return tidy(filled.replace(new RegExp(`${OPEN_END}(\\s+)(?=[\\p{Lu}¡¿"“])`, 'gu'), '.$1').replaceAll(OPEN_END, ''));
}

/** The ids a pattern names, in order, once each. */
export function altPatternTokens(pattern: string): string[] {
  return [...new Set(Array.from(pattern.matchAll(TOKEN), (m) => m[1]!))];
}

/** The alt text for `language`: written by hand when there is some, else from the pattern. */
export function altTextOf(design: Pick<Design, 'altText' | 'altPattern' | 'elements'>, language: Language): string {
  const own = design.altText[language]?.trim();
  if (own) return own;
  const pattern = design.altPattern?.[language];
  return pattern ? fillAltPattern(pattern, design, language) : '';
}
