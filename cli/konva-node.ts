// Konva in Node: draw with @napi-rs/canvas (prebuilt binary from npm, reads ttf/woff/woff2).
import Konva from 'konva';
import { createCanvas, Image, DOMMatrix, GlobalFonts } from '@napi-rs/canvas';

let installed = false;

export function installNodeCanvas(): typeof Konva {
  if (installed) return Konva;
  installed = true;
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= DOMMatrix;
  Konva.Util.createCanvasElement = () => {
    const node = createCanvas(300, 300) as unknown as Record<string, unknown>;
    // Konva writes canvas.style.* when sizing; a plain object absorbs that in Node.
    node.style ??= {};
    return node as unknown as HTMLCanvasElement;
  };
  Konva.Util.createImageElement = () => new Image() as unknown as ReturnType<typeof Konva.Util.createImageElement>;
  return Konva;
}

export { GlobalFonts };
