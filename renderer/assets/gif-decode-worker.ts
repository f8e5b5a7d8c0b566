// Decodes an animated GIF's frames off the page's thread (animated-images.ts gifBitmaps: limits
// first, then each frame as an ImageBitmap), so a long GIF never freezes the editor.
import { gifBitmaps, type GifDecodeReply } from './animated-images';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer }>) => void) | null;
  postMessage(message: GifDecodeReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  let reply: GifDecodeReply;
  try {
    reply = await gifBitmaps(new Uint8Array(event.data.bytes));
  } catch (e) {
    reply = { ok: false, code: 'gif.damaged', message: e instanceof Error ? e.message : String(e), params: {} };
  }
  scope.postMessage(reply, reply.ok ? reply.frames : []);
};
