// The export worker: encodes drawings the page made (an ImageBitmap, turned into PNG, JPEG or
// WebP bytes with OffscreenCanvas.convertToBlob), and draws still designs itself (worker-scene.ts),
// so the page's thread only adapts each size while two workers draw and encode. Messages are
// described in export-worker-messages.ts.
import type { FromWorker, ToWorker } from './export-worker-messages';
import { createWorkerScene, installOffscreenKonva } from './worker-scene';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  fonts: { add(face: FontFace): void };
}

const scope = self as unknown as WorkerScope;
installOffscreenKonva();
const scene = createWorkerScene(scope.fonts);

async function encodeBitmap(bitmap: ImageBitmap, mime: string, quality: number): Promise<ArrayBuffer> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  // bitmaprenderer takes the pixels over without a copy (the bitmap is closed by the transfer).
  const context = canvas.getContext('bitmaprenderer');
  if (!context) throw new Error('OffscreenCanvas has no bitmaprenderer context');
  context.transferFromImageBitmap(bitmap);
  const blob = await canvas.convertToBlob({ type: mime, quality });
  // Browsers fall back to PNG for a type they cannot write; the page decides what to do then.
  if (blob.type !== mime) throw new Error(`the worker wrote ${blob.type || 'nothing'} instead of ${mime}`);
  return blob.arrayBuffer();
}

async function answer(message: ToWorker): Promise<ArrayBuffer | undefined> {
  switch (message.kind) {
    case 'encode':
      try {
        return await encodeBitmap(message.bitmap, message.mime, message.quality);
      } finally {
        message.bitmap.close();
      }
    case 'draw': {
      await scene.draw(message);
      const { then } = message;
      try {
        return then.kind === 'encode' ? await scene.encode(message.id, then.mime, then.quality) : scene.pixels(message.id);
      } catch (error) {
        // The page never learns this drawing's id, so it could not release it.
        scene.release(message.id);
        throw error;
      }
    }
    case 'encode-drawn':
      return scene.encode(message.drawing, message.mime, message.quality);
    case 'pixels':
      return scene.pixels(message.drawing);
    default:
      return undefined;
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'face') return scene.addFace(message.face);
  if (message.kind === 'image') return scene.addImage(message.key, message.bitmap);
  if (message.kind === 'forget') return scene.forgetImage(message.key);
  if (message.kind === 'release') return scene.release(message.drawing);
  const id = message.id;
  answer(message).then(
    (bytes) => scope.postMessage(bytes ? { id, ok: true, bytes } : { id, ok: true }, bytes ? [bytes] : []),
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
