// A worker thread for the CLI's pool (png-pool.ts): pixels in, PNG bytes or one GIF frame's bytes out.
import { parentPort } from 'node:worker_threads';
import { encodePngPixels } from './png';
import { encodeGifFrame, type GifFrameOptions } from '../core/motion/gif-encode';

type Job = { id: number; kind?: 'png' | 'gif'; width: number; height: number; pixels: ArrayBuffer; options?: GifFrameOptions };

parentPort?.on('message', (job: Job) => {
  try {
    const out = job.kind === 'gif' ? encodeGifFrame(new Uint8Array(job.pixels), job.width, job.height, job.options!) : encodePngPixels(new Uint8Array(job.pixels), job.width, job.height);
    const bytes = out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
    parentPort!.postMessage({ id: job.id, bytes }, [bytes as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
