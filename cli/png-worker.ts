// A worker thread that encodes PNGs for the CLI's pool (png-pool.ts): pixels in, PNG bytes out.
import { parentPort } from 'node:worker_threads';
import { encodePngPixels } from './png';

parentPort?.on('message', (job: { id: number; width: number; height: number; pixels: ArrayBuffer }) => {
  try {
    const png = encodePngPixels(new Uint8Array(job.pixels), job.width, job.height);
    const bytes = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);
    parentPort!.postMessage({ id: job.id, bytes }, [bytes as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
