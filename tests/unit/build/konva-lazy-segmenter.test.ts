// The build step that makes Konva's grapheme segmenter on first use (scripts/vite-konva-lazy-segmenter.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EAGER_SEGMENTER, lazySegmenterSource } from '../../../scripts/vite-konva-lazy-segmenter';

const konvaText = createRequire(import.meta.url).resolve('konva/lib/shapes/Text.js');

/** Runs the module's segmenter statement with an Intl whose Segmenter counts the ones made. */
function segmenterOf(source: string) {
  const statement = /const segmenter =[\s\S]*?: null;/.exec(source)![0];
  const made = { count: 0 };
  class CountingSegmenter extends Intl.Segmenter {
    constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
      super(...args);
      made.count++;
    }
  }
  const segmenter = new Function('Intl', `${statement} return segmenter;`)({ Segmenter: CountingSegmenter }) as { segment(text: string): Iterable<{ segment: string }> } | null;
  return { segmenter, made };
}

describe('Konva with a lazy grapheme segmenter', () => {
  const source = readFileSync(konvaText, 'utf8');

  it('the installed Konva makes its segmenter as the module loads (what the build step replaces)', () => {
    expect(source.replace(/\r\n/g, '\n')).toContain(EAGER_SEGMENTER);
    expect(segmenterOf(source).made.count).toBe(1);
  });

  it('after the build step, no segmenter is made until text is segmented, then one, which splits as Intl does', () => {
    const lazy = lazySegmenterSource(source, konvaText);
    const { segmenter, made } = segmenterOf(lazy);
    expect(made.count).toBe(0);
    // Konva falls back to a regular expression when the segmenter is falsy: it must stay truthy.
    expect(segmenter).toBeTruthy();
    const text = 'Sí 🇲🇽 👩🏽‍⚕️ e\u0301';
    const split = (s: { segment(t: string): Iterable<{ segment: string }> }) => Array.from(s.segment(text), (x) => x.segment);
    expect(split(segmenter!)).toEqual(split(new Intl.Segmenter(undefined, { granularity: 'grapheme' })));
    split(segmenter!);
    expect(made.count).toBe(1);
  });

  it('only the segmenter statement changes, line for line', () => {
    const lazy = lazySegmenterSource(source, konvaText);
    expect(lazy.split('\n')).toHaveLength(source.replace(/\r\n/g, '\n').split('\n').length);
    expect(lazy.replace(/const segmenter =[\s\S]*?: null;/, '')).toBe(source.replace(/\r\n/g, '\n').replace(/const segmenter =[\s\S]*?: null;/, ''));
  });

  it('fails the build, naming the file, when a Konva update changes the statement', () => {
    expect(() => lazySegmenterSource(source.replace("granularity: 'grapheme'", "granularity: 'word'"), '/x/konva/lib/shapes/Text.js')).toThrow(/\/x\/konva\/lib\/shapes\/Text\.js: Konva's grapheme segmenter is no longer made/);
  });
});
