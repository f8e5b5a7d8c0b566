// Reads every frame of an animated GIF (omggif) into full-size RGBA, applying each frame's
// disposal, after checking the frame count and the memory the frames will take against limits
// (a GIF from the internet is untrusted: a small file can declare thousands of large frames).
import { GifReader } from 'omggif';

export interface GifLimits {
  maxFrames: number;
  /** Bytes the decoded frames may take together (width x height x 4 x frames). */
  maxDecodedBytes: number;
}

export const GIF_LIMITS: Readonly<GifLimits> = Object.freeze({ maxFrames: 500, maxDecodedBytes: 400 * 1024 * 1024 });

export type GifProblem = 'gif.damaged' | 'gif.too-many-frames' | 'gif.too-much-memory';

export class GifDecodeError extends Error {
  constructor(
    readonly code: GifProblem,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'GifDecodeError';
  }
}

export interface GifInfo {
  width: number;
  height: number;
  frameCount: number;
  /** Milliseconds per frame; a delay under 20 ms shows for 100 ms, as browsers do. */
  delays: number[];
}

/** Throws, naming the limit, when an animation's frames are too many or would take too much memory decoded. */
export function checkFrameBudget(frameCount: number, width: number, height: number, limits: GifLimits = GIF_LIMITS): void {
  if (frameCount > limits.maxFrames) throw new GifDecodeError('gif.too-many-frames', `the animation has ${frameCount} frames; the limit is ${limits.maxFrames}`, { frames: frameCount, max: limits.maxFrames });
  const decoded = width * height * 4 * frameCount;
  if (decoded > limits.maxDecodedBytes) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    throw new GifDecodeError('gif.too-much-memory', `the animation's ${frameCount} frames of ${width}x${height} would take ${mb(decoded)} MB; the limit is ${mb(limits.maxDecodedBytes)} MB`, {
      frames: frameCount,
      width,
      height,
      megabytes: mb(decoded),
      max: mb(limits.maxDecodedBytes),
    });
  }
}

function reader(bytes: Uint8Array): GifReader {
  try {
    return new GifReader(bytes);
  } catch (e) {
    throw new GifDecodeError('gif.damaged', `the GIF could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Frame count, size and timing, and the limits checked, without decoding any pixels. */
export function gifInfo(bytes: Uint8Array, limits: GifLimits = GIF_LIMITS): GifInfo {
  const gif = reader(bytes);
  const frameCount = gif.numFrames();
  if (frameCount < 1) throw new GifDecodeError('gif.damaged', 'the GIF has no frames');
  checkFrameBudget(frameCount, gif.width, gif.height, limits);
  const delays = Array.from({ length: frameCount }, (_, i) => {
    const cs = gif.frameInfo(i).delay;
    return cs < 2 ? 100 : cs * 10;
  });
  return { width: gif.width, height: gif.height, frameCount, delays };
}

/**
 * Decodes every frame, composed as a viewer shows it, handing each to `onFrame` (which must copy
 * what it keeps: the buffer is reused). Checks the limits first.
 */
export function decodeGifFrames(bytes: Uint8Array, onFrame: (rgba: Uint8ClampedArray, index: number, size: { width: number; height: number }) => void, limits: GifLimits = GIF_LIMITS): GifInfo {
  const info = gifInfo(bytes, limits);
  const gif = reader(bytes);
  const { width, height } = info;
  const screen = new Uint8ClampedArray(width * height * 4);
  let saved: Uint8ClampedArray | null = null;
  for (let i = 0; i < info.frameCount; i++) {
    const frame = gif.frameInfo(i);
    if (frame.disposal === 3) saved = screen.slice();
    try {
      gif.decodeAndBlitFrameRGBA(i, screen as unknown as Uint8Array);
    } catch (e) {
      throw new GifDecodeError('gif.damaged', `frame ${i + 1} of the GIF is damaged: ${e instanceof Error ? e.message : String(e)}`, { frame: i + 1 });
    }
    onFrame(screen, i, info);
    if (frame.disposal === 2) {
      // Back to transparent inside the frame's rectangle.
      for (let y = Math.max(0, frame.y); y < Math.min(height, frame.y + frame.height); y++) {
        screen.fill(0, (y * width + Math.max(0, frame.x)) * 4, (y * width + Math.min(width, frame.x + frame.width)) * 4);
      }
    } else if (frame.disposal === 3 && saved) screen.set(saved);
  }
  return info;
}

/** True when the bytes are a GIF with more than one frame. */
export function isAnimatedGif(bytes: Uint8Array): boolean {
  if (bytes.length < 6 || bytes[0] !== 0x47 || bytes[1] !== 0x49 || bytes[2] !== 0x46) return false;
  try {
    return new GifReader(bytes).numFrames() > 1;
  } catch {
    return false;
  }
}
