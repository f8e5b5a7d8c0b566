// Konva's Text module makes an Intl.Segmenter as it loads, and the first one a renderer process
// makes costs it 5-9 ms (ICU loads its break rules) inside the first screen's only long task, for
// a segmenter used only when a line wraps or letters are spaced. This build step makes it on that
// first use instead. Konva has no option for it, so its module's source is rewritten; the build
// fails, naming the file, if a Konva update changes the statement.
import type { Plugin } from 'vite';

const KONVA_TEXT = /[\\/]konva[\\/]lib[\\/]shapes[\\/]Text\.js$/;

export const EAGER_SEGMENTER = `const segmenter = typeof Intl !== 'undefined' && Intl.Segmenter
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;`;

// The same truthiness (Konva tests `!segmenter` for its fallback) and the same segment() call.
const LAZY_SEGMENTER = `const segmenter = typeof Intl !== 'undefined' && Intl.Segmenter
    ? { made: null, segment(text) { return (this.made ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text); } }
    : null;`;

/** Konva's Text module with its segmenter made on first use; throws if the module has changed. */
export function lazySegmenterSource(code: string, file: string): string {
  const normalized = code.replace(/\r\n/g, '\n');
  if (!normalized.includes(EAGER_SEGMENTER)) {
    throw new Error(`${file}: Konva's grapheme segmenter is no longer made as scripts/vite-konva-lazy-segmenter.ts expects; review that step for this Konva version`);
  }
  return normalized.replace(EAGER_SEGMENTER, LAZY_SEGMENTER);
}

export function konvaLazySegmenter(): Plugin {
  return {
    name: 'placard-konva-lazy-segmenter',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!KONVA_TEXT.test(file)) return null;
      return { code: lazySegmenterSource(code, file), map: null };
    },
  };
}
