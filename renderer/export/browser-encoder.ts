// The core/export Encoder for the browser: draws with core/scene (the editor's own mapping and
// scene context) into a canvas of exactly the asked pixel size, and encodes with canvas.toBlob.
// With a pool, a still design is drawn and encoded in a worker (encode-pool.ts), and a canvas drawn
// on the page (a moment of a moving design, or wherever workers fail) is encoded in one.
import type { Design } from '../../core/model';
import type { BrandKit } from '../../core/brand';
import type { Encoder, ImageMime } from '../../core/export/types';
import type { SceneContext } from '../../core/scene';
import { renderDesignOnto } from '../../core/scene/builder';
import type { EncodePool, WorkerDrawing } from './encode-pool';
import { createCanvasCache, type CanvasCache } from './canvas-cache';
import { drawDesignExact, releaseCanvas } from './draw-exact';
import { drawJob } from './worker-draw-job';
import { loadedFaces } from '../fonts/face-sources';

/** What the browser encoder draws into: a canvas on the page, or a drawing a worker keeps. */
export type ExportCanvas = HTMLCanvasElement | DrawnInWorker;

/** A worker's drawing, with what the page needs to draw it itself should the worker end first. */
export interface DrawnInWorker extends WorkerDrawing {
  readonly redraw: () => HTMLCanvasElement;
}

export function drawnInWorker(canvas: ExportCanvas): canvas is DrawnInWorker {
  return 'redraw' in canvas;
}

export interface BrowserEncoderOptions {
  /** Builds the scene context per design: in the app, sceneContextFor (scene-context.ts). */
  context: (design: Design) => SceneContext;
  /** Loads what a design needs before its first draw: its fonts, the QR encoder (in the app, fonts/text-font-loader.ts loadDrawingNeeds). */
  prepareDrawing?: (design: Design) => Promise<unknown>;
  /** Encodes off the page's thread (encode-pool.ts); without it, canvas.toBlob on the page. */
  pool?: EncodePool;
  /** Canvases kept between images of the same size (default: the page's one cache). */
  canvases?: CanvasCache;
  /**
   * The brand kit a worker draws `design`'s tokens with (null: literal colors and families, as a
   * context without a kit). Without it, designs are drawn on the page.
   */
  kit?: (design: Design) => BrandKit | null;
  /**
   * A one-off export (File > Export PNG, Copy image, Print): when the workers are not running, the
   * page draws, as starting them would cost more than the drawing, and they are started for the
   * next export.
   */
  coldOnPage?: boolean;
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


export function createBrowserEncoder(options: BrowserEncoderOptions): Encoder<ExportCanvas> {
  const contextOf = options.context;
  const canvases = options.canvases ?? pageCanvases;
  const pool = options.pool;
  const prepared = new WeakSet<object>();
  let warned = false;

  const drawOnPage = (design: Design, width: number, height: number, pixelRatio: number, ctx: SceneContext): HTMLCanvasElement => {
    // A canvas's side is side x pixelRatio cut to a whole number; where float noise would lose a
    // pixel there, draw it the exact way (not kept).
    if (!whole(width, pixelRatio) || !whole(height, pixelRatio)) return drawDesignExact(design, ctx, width, height, pixelRatio);
    const target = canvases.take(width, height, pixelRatio);
    renderDesignOnto(design.width === width && design.height === height ? design : { ...design, width, height }, ctx, target);
    return target._canvas;
  };
  const release = (canvas: HTMLCanvasElement) => {
    if (!canvases.give(canvas)) releaseCanvas(canvas);
  };
  /** Runs `read` on the page's own drawing of a worker's drawing whose worker has ended. */
  const onPageInstead = async <T>(drawing: DrawnInWorker, read: (canvas: HTMLCanvasElement) => Promise<T> | T): Promise<T> => {
    const canvas = drawing.redraw();
    try {
      return await read(canvas);
    } finally {
      release(canvas);
    }
  };
  const warnOnce = (e: unknown) => {
    if (warned) return;
    warned = true;
    console.warn(`[placard] an export worker could not draw; drawing on the page: ${e instanceof Error ? e.message : String(e)}`);
  };

  return {
    // Fonts must be loaded before text is measured and drawn, or it would fall back to another face;
    // QR codes need their encoder.
    async prepare(design) {
      if (!options.prepareDrawing || prepared.has(design.elements)) return;
      await options.prepareDrawing(design);
      prepared.add(design.elements);
    },
    context: contextOf,
    async render(design, width, height, pixelRatio, ctx) {
      // A moment of a moving design is drawn on the page: its animated images' frames live there.
      if (pool && options.kit && ctx.time === undefined && whole(width, pixelRatio) && whole(height, pixelRatio)) {
        if (options.coldOnPage && !pool.running()) {
          pool.warm(loadedFaces())();
          return drawOnPage(design, width, height, pixelRatio, ctx);
        }
        try {
          const drawn = await pool.draw(drawJob(design, ctx, width, height, pixelRatio, options.kit(design)));
          if (drawn) return { ...drawn, redraw: () => drawOnPage(design, width, height, pixelRatio, ctx) } satisfies DrawnInWorker;
        } catch (e) {
          warnOnce(e);
        }
      }
      return drawOnPage(design, width, height, pixelRatio, ctx);
    },
    async encode(canvas, mime, quality) {
      if (!drawnInWorker(canvas)) return pool ? pool.encode(canvas, mime, quality) : canvasToBytes(canvas, mime, quality);
      try {
        return await pool!.encodeDrawn(canvas, mime, quality);
      } catch (e) {
        warnOnce(e);
        return onPageInstead(canvas, (c) => canvasToBytes(c, mime, quality));
      }
    },
    // The pipeline gives a canvas back once its bytes are made: kept for the next image of its size.
    release: (canvas) => {
      if (drawnInWorker(canvas)) pool!.releaseDrawn(canvas);
      else release(canvas);
    },
    // Yields to the page first, so a long GIF export keeps the window responsive between frames.
    pixels: async (canvas) => {
      if (drawnInWorker(canvas)) {
        try {
          return await pool!.pixelsOf(canvas);
        } catch (e) {
          warnOnce(e);
          return onPageInstead(canvas, pagePixels);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      return pagePixels(canvas);
    },
  };
}

function whole(side: number, pixelRatio: number): boolean {
  return Math.trunc(side * pixelRatio) === Math.round(side * pixelRatio);
}

function pagePixels(canvas: HTMLCanvasElement): Uint8ClampedArray {
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}
