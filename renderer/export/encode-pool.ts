// The export workers (encode-worker.ts). A worker encodes a canvas the page drew: the page
// snapshots it as an ImageBitmap, hands it over without copying, and is free to draw the next size
// meanwhile. And a worker draws still designs itself: it is sent each face and image once, draws
// into a canvas it keeps (a WorkerDrawing here) and answers with its bytes or pixels at once; it
// encodes it again when asked. A drawing goes to a worker with nothing to do, or waits on the page
// for the first that has: queued behind another drawing in one worker, it could wait while the
// other worker sat idle (at an export's end, that idle tail was up to a third of the export).
// Where workers cannot run (no Worker/OffscreenCanvas, a CSP that blocks the script, a worker that
// crashes), canvases are encoded on the page with canvas.toBlob, and draw() answers null so the
// caller draws on the page: an export never fails only because the faster path is missing.
import type { ImageMime } from '../../core/export/types';
import type { FromWorker, ToWorker } from './export-worker-messages';
import type { DrawJob } from './worker-draw-job';

/** What a worker does with a drawing as soon as it is made: encode it, or send its RGBA pixels. */
export type DrawThen = { kind: 'encode'; mime: ImageMime; quality: number } | { kind: 'pixels' };

/** A drawing kept in a worker: its pixel size, and where it lives. */
export interface WorkerDrawing {
  readonly width: number;
  readonly height: number;
  readonly drawing: number;
  readonly slot: object;
}

export interface EncodePool {
  encode(canvas: HTMLCanvasElement, mime: ImageMime, quality: number): Promise<Uint8Array>;
  /**
   * Draws in a worker and answers with what `then` asks for (bytes, or RGBA pixels); the worker
   * keeps the drawing for encodeDrawn. Null when workers are unavailable. Rejects when the worker
   * could not draw it.
   */
  draw(job: DrawJob, then: DrawThen): Promise<{ drawing: WorkerDrawing; bytes: ArrayBuffer } | null>;
  /** The drawing's bytes; rejects when its worker has ended (draw it again on the page then). */
  encodeDrawn(drawing: WorkerDrawing, mime: ImageMime, quality: number): Promise<Uint8Array>;
  /** The drawing's RGBA pixels; rejects when its worker has ended. */
  pixelsOf(drawing: WorkerDrawing): Promise<Uint8ClampedArray>;
  /** Frees the drawing's canvas (kept by the worker for its next drawing of that size). */
  releaseDrawn(drawing: WorkerDrawing): void;
  /**
   * Starts the workers and sends them `faces` ahead of the first drawing (an export dialog opening):
   * the first export then waits for neither the workers' scripts nor their fonts. The workers are
   * kept, however long idle, until the returned function is called (the dialog closes).
   */
  warm(faces: DrawJob['faces']): () => void;
  /** Whether workers are running (started, not ended for being idle or failing). */
  running(): boolean;
  /** How many images each path encoded (for tests and diagnostics). */
  readonly counts: { worker: number; page: number };
  /** How many drawings workers made (for tests and diagnostics). */
  readonly drawings: { made: number };
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
  /** Pixels of images a worker keeps beyond those of the drawing at hand (default WORKER_IMAGE_PIXELS). */
  imagePixels?: number;
}

interface Slot {
  worker: Worker;
  /** Requests sent and not answered, plus jobs being prepared for it. */
  busy: number;
  /** Drawings the worker keeps for the page. */
  held: Set<number>;
  faces: WeakSet<FontFace>;
  /** Image keys by page source and variant, resolved once the bitmap is posted. */
  images: WeakMap<object, Map<string, Promise<string>>>;
  /** The images the worker keeps, least recently drawn first, with their pixel counts. */
  kept: Map<string, { pixels: number; forget(): void }>;
  /** Settles once the last draw job has been sent (jobs are sent one at a time). */
  turn: Promise<void>;
}

interface Pending {
  resolve(bytes: ArrayBuffer | undefined): void;
  reject(error: Error): void;
}

/** A worker keeps at most about this many pixels of images (200 MB of RGBA) beyond those the current drawing uses. */
export const WORKER_IMAGE_PIXELS = 50_000_000;

export function workersSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap === 'function';
}

const gone = () => new Error('the export worker has ended');

export function createEncodePool(options: EncodePoolOptions): EncodePool {
  const size = Math.max(1, options.size ?? 2);
  const idleMs = options.idleMs ?? 30_000;
  const imageBudget = options.imagePixels ?? WORKER_IMAGE_PIXELS;
  const counts = { worker: 0, page: 0 };
  const drawings = { made: 0 };
  const pending = new Map<number, Pending & { slot: Slot }>();
  let slots: Slot[] = [];
  let unavailable: string | null = workersSupported() ? null : 'this browser has no Worker, OffscreenCanvas or createImageBitmap';
  let nextId = 1;
  let nextImage = 1;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Warm holds not yet released: idle workers are kept while there is one. */
  let holds = 0;

  const onPage = (canvas: HTMLCanvasElement, mime: ImageMime, quality: number) => {
    counts.page++;
    return options.pageEncode(canvas, mime, quality);
  };

  /** Ends the workers; whatever they were asked fails, and the callers fall back to the page. */
  const endWorkers = () => {
    for (const s of slots) s.worker.terminate();
    slots = [];
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(gone());
    }
  };

  const giveUp = (reason: string) => {
    if (unavailable) return;
    unavailable = reason;
    options.onUnavailable?.(reason);
    endWorkers();
    handOut();
  };

  const alive = (slot: Slot) => !unavailable && slots.includes(slot);

  const spawnSlot = (): Slot | null => {
    let worker: Worker;
    try {
      worker = options.spawn();
    } catch (e) {
      giveUp(`the encode worker could not start: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    const slot: Slot = { worker, busy: 0, held: new Set(), faces: new WeakSet(), images: new WeakMap(), kept: new Map(), turn: Promise.resolve() };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.bytes);
      else job.reject(new Error(reply.message));
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

  const load = (s: Slot) => s.busy + s.held.size;
  const pickSlot = (): Slot | null => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (unavailable) return null;
    const free = slots.find((s) => load(s) === 0);
    if (free) return free;
    if (slots.length < size) return spawnSlot();
    return slots.reduce((a, b) => (load(b) < load(a) ? b : a));
  };

  /** Drawings waiting for a worker with nothing to do, first come first served. */
  const waiting: ((slot: Slot | null) => void)[] = [];
  /** A worker with no request outstanding (a new one while there is room), claimed; undefined when every worker is busy. */
  const claimFree = (): Slot | null | undefined => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (unavailable) return null;
    const slot = slots.find((s) => s.busy === 0) ?? (slots.length < size ? spawnSlot() : undefined);
    if (slot) slot.busy++;
    return slot ?? (unavailable ? null : undefined);
  };
  /** Hands free workers to waiting drawings (null to each once workers are unavailable: they are drawn on the page). */
  const handOut = () => {
    while (waiting.length > 0) {
      const slot = claimFree();
      if (slot === undefined) return;
      // A worker that could not start gave up on workers, which answered every waiting drawing already.
      const next = waiting.shift();
      if (next) next(slot);
      else if (slot) slot.busy--;
    }
  };

  function scheduleIdle() {
    handOut();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (holds > 0 || pending.size > 0 || slots.length === 0 || slots.some((s) => load(s) > 0)) return;
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (holds === 0 && pending.size === 0 && slots.every((s) => load(s) === 0)) endWorkers();
    }, idleMs);
  }

  /** Posts a message that is answered; `slot.busy` counts it until then. */
  const post = (slot: Slot, message: ToWorker, transfer: Transferable[] = []): Promise<ArrayBuffer | undefined> => {
    if (!alive(slot)) return Promise.reject(gone());
    const id = (message as { id?: number }).id;
    if (id === undefined) {
      slot.worker.postMessage(message, transfer);
      return Promise.resolve(undefined);
    }
    slot.busy++;
    return new Promise<ArrayBuffer | undefined>((resolve, reject) => {
      pending.set(id, { slot, resolve, reject });
      try {
        slot.worker.postMessage(message, transfer);
      } catch (e) {
        pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }).finally(() => {
      slot.busy--;
      scheduleIdle();
    });
  };

  const sendFaces = (slot: Slot, faces: DrawJob['faces']) => {
    for (const { face, source } of faces) {
      if (slot.faces.has(face)) continue;
      slot.faces.add(face);
      void post(slot, { kind: 'face', face: source });
    }
  };

  /** The key the worker keeps `image` under, sending it first if this worker has not had it. */
  const imageKey = (slot: Slot, image: DrawJob['images'][number]): Promise<string> => {
    let variants = slot.images.get(image.source);
    if (!variants) slot.images.set(image.source, (variants = new Map()));
    let key = variants.get(image.variant);
    if (!key) {
      const made = image.bitmap().then((bitmap) => {
        const name = `image-${nextImage++}`;
        if (!alive(slot)) {
          bitmap.close();
          throw gone();
        }
        slot.kept.set(name, {
          pixels: bitmap.width * bitmap.height,
          forget: () => {
            variants.delete(image.variant);
            if (alive(slot)) void post(slot, { kind: 'forget', key: name });
          },
        });
        void post(slot, { kind: 'image', key: name, bitmap }, [bitmap]);
        return name;
      });
      // A bitmap that could not be made is tried again next time.
      made.catch(() => variants.delete(image.variant));
      variants.set(image.variant, made);
      key = made;
    }
    return key;
  };

  /** Marks `used` as just drawn and has the worker forget the least recently drawn others past the budget. */
  const keepWithinBudget = (slot: Slot, used: readonly string[]) => {
    for (const name of used) {
      const entry = slot.kept.get(name);
      if (!entry) continue;
      slot.kept.delete(name);
      slot.kept.set(name, entry);
    }
    let total = 0;
    for (const entry of slot.kept.values()) total += entry.pixels;
    for (const [name, entry] of slot.kept) {
      if (total <= imageBudget) break;
      if (used.includes(name)) continue;
      slot.kept.delete(name);
      total -= entry.pixels;
      entry.forget();
    }
  };

  return {
    counts,
    drawings,
    async encode(canvas, mime, quality) {
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
      slot.busy--;
      if (!alive(slot)) {
        bitmap.close();
        return onPage(canvas, mime, quality);
      }
      try {
        const bytes = await post(slot, { kind: 'encode', id: nextId++, bitmap, mime, quality }, [bitmap]);
        counts.worker++;
        return new Uint8Array(bytes!);
      } catch (e) {
        if (e instanceof DOMException && e.name === 'DataCloneError') giveUp(`the encode worker could not take the image: ${e.message}`);
        // The page may still manage (and if not, it raises the proper error).
        return onPage(canvas, mime, quality);
      }
    },
    async draw(job, then) {
      const claimed = waiting.length === 0 ? claimFree() : undefined;
      const slot = claimed !== undefined ? claimed : await new Promise<Slot | null>((resolve) => waiting.push(resolve));
      if (!slot) return null;
      try {
        // One job at a time gets its images to the worker and asks for its drawing: another job's
        // budget must not forget an image between this one learning its key and asking.
        const asked = slot.turn.then(async () => {
          sendFaces(slot, job.faces);
          const images: Record<string, string> = {};
          for (const image of job.images) images[image.asset] = await imageKey(slot, image);
          keepWithinBudget(slot, Object.values(images));
          const id = nextId++;
          const { design, width, height, pixelRatio, kit } = job;
          // Wrapped, so the turn ends once the drawing is asked for, not once it is made.
          return { id, answer: post(slot, { kind: 'draw', id, design, width, height, pixelRatio, kit, images, then }) };
        });
        slot.turn = asked.then(
          () => undefined,
          () => undefined,
        );
        const { id, answer } = await asked;
        const bytes = await answer;
        slot.held.add(id);
        drawings.made++;
        if (then.kind === 'encode') counts.worker++;
        return { drawing: { width: Math.round(job.width * job.pixelRatio), height: Math.round(job.height * job.pixelRatio), drawing: id, slot }, bytes: bytes! };
      } finally {
        slot.busy--;
        handOut();
      }
    },
    async encodeDrawn(drawing, mime, quality) {
      const slot = drawing.slot as Slot;
      const bytes = await post(slot, { kind: 'encode-drawn', id: nextId++, drawing: drawing.drawing, mime, quality });
      counts.worker++;
      return new Uint8Array(bytes!);
    },
    async pixelsOf(drawing) {
      const bytes = await post(drawing.slot as Slot, { kind: 'pixels', id: nextId++, drawing: drawing.drawing });
      return new Uint8ClampedArray(bytes!);
    },
    releaseDrawn(drawing) {
      const slot = drawing.slot as Slot;
      if (!slot.held.delete(drawing.drawing)) return;
      if (alive(slot)) void post(slot, { kind: 'release', drawing: drawing.drawing });
      scheduleIdle();
    },
    warm(faces) {
      holds++;
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      while (!unavailable && slots.length < size && spawnSlot());
      for (const slot of slots) sendFaces(slot, faces);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        scheduleIdle();
      };
    },
    running: () => !unavailable && slots.length > 0,
    dispose() {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      endWorkers();
    },
  };
}
