// The export encoder's worker: turns an ImageBitmap of a finished drawing into PNG, JPEG or WebP
// bytes with OffscreenCanvas.convertToBlob, off the page's thread, so the page can draw the next
// size meanwhile. Messages are described in encode-pool.ts (EncodeRequest / EncodeReply).
import type { EncodeReply, EncodeRequest } from './encode-pool';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EncodeRequest>) => void) | null;
  postMessage(message: EncodeReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

async function encode({ bitmap, mime, quality }: EncodeRequest): Promise<ArrayBuffer> {
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

scope.onmessage = (event) => {
  const request = event.data;
  encode(request).then(
    (bytes) => scope.postMessage({ id: request.id, ok: true, bytes }, [bytes]),
    (error: unknown) => {
      request.bitmap.close();
      scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    },
  );
};
