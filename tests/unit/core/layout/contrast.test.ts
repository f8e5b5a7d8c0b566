import { describe, expect, it } from 'vitest';
import { checkTextContrast, contrastRatio, ContrastError, isLargeText, parseHexColor, relativeLuminance } from '../../../../core/layout/contrast';

function fill(count: number, rgba: [number, number, number, number]): Uint8ClampedArray {
  const px = new Uint8ClampedArray(count * 4);
  for (let i = 0; i < count; i++) px.set(rgba, i * 4);
  return px;
}

describe('WCAG math', () => {
  it('matches reference luminances', () => {
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 6);
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(255, 0, 0)).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance(0x77, 0x77, 0x77)).toBeCloseTo(0.1845, 3);
  });

  it('matches reference contrast ratios', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#0000ff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#e63946', '#fff')).toBeCloseTo(contrastRatio('#fff', '#e63946'), 10);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
  });

  it('parses short, long and alpha hex colors and refuses others', () => {
    expect(parseHexColor('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    expect(parseHexColor('#11223380').a).toBeCloseTo(128 / 255);
    expect(() => parseHexColor('red')).toThrow(ContrastError);
  });

  it('knows large text', () => {
    expect(isLargeText(24, false)).toBe(true);
    expect(isLargeText(23.9, false)).toBe(false);
    expect(isLargeText(18.66, true)).toBe(true);
    expect(isLargeText(18.66, false)).toBe(false);
    expect(isLargeText(18, true)).toBe(false);
  });
});

describe('checkTextContrast', () => {
  it('uses 4.5 for body text and 3 for large text', () => {
    const white = fill(100, [255, 255, 255, 255]);
    const small = checkTextContrast('#777777', white, 16, false);
    expect(small.required).toBe(4.5);
    expect(small.passes).toBe(false);
    expect(small.ratio).toBeCloseTo(4.48, 2);
    const large = checkTextContrast('#777777', white, 24, false);
    expect(large).toMatchObject({ required: 3, large: true, passes: true });
    expect(checkTextContrast('#777777', white, 19, true).passes).toBe(true);
  });

  it('judges the pixels behind the text, tolerating a few bad ones but not many', () => {
    // White text over mostly black, with some light-gray speckles.
    const mostlyDark = (lightShare: number) => {
      const px = fill(1000, [0, 0, 0, 255]);
      for (let i = 0; i < 1000 * lightShare; i++) px.set([230, 230, 230, 255], i * 4);
      return px;
    };
    const few = checkTextContrast('#ffffff', mostlyDark(0.05), 16, false);
    expect(few.passes).toBe(true);
    expect(few.min).toBeLessThan(1.3);
    expect(few.max).toBeCloseTo(21, 1);
    const many = checkTextContrast('#ffffff', mostlyDark(0.3), 16, false);
    expect(many.passes).toBe(false);
    expect(many.ratio).toBeLessThan(1.3);
  });

  it('composites a translucent background over white and translucent text over the background', () => {
    const clear = fill(10, [0, 0, 0, 0]);
    expect(checkTextContrast('#000000', clear, 16, false).ratio).toBeCloseTo(21, 1);
    const dim = checkTextContrast('#00000080', fill(10, [255, 255, 255, 255]), 16, false);
    expect(dim.ratio).toBeGreaterThan(1.5);
    expect(dim.ratio).toBeLessThan(21 / 2);
  });

  it('samples large areas and refuses malformed pixel data', () => {
    const big = fill(200_000, [255, 255, 255, 255]);
    const r = checkTextContrast('#000', big, 16, false, { maxSamples: 500 });
    expect(r.samples).toBeLessThanOrEqual(501);
    expect(r.samples).toBeGreaterThan(400);
    expect(() => checkTextContrast('#000', new Uint8ClampedArray(0), 16, false)).toThrow(/RGBA/);
    expect(() => checkTextContrast('#000', new Uint8ClampedArray(7), 16, false)).toThrow(ContrastError);
  });
});
