// PNG for the CLI: pngjs (Paeth-filtered rows, deflated with zlib's run-length strategy), about
// twice as fast as @napi-rs/canvas's own PNG encoder for files about the same size. Batches
// encode on worker threads (png-pool.ts).
import { PNG } from 'pngjs';

export function encodePngPixels(pixels: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  // RGBA as drawn: dropping an opaque picture's alpha saves a tenth of the bytes but costs half again the time.
  return PNG.sync.write(png, { colorType: 6, inputHasAlpha: true, filterType: 4, deflateStrategy: 3 });
}
