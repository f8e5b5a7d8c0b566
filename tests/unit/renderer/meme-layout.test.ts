// Meme layouts as data: sizes, the classic caption style, caption bars and labels, all valid
// documents; the crop handle math of the crop overlay.
import { describe, expect, it } from 'vitest';
import { designSchema, type TextElement } from '../../../core/model';
import { buildMemeDesign, createRedactBox, memePhotoSize, MEME_MAX_SIDE, MEME_VARIANTS } from '../../../renderer/meme/meme-layout';
import { dragCrop } from '../../../renderer/canvas/CropOverlay';

const asset = (width: number, height: number) => ({ id: 'a'.repeat(64), info: { mime: 'image/jpeg' as const, name: 'p.jpg', width, height } });
const texts = { top: 'TOP', bottom: 'BOTTOM', label: 'Label' };

describe('meme canvas size', () => {
  it('keeps the photo aspect, caps the long side and lifts tiny photos', () => {
    expect(memePhotoSize({ width: 6000, height: 4000 })).toEqual({ width: MEME_MAX_SIDE, height: 1067 });
    expect(memePhotoSize({ width: 1200, height: 800 })).toEqual({ width: 1200, height: 800 });
    expect(memePhotoSize({ width: 300, height: 200 })).toEqual({ width: 900, height: 600 });
    const tall = memePhotoSize({ width: 1000, height: 3000 });
    expect(tall.height).toBe(MEME_MAX_SIDE);
  });
});

describe('meme designs', () => {
  for (const variant of MEME_VARIANTS) {
    it(`${variant}: a valid document whose image and texts stay on the canvas`, () => {
      const d = buildMemeDesign(variant, asset(1200, 800), texts, 'es');
      expect(designSchema.safeParse(d).success).toBe(true);
      expect(d.language).toBe('es');
      expect(Object.keys(d.assets)).toEqual(['a'.repeat(64)]);
      for (const el of d.elements) {
        expect(el.x).toBeGreaterThanOrEqual(0);
        expect(el.y).toBeGreaterThanOrEqual(0);
        expect(el.x + el.width).toBeLessThanOrEqual(d.width);
        expect(el.y + el.height).toBeLessThanOrEqual(d.height);
      }
    });
  }

  it('classic: two Anton captions, white with a black outline of ~1/12 the size, all caps, shrink to fit, top and bottom', () => {
    const d = buildMemeDesign('classic', asset(1200, 800), texts, 'en');
    const captions = d.elements.filter((e): e is TextElement => e.type === 'text');
    expect(captions.map((c) => c.text)).toEqual(['TOP', 'BOTTOM']);
    for (const c of captions) {
      expect(c).toMatchObject({ fontFamily: 'Anton', fill: '#ffffff', stroke: '#000000', uppercase: true, fit: 'shrink', align: 'center' });
      expect(c.strokeWidth).toBe(Math.round(c.fontSize / 12));
    }
    expect(captions[0]!.verticalAlign).toBe('top');
    expect(captions[1]!.verticalAlign).toBe('bottom');
    expect(captions[0]!.y).toBeLessThan(d.height * 0.1);
    expect(captions[1]!.y + captions[1]!.height).toBeGreaterThan(d.height * 0.9);
    // The image is first (drawn under the captions) and fills the canvas.
    expect(d.elements[0]).toMatchObject({ type: 'image', x: 0, y: 0, width: 1200, height: 800, fit: 'cover' });
  });

  it('caption bars: the canvas grows by a band per caption, the photo sits between the bands', () => {
    const one = buildMemeDesign('bar-top', asset(1200, 800), texts, 'en');
    const two = buildMemeDesign('bars', asset(1200, 800), texts, 'en');
    const band = Math.round(800 * 0.24);
    expect(one.height).toBe(800 + band);
    expect(two.height).toBe(800 + 2 * band);
    const image = two.elements.find((e) => e.type === 'image')!;
    expect(image.y).toBe(band);
    const captions = two.elements.filter((e): e is TextElement => e.type === 'text');
    expect(captions[0]!.y + captions[0]!.height).toBeLessThanOrEqual(band);
    expect(captions[1]!.y).toBeGreaterThanOrEqual(band + 800);
    expect(captions.every((c) => c.strokeWidth === 0 && c.fit === 'shrink')).toBe(true);
  });

  it('labels: highlighted text that grows with its content', () => {
    const d = buildMemeDesign('labels', asset(1200, 800), texts, 'en');
    const labels = d.elements.filter((e): e is TextElement => e.type === 'text');
    expect(labels.length).toBe(2);
    for (const l of labels) {
      expect(l.fit).toBe('grow');
      expect(l.highlight?.padding).toBeGreaterThan(0);
    }
  });

  it('blur box: a pixelate oval centered on the area it hides', () => {
    const box = createRedactBox({ x: 100, y: 100, width: 400, height: 200 });
    expect(box).toMatchObject({ type: 'redact', mode: 'pixelate', shape: 'ellipse', width: 60, height: 60, x: 270, y: 170 });
  });
});

describe('crop handles', () => {
  const start = { x: 0.1, y: 0.1, width: 0.5, height: 0.5 };
  it('moves the dragged edges only and clamps to the image', () => {
    expect(dragCrop(start, 'nw', 0.2, 0.2)).toEqual({ x: expect.closeTo(0.3, 6), y: expect.closeTo(0.3, 6), width: expect.closeTo(0.3, 6), height: expect.closeTo(0.3, 6) });
    expect(dragCrop(start, 'e', 1, 0)).toMatchObject({ x: 0.1, width: expect.closeTo(0.9, 6) });
    expect(dragCrop(start, 'w', -1, 0)).toMatchObject({ x: 0, width: expect.closeTo(0.6, 6) });
    expect(dragCrop(start, 'move', 1, -1)).toMatchObject({ x: 0.5, y: 0, width: 0.5, height: 0.5 });
  });
  it('never lets a crop collapse or turn inside out', () => {
    const c = dragCrop(start, 'se', -5, -5);
    expect(c.width).toBeGreaterThan(0);
    expect(c.height).toBeGreaterThan(0);
    expect(c.x).toBe(0.1);
  });
});
