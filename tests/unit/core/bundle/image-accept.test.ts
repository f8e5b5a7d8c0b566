// The one image decision (core/bundle/image-accept.ts): what it accepts decodes with an
// independent decoder (@napi-rs/canvas, Skia), and what is truncated, damaged or too costly to
// draw is refused with a reason, quickly.
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { acceptImage } from '../../../../core/bundle/image-accept';
import { crc32 } from '../../../../core/bundle/crc32';
import { svgBudgetProblem } from '../../../../core/bundle/svg-budget';
import { parseUntrustedJson } from '../../../../core/model/json';
import { bilevelPng, bilevelPngFromRows, jpegBytes, pngBytes, svgUseBomb } from '../../../helpers/hostile-corpus';

function canvasImage(format: 'png' | 'jpeg' | 'webp', width = 48, height = 32): Uint8Array {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#c03';
  ctx.fillRect(0, 0, width / 2, height);
  ctx.fillStyle = '#03c';
  ctx.fillRect(width / 2, 0, width / 2, height);
  return new Uint8Array(format === 'png' ? canvas.toBuffer('image/png') : format === 'jpeg' ? canvas.toBuffer('image/jpeg') : canvas.toBuffer('image/webp'));
}

/** The classic 1x1 GIF89a (header, palette, graphic control, one frame, trailer). */
const TINY_GIF = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'));

const valid: [string, Uint8Array][] = [
  ['PNG from pngjs', pngBytes(64, 40)],
  ['PNG from Skia', canvasImage('png')],
  ['JPEG from jpeg-js', jpegBytes(64, 40)],
  ['JPEG from Skia', canvasImage('jpeg')],
  ['WebP from Skia', canvasImage('webp')],
  ['GIF', TINY_GIF],
  ['1-bit PNG', bilevelPng(100, 50, 3)],
];

describe('acceptImage', () => {
  it.each(valid)('accepts a complete %s, and an independent decoder reads it at the declared size', async (_name, bytes) => {
    const result = acceptImage(bytes);
    if (!result.ok) throw new Error(result.refusal.detail);
    const decoded = await loadImage(Buffer.from(bytes));
    expect([decoded.width, decoded.height]).toEqual([result.image.width, result.image.height]);
  });

  it.each(valid.filter(([name]) => name !== 'GIF'))('refuses a truncated %s as damaged, at any cut', (_name, bytes) => {
    for (const keep of [0.25, 0.5, 0.9, 0.99]) {
      const cut = bytes.subarray(0, Math.floor(bytes.length * keep));
      const result = acceptImage(cut);
      expect(result.ok, `kept ${keep}`).toBe(false);
      if (!result.ok) expect(['damaged', 'bad-header']).toContain(result.refusal.code);
    }
  });

  it('refuses a GIF without its trailer, and one with a damaged PNG chunk', () => {
    expect(acceptImage(TINY_GIF.subarray(0, TINY_GIF.length - 1))).toMatchObject({ ok: false, refusal: { code: 'damaged' } });
    const png = pngBytes(32, 32);
    png[png.length - 20] = png[png.length - 20]! ^ 0xff;
    const result = acceptImage(png);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'damaged' } });
    if (!result.ok) expect(result.refusal.detail).toMatch(/checksum/);
  });

  it('refuses a PNG whose compressed data ends early even though every chunk checksum is right', () => {
    // Rebuild the IDAT chunk around half of the zlib stream, with a correct CRC.
    expect(acceptImage(bilevelPng(400, 400, 9)).ok).toBe(true);
    const forged = bilevelPngShortData(400, 400);
    expect(acceptImage(forged)).toMatchObject({ ok: false, refusal: { code: 'damaged' } });
  });

  it('counts a 49-megapixel 1-bit PNG as 49 megapixels (it decodes to 196 MB)', () => {
    const result = acceptImage(bilevelPng(7000, 7000, 1));
    expect(result).toMatchObject({ ok: true, image: { width: 7000, height: 7000 } });
  });
});

describe('SVG budget', () => {
  it('refuses a <use> expansion bomb (10 wide, 9 deep) from under 4 KB, naming the limit', () => {
    const bomb = svgUseBomb(10, 9);
    expect(bomb.length).toBeLessThan(4000);
    const result = acceptImage(bomb);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'svg-too-complex', params: { limit: 'expanded-nodes' } } });
  });

  it('accepts the same pattern at a size any drawing uses, and counts it exactly', () => {
    expect(acceptImage(svgUseBomb(10, 3)).ok).toBe(true); // 1 + 10 + 100 + 1000 uses of a rect
    const text = new TextDecoder().decode(svgUseBomb(10, 5));
    expect(svgBudgetProblem(text, text.length, { maxBytes: 1e6, maxElements: 1e6, maxExpandedNodes: 1_000_000, maxUseDepth: 12 })).toBeNull();
    expect(svgBudgetProblem(text, text.length, { maxBytes: 1e6, maxElements: 1e6, maxExpandedNodes: 100_000, maxUseDepth: 12 })).toMatchObject({ limit: 'expanded-nodes' });
  });

  it('refuses cycles, deep reference chains, too many elements and malformed XML', () => {
    const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`);
    expect(acceptImage(svg('<g id="a"><use href="#b"/></g><g id="b"><use xlink:href="#a" xmlns:xlink="http://www.w3.org/1999/xlink"/></g>'))).toMatchObject({ ok: false, refusal: { code: 'svg-too-complex', params: { limit: 'use-cycle' } } });
    expect(acceptImage(svgUseBomb(1, 20))).toMatchObject({ ok: false, refusal: { code: 'svg-too-complex', params: { limit: 'use-depth' } } });
    expect(acceptImage(svg('<rect/>'.repeat(50_001)))).toMatchObject({ ok: false, refusal: { code: 'svg-too-complex', params: { limit: 'elements' } } });
    expect(acceptImage(svg('<g><rect></g>'))).toMatchObject({ ok: false, refusal: { code: 'not-svg' } });
  });

  it('still refuses scripts and outside links before counting', () => {
    expect(acceptImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'))).toMatchObject({ ok: false, refusal: { code: 'svg-script' } });
  });
});

describe('duplicate JSON keys', () => {
  it('refuses a key that appears twice in one object, naming its path, and allows the same key in different objects', () => {
    expect(parseUntrustedJson('{"a":{"id":1,"id":2}}')).toMatchObject({ ok: false, code: 'duplicate-key', issue: { path: 'a.id' } });
    expect(parseUntrustedJson('[{"id":1},{"id":2}]')).toMatchObject({ ok: true });
    expect(parseUntrustedJson('{"list":[{"x":1,"y":1,"x":3}]}')).toMatchObject({ ok: false, issue: { path: 'list.0.x' } });
  });
});

/** A 1-bit PNG whose single IDAT holds only the first half of its zlib stream, with honest CRCs. */
function bilevelPngShortData(width: number, height: number): Uint8Array {
  const whole = bilevelPng(width, height, 9);
  const view = new DataView(whole.buffer, whole.byteOffset);
  const idatLength = view.getUint32(33);
  const half = Math.floor(idatLength / 2);
  const out = new Uint8Array(whole.length - (idatLength - half));
  out.set(whole.subarray(0, 33));
  const outView = new DataView(out.buffer);
  outView.setUint32(33, half);
  out.set(whole.subarray(37, 41), 37); // "IDAT"
  out.set(whole.subarray(41, 41 + half), 41);
  outView.setUint32(41 + half, crc32(out.subarray(37, 41 + half)));
  out.set(whole.subarray(41 + idatLength + 4), 45 + half);
  return out;
}

describe('PNG rows', () => {
  const pngFromRows = (width: number, height: number, interlace: 0 | 1, raw: Uint8Array) => bilevelPngFromRows(width, height, raw, interlace);

  it('accepts an interlaced PNG that Skia decodes, with its rows counted pass by pass', async () => {
    const width = 13;
    const height = 11;
    // Adam7 passes, computed here on their own: (x0, y0, dx, dy).
    let bytes = 0;
    for (const [x0, y0, dx, dy] of [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const) {
      const w = width > x0 ? Math.floor((width - x0 - 1) / dx) + 1 : 0;
      const h = height > y0 ? Math.floor((height - y0 - 1) / dy) + 1 : 0;
      if (w > 0) bytes += h * (1 + Math.ceil(w / 8));
    }
    const png = pngFromRows(width, height, 1, new Uint8Array(bytes));
    const decoded = await loadImage(Buffer.from(png));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(acceptImage(png)).toMatchObject({ ok: true });
    expect(acceptImage(pngFromRows(width, height, 1, new Uint8Array(bytes - 1)))).toMatchObject({ ok: false, refusal: { code: 'damaged' } });
  });

  it('refuses a row with an unknown filter type (Chromium\'s createImageBitmap cannot decode it; Skia draws it anyway)', () => {
    const raw = new Uint8Array(20 * (1 + 3));
    raw[4 * 7] = 9; // the eighth row's filter byte
    const png = pngFromRows(24, 20, 0, raw);
    expect(acceptImage(png)).toMatchObject({ ok: false, refusal: { code: 'damaged' } });
    raw[4 * 7] = 4;
    expect(acceptImage(pngFromRows(24, 20, 0, raw)).ok).toBe(true);
  });
});
