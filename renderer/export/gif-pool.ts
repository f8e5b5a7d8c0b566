// Animated-GIF frames encoded in Web Workers (gif-worker.ts), one per spare core, while the page
// draws the next frame. Where a worker cannot start or fails, frames are encoded on the page, so
// a GIF export never fails only because the faster path is missing.
import { encodeGifFrame, type GifFrameEncoder, type GifFrameOptions } from '../../core/motion/gif-encode';

export interface GifJob {
  id: number;
  pixels: ArrayBuffer;
  width: number;
  height: number;
  options: GifFrameOptions;
}

export type GifReply = { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string };

export interface GifPool {
  encode: GifFrameEncoder;
  /** Frames worth keeping in flight. */
  readonly ahead: number;
  /** Frames each path encoded (for tests and diagnostics). */
  readonly counts: { worker: number; page: number };
}

export function createGifPool(spawn: () => Worker, size = Math.max(1, Math.min(3, (navigator.hardwareConcurrency || 2) - 1))): GifPool {
  const counts = { worker: 0, page: 0 };
  const pending = new Map<number, { resolve(b: Uint8Array): void; job: GifJob; pixels: Uint8ClampedArray }>();
  let workers: Worker[] = [];
  // A spawn that throws (no Worker, a CSP that blocks the script) means encoding on the page.
  let broken = false;
  let nextId = 1;
  let turn = 0;

  const onPage = (pixels: Uint8ClampedArray, width: number, height: number, options: GifFrameOptions) => {
    counts.page++;
    return encodeGifFrame(pixels, width, height, options);
  };
  const giveUp = () => {
    broken = true;
    for (const w of workers) w.terminate();
    workers = [];
    // What the workers held is encoded here, from the copies kept for this.
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(onPage(p.pixels, p.job.width, p.job.height, p.job.options));
    }
  };
  const start = (): boolean => {
    if (workers.length) return true;
    try {
      for (let i = 0; i < size; i++) {
        const w = spawn();
        w.onmessage = (event: MessageEvent<GifReply>) => {
          const reply = event.data;
          const p = pending.get(reply.id);
          if (!p) return;
          pending.delete(reply.id);
          if (reply.ok) {
            counts.worker++;
            p.resolve(new Uint8Array(reply.bytes));
          } else p.resolve(onPage(p.pixels, p.job.width, p.job.height, p.job.options));
        };
        w.onerror = (event) => {
          event.preventDefault?.();
          giveUp();
        };
        workers.push(w);
      }
      return true;
    } catch {
      giveUp();
      return false;
    }
  };

  return {
    counts,
    ahead: size + 1,
    async encode(pixels, width, height, options) {
      if (broken || !start()) return onPage(pixels, width, height, options);
      const id = nextId++;
      // The worker takes a copy; the page keeps the pixels until the frame is back, in case it must encode it itself.
      const copy = pixels.slice().buffer;
      const job: GifJob = { id, pixels: copy, width, height, options };
      const worker = workers[turn++ % workers.length]!;
      return new Promise<Uint8Array>((resolve) => {
        pending.set(id, { resolve, job, pixels });
        worker.postMessage(job, [copy]);
      });
    },
  };
}
