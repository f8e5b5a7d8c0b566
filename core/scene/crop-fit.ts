// Where an image's pixels land in its element's box (fit, crop): plain geometry, with no Konva,
// so the export path's layout rules (a blur box following its photo) can use it anywhere.
import type { ImageElement } from '../model/schema';

export interface Rects {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  dx: number;
  dy: number;
  dw: number;
  dh: number;
}

/** Source rectangle (in image pixels, inside `crop`) and destination rectangle (element space). */
export function cropFitRects(
  fit: ImageElement['fit'],
  crop: ImageElement['crop'],
  box: { width: number; height: number },
  image: { width: number; height: number },
): Rects {
  const c = crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const region = { x: c.x * image.width, y: c.y * image.height, width: c.width * image.width, height: c.height * image.height };
  const whole = { sx: region.x, sy: region.y, sw: region.width, sh: region.height };
  if (fit === 'stretch' || region.width <= 0 || region.height <= 0 || box.width <= 0 || box.height <= 0) {
    return { ...whole, dx: 0, dy: 0, dw: box.width, dh: box.height };
  }
  const boxRatio = box.width / box.height;
  const regionRatio = region.width / region.height;
  if (fit === 'cover') {
    if (regionRatio > boxRatio) {
      const sw = region.height * boxRatio;
      return { sx: region.x + (region.width - sw) / 2, sy: region.y, sw, sh: region.height, dx: 0, dy: 0, dw: box.width, dh: box.height };
    }
    const sh = region.width / boxRatio;
    return { sx: region.x, sy: region.y + (region.height - sh) / 2, sw: region.width, sh, dx: 0, dy: 0, dw: box.width, dh: box.height };
  }
  const scale = Math.min(box.width / region.width, box.height / region.height);
  const dw = region.width * scale;
  const dh = region.height * scale;
  return { ...whole, dx: (box.width - dw) / 2, dy: (box.height - dh) / 2, dw, dh };
}
