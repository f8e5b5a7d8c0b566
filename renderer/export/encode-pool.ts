// Encodes finished export canvases in Web Workers (encode-worker.ts): the page snapshots the
// canvas as an ImageBitmap, hands it over without copying, and is free to draw the next size
// while a worker encodes. Where workers cannot run (no Worker/OffscreenCanvas, a CSP that blocks
// the script, a worker that crashes), the same canvas is encoded on the page with canvas.toBlob,
// so an export never fails only because the faster path is missing.
import type { ImageMime } from '../../core/export/types';

export interface EncodeRequest {
  id: number;
  bitmap: ImageBitmap;
  mime: ImageMime;
  quality: number;
}

export type EncodeReply = { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string };

export interface EncodePool {
  encode(canvas: HTMLCanvasElement, mime: ImageMime, quality: number): Promise<Uint8Array>;
  /** How many images each path encoded (for tests and diagnostics). */
  readonly counts: { worker: number; page: number };
  /** Ends the workers; later encodes start new ones. */
  dispose(): void;
}

export interface EncodePoolOptions {
  /** Starts one worker; throwing (CSP, no Worker) means encoding on the page. */
  spawn: () => Worker;
  /** The page's own encoder, used when workers are unavailable. */
  pageEncode: (canvas: HTMLCanvasElement, mime: ImageMime, quality: number) => Promise<Uint8Array>;
  /** Workers at most (default 2: one per image in flight). */
  size?: number;
  /** Idle workers are ended after this many milliseconds (default 30 s). */
  idleMs?: number;
  /** Told once when the pool gives up on workers. */
  onUnavailable?: (reason: string) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

interface Pending {
  slot: Slot;
  canvas: HTMLCanvasElement;
  mime: ImageMime;
  quality: number;
  resolve(bytes: Uint8Array): void;
  reject(error: unknown): void;
}

export function workersSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap === 'function';
}

export function createEncodePool(options: EncodePoolOptions): EncodePool {
  const size = Math.max(1, options.size ?? 2);
  const idleMs = options.idleMs ?? 30_000;
  const counts = { worker: 0, page: 0 };
  const pending = new Map<number, Pending>();
  let slots: Slot[] = [];
  let unavailable: string | null = workersSupported() ? null : 'this browser has no Worker, OffscreenCanvas or createImageBitmap';
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const onPage = (canvas: HTMLCanvasElement, mime: ImageMime, quality: number) => {
    counts.page++;
    return options.pageEncode(canvas, mime, quality);
  };

  const endWorkers = () => {
    for (const s of slots) s.worker.terminate();
    slots = [];
  };

  /** Ends the workers; whatever they held is encoded on the page, from the canvas the caller still has. */
  const endWorkersAndDrain = () => {
    endWorkers();
    for (const [id, job] of pending) {
      pending.delete(id);
      onPage(job.canvas, job.mime, job.quality).then(job.resolve, job.reject);
    }
  };

  const giveUp = (reason: string) => {
    if (unavailable) return;
    unavailable = reason;
    options.onUnavailable?.(reason);
    endWorkersAndDrain();
  };

  const spawnSlot = (): Slot | null => {
    let worker: Worker;
    try {
      worker = options.spawn();
    } catch (e) {
      giveUp(`the encode worker could not start: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    const slot: Slot = { worker, busy: 0 };
    worker.onmessage = (event: MessageEvent<EncodeReply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      slot.busy--;
      scheduleIdle();
      if (reply.ok) {
        counts.worker++;
        job.resolve(new Uint8Array(reply.bytes));
      } else {
        // The page may still manage (and if not, it raises the proper error).
        onPage(job.canvas, job.mime, job.quality).then(job.resolve, job.reject);
      }
    };
    // A script that does not load (blocked, missing) or a worker that dies ends the worker path.
    worker.onerror = (event) => {
      event.preventDefault?.();
      giveUp(`the encode worker failed: ${event.message || 'it could not be loaded'}`);
    };
    worker.onmessageerror = () => giveUp('the encode worker sent a message that could not be read');
    slots.push(slot);
    return slot;
  };

  const pickSlot = (): Slot | null => {
    const free = slots.find((s) => s.busy === 0);
    if (free) return free;
    if (slots.length < size) return spawnSlot();
    return slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  };

  function scheduleIdle() {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (pending.size > 0 || slots.length === 0) return;
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (pending.size === 0) endWorkers();
    }, idleMs);
  }

  return {
    counts,
    async encode(canvas, mime, quality) {
      if (unavailable) return onPage(canvas, mime, quality);
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      const slot = pickSlot();
      if (!slot) return onPage(canvas, mime, quality);
      // Counted busy from now, so images asked for together spread over the workers.
      slot.busy++;
      let bitmap: ImageBitmap;
      try {
        // The snapshot is taken now: the caller may redraw or release the canvas afterwards.
        bitmap = await createImageBitmap(canvas);
      } catch {
        slot.busy--;
        return onPage(canvas, mime, quality);
      }
      if (unavailable || !slots.includes(slot)) {
        bitmap.close();
        return onPage(canvas, mime, quality);
      }
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { slot, canvas, mime, quality, resolve, reject });
        try {
          slot.worker.postMessage({ id, bitmap, mime, quality } satisfies EncodeRequest, [bitmap]);
        } catch (e) {
          pending.delete(id);
          slot.busy--;
          bitmap.close();
          giveUp(`the encode worker could not take the image: ${e instanceof Error ? e.message : String(e)}`);
          onPage(canvas, mime, quality).then(resolve, reject);
        }
      });
    },
    dispose() {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      endWorkersAndDrain();
    },
  };
}
