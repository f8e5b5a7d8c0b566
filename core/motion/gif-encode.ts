// Animated GIF out, with gifenc (MIT): a palette per frame, reduced to `colors`, and frame delays
// in hundredths of a second that add up to the timeline exactly (15 fps is 7, 7, 6, 7, 7, 6...).
// Each frame is encoded on its own (encodeGifFrame, which a worker may run) and the frames are
// joined in order behind one header (assembleGif), so drawing and encoding can overlap.
import * as gifencModule from 'gifenc';

// gifenc's CommonJS build defines its exports through getters Node's ESM loader cannot see (tsx,
// the benchmarks); bundlers read its ES module. Take the functions from wherever they are.
export const gifenc: typeof gifencModule = 'GIFEncoder' in gifencModule ? gifencModule : (gifencModule as unknown as { default: typeof gifencModule }).default;

/** Hundredths of a second frame `i` shows at `fps`, rounded so the sum never drifts. */
export function gifDelayCs(i: number, fps: number): number {
  return Math.round(((i + 1) * 100) / fps) - Math.round((i * 100) / fps);
}

export interface GifFrameOptions {
  /** Palette size, 2-256. */
  colors: number;
  delayCs: number;
  /** The first frame also writes the screen size, its palette as the global one, and the loop. */
  first: boolean;
  /** Loop forever, or play once and stay on the last frame. */
  loop: boolean;
  /** Ordered dithering before the palette is applied (smooths gradients at small palettes). */
  dither?: boolean;
}

/** Palettes at most this size are dithered: at 128 and 256 colours banding is rarely visible. */
export const DITHER_AT_MOST = 64;

// A 4x4 Bayer matrix. Hand-written: gifenc has no dithering, and the libraries that do are far slower per frame.
const BAYER4 = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];

/** How far apart the palette's colours are: the median distance from each to its nearest neighbour. */
export function paletteSpacing(palette: readonly (readonly number[])[]): number {
  const nearest = palette.map((a, i) => {
    let best = Infinity;
    palette.forEach((b, j) => {
      if (i !== j) best = Math.min(best, Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!));
    });
    return best;
  });
  const sorted = nearest.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** The frame with ordered-dither noise `step` wide (a palette step) added to each colour channel. */
export function orderedDither(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, step: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rgba.length);
  for (let y = 0; y < height; y++) {
    const row = (y & 3) * 4;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const t = ((BAYER4[row + (x & 3)]! + 0.5) / 16 - 0.5) * step;
      out[i] = rgba[i]! + t;
      out[i + 1] = rgba[i + 1]! + t;
      out[i + 2] = rgba[i + 2]! + t;
      out[i + 3] = rgba[i + 3]!;
    }
  }
  return out;
}

/** One frame of a GIF, without the file's header or trailer: quantised, indexed, LZW-compressed. */
export function encodeGifFrame(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, options: GifFrameOptions): Uint8Array {
  const gif = gifenc.GIFEncoder({ auto: false, initialCapacity: Math.max(4096, (width * height) >> 1) });
  const colors = Math.max(2, Math.min(256, Math.round(options.colors)));
  const palette = gifenc.quantize(rgba, colors);
  const indexed = gifenc.applyPalette(options.dither ? orderedDither(rgba, width, height, paletteSpacing(palette)) : rgba, palette);
  gif.writeFrame(indexed, width, height, { palette, delay: options.delayCs * 10, first: options.first, repeat: options.loop ? 0 : -1 });
  return gif.bytes();
}

const HEADER = new TextEncoder().encode('GIF89a');
const TRAILER = 0x3b;

/** The GIF file: header, the frames in order (the first written with `first`), trailer. */
export function assembleGif(frames: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(HEADER.length + frames.reduce((n, f) => n + f.length, 0) + 1);
  out.set(HEADER, 0);
  let at = HEADER.length;
  for (const f of frames) {
    out.set(f, at);
    at += f.length;
  }
  out[at] = TRAILER;
  return out;
}

/** Encodes one frame somewhere (a worker thread, or here); resolves with the frame's bytes. */
export type GifFrameEncoder = (rgba: Uint8ClampedArray, width: number, height: number, options: GifFrameOptions) => Promise<Uint8Array>;

export const encodeGifFrameHere: GifFrameEncoder = async (rgba, width, height, options) => encodeGifFrame(rgba, width, height, options);

export interface GifWriter {
  /** Hands frame `index` (in order) to the encoder; resolves once it may be reused or dropped. */
  add(rgba: Uint8ClampedArray, index: number): Promise<void>;
  finish(): Promise<Uint8Array>;
}

/**
 * A GIF written frame by frame; up to `ahead` frames encode at once (on workers when `encode`
 * runs them there) while the caller draws the next.
 */
export function gifWriter(width: number, height: number, options: { fps: number; colors: number; loop: boolean; encode?: GifFrameEncoder; ahead?: number }): GifWriter {
  const encode = options.encode ?? encodeGifFrameHere;
  const ahead = Math.max(1, options.ahead ?? 1);
  const chunks: Promise<Uint8Array>[] = [];
  return {
    async add(rgba, index) {
      chunks[index] = encode(rgba, width, height, { colors: options.colors, delayCs: gifDelayCs(index, options.fps), first: index === 0, loop: options.loop, dither: options.colors <= DITHER_AT_MOST });
      // Keep at most `ahead` frames in flight: memory stays bounded on long GIFs.
      const waitFor = chunks[index - ahead + 1];
      if (waitFor) await waitFor;
    },
    async finish() {
      return assembleGif(await Promise.all(chunks));
    },
  };
}
