// Text fitting: word wrapping that follows Konva.Text's 'word' wrap, and the search for the font
// size at which a text fits its box ('shrink', the meme default) or the height a box needs to
// hold its text ('grow'). Pure: the caller injects how text is measured, so the same code runs
// with a browser canvas, @napi-rs/canvas in Node, or a deterministic fake in tests.
import type { Design, Element, Language, TextElement } from '../model/schema';
import { displayText } from '../elements/text-content';
import { cssFont } from '../fonts/font-string';
import { graphemes } from './graphemes';

export { cssFont } from '../fonts/font-string';

export type FitMode = 'shrink' | 'grow' | 'none';

export interface FontSpec {
  family: string;
  size: number;
  weight: 'normal' | 'bold';
  italic: boolean;
  /** Extra pixels after every grapheme, as Konva draws it (not scaled with the size). */
  letterSpacing: number;
}

/** Width in pixels of `text` drawn with `font`, letter spacing included. */
export type Measure = (text: string, font: FontSpec) => number;

export interface WrappedLine {
  text: string;
  width: number;
  /** The line ends inside a word because that word alone was wider than the box. */
  brokeWord: boolean;
}

export interface FitInput {
  text: string;
  box: { width: number; height: number };
  font: FontSpec;
  /** Multiple of the font size, as in Konva. */
  lineHeight: number;
  mode: FitMode;
  /** Smallest size 'shrink' may choose; default 8 (never above the element's size). */
  minSize?: number;
  /** Largest size 'shrink' may choose; default the font's size. */
  maxSize?: number;
  /** Size granularity for 'shrink': 1 or 0.5; default 0.5. */
  step?: number;
  /**
   * A size to try first ('shrink'), e.g. the size this text fitted at one keystroke ago: when it
   * still fits and one step up does not, it is the answer after two layouts. Only the order of
   * the search changes, never its result.
   */
  hint?: number;
}

export interface FitResult {
  fontSize: number;
  lines: WrappedLine[];
  /** Height of the wrapped block: lines x lineHeight x fontSize. For 'grow' the box needs this much. */
  height: number;
  /** True when the text does not fit the box (width or height) even after fitting. */
  overflow: boolean;
}

/** Sub-pixel slack so that float noise in measurement never flips a fit. */
const EPSILON = 0.01;
export const DEFAULT_MIN_FONT_SIZE = 8;

export { graphemes };

/** Paragraphs up to this many code units are first measured whole. */
const SHORT_PARAGRAPH = 80;

const isBreak = (g: string | undefined): boolean => g === ' ' || g === '-';
const isBlank = (g: string): boolean => g.trim() === '';

/** The index in the sorted `ends` (from `from` on) whose value is closest to `target`. */
function nearestIndex(ends: readonly number[], from: number, target: number): number {
  let i = from;
  while (i + 1 < ends.length && ends[i + 1]! <= target) i++;
  return i;
}

/**
 * Largest i in [lo, hi] with ok(i), assuming ok holds up to some point and not after; null when
 * ok(lo) fails. Gallops from `guess` (1, 2, 4, ... away) until bracketed, then bisects.
 */
function largestFitting(lo: number, hi: number, ok: (i: number) => boolean, guess: number): number | null {
  if (lo > hi) return null;
  const g = Math.min(hi, Math.max(lo, guess));
  let low: number;
  let high: number;
  if (ok(g)) {
    low = g;
    high = hi;
    for (let step = 1; low < hi; step *= 2) {
      const probe = Math.min(hi, g + step);
      if (!ok(probe)) {
        high = probe - 1;
        break;
      }
      low = probe;
    }
  } else {
    high = g - 1;
    low = lo - 1;
    for (let step = 1; high >= lo; step *= 2) {
      const probe = Math.max(lo, g - step);
      if (ok(probe)) {
        low = probe;
        break;
      }
      high = probe - 1;
      if (probe === lo) break;
    }
    if (low < lo) return null;
  }
  while (high - low > 0) {
    const mid = (low + high + 1) >>> 1;
    if (ok(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Wraps each paragraph (split on "\n") to `maxWidth`: a line ends after the last space or dash
 * that fits, and a word wider than the whole line is broken between characters. Like Konva,
 * a paragraph that fits is kept untouched, a wrapped line loses trailing spaces, and the next
 * line starts after the spaces of the break.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, measure: Measure, options: WrapOptions = {}): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const maxLines = options.maxLines ?? Infinity;
  for (const paragraph of text.split('\n')) {
    if (lines.length >= maxLines) break;
    // A short paragraph is measured whole first (it usually fits). A long one is not: shaping it
    // whole costs as much as the wrapping below, which keeps it untouched all the same if it fits.
    if (paragraph.length <= SHORT_PARAGRAPH) {
      const paragraphWidth = measure(paragraph, font);
      if (paragraphWidth <= maxWidth + EPSILON) {
        lines.push({ text: paragraph, width: paragraphWidth, brokeWord: false });
        continue;
      }
    }
    let gs = options.graphemes?.get(paragraph);
    if (!gs) {
      gs = graphemes(paragraph);
      options.graphemes?.set(paragraph, gs);
    }
    const slice = (from: number, to: number) => gs.slice(from, to).join('');
    // Where a line may end: before or after a space or dash, or at the paragraph's end. The
    // longest fitting prefix always ends at one of these unless a single word is wider than the
    // line, so the search runs over them first: a few measurements per line instead of one per
    // bisection step over characters (each a new string while the user types).
    const ends: number[] = [];
    for (let i = 1; i < gs.length; i++) if (isBreak(gs[i]) || isBreak(gs[i - 1])) ends.push(i);
    ends.push(gs.length);
    let start = 0;
    let previousLength = 0;
    let first = 0;
    while (start < gs.length) {
      const fits = (end: number) => end === start || measure(slice(start, end), font) <= maxWidth + EPSILON;
      while (first < ends.length && ends[first]! <= start) first++;
      const fitting = largestFitting(first, ends.length - 1, (i) => fits(ends[i]!), nearestIndex(ends, first, start + Math.max(1, previousLength)));
      if (fitting !== null) {
        const end = ends[fitting]!;
        previousLength = end - start;
        if (end === gs.length) {
          const rest = slice(start, end);
          lines.push({ text: rest, width: measure(rest, font), brokeWord: false });
          break;
        }
        const lineText = slice(start, end).trimEnd();
        lines.push({ text: lineText, width: measure(lineText, font), brokeWord: false });
        if (lines.length >= maxLines) break;
        start = end;
        while (start < gs.length && isBlank(gs[start]!)) start++;
        continue;
      }
      // No space or dash fits: the first word is wider than the line. Longest prefix by
      // graphemes, from the previous line's length (lines of one paragraph are alike).
      const low = largestFitting(start, gs.length, fits, start + Math.max(1, previousLength)) ?? start;
      previousLength = low - start;
      if (low === gs.length) {
        const rest = slice(start, low);
        lines.push({ text: rest, width: measure(rest, font), brokeWord: false });
        break;
      }
      let end = low;
      let brokeWord = false;
      if (end === start) {
        // Not even one character fits: place it anyway so wrapping always progresses;
        // the caller sees width > maxWidth and reports overflow.
        end = start + 1;
        brokeWord = true;
      } else if (!isBreak(gs[end])) {
        let breakAt = end - 1;
        while (breakAt >= start && !isBreak(gs[breakAt])) breakAt--;
        if (breakAt >= start) end = breakAt + 1;
        else brokeWord = true;
      }
      const lineText = slice(start, end).trimEnd();
      lines.push({ text: lineText, width: measure(lineText, font), brokeWord });
      if (lines.length >= maxLines) break;
      start = end;
      while (start < gs.length && isBlank(gs[start]!)) start++;
    }
  }
  return lines;
}

export interface WrapOptions {
  /** Stop after this many lines: a caller that only asks "does it fit?" needs no more. */
  maxLines?: number;
  /** Each paragraph split into graphemes once, when the same text is wrapped at several sizes. */
  graphemes?: Map<string, string[]>;
}

/** Height of `lineCount` lines, as Konva stacks them. */
export function blockHeight(lineCount: number, fontSize: number, lineHeight: number): number {
  return lineCount * lineHeight * fontSize;
}

interface Layout {
  lines: WrappedLine[];
  height: number;
  fitsWidth: boolean;
  fitsHeight: boolean;
  wholeWords: boolean;
}

/**
 * The text laid out at `size`. With `probe`, wrapping stops one line past what the box holds: the
 * layout then answers "does it fit?" truthfully (a cut-off layout never fits the height) and is
 * never drawn.
 */
function layoutAt(input: FitInput, size: number, measure: Measure, probe?: { graphemes: Map<string, string[]> }): Layout {
  const font = { ...input.font, size };
  const maxLines = probe ? Math.floor((input.box.height + EPSILON) / (input.lineHeight * size)) + 1 : undefined;
  const lines = wrapText(input.text, input.box.width, font, measure, probe ? { maxLines: Math.max(1, maxLines!), graphemes: probe.graphemes } : {});
  const height = blockHeight(lines.length, size, input.lineHeight);
  return {
    lines,
    height,
    fitsWidth: lines.every((l) => l.width <= input.box.width + EPSILON),
    fitsHeight: height <= input.box.height + EPSILON,
    wholeWords: lines.every((l) => !l.brokeWord),
  };
}

/**
 * Fits text to a box.
 * - 'shrink': the largest size in [minSize, maxSize] (steps of `step`) whose lines fit the box,
 *   preferring sizes at which no word has to be broken; if nothing fits, minSize with overflow.
 * - 'grow': keeps the size; `height` is what the box must grow to.
 * - 'none': keeps the size and only reports overflow.
 */
export function fitText(input: FitInput, measure: Measure): FitResult {
  const size = input.font.size;
  if (input.mode !== 'shrink') {
    const at = layoutAt(input, size, measure);
    const overflow = input.mode === 'grow' ? !at.fitsWidth : !(at.fitsWidth && at.fitsHeight);
    return { fontSize: size, lines: at.lines, height: at.height, overflow };
  }
  const step = input.step === 1 ? 1 : 0.5;
  const maxSize = Math.max(step, input.maxSize ?? size);
  const minSize = Math.min(maxSize, Math.max(step, input.minSize ?? Math.min(DEFAULT_MIN_FONT_SIZE, maxSize)));
  const sizeAt = (k: number) => Math.min(maxSize, minSize + k * step);
  const steps = Math.ceil((maxSize - minSize) / step - 1e-9);

  const strict = (l: Layout) => l.fitsWidth && l.fitsHeight && l.wholeWords;
  const loose = (l: Layout) => l.fitsWidth && l.fitsHeight;
  // Each size is laid out once, however many passes ask about it.
  const layouts = new Map<number, Layout>();
  const probe = { graphemes: new Map<string, string[]>() };
  const layoutOf = (k: number) => {
    let at = layouts.get(k);
    if (!at) layouts.set(k, (at = layoutAt(input, sizeAt(k), measure, probe)));
    return at;
  };
  // Where to start looking: the size at which the text's area fills the box (widths grow in
  // proportion to the size). Only a starting point; the search below still finds the exact size.
  // Measured only when needed: a hint that holds answers without it.
  let guessed: number | undefined;
  const guess = () => (guessed ??= estimateStep());
  const estimateStep = () => {
    const fullWidth = input.text.split('\n').reduce((sum, p) => sum + measure(p, { ...input.font, size: maxSize }), 0);
    const estimate = fullWidth > 0 ? Math.sqrt((input.box.width * input.box.height * maxSize) / (fullWidth * input.lineHeight)) * 0.95 : maxSize;
    return Math.max(0, Math.min(steps, Math.floor((estimate - minSize) / step)));
  };
  const hinted = input.hint !== undefined && Number.isFinite(input.hint) ? Math.max(0, Math.min(steps, Math.round((input.hint - minSize) / step))) : undefined;
  for (const accept of [strict, loose]) {
    const found = largestAccepted(steps, (k) => accept(layoutOf(k)), guess, hinted);
    if (found !== null) {
      const fontSize = sizeAt(found);
      const at = layoutOf(found);
      return { fontSize, lines: at.lines, height: at.height, overflow: false };
    }
  }
  const at = layoutAt(input, minSize, measure);
  return { fontSize: minSize, lines: at.lines, height: at.height, overflow: true };
}

/**
 * Largest k in [0, steps] with ok(k), assuming ok holds below some threshold; null if none.
 * Checks `steps` first (most captions fit at their own size), then gallops from `guess`
 * (1, 2, 4, ... steps away) until the threshold is bracketed, and bisects the bracket.
 */
function largestAccepted(steps: number, ok: (k: number) => boolean, guess: () => number = () => 0, hint?: number): number | null {
  if (hint !== undefined && ok(hint) && (hint === steps || !ok(hint + 1))) return hint;
  if (ok(steps)) return steps;
  if (steps === 0) return null;
  return largestFitting(0, steps - 1, ok, guess());
}

export interface ElementFitOptions {
  language: Language;
  measure: Measure;
  /** Turns a stored family (possibly a brand token like "brand.heading") into a real one. */
  resolveFamily?: (family: string) => string;
  minSize?: number;
  /** Overrides the element's own fit mode. */
  mode?: FitMode;
  /** Where 'shrink' starts looking (see FitInput.hint). */
  hint?: number;
}

export function fontSpecOf(el: TextElement, resolveFamily: (family: string) => string = (f) => f): FontSpec {
  return { family: resolveFamily(el.fontFamily), size: el.fontSize, weight: el.fontWeight, italic: el.italic, letterSpacing: el.letterSpacing };
}

/** Fits one text element in its own box, using its fit mode (or `options.mode`). */
export function fitTextElement(el: TextElement, options: ElementFitOptions): FitResult {
  return fitText(
    {
      text: displayText(el, options.language),
      box: { width: el.width, height: el.height },
      font: fontSpecOf(el, options.resolveFamily),
      lineHeight: el.lineHeight,
      mode: options.mode ?? el.fit ?? 'none',
      ...(options.minSize !== undefined ? { minSize: options.minSize } : {}),
      ...(options.hint !== undefined ? { hint: options.hint } : {}),
    },
    options.measure,
  );
}

/**
 * A copy of the design with every fitted text element resolved for `language`: 'shrink'
 * elements get the fitted font size, 'grow' elements a box tall enough for their text.
 * Exporters draw this copy; the stored design keeps the author's sizes.
 */
export function applyTextFit(design: Design, options: Omit<ElementFitOptions, 'mode'>): Design {
  const visit = (el: Element): Element => {
    if (el.type === 'group') return { ...el, children: el.children.map(visit) };
    if (el.type !== 'text' || !el.fit || el.fit === 'none') return el;
    const fitted = fitTextElement(el, options);
    if (el.fit === 'shrink') return fitted.fontSize === el.fontSize ? el : { ...el, fontSize: fitted.fontSize };
    return fitted.height > el.height ? { ...el, height: Math.ceil(fitted.height) } : el;
  };
  return { ...design, elements: design.elements.map(visit) };
}

/** The part of a 2D canvas context a measurer needs; browsers and @napi-rs/canvas both have it. */
export interface TextMeasureContext {
  font: string;
  measureText(text: string): { width: number };
  fontKerning?: string;
}


/**
 * A measurer over a canvas context of its own (nothing else may set its font). Like Konva, kerning is off when letters are spaced (it then
 * draws one grapheme at a time) and each grapheme adds `letterSpacing`. Results are cached.
 */
export function createContextMeasurer(ctx: TextMeasureContext, familyList?: (family: string) => string, cacheSize = 20_000): Measure {
  // Widths by font, then by text. A font is found by its parts (family, size, weight and slant,
  // letter spacing) rather than by a string built for each call: fitting measures thousands of
  // words per keystroke and per exported size, and building and hashing a long key for each was
  // most of the measuring's cost.
  type Measured = { css: string; widths: Map<string, number> };
  // Family, then weight and slant (0-3), then size, then letter spacing.
  let fonts = new Map<string, Map<number, Map<number, Measured>>[]>();
  let cached = 0;
  const measuredFor = (font: FontSpec): Measured => {
    let byStyle = fonts.get(font.family);
    if (!byStyle) fonts.set(font.family, (byStyle = []));
    const style = (font.weight === 'bold' ? 1 : 0) + (font.italic ? 2 : 0);
    const bySize = (byStyle[style] ??= new Map());
    let bySpacing = bySize.get(font.size);
    if (!bySpacing) bySize.set(font.size, (bySpacing = new Map()));
    let measured = bySpacing.get(font.letterSpacing);
    if (!measured) bySpacing.set(font.letterSpacing, (measured = { css: cssFont(font, familyList), widths: new Map() }));
    return measured;
  };
  // The context is the measurer's own: its font is set only when it changes (setting it parses
  // the CSS font string, which costs as much as the measuring when typing re-wraps a line).
  let lastCss = '';
  let lastKerning = '';
  return (text, font) => {
    const measured = measuredFor(font);
    const hit = measured.widths.get(text);
    if (hit !== undefined) return hit;
    const css = measured.css;
    if (css !== lastCss) ctx.font = lastCss = css;
    const kerning = font.letterSpacing !== 0 ? 'none' : 'auto';
    if ('fontKerning' in ctx && kerning !== lastKerning) ctx.fontKerning = lastKerning = kerning;
    const spacing = font.letterSpacing ? font.letterSpacing * graphemes(text).length : 0;
    const width = ctx.measureText(text).width + spacing;
    if (cached >= cacheSize) {
      fonts = new Map();
      cached = 0;
      measuredFor(font).widths.set(text, width);
    } else measured.widths.set(text, width);
    cached++;
    return width;
  };
}
