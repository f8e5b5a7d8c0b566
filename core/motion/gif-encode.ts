// Animated GIF out, with gifenc (MIT): a palette per frame, reduced to `colors`, and frame delays
// in hundredths of a second that add up to the timeline exactly (15 fps is 7, 7, 6, 7, 7, 6...).
import { GIFEncoder, applyPalette, quantize, type GifStream } from 'gifenc';

/** Hundredths of a second frame `i` shows at `fps`, rounded so the sum never drifts. */
export function gifDelayCs(i: number, fps: number): number {
  return Math.round(((i + 1) * 100) / fps) - Math.round((i * 100) / fps);
}

export interface GifWriter {
  add(rgba: Uint8ClampedArray | Uint8Array, index: number): void;
  finish(): Uint8Array;
}

/** A GIF being written frame by frame; `loop` false plays once and stays on the last frame. */
export function gifWriter(width: number, height: number, options: { fps: number; colors: number; loop: boolean }): GifWriter {
  const gif: GifStream = GIFEncoder({ initialCapacity: width * height });
  const colors = Math.max(2, Math.min(256, Math.round(options.colors)));
  return {
    add(rgba, index) {
      const palette = quantize(rgba, colors);
      const indexed = applyPalette(rgba, palette);
      gif.writeFrame(indexed, width, height, { palette, delay: gifDelayCs(index, options.fps) * 10, ...(index === 0 ? { repeat: options.loop ? 0 : -1 } : {}) });
    },
    finish() {
      gif.finish();
      return gif.bytes();
    },
  };
}
