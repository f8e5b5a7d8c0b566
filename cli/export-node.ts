// The export Encoder for Node: draws with the same scene builder as the app (Konva on
// @napi-rs/canvas) and encodes JPEG and WebP with @napi-rs/canvas and PNG with pngjs on worker
// threads (png-pool.ts), writing no metadata.
import { createCanvas, loadImage, type Canvas, type Image } from '@napi-rs/canvas';
import { pngPool } from './png-pool';
import type { Design } from '../core/model/schema';
import { createFilterCache, createSceneContext, refitTextIn, type ColorResolver } from '../core/scene';
import { renderDesignToCanvas } from '../core/scene/builder';
import type { Encoder, ImageMime } from '../core/export/types';
import { installNodeCanvas } from './konva-node';
import { checkFrameBudget, decodeGifFrames, decodeWebpFrames, GifDecodeError, isAnimatedGif, webpAnimation, type AnimatedFrames } from '../core/motion';
import { decodeStillWebp } from './webp-node';
import type { SceneContext } from '../core/scene/attributes';
import { createNodeMeasurer } from './fonts-node';

export interface NodeEncoderOptions {
  /** Decoded images by asset id (see decodeImages); missing ones draw as placeholders. */
  images?: ReadonlyMap<string, Image>;
  /** Brand-token resolution; without a kit, tokens use their fallback colors. */
  color?: ColorResolver;
  /** Maps stored families to real ones (brand font tokens through the kit); identity when absent. */
  fontFamily?: (family: string) => string;
  /** Frames of animated GIFs by asset id (see decodeAnimations). */
  animations?: ReadonlyMap<string, AnimatedFrames<Canvas>>;
  /** Per design, in place of `color` and `fontFamily`: the resolvers of the kit the design names. */
  resolvers?: (design: Design) => { color: ColorResolver; fontFamily: (family: string) => string };
}

export function createNodeEncoder(options: NodeEncoderOptions = {}): Encoder<Canvas> {
  installNodeCanvas();
  const images = (options.images ?? new Map()) as unknown as ReadonlyMap<string, CanvasImageSource & { width: number; height: number }>;
  // Text is measured with the faces it is drawn with, so captions re-fit exactly as in the app.
  const measure = createNodeMeasurer();
  const filterCache = createFilterCache();
  return {
    context: (design: Design) => {
      const { color, fontFamily } = options.resolvers?.(design) ?? options;
      return createSceneContext({
        language: design.language,
        assets: design.assets,
        images,
        measure,
        filterCache,
        ...(options.animations ? { animations: options.animations as unknown as SceneContext['animations'] } : {}),
        ...(color ? { color } : {}),
        ...(fontFamily ? { fontFamily } : {}),
      });
    },
    render(design, width, height, pixelRatio, ctx): Canvas {
      const sized = design.width === width && design.height === height ? design : { ...design, width, height };
      const drawn = renderDesignToCanvas(sized, ctx, pixelRatio) as unknown as Canvas;
      const w = Math.round(width * pixelRatio);
      const h = Math.round(height * pixelRatio);
      if (drawn.width === w && drawn.height === h) return drawn;
      // Konva floors width x pixelRatio; float noise (630 x 0.7 = 440.99...) can lose a pixel.
      // Redraw onto the exact size: at most one pixel of resampling.
      const exact = createCanvas(w, h);
      exact.getContext('2d').drawImage(drawn, 0, 0, w, h);
      return exact;
    },
    async encode(canvas: Canvas, mime: ImageMime, quality: number): Promise<Uint8Array> {
      const q = Math.min(100, Math.max(1, Math.round(quality * 100)));
      let buf: Buffer;
      if (mime === 'image/png') buf = await pngPool().encode(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
      else if (mime === 'image/jpeg') buf = await canvas.encode('jpeg', q);
      else if (mime === 'image/webp') buf = await canvas.encode('webp', q);
      else throw new Error(`unsupported image type ${String(mime)}`);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    },
    pixels: (canvas: Canvas) => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data,
    // GIF frames quantise and compress on the pool's threads while the next frame is drawn.
    gifFrames: { encode: (pixels, width, height, o) => pngPool().gifFrame(pixels, width, height, o), ahead: pngPool().size + 1 },
    release(canvas: Canvas): void {
      // Drops the pixel buffer now rather than at the next garbage collection.
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

export class ImageDecodeError extends Error {
  constructor(
    readonly assetId: string,
    /** The decoder's own words. */
    readonly detail: string,
  ) {
    super(`image "${assetId}" could not be decoded (${detail})`);
    this.name = 'ImageDecodeError';
  }
}

/** Decodes asset bytes (PNG, JPEG, WebP, GIF, SVG) into images for the encoder. Throws ImageDecodeError naming the image. */
export async function decodeImages(assets: ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>): Promise<Map<string, Image>> {
  const entries = assets instanceof Map ? [...assets.entries()] : Object.entries(assets);
  const out = new Map<string, Image>();
  for (const [id, bytes] of entries) {
    try {
      out.set(id, await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    } catch (err) {
      // The checks every room shares accept only complete images; a decoder may still disagree.
      throw new ImageDecodeError(id, err instanceof Error ? err.message : String(err));
    }
  }
  return out;
}

/**
 * Decodes every frame of the animated GIFs among `assets` (limits checked first: core/motion
 * gif-decode), each frame a canvas. Stills are left to decodeImages.
 */
export async function decodeAnimations(assets: ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>): Promise<Map<string, AnimatedFrames<Canvas>>> {
  const entries = assets instanceof Map ? [...assets.entries()] : Object.entries(assets);
  const out = new Map<string, AnimatedFrames<Canvas>>();
  const canvasOf = (rgba: Uint8ClampedArray, width: number, height: number) => {
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    const data = ctx.createImageData(width, height);
    data.data.set(rgba);
    ctx.putImageData(data, 0, 0);
    return canvas;
  };
  for (const [id, bytes] of entries) {
    try {
      if (isAnimatedGif(bytes)) {
        const frames: Canvas[] = [];
        const info = decodeGifFrames(bytes, (rgba, _index, size) => frames.push(canvasOf(rgba, size.width, size.height)));
        out.set(id, { frames, delays: info.delays });
        continue;
      }
      const webp = webpAnimation(bytes);
      if (!webp) continue;
      // The same limits as GIFs and as the app, before anything is decoded.
      checkFrameBudget(webp.frameCount, webp.width, webp.height);
      const decoded = await decodeWebpFrames(bytes, decodeStillWebp).catch((e: unknown) => {
        throw new GifDecodeError('gif.damaged', `the animated WebP could not be decoded (${e instanceof Error ? e.message : String(e)})`);
      });
      out.set(id, { frames: decoded.frames.map((rgba) => canvasOf(rgba, decoded.width, decoded.height)), delays: decoded.delays });
    } catch (e) {
      // Which asset was refused, for the message.
      if (e instanceof GifDecodeError) throw new GifDecodeError(e.code, e.message, { ...e.params, asset: id });
      throw e;
    }
  }
  return out;
}


/**
 * Re-fits 'shrink' and 'grow' text after a size change, measuring with @napi-rs/canvas and the
 * same font fallback chain Konva draws with. Pass as `adapt.refitText` to exportDesign.
 */
export function nodeTextRefit(resolveFamily?: (family: string) => string): (design: Design) => Design {
  installNodeCanvas();
  return refitTextIn({ measure: createNodeMeasurer(), fontFamily: resolveFamily });
}
