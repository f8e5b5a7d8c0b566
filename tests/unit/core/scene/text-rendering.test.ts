// Text as core/scene draws it (the one mapping shared by the editor, the exporter and the CLI):
// outline plus shadow, the highlight box, fitting, right-to-left scripts, accents and emoji.
import { describe, expect, it } from 'vitest';
import { createTextElement, type TextElement } from '../../../../core/model';
import { detectDirection, textAttrs, literalColors } from '../../../../core/scene';
import { createNodeMeasurer } from '../../../../cli/fonts-node';
import { countPixels, design, isClose, render, setupNodeScene } from './node-scene';

const memeText = (over: Partial<TextElement> = {}) =>
  createTextElement({ x: 20, y: 20, width: 360, height: 160, text: 'HI', fontFamily: 'Anton', fontSize: 120, fill: '#ffffff', stroke: '#000000', strokeWidth: 10, align: 'center', ...over });

describe('outline and shadow', () => {
  it('casts one shadow from the outlined text: the glyphs themselves look exactly as without a shadow', () => {
    const bg = '#2050c0';
    const plain = render(design([memeText()], undefined, bg));
    const shadowed = render(design([memeText({ shadow: { color: '#ff0000', blur: 0, offsetX: 14, offsetY: 14 } })], undefined, bg));
    let glyphPixels = 0;
    let changedGlyphPixels = 0;
    let redOutside = 0;
    const bgRgb = [0x20, 0x50, 0xc0, 255];
    for (let y = 0; y < plain.height; y++) {
      for (let x = 0; x < plain.width; x++) {
        const a = plain.at(x, y);
        const b = shadowed.at(x, y);
        if (!isClose(a, bgRgb, 4)) {
          glyphPixels++;
          if (!isClose(a, b, 8)) changedGlyphPixels++;
        } else if (b[0] > 200 && b[1] < 40 && b[2] < 40) redOutside++;
      }
    }
    expect(glyphPixels).toBeGreaterThan(2000);
    // Only antialiased edge pixels may differ; a doubled shadow would paint over the outline.
    expect(changedGlyphPixels / glyphPixels).toBeLessThan(0.03);
    expect(redOutside).toBeGreaterThan(500);
  });

  it('draws the outline dark and the fill white (classic meme look)', () => {
    const px = render(design([memeText({ text: 'I' })], undefined, '#808080'));
    const white = countPixels(px, ([r, g, b]) => r > 240 && g > 240 && b > 240);
    const dark = countPixels(px, ([r, g, b]) => r < 30 && g < 30 && b < 30);
    expect(white).toBeGreaterThan(300);
    expect(dark).toBeGreaterThan(300);
  });
});

describe('highlight box', () => {
  it('fills a padded box behind each line and nothing beyond it', () => {
    const el = createTextElement({ x: 100, y: 100, width: 200, height: 60, text: 'ab', fontFamily: 'Inter', fontSize: 40, align: 'left', fill: '#000000', highlight: { color: '#ffde59', padding: 10, radius: 0 } });
    const px = render(design([el]));
    const yellow = (p: number[]) => isClose(p, [0xff, 0xde, 0x59, 255], 10);
    // Left padding area, at the line's middle, is highlighted.
    expect(yellow(px.at(95, 124))).toBe(true);
    // Far right of the box is beyond the short line: not highlighted.
    expect(yellow(px.at(280, 124))).toBe(false);
    // Above the padding: not highlighted.
    expect(yellow(px.at(120, 85))).toBe(false);
  });
});

describe('fitting', () => {
  it("shrinks a 'shrink' text so every line fits inside its box, and leaves 'none' text at its size", () => {
    setupNodeScene();
    const measure = createNodeMeasurer();
    const long = memeText({ text: 'WHEN THE LANDLORD SAYS THE HEAT IS FIXED BUT IT IS STILL COLD', fit: 'shrink', fontSize: 120 });
    const ctx = { language: 'en' as const, color: literalColors, images: new Map(), assets: {}, measure };
    const attrs = textAttrs(long, ctx);
    expect(attrs.fontSize).toBeLessThan(120);
    expect(textAttrs({ ...long, fit: 'none' }, ctx).fontSize).toBe(120);
    const px = render(design([long], { width: 400, height: 200 }, '#808080'));
    // No ink below the box (y >= 180) or left of it (x < 20 minus half the outline).
    for (let y = 182; y < 200; y++) for (let x = 0; x < 400; x++) expect(isClose(px.at(x, y), [128, 128, 128, 255], 4)).toBe(true);
  });
});

describe('scripts', () => {
  it('detects the base direction from the first letter', () => {
    expect(detectDirection('שלום עולם')).toBe('rtl');
    expect(detectDirection('123 مرحبا')).toBe('rtl');
    expect(detectDirection('¡Hola, niños!')).toBe('ltr');
    expect(detectDirection('Hello שלום')).toBe('ltr');
  });

  it('draws right-to-left text with the rtl direction and Arabic letters joined (shaped)', () => {
    setupNodeScene();
    const el = createTextElement({ x: 0, y: 0, width: 300, height: 80, text: 'سلام', fontSize: 48 });
    expect(textAttrs(el, { language: 'en', color: literalColors, images: new Map(), assets: {} }).direction).toBe('rtl');
    const measure = createNodeMeasurer();
    const font = { family: 'Inter', size: 48, weight: 'normal' as const, italic: false, letterSpacing: 0 };
    const joined = measure('سلام', font);
    const isolated = [...'سلام'].reduce((sum, ch) => sum + measure(ch, font), 0);
    // Joined (initial/medial/final) forms are narrower than isolated letters side by side.
    expect(joined).toBeLessThan(isolated * 0.9);
    // And both scripts actually draw glyphs (a missing font would draw nothing or boxes of equal width).
    const px = render(design([el, createTextElement({ x: 0, y: 100, width: 300, height: 80, text: 'שלום', fontSize: 48, fill: '#000000' })]));
    const inkIn = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < 300; x++) if (px.at(x, y)[0] < 100) n++;
      return n;
    };
    expect(inkIn(0, 80)).toBeGreaterThan(150);
    expect(inkIn(100, 180)).toBeGreaterThan(150);
  });

  it('draws Spanish accents above the letters (Á differs from A only above the cap height)', () => {
    const a = render(design([createTextElement({ x: 10, y: 10, width: 200, height: 120, text: 'A', fontFamily: 'Anton', fontSize: 80, fill: '#000000' })]));
    const acute = render(design([createTextElement({ x: 10, y: 10, width: 200, height: 120, text: 'Á', fontFamily: 'Anton', fontSize: 80, fill: '#000000' })]));
    let diffBelowMiddle = 0;
    let diffAbove = 0;
    for (let y = 0; y < 150; y++)
      for (let x = 0; x < 220; x++) {
        if (isClose(a.at(x, y), acute.at(x, y), 8)) continue;
        if (y > 75) diffBelowMiddle++;
        else diffAbove++;
      }
    expect(diffAbove).toBeGreaterThan(30);
    expect(diffBelowMiddle).toBe(0);
  });

  it('draws emoji in color with the bundled Noto Color Emoji', () => {
    const px = render(design([createTextElement({ x: 10, y: 10, width: 300, height: 120, text: 'Sí 😀', fontFamily: 'Inter', fontSize: 80, fill: '#000000' })]));
    const colored = countPixels(px, ([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b) > 80);
    expect(colored).toBeGreaterThan(500);
  });

  it('draws digits of a text whose face is missing as plain text, like the app, not from the emoji font', () => {
    // The emoji font carries 0-9, # and * (for keycaps) and draws them in its own grey; the app
    // falls back to Noto Sans Arabic's Latin faces first, so the CLI must have them too.
    const px = render(design([createTextElement({ x: 10, y: 10, width: 380, height: 140, text: '2026 #1', fontFamily: 'Missing Face Sans', fontSize: 100, fill: '#ffffff' })], undefined, '#000000'));
    const white = countPixels(px, ([r, g, b]) => r > 240 && g > 240 && b > 240);
    // The two sets cannot overlap (grey is at most 199), so counting each on its own is the same count.
    const grey = countPixels(px, ([r, g, b]) => r > 60 && r < 200 && Math.abs(r - g) < 10 && Math.abs(g - b) < 10);
    // White glyphs with antialiased edges: far more full white than in-between grey.
    expect(white).toBeGreaterThan(3000);
    expect(grey).toBeLessThan(white / 2);
  });
});
