// What a design's images cost to open: the pixels of every image an element shows, which is
// what a saved file holds (unused images are dropped on save) and what opening it decodes.
import { MAX_DESIGN_PIXELS } from '../bundle/limits';
import type { Design } from './schema';
import { ownValue } from './own';
import { walkElements } from './tree';

/** The ids of the images the design's elements show. */
function usedAssetIds(design: Pick<Design, 'elements'>): Set<string> {
  const used = new Set<string>();
  for (const { element } of walkElements(design.elements)) if (element.type === 'image') used.add(element.assetId);
  return used;
}

/** Pixels of the raster images the design's elements use (SVG is drawn at the element's size). */
export function usedImagePixels(design: Pick<Design, 'elements' | 'assets'>): number {
  let total = 0;
  for (const id of usedAssetIds(design)) {
    const info = ownValue(design.assets, id);
    if (info && info.mime !== 'image/svg+xml') total += info.width * info.height;
  }
  return total;
}

/** The design with only the images its elements use: what is saved. */
export function withoutUnusedAssets(design: Design): Design {
  const used = usedAssetIds(design);
  const kept = Object.entries(design.assets).filter(([id]) => used.has(id));
  return kept.length === Object.keys(design.assets).length ? design : { ...design, assets: Object.fromEntries(kept) };
}

/** Whether `next` takes the design over the pixel budget a file may hold (a change that lowers the count is always fine). */
export function pixelBudgetRefusal(current: Design, next: Design, max = MAX_DESIGN_PIXELS): { pixels: number; max: number } | null {
  if (next.assets === current.assets && next.elements === current.elements) return null;
  const pixels = usedImagePixels(next);
  return pixels > max && pixels > usedImagePixels(current) ? { pixels, max } : null;
}
