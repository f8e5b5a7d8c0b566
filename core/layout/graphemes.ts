// User-perceived characters (an emoji or an accented letter is one), through one Intl.Segmenter
// made on first use: creating it loads ICU data (tens of milliseconds), which start-up should not
// pay when the first screen has no text.
let segmenter: Intl.Segmenter | null | undefined;

/** The shared grapheme segmenter, or null where Intl has none. */
export function graphemeSegmenter(): Intl.Segmenter | null {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

/** User-perceived characters, so an accented letter or an emoji is never split. */
export function graphemes(text: string): string[] {
  // Printable ASCII is one grapheme per code unit: no need to segment (most captions).
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  const s = graphemeSegmenter();
  return s ? Array.from(s.segment(text), (x) => x.segment) : Array.from(text);
}
