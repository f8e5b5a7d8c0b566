// Noto Color Emoji for the browser. @fontsource ships each unicode-range chunk as woff2 and woff;
// Chromium's woff2 decoder turns some of these color chunks into blank glyphs (the woff of the
// same chunk draws fine), so we register the woff files ourselves with the package's ranges.
import stylesheet from '@fontsource/noto-color-emoji/400.css?raw';
import { parseFaceRules } from './face-rules';
import { addFace, urlSource } from './face-sources';

const woffUrls = import.meta.glob('../../node_modules/@fontsource/noto-color-emoji/files/noto-color-emoji-*[0-9]-400-normal.woff', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const EMOJI_FAMILY = 'Noto Color Emoji';

/** Chunk file stem -> unicode-range, read from the package's own stylesheet. */
export function emojiRanges(css: string): Map<string, string> {
  return new Map(parseFaceRules(css).map((rule) => [rule.file.replace(/\.woff2$/, ''), rule.unicodeRange]));
}

let registered = false;

/** Adds one FontFace per chunk (loaded on demand by the browser, like CSS faces). */
export function registerEmojiFaces(): number {
  if (registered) return 0;
  registered = true;
  let count = 0;
  for (const [stem, range] of emojiRanges(stylesheet)) {
    const url = Object.entries(woffUrls).find(([path]) => path.endsWith(`/${stem}.woff`))?.[1];
    if (!url) continue;
    addFace(EMOJI_FAMILY, urlSource(url, 'woff'), { unicodeRange: range, display: 'swap' });
    count++;
  }
  return count;
}
