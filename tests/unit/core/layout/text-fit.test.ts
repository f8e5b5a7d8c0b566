import { describe, expect, it } from 'vitest';
import { applyTextFit, blockHeight, createContextMeasurer, cssFont, fitText, fitTextElement, wrapText, type FontSpec, type Measure } from '../../../../core/layout/text-fit';
import { createDesign, createTextElement } from '../../../../core/model';

/** Every grapheme is 0.6 x size wide, plus letter spacing: easy to reason about by hand. */
const fake: Measure = (text, font) => Array.from(text).length * (font.size * 0.6 + font.letterSpacing);
const font = (size: number, letterSpacing = 0): FontSpec => ({ family: 'Test', size, weight: 'normal', italic: false, letterSpacing });

describe('wrapText', () => {
  it('keeps a paragraph that fits untouched', () => {
    // 5 chars x 6 px = 30 px
    expect(wrapText('a b c', 30, font(10), fake).map((l) => l.text)).toEqual(['a b c']);
  });

  it('breaks after the last space that fits and drops the spaces at the break', () => {
    // 6 px per char, 60 px = 10 chars per line
    const lines = wrapText('hello world again', 60, font(10), fake);
    expect(lines.map((l) => l.text)).toEqual(['hello', 'world', 'again']);
    expect(lines.every((l) => !l.brokeWord)).toBe(true);
    expect(lines[0]!.width).toBe(30);
  });

  it('packs as many words as fit on a line', () => {
    expect(wrapText('aa bb cc dd ee', 48, font(10), fake).map((l) => l.text)).toEqual(['aa bb cc', 'dd ee']);
  });

  it('breaks after a dash like Konva', () => {
    expect(wrapText('well-known fact', 36, font(10), fake).map((l) => l.text)).toEqual(['well-', 'known', 'fact']);
  });

  it('breaks a word longer than the line between characters and flags it', () => {
    const lines = wrapText('abcdefghij', 24, font(10), fake);
    expect(lines.map((l) => l.text)).toEqual(['abcd', 'efgh', 'ij']);
    expect(lines.map((l) => l.brokeWord)).toEqual([true, true, false]);
  });

  it('keeps explicit newlines and empty paragraphs', () => {
    expect(wrapText('one\n\ntwo', 100, font(10), fake).map((l) => l.text)).toEqual(['one', '', 'two']);
  });

  it('never splits an accented letter or emoji built from several code points', () => {
    const decomposed = 'cafe\u0301 cafe\u0301';
    const measure: Measure = (text) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length * 10;
    const lines = wrapText(decomposed, 40, font(10), measure);
    expect(lines.map((l) => l.text)).toEqual(['cafe\u0301', 'cafe\u0301']);
  });

  it('places a character wider than the line on its own line and reports it as too wide', () => {
    const lines = wrapText('ab', 3, font(10), fake);
    expect(lines.map((l) => l.text)).toEqual(['a', 'b']);
    expect(lines[0]!.width).toBeGreaterThan(3);
  });

  it('counts letter spacing through the measurer', () => {
    // (6 + 4) px per char: 50 px holds 5 chars
    expect(wrapText('abc def', 50, font(10, 4), fake).map((l) => l.text)).toEqual(['abc', 'def']);
  });
});

describe('fitText shrink', () => {
  const base = { box: { width: 300, height: 100 }, lineHeight: 1, mode: 'shrink' as const };

  it('keeps the element size when the text already fits', () => {
    const r = fitText({ ...base, text: 'short', font: font(40) }, fake);
    expect(r).toMatchObject({ fontSize: 40, overflow: false });
    expect(r.lines.map((l) => l.text)).toEqual(['short']);
  });

  it('finds the largest size whose lines fit both width and height', () => {
    const r = fitText({ ...base, text: 'the rent is too damn high', font: font(80) }, fake);
    expect(r.overflow).toBe(false);
    expect(r.height).toBeLessThanOrEqual(100);
    expect(r.lines.every((l) => l.width <= 300)).toBe(true);
    // The next half step up must not fit, or the search stopped early.
    const bigger = fitText({ ...base, text: 'the rent is too damn high', font: font(r.fontSize + 0.5), mode: 'none' }, fake);
    expect(bigger.overflow || bigger.lines.some((l) => l.brokeWord)).toBe(true);
    expect(r.fontSize % 0.5).toBe(0);
  });

  it('uses whole-number sizes with step 1', () => {
    const r = fitText({ ...base, text: 'the rent is too damn high', font: font(80), step: 1 }, fake);
    expect(Number.isInteger(r.fontSize)).toBe(true);
  });

  it('prefers a size at which no word is broken', () => {
    // "solidarity" (10 chars) fits the 300 px width only at size <= 50.
    const r = fitText({ ...base, box: { width: 300, height: 400 }, text: 'solidarity', font: font(120) }, fake);
    expect(r.fontSize).toBe(50);
    expect(r.lines).toHaveLength(1);
  });

  it('gives minSize and overflow when nothing fits', () => {
    const r = fitText({ ...base, box: { width: 50, height: 10 }, text: 'far too much text for this box', font: font(40), minSize: 12 }, fake);
    expect(r).toMatchObject({ fontSize: 12, overflow: true });
  });

  it('never grows past maxSize or the element size', () => {
    expect(fitText({ ...base, text: 'a', font: font(30) }, fake).fontSize).toBe(30);
    expect(fitText({ ...base, text: 'a', font: font(30), maxSize: 20 }, fake).fontSize).toBe(20);
  });

  it('re-wraps as it shrinks', () => {
    const r = fitText({ ...base, box: { width: 200, height: 120 }, text: 'we build the table together', font: font(60) }, fake);
    expect(r.lines.length).toBeGreaterThan(1);
    expect(r.lines.map((l) => l.text).join(' ')).toBe('we build the table together');
  });
});

describe('fitText grow and none', () => {
  it('grow keeps the size and reports the height the box needs', () => {
    const r = fitText({ text: 'one two three four', box: { width: 60, height: 10 }, font: font(10), lineHeight: 1.5, mode: 'grow' }, fake);
    expect(r.fontSize).toBe(10);
    expect(r.lines.map((l) => l.text)).toEqual(['one two', 'three four']);
    expect(r.height).toBe(blockHeight(2, 10, 1.5));
    expect(r.overflow).toBe(false);
  });

  it('none reports overflow without changing anything', () => {
    const r = fitText({ text: 'one two three four', box: { width: 60, height: 10 }, font: font(10), lineHeight: 1, mode: 'none' }, fake);
    expect(r).toMatchObject({ fontSize: 10, overflow: true, height: 20 });
  });
});

describe('elements and designs', () => {
  const el = createTextElement({ x: 0, y: 0, width: 300, height: 100, text: 'hello there', variants: { es: 'hola a todas y todos' }, fontSize: 60, uppercase: true, fit: 'shrink' });

  it('fits the text of the requested language, capitalised as drawn', () => {
    const en = fitTextElement(el, { language: 'en', measure: fake });
    const es = fitTextElement(el, { language: 'es', measure: fake });
    expect(en.lines.map((l) => l.text).join(' ')).toBe('HELLO THERE');
    expect(es.lines.map((l) => l.text).join(' ')).toBe('HOLA A TODAS Y TODOS');
    expect(es.fontSize).toBeLessThan(en.fontSize);
  });

  it('resolves families before measuring', () => {
    const seen: string[] = [];
    fitTextElement({ ...el, fontFamily: 'brand.heading' }, { language: 'en', measure: (t, f) => (seen.push(f.family), fake(t, f)), resolveFamily: () => 'Anton' });
    expect(new Set(seen)).toEqual(new Set(['Anton']));
  });

  it('applyTextFit shrinks shrink elements, grows grow elements, leaves the rest', () => {
    const design = createDesign();
    const shrink = { ...el, id: 's', text: 'a long line of words to shrink', variants: {} };
    const grow = { ...el, id: 'g', fit: 'grow' as const, height: 10, fontSize: 20, text: 'grow me please now', variants: {} };
    const none = { ...el, id: 'n', fit: undefined, text: 'a long line of words that overflows', variants: {} };
    const out = applyTextFit({ ...design, elements: [shrink, grow, none] }, { language: 'en', measure: fake });
    const [s, g, n] = out.elements as (typeof el)[];
    expect(s!.fontSize).toBeLessThan(60);
    expect(g!.fontSize).toBe(20);
    expect(g!.height).toBeGreaterThan(10);
    expect(n).toBe(none);
    expect(design.elements).toEqual([]);
  });
});

describe('createContextMeasurer', () => {
  it('builds the font like Konva, turns kerning off for spaced letters and adds the spacing', () => {
    const calls: { font: string; kerning: string | undefined; text: string }[] = [];
    const ctx = {
      font: '',
      fontKerning: 'auto',
      measureText(text: string) {
        calls.push({ font: this.font, kerning: this.fontKerning, text });
        return { width: text.length * 10 };
      },
    };
    const measure = createContextMeasurer(ctx, (f) => `${f}, sans-serif`);
    expect(measure('abc', { family: 'Bebas Neue', size: 20, weight: 'bold', italic: true, letterSpacing: 2 })).toBe(36);
    expect(calls[0]).toEqual({ font: 'italic bold normal 20px "Bebas Neue", sans-serif', kerning: 'none', text: 'abc' });
    measure('abc', { family: 'Bebas Neue', size: 20, weight: 'bold', italic: true, letterSpacing: 2 });
    expect(calls).toHaveLength(1);
    measure('abc', font(20));
    expect(calls[1]!.kerning).toBe('auto');
    expect(cssFont(font(12))).toBe('normal normal 12px Test, sans-serif');
  });
});
