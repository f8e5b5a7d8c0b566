// Encodes animated-GIF frames off the page's thread (core/motion encodeGifFrame: quantise, index,
// compress), so the page draws the next frame meanwhile. Messages are described in gif-pool.ts.
import { encodeGifFrame } from '../../core/motion/gif-encode';
import type { GifJob, GifReply } from './gif-pool';

interface WorkerScope {
  onmessage: ((event: MessageEvent<GifJob>) => void) | null;
  postMessage(message: GifReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const job = event.data;
  try {
    const out = encodeGifFrame(new Uint8ClampedArray(job.pixels), job.width, job.height, job.options);
    const bytes = out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
    scope.postMessage({ id: job.id, ok: true, bytes }, [bytes]);
  } catch (e) {
    scope.postMessage({ id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};
