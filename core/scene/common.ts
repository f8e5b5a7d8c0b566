// What every element kind's Konva mapping shares: the scene context (how to resolve images,
// colors, fonts and measure text), the attributes of every node, and helpers for custom drawing.
import type Konva from 'konva';
import type { AssetInfo, ElementBase, Language } from '../model/primitives';
import type { Measure } from '../layout/text-fit';
import type { ColorResolver } from './colors';
import type { FilterCache, ImageProxies } from './image-draw';
import type { AnimatedFrames } from '../motion/timeline';

export interface SceneContext {
  language: Language;
  color: ColorResolver;
  /** Decoded images by asset id; missing ones draw as a neutral placeholder. */
  images: ReadonlyMap<string, CanvasImageSource & { width: number; height: number }>;
  assets: Readonly<Record<string, AssetInfo>>;
  /** Measures text for fitting (a browser canvas, @napi-rs/canvas); without one, fitted text is drawn at its stored size. */
  measure?: Measure | undefined;
  /** Maps a stored family to a real one (brand font tokens like "brand.heading" through the kit). */
  fontFamily?: ((family: string) => string) | undefined;
  /** Downscaled copies of large images the editor draws while zoomed out. */
  imageProxies?: ImageProxies | undefined;
  /** Where filtered image renders are kept between redraws. */
  filterCache?: FilterCache | undefined;
  /** The size each 'shrink' text fitted at last, by element and language: where the next fit starts looking. */
  fitHints?: Map<string, number> | undefined;
  /** Frames of animated images (GIF, animated WebP) by asset id; `images` holds their first frame. */
  animations?: ReadonlyMap<string, AnimatedFrames<CanvasImageSource & { width: number; height: number }>> | undefined;
  /**
   * The moment drawn, in seconds, when drawing a frame of a moving design: keyframed elements are
   * placed, entrances posed and animated images show their frame. Undefined draws the still.
   */
  time?: number | undefined;
}

/** Attributes every element's node shares: identity and placement. */
export function commonAttrs(el: ElementBase & { type: string }): Konva.NodeConfig {
  return withCommonAttrs(el, {});
}

/**
 * `attrs` (a literal made for this call) with the common attributes written onto it: one object per
 * node instead of the common ones plus a literal copied into them. Busy designs build hundreds of
 * these per exported size; the spare object and its copy were a sixth of a drawing's allocations.
 */
export function withCommonAttrs<T extends object>(el: ElementBase & { type: string }, attrs: T): T & Konva.NodeConfig {
  const out = attrs as T & Konva.NodeConfig;
  out.id = el.id;
  out.name = `element element-${el.type}`;
  out.x = el.x;
  out.y = el.y;
  out.rotation = el.rotation;
  out.opacity = el.opacity;
  out.visible = el.visible;
  return out;
}

/** The canvas 2D context under Konva's wrapper, for drawing code shared with plain canvases. */
export function nativeContext(context: Konva.Context): CanvasRenderingContext2D {
  return (context as unknown as { _context: CanvasRenderingContext2D })._context;
}

/**
 * A box drawn by custom canvas code (images, redaction boxes): the common attributes, its size,
 * `draw` called with the native 2D context in element space, and hits anywhere in the box.
 */
export function boxDrawingAttrs(
  el: ElementBase & { type: string },
  draw: (native: CanvasRenderingContext2D, width: number, height: number) => void,
): Konva.ShapeConfig {
  return withCommonAttrs(el, {
    width: el.width,
    height: el.height,
    sceneFunc(context: Konva.Context, shape: Konva.Shape) {
      draw(nativeContext(context), shape.width(), shape.height());
    },
    hitFunc: boxHitFunc,
  });
}

/** Images and redaction boxes are hit anywhere inside their box, transparent pixels included. */
export const boxHitFunc: Konva.ShapeConfig['hitFunc'] = (context, shape) => {
  context.beginPath();
  context.rect(0, 0, shape.width(), shape.height());
  context.closePath();
  context.fillStrokeShape(shape);
};
