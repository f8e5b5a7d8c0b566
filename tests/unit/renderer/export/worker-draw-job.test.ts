// What the page sends an export worker with a drawing (renderer/export/worker-draw-job.ts): each
// raster image once at full size, and each SVG rasterized at the device pixels it covers in this
// drawing (its largest use), found in groups too.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../../core/model';
import { createDesign } from '../../../../core/model/defaults';
import { createImageElement } from '../../../../core/elements/image/model';
import { jobImages } from '../../../../renderer/export/worker-draw-job';

const photo = { width: 1600, height: 1067 };
const svg = { width: 64, height: 64 };

function design(elements: Design['elements']): Design {
  const d = createDesign({ width: 1080, height: 1080 });
  d.assets = {
    photo: { mime: 'image/png', name: 'photo', width: 1600, height: 1067 },
    fist: { mime: 'image/svg+xml', name: 'fist', width: 64, height: 64 },
    gone: { mime: 'image/png', name: 'gone', width: 10, height: 10 },
  };
  d.elements = elements;
  return d;
}

const ctx = (d: Design) => ({ assets: d.assets, images: new Map<string, CanvasImageSource & { width: number; height: number }>([['photo', photo as never], ['fist', svg as never]]) });
const summary = (d: Design, pr: number) => jobImages(d, ctx(d), pr).map((i) => [i.asset, i.variant]);

describe('the images a worker is sent', () => {
  it('a raster image goes once at full size, however many elements show it; a missing one not at all', () => {
    const d = design([
      createImageElement({ id: 'a', x: 0, y: 0, width: 500, height: 500, assetId: 'photo' }),
      createImageElement({ id: 'b', x: 0, y: 0, width: 100, height: 100, assetId: 'photo' }),
      createImageElement({ id: 'c', x: 0, y: 0, width: 100, height: 100, assetId: 'gone' }),
    ]);
    expect(summary(d, 2)).toEqual([['photo', 'full']]);
  });

  it('a large photo goes as the source the page would draw: its editing proxy when that has the pixels, else the original', () => {
    const big = { width: 6000, height: 4000 };
    const proxy = { width: 2048, height: 1365 };
    const d = design([createImageElement({ id: 'a', x: 0, y: 0, width: 1080, height: 720, assetId: 'photo' })]);
    const withProxy = { assets: d.assets, images: new Map([['photo', big as never]]), imageProxies: { get: (o: object) => (o === big ? (proxy as never) : undefined) } };
    // 1080 px across at 1x: the 2048 px proxy is enough.
    expect(jobImages(d, withProxy, 1)[0]!.source).toBe(proxy);
    // 2160 px across at 2x: only the original has them.
    expect(jobImages(d, withProxy, 2)[0]!.source).toBe(big);
  });

  it('an SVG is rasterized at the pixels its largest use covers, at the drawing pixel ratio', () => {
    // contain: 64 px scaled to 280 across (the box is 280 x 300); at 2x that is 560 device pixels.
    const small = createImageElement({ id: 'small', x: 0, y: 0, width: 100, height: 100, assetId: 'fist', fit: 'contain' });
    const big = createImageElement({ id: 'big', x: 0, y: 0, width: 280, height: 300, assetId: 'fist', fit: 'contain' });
    const group = { ...createImageElement({ id: 'g', x: 0, y: 0, width: 300, height: 300, assetId: 'fist' }), type: 'group', children: [big] } as unknown as Design['elements'][number];
    expect(summary(design([small, group]), 2)).toEqual([['fist', '560']]);
    expect(summary(design([small]), 1)).toEqual([['fist', '100']]);
  });

  it('a stretched SVG takes its larger scale; a crop enlarges what is shown', () => {
    const stretched = createImageElement({ id: 's', x: 0, y: 0, width: 100, height: 400, assetId: 'fist', fit: 'stretch' });
    expect(summary(design([stretched]), 1)).toEqual([['fist', '400']]);
    // Half the SVG across a 200 px box: the whole SVG would be 400 px.
    const cropped = createImageElement({ id: 'c', x: 0, y: 0, width: 200, height: 200, assetId: 'fist', fit: 'cover', crop: { x: 0.25, y: 0.25, width: 0.5, height: 0.5 } });
    expect(summary(design([cropped]), 1)).toEqual([['fist', '400']]);
  });

  it('an SVG is never rasterized wider than 8192 pixels', () => {
    const huge = createImageElement({ id: 'h', x: 0, y: 0, width: 6000, height: 6000, assetId: 'fist' });
    expect(summary(design([huge]), 4)).toEqual([['fist', '8192']]);
  });
});
