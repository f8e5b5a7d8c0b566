// Reads an image's declared pixel size from its header alone, without decoding it, so that an
// image claiming to be enormous (a decompression bomb for whoever draws it) is refused cheaply.

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif';
export interface ImageSize {
  format: ImageFormat;
  width: number;
  height: number;
}

/** The format and declared size, or null when the bytes are not a well-formed header of a supported format. */
export function readImageSize(data: Uint8Array): ImageSize | null {
  if (data.length < 12) return null;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png(data);
  if (data[0] === 0xff && data[1] === 0xd8) return jpeg(data);
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 4) === 'WEBP') return webp(data);
  if (ascii(data, 0, 6) === 'GIF87a' || ascii(data, 0, 6) === 'GIF89a') return sized('gif', u16le(data, 6), u16le(data, 8));
  return null;
}

function png(data: Uint8Array): ImageSize | null {
  // The first chunk must be IHDR: length 13, then width and height as big-endian 32-bit numbers.
  if (data.length < 24 || ascii(data, 12, 4) !== 'IHDR') return null;
  return sized('png', u32be(data, 16), u32be(data, 20));
}

function jpeg(data: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 4 <= data.length) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end or scan data before any frame header
    const length = u16be(data, i + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > data.length) return null;
      return sized('jpeg', u16be(data, i + 7), u16be(data, i + 5));
    }
    i += 2 + length;
  }
  return null;
}

function webp(data: Uint8Array): ImageSize | null {
  if (data.length < 30) return null;
  const chunk = ascii(data, 12, 4);
  if (chunk === 'VP8 ') {
    if (data[23] !== 0x9d || data[24] !== 0x01 || data[25] !== 0x2a) return null;
    return sized('webp', u16le(data, 26) & 0x3fff, u16le(data, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (data[20] !== 0x2f) return null;
    const b0 = data[21]!, b1 = data[22]!, b2 = data[23]!, b3 = data[24]!;
    return sized('webp', 1 + (b0 | ((b1 & 0x3f) << 8)), 1 + ((b1 >> 6) | (b2 << 2) | ((b3 & 0x0f) << 10)));
  }
  if (chunk === 'VP8X') return sized('webp', 1 + u24le(data, 24), 1 + u24le(data, 27));
  return null;
}

function sized(format: ImageFormat, width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { format, width, height } : null;
}

function startsWith(data: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => data[i] === b);
}
function ascii(data: Uint8Array, off: number, len: number): string {
  return String.fromCharCode(...data.subarray(off, off + len));
}
function u16le(d: Uint8Array, o: number): number {
  return d[o]! | (d[o + 1]! << 8);
}
function u16be(d: Uint8Array, o: number): number {
  return (d[o]! << 8) | d[o + 1]!;
}
function u24le(d: Uint8Array, o: number): number {
  return d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16);
}
function u32be(d: Uint8Array, o: number): number {
  return ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
}
