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

  it('breaks exactly where a character-by-character search breaks, on random texts and widths', () => {
    // The reference: the longest prefix of graphemes that fits, then back to the last space or
    // dash inside it (Konva's rule), as wrapText did before it searched over break points.
    const reference = (text: string, maxWidth: number, m: Measure): string[] => {
      const out: string[] = [];
      const gs = [...text];
      let start = 0;
      while (start < gs.length) {
        let low = start;
        while (low < gs.length && m(gs.slice(start, low + 1).join(''), font(10)) <= maxWidth) low++;
        if (low === gs.length) {
          out.push(gs.slice(start).join(''));
          break;
        }
        let end = low;
        if (end === start) end = start + 1;
        else if (gs[end] !== ' ' && gs[end] !== '-') {
          let b = end - 1;
          while (b >= start && gs[b] !== ' ' && gs[b] !== '-') b--;
          if (b >= start) end = b + 1;
        }
        out.push(gs.slice(start, end).join('').trimEnd());
        start = end;
        while (start < gs.length && gs[start] === ' ') start++;
      }
      return out;
    };
    // Widths that vary by letter, so breaks fall in different places.
    const widthOf = (s: string) => [...s].reduce((w, c) => w + (c === ' ' ? 4 : c === '-' ? 5 : 6 + (c.charCodeAt(0) % 7)), 0);
    const m: Measure = (s) => widthOf(s);
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const words = ['a', 'we', 'won', 'fair', 'contract', 'raises', 'paid-leave', 'extraordinarily', 'x', 'union', 'day-by-day', 'solidarity'];
    for (let n = 0; n < 400; n++) {
      const count = 1 + Math.floor(rnd() * 18);
      const text = Array.from({ length: count }, () => words[Math.floor(rnd() * words.length)]).join(rnd() < 0.2 ? '  ' : ' ');
      const width = 20 + Math.floor(rnd() * 260);
      expect(wrapText(text, width, font(10), m).map((l) => l.text), `${JSON.stringify(text)} at ${width}`).toEqual(reference(text, width, m));
    }
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

  it('keeps widths apart for fonts that differ in any one part, and stays right when its cache fills up', () => {
    const calls: string[] = [];
    // A width that depends on every part of the font, so a mix-up shows.
    const ctx = {
      font: '',
      fontKerning: 'auto',
      measureText(text: string) {
        calls.push(`${this.font}|${text}`);
        return { width: text.length * (this.font.length % 97) };
      },
    };
    const measure = createContextMeasurer(ctx, (f) => `${f}, sans-serif`, 5);
    const base: FontSpec = { family: 'Inter', size: 10, weight: 'normal', italic: false, letterSpacing: 0 };
    const variants: FontSpec[] = [
      base,
      { ...base, weight: 'bold' },
      { ...base, italic: true },
      { ...base, weight: 'bold', italic: true },
      { ...base, size: 10.25 },
      { ...base, size: 10.5, weight: 'bold' },
      { ...base, letterSpacing: 1 },
      { ...base, family: 'Anton' },
    ];
    const expected = variants.map((f) => 'vote'.length * (cssFont(f, (x) => `${x}, sans-serif`).length % 97) + f.letterSpacing * 4);
    // Each is measured for itself: none is answered with another's width.
    expect(variants.map((f) => measure('vote', f))).toEqual(expected);
    expect(calls).toHaveLength(variants.length);
    // Asked again at once, the last is answered from the cache.
    expect(measure('vote', variants.at(-1)!)).toBe(expected.at(-1));
    expect(calls).toHaveLength(variants.length);
    // The cache holds 5 widths at most: all eight again are measured again where it was cleared,
    // and never mixed up.
    expect(variants.map((f) => measure('vote', f))).toEqual(expected);
    expect(calls.length).toBeGreaterThan(variants.length);
  });
});

describe('the fast search finds exactly what an exhaustive one finds', () => {
  // Widths that are monotone in length but uneven per character, like a real font with kerning.
  const uneven: Measure = (text, font) => {
    let w = 0;
    for (const ch of text) w += (ch === ' ' ? 0.3 : ch === 'm' || ch === 'w' ? 0.9 : ch === 'i' || ch === 'l' ? 0.25 : 0.55) * font.size + font.letterSpacing;
    return w;
  };
  /** Longest prefix that fits, found by trying every end in turn. */
  const linearLines = (text: string, maxWidth: number, f: FontSpec): string[] => {
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      if (uneven(paragraph, f) <= maxWidth + 0.01) {
        out.push(paragraph);
        continue;
      }
      const gs = Array.from(paragraph);
      let start = 0;
      while (start < gs.length) {
        let low = start;
        while (low < gs.length && uneven(gs.slice(start, low + 1).join(''), f) <= maxWidth + 0.01) low++;
        if (low === gs.length) {
          out.push(gs.slice(start).join(''));
          break;
        }
        let end = low === start ? start + 1 : low;
        if (low > start && gs[end] !== ' ' && gs[end] !== '-') {
          let b = end - 1;
          while (b >= start && gs[b] !== ' ' && gs[b] !== '-') b--;
          if (b >= start) end = b + 1;
        }
        out.push(gs.slice(start, end).join('').trimEnd());
        start = end;
        while (start < gs.length && gs[start]!.trim() === '') start++;
      }
    }
    return out;
  };
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const words = ['we', 'won', 'a', 'fair', 'contract', 'rent', 'strike', 'solidarity', 'huelga', 'mmmmmmmmmmmm', 'illiterate', 'sí-se-puede'];
  const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(random() < 0.1 ? '\n' : ' ');

  it('wraps 300 random texts into the same lines as a linear scan', () => {
    for (let i = 0; i < 300; i++) {
      const text = sentence(1 + Math.floor(random() * 80));
      const width = 40 + random() * 600;
      const f = font(8 + Math.floor(random() * 60));
      expect(wrapText(text, width, f, uneven).map((l) => l.text), `${width} ${text}`).toEqual(linearLines(text, width, f));
    }
  });

  it('shrinks 150 random texts to the same size as trying every size from the largest down', () => {
    for (let i = 0; i < 150; i++) {
      const text = sentence(1 + Math.floor(random() * 120));
      const box = { width: 80 + random() * 900, height: 30 + random() * 600 };
      const input = { text, box, font: font(12 + Math.floor(random() * 110)), lineHeight: 1 + random() * 0.5, mode: 'shrink' as const };
      const fast = fitText(input, uneven);
      let expected: number | null = null;
      for (const strict of [true, false]) {
        for (let size = input.font.size; size >= 8 && expected === null; size -= 0.5) {
          const lines = wrapText(text, box.width, { ...input.font, size }, uneven);
          const fitsWidth = lines.every((l) => l.width <= box.width + 0.01);
          const fitsHeight = blockHeight(lines.length, size, input.lineHeight) <= box.height + 0.01;
          if (fitsWidth && fitsHeight && (!strict || lines.every((l) => !l.brokeWord))) expected = size;
        }
        if (expected !== null) break;
      }
      expect(fast.fontSize, `${JSON.stringify(box)} ${text}`).toBe(expected ?? 8);
    }
  });
});

describe('fitText: hints and probes change the work, never the answer', () => {
  // Proportional widths, so sizes matter the way they do with a real font.
  const measure: Measure = (text, font) => Array.from(text).reduce((w, ch) => w + (ch === ' ' ? 0.3 : /[A-Z]/.test(ch) ? 0.72 : 0.55), 0) * font.size;
  const words = 'Home care workers win raises paid sick days and a voice on the job after a two year fight'.split(' ');

  it('gives the size a cold search gives, whatever size it is hinted to start from, as the text grows', () => {
    let previous: number | undefined;
    let calls = 0;
    let hintedCalls = 0;
    const counting = (counter: () => void): Measure => (text, font) => (counter(), measure(text, font));
    for (let n = 1; n <= 60; n++) {
      const text = Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');
      const input = { text, box: { width: 1040, height: 236 }, font: { family: 'Anton', size: 112, weight: 'normal' as const, italic: false, letterSpacing: 0 }, lineHeight: 1.1, mode: 'shrink' as const };
      const cold = fitText(input, counting(() => calls++));
      for (const hint of [8, 20, 57.5, 111.5, 112, 500, Number.NaN]) expect(fitText({ ...input, hint }, measure), `${n} words, hint ${hint}`).toEqual(cold);
      const warm = fitText({ ...input, ...(previous !== undefined ? { hint: previous } : {}) }, counting(() => hintedCalls++));
      expect(warm).toEqual(cold);
      previous = warm.fontSize;
    }
    // Starting from the last keystroke's size measures less than starting cold.
    expect(hintedCalls).toBeLessThan(calls);
  });
});
