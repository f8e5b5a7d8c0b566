// Encodes PNGs and animated-GIF frames on worker threads, one per core beside the drawing thread, so
// a batch draws the next image (a GIF its next frame) while earlier ones compress. The worker is its
// own small bundle beside the CLI's (dist/cli/png-worker.cjs); sources run through tsx start it from
// its TypeScript; elsewhere (tests running the sources) encoding stays on this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { encodePngPixels } from './png';
import { encodeGifFrame, type GifFrameOptions } from '../core/motion/gif-encode';

export interface PngPool {
  encode(pixels: Uint8ClampedArray, width: number, height: number): Promise<Buffer>;
  /** One animated-GIF frame (core/motion encodeGifFrame). */
  gifFrame(pixels: Uint8ClampedArray, width: number, height: number, options: GifFrameOptions): Promise<Uint8Array>;
  /** Jobs worth keeping in flight: one per worker. */
  readonly size: number;
}

/** How to start a worker: the bundle beside the CLI, or (sources under tsx) its TypeScript through tsx. */
function workerSource(): { file: string; eval: boolean } | null {
  // The bundled CLI is CommonJS: __dirname is dist/cli.
  const dir = typeof __dirname === 'string' ? __dirname : null;
  const file = dir ? path.join(dir, 'png-worker.cjs') : null;
  if (file && existsSync(file)) return { file, eval: false };
  // Sources under tsx (the benchmarks): the worker registers tsx, then loads the TypeScript.
  const meta = import.meta as { url?: string };
  if (meta.url && process.execArgv.some((a) => a.includes('tsx'))) {
    const url = new URL('./png-worker.ts', meta.url).href;
    return { file: `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`, eval: true };
  }
  return null;
}

let shared: PngPool | null = null;

export function pngPool(): PngPool {
  if (shared) return shared;
  const source = workerSource();
  const size = Math.max(1, Math.min(4, availableParallelism()));
  if (!source || size < 2) {
    shared = { encode: async (pixels, width, height) => encodePngPixels(pixels, width, height), gifFrame: async (pixels, width, height, options) => encodeGifFrame(pixels, width, height, options), size: 1 };
    return shared;
  }
  const workers: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, { resolve(b: ArrayBuffer): void; reject(e: Error): void; slot: { busy: number } }>();
  let nextId = 0;
  for (let i = 0; i < size; i++) {
    const worker = new Worker(source.file, { eval: source.eval, execArgv: [] });
    const slot = { worker, busy: 0 };
    worker.on('message', (m: { id: number; bytes?: ArrayBuffer; error?: string }) => {
      const job = pending.get(m.id);
      if (!job) return;
      pending.delete(m.id);
      // An idle worker never keeps the process alive: the CLI ends when its work does.
      if (--job.slot.busy === 0) worker.unref();
      if (m.bytes) job.resolve(m.bytes);
      else job.reject(new Error(m.error ?? 'encoding failed'));
    });
    worker.on('error', (e) => {
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.reject(e);
      }
    });
    // Listening refs the worker; it is ref'd again only while it has work.
    worker.unref();
    workers.push(slot);
  }
  const run = (job: Record<string, unknown>, pixels: Uint8ClampedArray): Promise<ArrayBuffer> => {
    const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = nextId++;
    if (slot.busy++ === 0) slot.worker.ref();
    const copy = pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength) as ArrayBuffer;
    return new Promise<ArrayBuffer>((resolve, reject) => {
      pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ ...job, id, pixels: copy }, [copy]);
    });
  };
  shared = {
    encode: async (pixels, width, height) => Buffer.from(await run({ kind: 'png', width, height }, pixels)),
    gifFrame: async (pixels, width, height, options) => new Uint8Array(await run({ kind: 'gif', width, height, options }, pixels)),
    size,
  };
  return shared;
}
