// Export canvases kept for the next image of the same pixel size. Making a canvas is the costly
// part of drawing one in Chromium without a GPU (about 40 ms for a 1080x1080, more than drawing a
// busy design on it), and exports draw the same sizes again and again: each language, each row of
// a bulk run, each GIF frame, the next export of the same sizes. A canvas is handed out to one
// drawing at a time and comes back through give(); cached pixels are capped and all of them are
// freed after a quiet spell, so an idle editor holds none.
import { sceneCanvasFor } from '../../core/scene/builder';
import type { SceneCanvas } from 'konva/lib/Canvas';

/** At most this many pixels of free canvases are kept (about 100 MB of RGBA). */
export const CANVAS_CACHE_PIXELS = 25_000_000;
/** Free canvases are released after this long without a draw. */
export const CANVAS_CACHE_IDLE_MS = 15_000;

export interface CanvasCache {
  /** A canvas for width x height design pixels at pixelRatio: a cached one, or a new one. */
  take(width: number, height: number, pixelRatio: number): SceneCanvas;
  /** Returns a canvas from take(); false when the canvas is not one of this cache's. */
  give(canvas: HTMLCanvasElement): boolean;
  /** Frees every free canvas now. */
  clear(): void;
  readonly stats: { made: number; reused: number; freePixels: number };
}

function free(canvas: HTMLCanvasElement): void {
  // Frees the pixel buffer now instead of at the next garbage collection (big exports add up).
  canvas.width = 0;
  canvas.height = 0;
}

export function createCanvasCache(maxPixels = CANVAS_CACHE_PIXELS, idleMs = CANVAS_CACHE_IDLE_MS): CanvasCache {
  const keyOf = (width: number, height: number, pixelRatio: number) => `${width}x${height}@${pixelRatio}`;
  const lent = new Map<HTMLCanvasElement, { key: string; scene: SceneCanvas }>();
  // Free canvases, least recently returned first.
  let idle: { key: string; scene: SceneCanvas }[] = [];
  const stats = { made: 0, reused: 0, freePixels: 0 };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pixels = (scene: SceneCanvas) => scene._canvas.width * scene._canvas.height;

  const clear = () => {
    for (const entry of idle) free(entry.scene._canvas);
    idle = [];
    stats.freePixels = 0;
  };
  const touch = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(clear, idleMs);
  };

  return {
    stats,
    take(width, height, pixelRatio) {
      touch();
      const key = keyOf(width, height, pixelRatio);
      const i = idle.findIndex((entry) => entry.key === key);
      let entry: { key: string; scene: SceneCanvas };
      if (i >= 0) {
        entry = idle.splice(i, 1)[0]!;
        stats.freePixels -= pixels(entry.scene);
        stats.reused++;
      } else {
        entry = { key, scene: sceneCanvasFor(width, height, pixelRatio) };
        stats.made++;
      }
      lent.set(entry.scene._canvas, entry);
      return entry.scene;
    },
    give(canvas) {
      const entry = lent.get(canvas);
      if (!entry) return false;
      lent.delete(canvas);
      const size = pixels(entry.scene);
      if (size > maxPixels) {
        free(canvas);
        return true;
      }
      idle.push(entry);
      stats.freePixels += size;
      while (stats.freePixels > maxPixels && idle.length) {
        const old = idle.shift()!;
        stats.freePixels -= pixels(old.scene);
        free(old.scene._canvas);
      }
      touch();
      return true;
    },
    clear,
  };
}
