// The core/export Encoder for the browser: draws with core/scene (the editor's own mapping and
// scene context) into a canvas of exactly the asked pixel size, and encodes with canvas.toBlob.
import type { Design } from '../../core/model';
import type { Encoder, ImageMime } from '../../core/export/types';
import type { SceneContext } from '../../core/scene';
import { renderDesignOnto } from '../../core/scene/builder';
import type { EncodePool } from './encode-pool';
import { createCanvasCache, type CanvasCache } from './canvas-cache';
import { drawDesignExact, releaseCanvas } from './draw-exact';

export interface BrowserEncoderOptions {
  /** Builds the scene context per design: in the app, sceneContextFor (scene-context.ts). */
  context: (design: Design) => SceneContext;
  /** Loads what a design needs before its first draw: its fonts, the QR encoder (in the app, fonts/text-font-loader.ts loadDrawingNeeds). */
  prepareDrawing?: (design: Design) => Promise<unknown>;
  /** Encodes off the page's thread (encode-pool.ts); without it, canvas.toBlob on the page. */
  pool?: EncodePool;
  /** Canvases kept between images of the same size (default: the page's one cache). */
  canvases?: CanvasCache;
}

/** The page's export canvases, shared by every export (canvas-cache.ts). */
export const pageCanvases: CanvasCache = createCanvasCache();

export function canvasToBytes(canvas: HTMLCanvasElement, mime: ImageMime, quality?: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        // Browsers fall back to PNG for types they cannot write; never report PNG bytes as WebP.
        if (!blob || blob.type !== mime) {
          reject(Object.assign(new Error(`the browser could not encode ${mime}`), { code: 'export.encoder-failed', params: { mime } }));
          return;
        }
        blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
      },
      mime,
      quality,
    );
  });
}


export function createBrowserEncoder(options: BrowserEncoderOptions): Encoder<HTMLCanvasElement> {
  const contextOf = options.context;
  const canvases = options.canvases ?? pageCanvases;
  const prepared = new WeakSet<object>();
  return {
    // Fonts must be loaded before text is measured and drawn, or it would fall back to another face;
    // QR codes need their encoder.
    async prepare(design) {
      if (!options.prepareDrawing || prepared.has(design.elements)) return;
      await options.prepareDrawing(design);
      prepared.add(design.elements);
    },
    context: contextOf,
    render(design, width, height, pixelRatio, ctx) {
      // A canvas's side is side x pixelRatio cut to a whole number; where float noise would lose a
      // pixel there, draw it the exact way (not kept).
      const whole = (side: number) => Math.trunc(side * pixelRatio) === Math.round(side * pixelRatio);
      if (!whole(width) || !whole(height)) return drawDesignExact(design, ctx, width, height, pixelRatio);
      const target = canvases.take(width, height, pixelRatio);
      renderDesignOnto(design.width === width && design.height === height ? design : { ...design, width, height }, ctx, target);
      return target._canvas;
    },
    encode: (canvas, mime, quality) => (options.pool ? options.pool.encode(canvas, mime, quality) : canvasToBytes(canvas, mime, quality)),
    // The pipeline gives a canvas back once its bytes are made: kept for the next image of its size.
    release: (canvas) => {
      if (!canvases.give(canvas)) releaseCanvas(canvas);
    },
    // Yields to the page first, so a long GIF export keeps the window responsive between frames.
    pixels: async (canvas) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    },
  };
}
