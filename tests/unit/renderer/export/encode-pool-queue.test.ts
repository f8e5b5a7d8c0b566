// The export pool's drawing queue, with stand-in workers that answer when the test says: a drawing
// goes only to a worker with nothing outstanding (never queued inside a busy one), the next waits
// on the page for the first worker free, and drawings still waiting when no worker can start are
// answered null (drawn on the page), with nothing thrown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEncodePool } from '../../../../renderer/export/encode-pool';
import type { DrawJob } from '../../../../renderer/export/worker-draw-job';
import { createDesign } from '../../../../core/model';

type Sent = { kind: string; id?: number };

/** A stand-in Worker that keeps what it was sent and answers a request when `answer` is called. */
class HeldWorker {
  static all: HeldWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: Sent[] = [];
  ended = false;
  constructor() {
    HeldWorker.all.push(this);
  }
  postMessage(message: Sent) {
    this.sent.push(message);
  }
  /** Answers this worker's draw request `id` with some bytes. */
  answer(id: number) {
    this.onmessage?.({ data: { id, ok: true, bytes: new Uint8Array([1, 2, 3]).buffer } } as MessageEvent);
  }
  draws() {
    return this.sent.filter((m) => m.kind === 'draw').map((m) => m.id!);
  }
  terminate() {
    this.ended = true;
  }
}

const job = (): DrawJob => ({ design: createDesign({ width: 100, height: 100 }), width: 100, height: 100, pixelRatio: 1, kit: null, images: [], faces: [] });
const encodeThen = { kind: 'encode', mime: 'image/png', quality: 1 } as const;
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const saved: Record<string, unknown> = {};
beforeEach(() => {
  HeldWorker.all = [];
  for (const name of ['Worker', 'OffscreenCanvas', 'createImageBitmap']) saved[name] = (globalThis as Record<string, unknown>)[name];
  Object.assign(globalThis, { Worker: HeldWorker, OffscreenCanvas: class {}, createImageBitmap: () => Promise.reject(new Error('unused')) });
});
afterEach(() => {
  Object.assign(globalThis, saved);
});

describe('the export pool\'s drawing queue', () => {
  it('sends a drawing only to a worker with nothing outstanding; the next waits for the first free', async () => {
    const pool = createEncodePool({ spawn: () => new HeldWorker() as unknown as Worker, pageEncode: () => Promise.reject(new Error('unused')) });
    const a = pool.draw(job(), encodeThen);
    const b = pool.draw(job(), encodeThen);
    const c = pool.draw(job(), encodeThen);
    await settle();
    const [w0, w1] = HeldWorker.all;
    expect(HeldWorker.all).toHaveLength(2);
    // Two drawings, one in each worker; the third is held on the page, not queued in either.
    expect([w0!.draws().length, w1!.draws().length]).toEqual([1, 1]);
    // The second worker finishes first: the third drawing goes there.
    w1!.answer(w1!.draws()[0]!);
    await settle();
    expect([w0!.draws().length, w1!.draws().length]).toEqual([1, 2]);
    w0!.answer(w0!.draws()[0]!);
    w1!.answer(w1!.draws()[1]!);
    const drawn = await Promise.all([a, b, c]);
    expect(drawn.map((d) => d && [...new Uint8Array(d.bytes)])).toEqual([[1, 2, 3], [1, 2, 3], [1, 2, 3]]);
    expect(pool.drawings.made).toBe(3);
    pool.dispose();
  });

  it('answers a waiting drawing null, without throwing, when no new worker can start', async () => {
    let spawned = 0;
    const told: string[] = [];
    const pool = createEncodePool({
      spawn: () => {
        if (++spawned > 2) throw new Error('workers are not allowed here');
        return new HeldWorker() as unknown as Worker;
      },
      pageEncode: () => Promise.reject(new Error('unused')),
      onUnavailable: (reason) => told.push(reason),
    });
    const a = pool.draw(job(), encodeThen);
    const b = pool.draw(job(), encodeThen);
    const c = pool.draw(job(), encodeThen);
    await settle();
    // Both workers end with their drawings unanswered; the waiting one asks for a new worker, which cannot start.
    pool.dispose();
    await expect(a).rejects.toThrow('the export worker has ended');
    await expect(b).rejects.toThrow('the export worker has ended');
    await expect(c).resolves.toBeNull();
    expect(told).toEqual(['the encode worker could not start: workers are not allowed here']);
  });
});
