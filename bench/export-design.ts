// The one realistic design both export benchmarks draw (browser: export.bench.ts, Node: export.ts):
// a full-bleed photo, a band, an outlined headline that shrinks to fit, a subline and a logo.
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../core/model/defaults';

export const BENCH_PRESETS = [
  'facebook-post-landscape', 'facebook-post-square', 'facebook-story', 'x-post', 'x-header',
  'instagram-portrait', 'instagram-story', 'linkedin-post', 'bluesky-post', 'youtube-thumbnail',
];
export const QUALITY = 0.85;

export function benchDesign() {
  const d = createDesign({ width: 1080, height: 1080, name: 'bench' });
  d.assets = {
    photo: { mime: 'image/png', name: 'rally', width: 1600, height: 1067 },
    logo: { mime: 'image/svg+xml', name: 'fist', width: 64, height: 64 },
  };
  d.elements = [
    createImageElement({ id: 'photo', x: 0, y: 0, width: 1080, height: 1080, assetId: 'photo' }),
    createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 760, width: 1080, height: 180, fill: '#e63946', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createTextElement({ id: 'title', x: 140, y: 300, width: 800, height: 260, text: 'RENT STRIKE NOW', fontSize: 96, fill: '#ffffff', stroke: '#000000', strokeWidth: 8, align: 'center', fit: 'shrink', anchor: { horizontal: 'center', vertical: 'center' } }),
    createTextElement({ id: 'sub', x: 140, y: 790, width: 800, height: 120, text: 'Tenants United · Saturday 10am · City Hall', fontSize: 40, fill: '#ffffff', align: 'center', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createImageElement({ id: 'logo', x: 200, y: 200, width: 96, height: 96, assetId: 'logo', fit: 'contain', anchor: { horizontal: 'left', vertical: 'top' } }),
  ];
  return d;
}
