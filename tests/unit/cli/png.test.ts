// The CLI's PNG writer: every pixel comes back exactly (transparent ones too), in RGBA.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePngPixels } from '../../../cli/png';
import { pngPool } from '../../../cli/png-pool';

describe('CLI PNG encoding', () => {
  it('round-trips every pixel, alpha included, on this thread and through the pool', async () => {
    const width = 37;
    const height = 23;
    const pixels = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 97 + (i >> 7)) & 255;
    for (const bytes of [encodePngPixels(pixels, width, height), await pngPool().encode(pixels, width, height)]) {
      const back = PNG.sync.read(bytes);
      expect([back.width, back.height]).toEqual([width, height]);
      expect(Buffer.compare(back.data, Buffer.from(pixels.buffer))).toBe(0);
    }
  });
});
