// Whether an image's bytes are complete: every structure its format defines is present and
// intact, so a truncated or damaged file is refused with a reason instead of being drawn as a
// partial strip by one room and refused as "unexpected" by another. No decoder runs in core, so
// this walks each format's container by hand (PNG chunks with their CRCs and the whole zlib
// stream, JPEG segments to the end-of-image marker, GIF blocks to the trailer, WebP RIFF chunks).
import { Unzlib } from 'fflate';
import { crc32 } from './crc32';
import type { ImageFormat } from './image-header';

/** Null when the image is complete, else what is wrong, in plain English. */
export function imageDamage(data: Uint8Array, format: ImageFormat): string | null {
  switch (format) {
    case 'png':
      return pngDamage(data);
    case 'jpeg':
      return jpegDamage(data);
    case 'gif':
      return gifDamage(data);
    case 'webp':
      return webpDamage(data);
  }
}

const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function pngDamage(data: Uint8Array): string | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlace: number } | null = null;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (offset + 12 <= data.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...data.subarray(offset + 4, offset + 8));
    if (length > data.length - offset - 12) return `the ${printable(type)} chunk runs past the end of the file (truncated)`;
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length)) return `the ${printable(type)} chunk is damaged (checksum mismatch)`;
    if (offset === 8 && type !== 'IHDR') return 'the first chunk is not IHDR';
    if (type === 'IHDR') {
      if (length !== 13) return 'the IHDR chunk has the wrong length';
      const v = new DataView(body.buffer, body.byteOffset, 13);
      header = { width: v.getUint32(0), height: v.getUint32(4), bitDepth: body[8]!, colorType: body[9]!, interlace: body[12]! };
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset += 12 + length;
  }
  if (!header) return 'there is no IHDR chunk';
  if (!ended) return 'the file ends before the IEND chunk (truncated)';
  if (idat.length === 0) return 'there is no image data (IDAT)';
  const channels = PNG_CHANNELS[header.colorType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(header.bitDepth) || header.interlace > 1) return 'the IHDR chunk describes no valid PNG';
  // Reads the inflated rows as they stream by without keeping them: a complete stream yields
  // every row, and each row starts with one of the five filter types decoders know.
  const rows = pngRowLengths(header.width, header.height, channels * header.bitDepth, header.interlace === 1);
  const expected = rows.reduce((sum, length) => sum + length, 0);
  let produced = 0;
  let nextRowStart = 0;
  let row = 0;
  let badFilter = false;
  let finished = false;
  const inflate = new Unzlib((chunk, final) => {
    const chunkStart = produced;
    produced += chunk.length;
    while (!badFilter && row < rows.length && nextRowStart < produced) {
      if (chunk[nextRowStart - chunkStart]! > 4) badFilter = true;
      nextRowStart += rows[row++]!;
    }
    if (final) finished = true;
  });
  try {
    for (const [i, part] of idat.entries()) {
      inflate.push(part, i === idat.length - 1);
      if (badFilter) return 'a row of the image data has an unknown filter type (damaged)';
    }
  } catch {
    return 'the compressed image data is damaged';
  }
  if (!finished || produced < expected) return 'the compressed image data ends early (truncated)';
  return null;
}

/** The length of every filtered scanline (filter byte included), pass after pass for Adam7. */
function pngRowLengths(width: number, height: number, bitsPerPixel: number, interlaced: boolean): Uint32Array {
  const rowBytes = (w: number) => 1 + Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) return new Uint32Array(height).fill(rowBytes(width));
  const out: number[] = [];
  for (const [x0, y0, dx, dy] of ADAM7) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0) for (let r = 0; r < h; r++) out.push(rowBytes(w));
  }
  return Uint32Array.from(out);
}

const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;


function jpegDamage(data: Uint8Array): string | null {
  let i = 2;
  let frame = false;
  let scans = 0;
  while (i + 2 <= data.length) {
    if (data[i] !== 0xff) return 'a segment marker is missing (damaged)';
    const marker = data[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) {
      if (!frame || scans === 0) return 'the image ends before any picture data';
      return null;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (i + 4 > data.length) break;
    const length = (data[i + 2]! << 8) | data[i + 3]!;
    if (length < 2 || i + 2 + length > data.length) break;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    i += 2 + length;
    if (marker === 0xda) {
      if (!frame) return 'picture data comes before the frame header';
      scans++;
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      while (i + 1 < data.length && !(data[i] === 0xff && data[i + 1] !== 0x00 && !(data[i + 1]! >= 0xd0 && data[i + 1]! <= 0xd7))) i++;
    }
  }
  return 'the file ends before the end-of-image marker (truncated)';
}

function gifDamage(data: Uint8Array): string | null {
  if (data.length < 13) return 'the header is incomplete';
  const packed = data[10]!;
  let i = 13 + (packed & 0x80 ? 3 * (1 << ((packed & 0x07) + 1)) : 0);
  let frames = 0;
  const skipSubBlocks = (): boolean => {
    while (i < data.length) {
      const size = data[i]!;
      i += 1 + size;
      if (size === 0) return i <= data.length;
    }
    return false;
  };
  while (i < data.length) {
    const block = data[i]!;
    if (block === 0x3b) return frames > 0 ? null : 'the image has no frames';
    if (block === 0x21) {
      i += 2;
      if (!skipSubBlocks()) break;
    } else if (block === 0x2c) {
      if (i + 10 > data.length) break;
      const local = data[i + 9]!;
      i += 10 + (local & 0x80 ? 3 * (1 << ((local & 0x07) + 1)) : 0);
      i += 1; // LZW minimum code size
      if (!skipSubBlocks()) break;
      frames++;
    } else {
      return `an unknown block (0x${block.toString(16)}) was found (damaged)`;
    }
  }
  return 'the file ends before the GIF trailer (truncated)';
}

function webpDamage(data: Uint8Array): string | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const riffEnd = 8 + view.getUint32(4, true);
  if (riffEnd > data.length) return 'the file is shorter than its RIFF header says (truncated)';
  let i = 12;
  let picture = false;
  while (i + 8 <= riffEnd) {
    const type = String.fromCharCode(...data.subarray(i, i + 4));
    const size = view.getUint32(i + 4, true);
    if (i + 8 + size > riffEnd) return `the ${printable(type)} chunk runs past the end of the file (truncated)`;
    if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') picture = true;
    i += 8 + size + (size & 1);
  }
  return picture ? null : 'there is no picture data';
}

function printable(type: string): string {
  return /^[A-Za-z0-9 ]{4}$/.test(type) ? type.trim() : '?';
}
