// A photo-like test design: a noisy gradient "photo" behind a headline, a band and a logo, so
// encoders face realistic entropy (pure flat colors would fit any byte limit trivially).
import { PNG } from 'pngjs';
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../../../../core/model/defaults';
import type { Design } from '../../../../core/model/schema';

/** Deterministic PRNG (mulberry32) so every run encodes the same pixels. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Smooth color fields plus per-pixel grain, like a phone photo of a crowd. */
export function photoLikePng(width: number, height: number, seed = 7, grain = 60): Buffer {
  const png = new PNG({ width, height });
  const rand = rng(seed);
  const blobs = Array.from({ length: 12 }, () => ({ x: rand() * width, y: rand() * height, r: 80 + rand() * 300, c: [rand() * 255, rand() * 255, rand() * 255] }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = (x / width) * 120 + 40;
      let g = (y / height) * 120 + 50;
      let b = 140 - (x / width) * 60;
      for (const bl of blobs) {
        const d = Math.hypot(x - bl.x, y - bl.y);
        if (d < bl.r) {
          const k = 1 - d / bl.r;
          r += (bl.c[0]! - r) * k;
          g += (bl.c[1]! - g) * k;
          b += (bl.c[2]! - b) * k;
        }
      }
      const n = (rand() - 0.5) * grain;
      const i = (y * width + x) * 4;
      png.data[i] = Math.max(0, Math.min(255, r + n));
      png.data[i + 1] = Math.max(0, Math.min(255, g + n + (rand() - 0.5) * grain * 0.5));
      png.data[i + 2] = Math.max(0, Math.min(255, b + n));
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** A 1080x1080 campaign graphic with anchored elements, all inside the central 60%. */
export function campaignDesign(): Design {
  const design = createDesign({ width: 1080, height: 1080, name: 'Rent strike: day 1' });
  design.assets = {
    photo: { mime: 'image/png', name: 'crowd.png', width: 1200, height: 900 },
    logo: { mime: 'image/png', name: 'logo.png', width: 200, height: 200 },
  };
  design.altText = { en: 'Tenants rally outside city hall holding a banner.', es: 'Inquilinos se manifiestan frente al ayuntamiento.' };
  design.elements = [
    createImageElement({ id: 'photo', x: 0, y: 0, width: 1080, height: 1080, assetId: 'photo', fit: 'cover' }),
    createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 700, width: 1080, height: 160, fill: '#e63946', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createTextElement({ id: 'headline', x: 240, y: 300, width: 600, height: 200, text: 'RENT STRIKE NOW', fontSize: 72, fill: '#ffffff', stroke: '#000000', strokeWidth: 6, align: 'center', anchor: { horizontal: 'center', vertical: 'center' } }),
    createImageElement({ id: 'logo', x: 240, y: 240, width: 96, height: 96, assetId: 'logo', fit: 'contain', anchor: { horizontal: 'left', vertical: 'top' } }),
    createTextElement({ id: 'footer', x: 560, y: 640, width: 280, height: 60, text: 'Tenants United', fontSize: 32, fill: '#ffffff', anchor: { horizontal: 'right', vertical: 'bottom' } }),
  ];
  return design;
}
