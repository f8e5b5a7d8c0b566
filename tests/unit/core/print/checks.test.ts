// Print checks, each on a design that breaks it and on one that does not.
import { describe, expect, it } from 'vitest';
import { createDesign, createImageElement, createQrElement, createTextElement, type Design, type Element } from '../../../../core/model';
import { getPreset } from '../../../../core/presets';
import { checkPrint, defaultDistanceFt, effectiveDpi, letterHeightFor, qrSideFor, ptToPx, PX_PER_INCH } from '../../../../core/print';

const letter = getPreset('print-letter')!;
const sign = getPreset('sign-22x28')!;
const color = (v: unknown) => (typeof v === 'string' ? v : (v as { fallback: string }).fallback);

function on(preset: typeof letter, elements: Element[], assets: Design['assets'] = {}): Design {
  return { ...createDesign({ width: preset.width, height: preset.height }), elements, assets };
}
const inch = (n: number) => n * PX_PER_INCH;
const codes = (d: Design, preset = letter, distanceFt = defaultDistanceFt(preset), disclaimer?: string) =>
  checkPrint(d, preset, { distanceFt, color, ...(disclaimer ? { disclaimer } : {}) }).map((i) => i.code);

describe('print checks', () => {
  it('measures a photo in pixels per inch of paper', () => {
    const img = createImageElement({ x: 0, y: 0, width: inch(4), height: inch(3), assetId: 'a' });
    expect(effectiveDpi(img, { width: 1200, height: 900 })).toBe(300);
    expect(effectiveDpi({ ...img, crop: { x: 0, y: 0, width: 0.5, height: 0.5 } }, { width: 1200, height: 900 })).toBe(150);
    // Cover on a wider box: the image's width is stretched to 4 in, its height is cut.
    expect(effectiveDpi(img, { width: 600, height: 900 })).toBe(150);
    expect(effectiveDpi({ ...img, fit: 'contain' }, { width: 600, height: 900 })).toBe(300);
  });

  it('flags photos under 150 dpi as a problem and under 300 as a note', () => {
    const assets = { a: { mime: 'image/jpeg' as const, name: 'a', width: 1000, height: 750 } };
    const at = (w: number) => on(letter, [createImageElement({ x: inch(1), y: inch(1), width: inch(w), height: inch(w * 0.75), assetId: 'a' })], assets);
    expect(codes(at(3))).toEqual([]);
    expect(codes(at(5))).toEqual(['print.image-fair-dpi']);
    expect(codes(at(7.5))).toEqual(['print.image-low-dpi']);
  });

  it('asks an inch of letter height per ten feet on signs; the user picks the distance', () => {
    expect(letterHeightFor(20)).toBe(2);
    const headline = createTextElement({ x: inch(1), y: inch(2), width: inch(20), height: inch(4), text: 'VOTE YES', fontSize: inch(3) });
    const sub = createTextElement({ x: inch(1), y: inch(8), width: inch(20), height: inch(2), text: 'on Prop 4', fontSize: inch(1.2) });
    expect(codes(on(sign, [headline, sub]), sign, 20)).toEqual(['print.text-small-for-distance']);
    expect(codes(on(sign, [headline, sub]), sign, 8)).toEqual([]);
    const issue = checkPrint(on(sign, [headline, sub]), sign, { distanceFt: 20, color })[0];
    expect(issue).toMatchObject({ elementId: sub.id, letterIn: 0.84, needIn: 2, distanceFt: 20 });
  });

  it('holds hand-held pieces to 8 pt', () => {
    const tiny = createTextElement({ x: inch(1), y: inch(1), width: inch(6), height: inch(1), text: 'small print', fontSize: ptToPx(7) });
    expect(codes(on(letter, [tiny]), letter, 2)).toEqual(['print.text-too-small']);
    expect(codes(on(letter, [{ ...tiny, fontSize: ptToPx(9) }]), letter, 2)).toEqual([]);
  });

  it('asks a QR code a tenth of the scanning distance, and scannable colors', () => {
    expect(qrSideFor(2)).toBeCloseTo(2.4);
    expect(qrSideFor(0.5)).toBe(0.8);
    const qr = createQrElement({ x: inch(1), y: inch(1), width: inch(3), height: inch(3), data: 'https://example.org' });
    expect(codes(on(letter, [qr]), letter, 2)).toEqual([]);
    // In the hand it is scanned from about a foot: 1.2 in is enough, 1 in is not.
    expect(codes(on(letter, [{ ...qr, width: inch(1.2), height: inch(1.2) }]), letter, 2)).toEqual([]);
    expect(checkPrint(on(letter, [{ ...qr, width: inch(1), height: inch(1) }]), letter, { distanceFt: 2, color })).toEqual([
      { code: 'print.qr-small-for-distance', elementId: qr.id, sideIn: 1, needIn: 1.2, distanceFt: 1 },
    ]);
    expect(codes(on(letter, [qr]), letter, 4)).toEqual(['print.qr-small-for-distance']);
    expect(codes(on(letter, [{ ...qr, dark: '#999999' }]), letter, 2)).toEqual(['qr.low-contrast']);
    expect(codes(on(letter, [{ ...qr, data: '' }]), letter, 2)).toEqual(['qr.empty']);
  });

  it('finds words in the bleed or too close to the trim', () => {
    const t = (x: number) => createTextElement({ x, y: inch(2), width: inch(4), height: inch(1), text: 'Rally', fontSize: ptToPx(24) });
    expect(codes(on(letter, [t(inch(1))]))).toEqual([]);
    expect(codes(on(letter, [t(inch(0.1))]))).toEqual(['print.text-near-trim']);
    expect(codes(on(letter, [t(-inch(0.1))]))).toEqual(['print.text-in-bleed']);
  });

  it('asks for the kit disclaimer: present, 12 pt, inside the safe area', () => {
    const line = createTextElement({ x: inch(1), y: inch(10), width: inch(6), height: inch(0.4), text: 'Paid for by Local 12', fontSize: ptToPx(12), role: 'disclaimer' });
    expect(codes(on(letter, []), letter, 2, 'Paid for by Local 12')).toEqual(['print.disclaimer-missing']);
    expect(codes(on(letter, []), letter, 2)).toEqual([]);
    expect(codes(on(letter, [line]), letter, 2, 'Paid for by Local 12')).toEqual([]);
    expect(codes(on(letter, [{ ...line, fontSize: ptToPx(9) }]), letter, 2, 'x')).toEqual(['print.disclaimer-small']);
    expect(codes(on(letter, [{ ...line, y: inch(10.5) }]), letter, 2, 'x')).toEqual(['print.disclaimer-outside']);
  });

  it('checks nothing on screen sizes', () => {
    const d = on(getPreset('instagram-square')!, [createTextElement({ x: 0, y: 0, width: 10, height: 10, text: 'x', fontSize: 2 })]);
    expect(checkPrint(d, getPreset('instagram-square')!, { distanceFt: 2, color })).toEqual([]);
  });
});
