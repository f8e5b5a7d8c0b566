// Reads PNG files the app wrote, so tests can check pixel size and colors where elements
// must be.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA of the pixel at integer coordinates (0,0 is top-left). Throws outside the image. */
  pixel(x: number, y: number): Rgba;
}

export function decodePng(bytes: Uint8Array): DecodedPng {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return {
    width: png.width,
    height: png.height,
    pixel(x, y) {
      const px = Math.floor(x);
      const py = Math.floor(y);
      if (px < 0 || py < 0 || px >= png.width || py >= png.height)
        throw new RangeError(`pixel (${x}, ${y}) is outside the ${png.width}x${png.height} image`);
      const i = (py * png.width + px) * 4;
      return { r: png.data[i]!, g: png.data[i + 1]!, b: png.data[i + 2]!, a: png.data[i + 3]! };
    },
  };
}

export function readPng(file: string): DecodedPng {
  return decodePng(readFileSync(file));
}

/** Largest per-channel difference between two colors (alpha included when given). */
export function colorDistance(a: Rgba, b: Partial<Rgba> & Omit<Rgba, 'a'>): number {
  const da = b.a === undefined ? 0 : Math.abs(a.a - b.a);
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b), da);
}

/** Parses '#rrggbb' into an opaque color. */
export function hexColor(hex: string): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb color: ${hex}`);
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16), a: 255 };
}

/** Writes a solid-color PNG (a test fixture made on the fly, so no binary files in git). */
export function solidPng(width: number, height: number, color: Rgba): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([color.r, color.g, color.b, color.a], i * 4);
  return PNG.sync.write(png);
}
