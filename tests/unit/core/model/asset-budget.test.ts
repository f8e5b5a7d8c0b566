// The pixel budget of a design's images (core/model/asset-budget.ts), as the editor applies it to
// every change and the readers to every file: what could not be saved or opened is refused.
import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_PIXELS } from '../../../../core/bundle/limits';
import { createDesign, createImageElement, pixelBudgetRefusal, usedImagePixels, withoutUnusedAssets, type Design } from '../../../../core/model';

function withPhotos(count: number, side = 7000): Design {
  const design = createDesign({ name: 'Photos', width: 1080, height: 1080 });
  for (let i = 0; i < count; i++) {
    design.assets[`p${i}`] = { mime: 'image/jpeg', name: `p${i}.jpg`, width: side, height: side };
    design.elements.push(createImageElement({ id: `img${i}`, x: 0, y: 0, width: 100, height: 100, assetId: `p${i}` }));
  }
  return design;
}

describe('design pixel budget', () => {
  it('counts the raster images elements show, not SVG and not images no element uses', () => {
    const design = withPhotos(2, 1000);
    design.assets.logo = { mime: 'image/svg+xml', name: 'logo.svg', width: 5000, height: 5000 };
    design.elements.push(createImageElement({ id: 'logo_el', x: 0, y: 0, width: 10, height: 10, assetId: 'logo' }));
    design.assets.old = { mime: 'image/png', name: 'old.png', width: 9000, height: 5000 };
    expect(usedImagePixels(design)).toBe(2_000_000);
    expect(Object.keys(withoutUnusedAssets(design).assets).sort()).toEqual(['logo', 'p0', 'p1']);
  });

  it('refuses a change that takes the design over the budget, and allows one that lowers it', () => {
    const three = withPhotos(3); // 147 MP, within 150
    const four = withPhotos(4); // 196 MP
    expect(usedImagePixels(three)).toBeLessThanOrEqual(MAX_DESIGN_PIXELS);
    expect(pixelBudgetRefusal(three, four)).toEqual({ pixels: 196_000_000, max: MAX_DESIGN_PIXELS });
    expect(pixelBudgetRefusal(four, three)).toBeNull();
    expect(pixelBudgetRefusal(three, { ...three, name: 'renamed' })).toBeNull();
  });
});
