// Encodes PNGs on worker threads, one per core beside the drawing thread, so a batch draws the next
// image while earlier ones compress. The worker is its own small bundle beside the CLI's
// (dist/cli/png-worker.cjs); without it (tests running the sources) encoding stays on this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { encodePngPixels } from './png';

export interface PngPool {
  encode(pixels: Uint8ClampedArray, width: number, height: number): Promise<Buffer>;
}

function workerFile(): string | null {
  // The bundled CLI is CommonJS: __dirname is dist/cli. Sources run through tsx have no worker bundle.
  const dir = typeof __dirname === 'string' ? __dirname : null;
  const file = dir ? path.join(dir, 'png-worker.cjs') : null;
  return file && existsSync(file) ? file : null;
}

let shared: PngPool | null = null;

export function pngPool(): PngPool {
  if (shared) return shared;
  const file = workerFile();
  const size = Math.max(1, Math.min(4, availableParallelism()));
  if (!file || size < 2) {
    shared = { encode: async (pixels, width, height) => encodePngPixels(pixels, width, height) };
    return shared;
  }
  const workers: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, { resolve(b: Buffer): void; reject(e: Error): void; slot: { busy: number } }>();
  let nextId = 0;
  for (let i = 0; i < size; i++) {
    const worker = new Worker(file);
    const slot = { worker, busy: 0 };
    worker.on('message', (m: { id: number; bytes?: ArrayBuffer; error?: string }) => {
      const job = pending.get(m.id);
      if (!job) return;
      pending.delete(m.id);
      // An idle worker never keeps the process alive: the CLI ends when its work does.
      if (--job.slot.busy === 0) worker.unref();
      if (m.bytes) job.resolve(Buffer.from(m.bytes));
      else job.reject(new Error(m.error ?? 'PNG encoding failed'));
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
  shared = {
    encode(pixels, width, height) {
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      if (slot.busy++ === 0) slot.worker.ref();
      const copy = pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength) as ArrayBuffer;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, width, height, pixels: copy }, [copy]);
      });
    },
  };
  return shared;
}
