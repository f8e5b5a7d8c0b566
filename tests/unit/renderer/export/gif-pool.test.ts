// The GIF frame pool: frames go to workers and come back as the page would have encoded them; a
// worker that fails hands its frames, and all later ones, back to the page.
import { describe, expect, it } from 'vitest';
import { createGifPool, type GifJob, type GifReply } from '../../../../renderer/export/gif-pool';
import { encodeGifFrame, type GifFrameOptions } from '../../../../core/motion/gif-encode';

/** A stand-in Worker that runs gif-worker.ts's job in this thread, or fails every job. */
class FakeWorker {
  onmessage: ((e: MessageEvent<GifReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor(private readonly fail = false) {}
  postMessage(job: GifJob) {
    queueMicrotask(() => {
      if (this.fail) return this.onerror?.({ message: 'boom', preventDefault() {} } as unknown as ErrorEvent);
      const out = encodeGifFrame(new Uint8ClampedArray(job.pixels), job.width, job.height, job.options);
      this.onmessage?.({ data: { id: job.id, ok: true, bytes: out.slice().buffer } } as MessageEvent<GifReply>);
    });
  }
  terminate() {}
}

const options: GifFrameOptions = { colors: 64, delayCs: 7, first: true, loop: true };
const pixels = () => {
  const p = new Uint8ClampedArray(32 * 32 * 4);
  for (let i = 0; i < p.length; i++) p[i] = (i * 37) % 256;
  return p;
};

describe('createGifPool', () => {
  it('encodes frames in workers, byte for byte as on the page', async () => {
    const pool = createGifPool(() => new FakeWorker() as unknown as Worker, 2);
    const got = await Promise.all([pool.encode(pixels(), 32, 32, options), pool.encode(pixels(), 32, 32, { ...options, first: false })]);
    expect(got[0]).toEqual(encodeGifFrame(pixels(), 32, 32, options));
    expect(got[1]).toEqual(encodeGifFrame(pixels(), 32, 32, { ...options, first: false }));
    expect(pool.counts).toEqual({ worker: 2, page: 0 });
    expect(pool.ahead).toBe(3);
  });

  it('falls back to the page when a worker fails', async () => {
    const pool = createGifPool(() => new FakeWorker(true) as unknown as Worker, 1);
    const first = await pool.encode(pixels(), 32, 32, options);
    const second = await pool.encode(pixels(), 32, 32, options);
    expect(first).toEqual(encodeGifFrame(pixels(), 32, 32, options));
    expect(second).toEqual(first);
    expect(pool.counts).toEqual({ worker: 0, page: 2 });
  });
});
