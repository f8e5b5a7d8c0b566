// Decodes an animated GIF's frames off the page's thread (core/motion decodeGifFrames, limits
// first) and hands them back as ImageBitmaps, so a long GIF never freezes the editor.
import { decodeGifFrames, GifDecodeError } from '../../core/motion/gif-decode';
import type { GifDecodeReply } from './animated-images';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer }>) => void) | null;
  postMessage(message: GifDecodeReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const bytes = new Uint8Array(event.data.bytes);
  try {
    const pending: Promise<ImageBitmap>[] = [];
    const width = bytes[6]! | (bytes[7]! << 8);
    const height = bytes[8]! | (bytes[9]! << 8);
    const info = decodeGifFrames(bytes, (rgba) => pending.push(createImageBitmap(new ImageData(rgba.slice(), width, height))));
    const frames = await Promise.all(pending);
    scope.postMessage({ ok: true, frames, delays: info.delays }, frames);
  } catch (e) {
    scope.postMessage(e instanceof GifDecodeError ? { ok: false, code: e.code, message: e.message, params: e.params } : { ok: false, code: 'gif.damaged', message: e instanceof Error ? e.message : String(e), params: {} });
  }
};
