// The browser encoder as the app uses it: the editor's scene context (images, brand kit, text
// measurer), the design's fonts loaded before drawing, and drawing and encoding in workers
// (started on the first export, ended when idle) with the page as the fallback.
import type { Encoder } from '../../core/export';
import { canvasToBytes, createBrowserEncoder, type ExportCanvas } from './browser-encoder';
import { createEncodePool, type EncodePool } from './encode-pool';
import { loadDrawingNeeds } from '../fonts/text-font-loader';
import { sceneContextFor } from './scene-context';
import { currentDesignKit } from '../state/library-store';
import { loadedFaces } from '../fonts/face-sources';
import { createGifPool, type GifPool } from './gif-pool';

let pool: EncodePool | null = null;

function appEncodePool(): EncodePool {
  pool ??= createEncodePool({
    // Vite bundles the worker as its own script next to the app's, so the CSP's script-src 'self' covers it.
    spawn: () => new Worker(new URL('./encode-worker.ts', import.meta.url), { name: 'placard-encode' }),
    pageEncode: canvasToBytes,
    onUnavailable: (reason) => console.warn(`[placard] exporting without workers: ${reason}`),
  });
  return pool;
}

let gifPool: GifPool | null = null;

function appGifPool(): GifPool {
  gifPool ??= createGifPool(() => new Worker(new URL('./gif-worker.ts', import.meta.url), { name: 'placard-gif' }));
  return gifPool;
}

/** `oneOff`: a single image or page (quick export, Copy image, Print, a thumbnail), drawn on the page while the workers are not running. */
export function createAppEncoder({ oneOff = false }: { oneOff?: boolean } = {}): Encoder<ExportCanvas> {
  const encoder = createBrowserEncoder({
    coldOnPage: oneOff,
    context: (d) => sceneContextFor(d),
    prepareDrawing: loadDrawingNeeds,
    pool: appEncodePool(),
    // Workers draw still designs with the kit sceneContextFor resolves for the page.
    kit: (d) => currentDesignKit(d.brandKitId ?? null),
  });
  const gif = appGifPool();
  // GIF frames quantise and compress in workers while the page draws the next one.
  return { ...encoder, gifFrames: { encode: gif.encode, ahead: gif.ahead } };
}

/**
 * Starts the export workers with the faces loaded so far, while the user is still choosing what to
 * export; they are kept until the returned function is called (an effect's cleanup: the dialog closed).
 */
export function warmExportWorkers(): () => void {
  return appEncodePool().warm(loadedFaces());
}
