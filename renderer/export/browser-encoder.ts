// The core/export Encoder for the browser: draws with core/scene (the editor's own mapping and
// scene context) into a canvas of exactly the asked pixel size, and encodes with canvas.toBlob.
// With a pool, a still design is drawn and encoded in a worker (encode-pool.ts), and a canvas drawn
// on the page (a moment of a moving design, or wherever workers fail) is encoded in one. A worker's
// drawing is asked for with its first encode (or its pixels), in one message: render() only says
// what to draw, so the worker never waits between drawing and encoding.
import type { Design } from '../../core/model';
import type { BrandKit } from '../../core/brand';
import type { Encoder, ImageMime } from '../../core/export/types';
import type { SceneContext } from '../../core/scene';
import { renderDesignOnto } from '../../core/scene/builder';
import type { DrawThen, EncodePool, WorkerDrawing } from './encode-pool';
import { createCanvasCache, type CanvasCache } from './canvas-cache';
import { drawDesignExact, releaseCanvas } from './draw-exact';
import { drawJob, type DrawJob } from './worker-draw-job';
import { loadedFaces } from '../fonts/face-sources';

/** What the browser encoder draws into: a canvas on the page, or a drawing a worker keeps. */
export type ExportCanvas = HTMLCanvasElement | DrawnInWorker;

/** A drawing for a worker to make, with what the page needs to draw it itself should the worker fail or end. */
export interface DrawnInWorker {
  readonly width: number;
  readonly height: number;
  readonly job: DrawJob;
  /** The worker's drawing, once made (kept there for another encode). */
  made: WorkerDrawing | null;
  /** The page's own drawing, once the worker could not make or keep it. */
  onPage: HTMLCanvasElement | null;
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
  /** The page's own drawing of a worker's drawing (made once, kept until released). */
  const onPageInstead = (drawing: DrawnInWorker): HTMLCanvasElement => (drawing.onPage ??= drawing.redraw());
  /**
   * Reads a worker's drawing: has a worker make it and answer (`then`), or asks the worker that
   * keeps it (`again`); where no worker can, the page draws it and `onPage` reads that.
   */
  const fromWorker = async <T>(drawing: DrawnInWorker, then: DrawThen, answer: (bytes: ArrayBuffer) => T, again: (made: WorkerDrawing) => Promise<T>, onPage: (canvas: HTMLCanvasElement) => Promise<T> | T): Promise<T> => {
    if (!drawing.onPage) {
      try {
        if (drawing.made) return await again(drawing.made);
        const drawn = await pool!.draw(drawing.job, then);
        if (drawn) {
          drawing.made = drawn.drawing;
          return answer(drawn.bytes);
        }
      } catch (e) {
        warnOnce(e);
        if (drawing.made) pool!.releaseDrawn(drawing.made);
        drawing.made = null;
      }
    }
    return onPage(onPageInstead(drawing));
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
        return {
          width: Math.round(width * pixelRatio),
          height: Math.round(height * pixelRatio),
          job: drawJob(design, ctx, width, height, pixelRatio, options.kit(design)),
          made: null,
          onPage: null,
          redraw: () => drawOnPage(design, width, height, pixelRatio, ctx),
        } satisfies DrawnInWorker;
      }
      return drawOnPage(design, width, height, pixelRatio, ctx);
    },
    async encode(canvas, mime, quality) {
      if (!drawnInWorker(canvas)) return pool ? pool.encode(canvas, mime, quality) : canvasToBytes(canvas, mime, quality);
      return fromWorker(
        canvas,
        { kind: 'encode', mime, quality },
        (bytes) => new Uint8Array(bytes),
        (made) => pool!.encodeDrawn(made, mime, quality),
        (onPage) => pool!.encode(onPage, mime, quality),
      );
    },
    // The pipeline gives a canvas back once its bytes are made: kept for the next image of its size.
    release: (canvas) => {
      if (!drawnInWorker(canvas)) return release(canvas);
      if (canvas.made) pool!.releaseDrawn(canvas.made);
      if (canvas.onPage) release(canvas.onPage);
      canvas.made = null;
      canvas.onPage = null;
    },
    // Yields to the page first, so a long GIF export keeps the window responsive between frames.
    pixels: async (canvas) => {
      if (drawnInWorker(canvas)) return fromWorker(canvas, { kind: 'pixels' }, (bytes) => new Uint8ClampedArray(bytes), (made) => pool!.pixelsOf(made), pagePixels);
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
