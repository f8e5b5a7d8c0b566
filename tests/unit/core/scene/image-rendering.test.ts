// Image elements and the blur/pixelate box as core/scene draws them: crop, fit, flip, rounded
// corners, filters, the low-resolution proxy for editing, and redaction of what lies beneath.
import { describe, expect, it } from 'vitest';
import { createImageElement, designSchema, type Element, type ImageElement, type RedactElement } from '../../../../core/model';
import { applyColorFilters, boxBlur, cropFitRects, type ImageProxies } from '../../../../core/scene';
import { design, isClose, makeImage, render } from './node-scene';

const RED = [255, 0, 0, 255];
const GREEN = [0, 255, 0, 255];
const BLUE = [0, 0, 255, 255];
const YELLOW = [255, 255, 0, 255];

/** 200x100: left half red, right half green, top-right quarter... quadrants: TL red, TR green, BL blue, BR yellow. */
function quadrants() {
  return makeImage(200, 100, (c) => {
    c.fillStyle = '#ff0000';
    c.fillRect(0, 0, 100, 50);
    c.fillStyle = '#00ff00';
    c.fillRect(100, 0, 100, 50);
    c.fillStyle = '#0000ff';
    c.fillRect(0, 50, 100, 50);
    c.fillStyle = '#ffff00';
    c.fillRect(100, 50, 100, 50);
  });
}

const img = (over: Partial<ImageElement> = {}) => createImageElement({ x: 0, y: 0, width: 200, height: 100, assetId: 'a1', fit: 'stretch', ...over });
const draw = (els: Element[], source = quadrants(), pr = 1, imageProxies?: ImageProxies) =>
  render(design(els, { width: 200, height: 100 }), new Map([['a1', source]]), pr, true, imageProxies ? { imageProxies } : {});

describe('crop and fit', () => {
  it('computes source rectangles inside the crop for cover and contain', () => {
    const crop = { x: 0.5, y: 0, width: 0.5, height: 1 };
    const cover = cropFitRects('cover', crop, { width: 100, height: 50 }, { width: 200, height: 100 });
    // Crop region is 100x100; cover into 2:1 takes the middle 100x50 band.
    expect(cover).toMatchObject({ sx: 100, sy: 25, sw: 100, sh: 50, dx: 0, dy: 0, dw: 100, dh: 50 });
    const contain = cropFitRects('contain', crop, { width: 100, height: 50 }, { width: 200, height: 100 });
    expect(contain).toMatchObject({ sx: 100, sy: 0, sw: 100, sh: 100, dx: 25, dy: 0, dw: 50, dh: 50 });
  });

  it('draws only the cropped part, stretched over the box', () => {
    const px = draw([img({ crop: { x: 0.5, y: 0.5, width: 0.5, height: 0.5 } })]);
    expect(isClose(px.at(10, 10), YELLOW)).toBe(true);
    expect(isClose(px.at(190, 90), YELLOW)).toBe(true);
  });

  it('refuses a crop that leaves the image', () => {
    const d = design([img({ crop: { x: 0.6, y: 0, width: 0.6, height: 1 } })]);
    expect(designSchema.safeParse(d).success).toBe(false);
    expect(designSchema.safeParse(design([img({ crop: { x: 0.4, y: 0, width: 0.6, height: 1 } })])).success).toBe(true);
  });
});

describe('flip and corners', () => {
  it('mirrors horizontally and vertically', () => {
    const px = draw([img({ flipX: true })]);
    expect(isClose(px.at(10, 10), GREEN)).toBe(true);
    expect(isClose(px.at(190, 10), RED)).toBe(true);
    const py = draw([img({ flipY: true })]);
    expect(isClose(py.at(10, 10), BLUE)).toBe(true);
  });

  it('rounds the corners: the corner pixel shows the background', () => {
    const px = draw([img({ cornerRadius: 30 })]);
    expect(isClose(px.at(1, 1), [255, 255, 255, 255])).toBe(true);
    expect(isClose(px.at(30, 30), RED)).toBe(true);
  });
});

describe('filters', () => {
  it('adjusts brightness, contrast, saturation and grayscale on raw pixels', () => {
    const one = (r: number, g: number, b: number, f: Parameters<typeof applyColorFilters>[1]) => {
      const d = new Uint8ClampedArray([r, g, b, 255]);
      applyColorFilters(d, f);
      return Array.from(d);
    };
    const neutral = { brightness: 0, contrast: 0, saturation: 0, grayscale: 0, blur: 0 };
    expect(one(100, 100, 100, { ...neutral, brightness: 0.2 })[0]).toBe(151);
    expect(one(200, 200, 200, { ...neutral, contrast: 0.5 })[0]).toBe(255);
    const gray = one(255, 0, 0, { ...neutral, grayscale: 1 });
    expect(gray[0]).toBe(gray[1]);
    expect(gray[1]).toBe(gray[2]);
    const desat = one(255, 0, 0, { ...neutral, saturation: -1 });
    expect(desat[0]).toBe(desat[2]);
    expect(one(10, 20, 30, neutral)).toEqual([10, 20, 30, 255]);
  });

  it('blurs: a hard edge becomes a ramp, flat areas stay flat', () => {
    const w = 40;
    const data = new Uint8ClampedArray(w * 4 * 4);
    for (let y = 0; y < 4; y++) for (let x = 0; x < w; x++) data.set(x < 20 ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * w + x) * 4);
    boxBlur(data, w, 4, 6);
    expect(data[(1 * w + 0) * 4]).toBe(0);
    expect(data[(1 * w + 39) * 4]).toBe(255);
    const mid = data[(1 * w + 20) * 4]!;
    expect(mid).toBeGreaterThan(60);
    expect(mid).toBeLessThan(200);
  });

  it('renders a grayscale image element in grays', () => {
    const px = draw([img({ filters: { brightness: 0, contrast: 0, saturation: 0, grayscale: 1, blur: 0 } })]);
    const [r, g, b] = px.at(50, 25);
    expect(Math.abs(r - g)).toBeLessThan(3);
    expect(Math.abs(g - b)).toBeLessThan(3);
  });
});

describe('low-resolution proxy', () => {
  it('draws the proxy while it has enough pixels and the original when exporting larger', () => {
    const original = makeImage(2000, 1000, (c) => {
      c.fillStyle = '#ff0000';
      c.fillRect(0, 0, 2000, 1000);
    });
    // A deliberately different color shows which source was drawn.
    const proxy = makeImage(400, 200, (c) => {
      c.fillStyle = '#0000ff';
      c.fillRect(0, 0, 400, 200);
    });
    const proxies = new Map<object, typeof proxy>([[original, proxy]]);
    const small = draw([img()], original, 1, proxies); // 200 px wide: the 400 px proxy is enough
    expect(isClose(small.at(100, 50), BLUE)).toBe(true);
    const large = draw([img()], original, 4, proxies); // 800 px wide: needs the original
    expect(isClose(large.at(400, 200), RED)).toBe(true);
  });
});

describe('blur/pixelate box', () => {
  const stripes = () =>
    makeImage(200, 100, (c) => {
      for (let x = 0; x < 200; x += 2) {
        c.fillStyle = x % 4 === 0 ? '#000000' : '#ffffff';
        c.fillRect(x, 0, 2, 100);
      }
    });
  const box = (mode: RedactElement['mode']): RedactElement => ({
    id: 'r1', name: '', type: 'redact', x: 50, y: 20, width: 100, height: 60, rotation: 0, opacity: 1, visible: true,
    locks: { move: false, resize: false, delete: false, content: false, style: false }, mode, strength: 20, shape: 'rect',
  });

  for (const mode of ['pixelate', 'blur'] as const) {
    it(`${mode}: destroys the detail inside the box and leaves the outside untouched`, () => {
      const plain = draw([img()], stripes());
      const hidden = draw([img(), box(mode)], stripes());
      let contrastInside = 0;
      for (let x = 60; x < 140; x++) contrastInside = Math.max(contrastInside, Math.abs(hidden.at(x, 50)[0] - hidden.at(x + 1, 50)[0]));
      expect(contrastInside).toBeLessThan(60);
      for (let x = 0; x < 40; x++) expect(hidden.at(x, 50)).toEqual(plain.at(x, 50));
      expect(hidden.at(100, 10)).toEqual(plain.at(100, 10));
    });
  }

  it('older documents without the new fields stay valid', () => {
    const legacy = { ...design([img()]), elements: [{ ...img(), crop: undefined, flipX: undefined }] };
    expect(designSchema.safeParse(JSON.parse(JSON.stringify(legacy))).success).toBe(true);
  });
});
