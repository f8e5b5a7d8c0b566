// Test helper: draws designs with core/scene in Node (@napi-rs/canvas), with the bundled and the
// fallback fonts registered, and reads pixels back.
import { createCanvas } from '@napi-rs/canvas';
import { installNodeCanvas } from '../../../../cli/konva-node';
import { createNodeMeasurer, registerBundledFonts } from '../../../../cli/fonts-node';
import { literalColors, type SceneContext } from '../../../../core/scene';
import { renderDesignToCanvas } from '../../../../core/scene/builder';
import { createDesign, type Design, type Element } from '../../../../core/model';

let ready = false;

export function setupNodeScene(): void {
  if (ready) return;
  ready = true;
  installNodeCanvas();
  // Registers the brand fonts and the Arabic, Hebrew and emoji fallbacks.
  registerBundledFonts();
}

export type Pixels = { width: number; height: number; data: Uint8ClampedArray; at(x: number, y: number): [number, number, number, number] };

export function pixelsOf(canvas: { width: number; height: number; getContext(k: '2d'): unknown }): Pixels {
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return {
    width,
    height,
    data,
    at: (x, y) => {
      const i = (Math.floor(y) * width + Math.floor(x)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    },
  };
}

/** How many pixels of the whole image pass `test`. */
export function countPixels(px: Pixels, test: (rgba: [number, number, number, number]) => boolean): number {
  let n = 0;
  for (let y = 0; y < px.height; y++) for (let x = 0; x < px.width; x++) if (test(px.at(x, y))) n++;
  return n;
}

export function design(elements: Element[], size = { width: 400, height: 300 }, background = '#ffffff'): Design {
  return { ...createDesign(size), background: { color: background }, elements };
}

export function render(d: Design, images: SceneContext['images'] = new Map(), pixelRatio = 1, withMeasure = true, extra: Partial<SceneContext> = {}): Pixels {
  setupNodeScene();
  const ctx: SceneContext = { language: d.language, color: literalColors, images, assets: d.assets, ...(withMeasure ? { measure: createNodeMeasurer() } : {}), ...extra };
  return pixelsOf(renderDesignToCanvas(d, ctx, pixelRatio) as unknown as { width: number; height: number; getContext(k: '2d'): unknown });
}

/** A canvas usable as an image source, painted by `paint`. */
export function makeImage(width: number, height: number, paint: (ctx: CanvasRenderingContext2D) => void) {
  const canvas = createCanvas(width, height);
  paint(canvas.getContext('2d') as unknown as CanvasRenderingContext2D);
  return canvas as unknown as CanvasImageSource & { width: number; height: number };
}

export function isClose(a: readonly number[], b: readonly number[], tolerance = 12): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
}
