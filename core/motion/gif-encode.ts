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
}

/** One frame of a GIF, without the file's header or trailer: quantised, indexed, LZW-compressed. */
export function encodeGifFrame(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, options: GifFrameOptions): Uint8Array {
  const gif = gifenc.GIFEncoder({ auto: false, initialCapacity: Math.max(4096, (width * height) >> 1) });
  const palette = gifenc.quantize(rgba, Math.max(2, Math.min(256, Math.round(options.colors))));
  gif.writeFrame(gifenc.applyPalette(rgba, palette), width, height, { palette, delay: options.delayCs * 10, first: options.first, repeat: options.loop ? 0 : -1 });
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
      chunks[index] = encode(rgba, width, height, { colors: options.colors, delayCs: gifDelayCs(index, options.fps), first: index === 0, loop: options.loop });
      // Keep at most `ahead` frames in flight: memory stays bounded on long GIFs.
      const waitFor = chunks[index - ahead + 1];
      if (waitFor) await waitFor;
    },
    async finish() {
      return assembleGif(await Promise.all(chunks));
    },
  };
}
