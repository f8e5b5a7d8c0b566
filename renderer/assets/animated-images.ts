// Frames of animated photos for the image store: GIFs decoded in a worker (gif-decode-worker.ts;
// on the page where no worker can run), animated WebP by the browser's ImageDecoder. Both are
// held to the same frame and memory limits (core/motion gif-decode), checked before decoding; a
// refusal carries the file's name for the message.
import { checkFrameBudget, decodeGifFrames, GifDecodeError, isAnimatedGif } from '../../core/motion/gif-decode';
import { webpAnimation, webpFrameDelay } from '../../core/motion/webp';
import type { AnimatedFrames } from '../../core/motion/timeline';

export type GifDecodeReply = { ok: true; frames: ImageBitmap[]; delays: number[] } | { ok: false; code: string; message: string; params: Record<string, string | number> };

function refusal(code: string, message: string, params: Record<string, string | number>, name: string): Error {
  return Object.assign(new Error(message), { code, params: { ...params, name } });
}

/** Decodes every frame into bitmaps, wherever it runs (gif-decode-worker.ts, or the page). */
export async function gifBitmaps(bytes: Uint8Array): Promise<GifDecodeReply> {
  try {
    const pending: Promise<ImageBitmap>[] = [];
    const info = decodeGifFrames(bytes, (rgba, _index, size) => pending.push(createImageBitmap(new ImageData(rgba.slice(), size.width, size.height))));
    return { ok: true, frames: await Promise.all(pending), delays: info.delays };
  } catch (e) {
    if (e instanceof GifDecodeError) return { ok: false, code: e.code, message: e.message, params: e.params };
    throw e;
  }
}

function gifFramesInWorker(bytes: Uint8Array): Promise<GifDecodeReply> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./gif-decode-worker.ts', import.meta.url), { name: 'placard-gif-decode' });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    worker.onmessage = (event: MessageEvent<GifDecodeReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.terminate();
      reject(new Error(event.message || 'the GIF worker could not run'));
    };
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy }, [copy]);
  });
}

/** Every frame of an animated GIF (undefined for a still one); a worker decodes, the page if it cannot. */
export async function gifFrames(bytes: Uint8Array, name: string): Promise<AnimatedFrames<ImageBitmap> | undefined> {
  if (!isAnimatedGif(bytes)) return undefined;
  const reply = await gifFramesInWorker(bytes).catch(() => gifBitmaps(bytes));
  if (!reply.ok) throw refusal(reply.code, reply.message, reply.params, name);
  return { frames: reply.frames, delays: reply.delays };
}

/**
 * Every frame of an animated WebP, decoded by the browser (WebCodecs ImageDecoder) after the
 * same limits; undefined for a still WebP, or where ImageDecoder is missing (its first frame is
 * then drawn, as before).
 */
export async function webpFrames(bytes: Uint8Array, name: string): Promise<AnimatedFrames<ImageBitmap> | undefined> {
  const animation = webpAnimation(bytes);
  if (!animation || typeof ImageDecoder === 'undefined') return undefined;
  try {
    checkFrameBudget(animation.frameCount, animation.width, animation.height);
  } catch (e) {
    if (e instanceof GifDecodeError) throw refusal(e.code, e.message, e.params, name);
    throw e;
  }
  const decoder = new ImageDecoder({ data: bytes as Uint8Array<ArrayBuffer>, type: 'image/webp' });
  const frames: ImageBitmap[] = [];
  const delays: number[] = [];
  try {
    await decoder.tracks.ready;
    const count = Math.min(decoder.tracks.selectedTrack?.frameCount ?? animation.frameCount, animation.frameCount);
    for (let i = 0; i < count; i++) {
      const { image } = await decoder.decode({ frameIndex: i });
      // Durations are in microseconds.
      delays.push(webpFrameDelay((image.duration ?? 0) / 1000));
      frames.push(await createImageBitmap(image));
      image.close();
    }
  } catch {
    for (const f of frames) f.close();
    throw refusal('gif.damaged', 'the animated WebP could not be decoded', {}, name);
  } finally {
    decoder.close();
  }
  return frames.length > 1 ? { frames, delays } : undefined;
}
