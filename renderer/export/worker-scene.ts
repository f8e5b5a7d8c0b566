// Drawing inside an export worker (encode-worker.ts): Konva on OffscreenCanvas, with the faces
// and images the page sent, through the same scene builder and mapping as the editor and the page's
// exports. Kept drawings wait here, by id, for the page to ask for their bytes or pixels.
import Konva from 'konva';
import type { SceneCanvas } from 'konva/lib/Canvas';
import { kitResolvers, type BrandKit } from '../../core/brand';
import type { Design } from '../../core/model';
import type { ImageMime } from '../../core/export/types';
import { createContextMeasurer, type Measure, type TextMeasureContext } from '../../core/layout/text-fit';
import { createFilterCache, createSceneContext, fontFamilyOf } from '../../core/scene';
import { renderDesignOnto } from '../../core/scene/builder';
import { createCanvasCache } from './canvas-cache';
import { loadQrEncoder } from '../qrcode-deferred';
import type { FaceSource } from '../fonts/face-sources';

interface WorkerFonts {
  add(face: FontFace): void;
}

/** Konva makes every canvas through this: in a worker there is no document, so OffscreenCanvas. */
export function installOffscreenKonva(): void {
  Konva.Util.createCanvasElement = () => Object.assign(new OffscreenCanvas(1, 1), { style: {} }) as unknown as HTMLCanvasElement;
}

type DrawRequest = { id: number; design: Design; width: number; height: number; pixelRatio: number; kit: BrandKit | null; images: Record<string, string> };

export interface WorkerScene {
  addFace(face: FaceSource): void;
  addImage(key: string, bitmap: ImageBitmap): void;
  /** Frees an image once the drawings asked for before have been made. */
  forgetImage(key: string): void;
  draw(request: DrawRequest): Promise<void>;
  encode(drawing: number, mime: ImageMime, quality: number): Promise<ArrayBuffer>;
  pixels(drawing: number): ArrayBuffer;
  release(drawing: number): void;
}

export function createWorkerScene(fonts: WorkerFonts): WorkerScene {
  const loading: Promise<unknown>[] = [];
  // Faces the page had loaded and this worker could not: its text would fall back to another face.
  const broken: string[] = [];
  const images = new Map<string, ImageBitmap>();
  const drawings = new Map<number, SceneCanvas>();
  // Canvases of released drawings, kept for the next drawing of their size, as on the page.
  const canvases = createCanvasCache();
  const filterCache = createFilterCache();
  const fitHints = new Map<string, number>();
  let measure: Measure | undefined;
  // Drawings, and forgetting images, happen in the order they were asked for: a drawing waits
  // for faces to load, and an image forgotten meanwhile must still be there for it.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };

  const measurer = (): Measure => {
    if (measure) return measure;
    const context = new OffscreenCanvas(1, 1).getContext('2d') as unknown as TextMeasureContext;
    measure = createContextMeasurer(context, fontFamilyOf);
    return measure;
  };
  const drawingOf = (id: number): SceneCanvas => {
    const found = drawings.get(id);
    if (!found) throw new Error(`drawing ${id} is not in this worker`);
    return found;
  };

  async function drawNow({ id, design, width, height, pixelRatio, kit, images: keys }: DrawRequest): Promise<void> {
    await Promise.all([...loading, loadQrEncoder()]);
    // The page draws instead, with the face it has.
    if (broken.length > 0) throw new Error(`the worker could not load the font "${broken[0]}"`);
    const drawn = new Map<string, ImageBitmap>();
    for (const [asset, key] of Object.entries(keys)) {
      const bitmap = images.get(key);
      if (bitmap) drawn.set(asset, bitmap);
    }
    const ctx = createSceneContext({
      language: design.language,
      assets: design.assets,
      images: drawn,
      ...(kit ? kitResolvers(kit) : {}),
      measure: measurer(),
      filterCache,
      fitHints,
    });
    const target = canvases.take(width, height, pixelRatio);
    renderDesignOnto(design.width === width && design.height === height ? design : { ...design, width, height }, ctx, target);
    drawings.set(id, target);
  }

  return {
    addFace({ family, source, descriptors }) {
      const face = new FontFace(family, source, descriptors);
      fonts.add(face);
      // Widths change once a face is in: the next drawing measures afresh.
      loading.push(
        face.load().then(
          () => (measure = undefined),
          () => broken.push(family),
        ),
      );
    },
    addImage(key, bitmap) {
      images.get(key)?.close();
      images.set(key, bitmap);
    },
    forgetImage(key) {
      void inTurn(() => {
        images.get(key)?.close();
        images.delete(key);
      });
    },
    draw: (request) => inTurn(() => drawNow(request)),
    async encode(drawing, mime, quality) {
      const canvas = drawingOf(drawing)._canvas as unknown as OffscreenCanvas;
      const blob = await canvas.convertToBlob({ type: mime, quality });
      // Browsers fall back to PNG for a type they cannot write; the page decides what to do then.
      if (blob.type !== mime) throw new Error(`the worker wrote ${blob.type || 'nothing'} instead of ${mime}`);
      return blob.arrayBuffer();
    },
    pixels(drawing) {
      const canvas = drawingOf(drawing);
      return canvas.getContext()._context.getImageData(0, 0, canvas._canvas.width, canvas._canvas.height).data.buffer as ArrayBuffer;
    },
    release(drawing) {
      const canvas = drawings.get(drawing);
      if (!canvas) return;
      drawings.delete(drawing);
      canvases.give(canvas._canvas);
    },
  };
}
