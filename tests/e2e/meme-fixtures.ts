// Fixtures for the meme e2e tests, generated at test time: photos (mid-tone colors only, so any
// pure white or black pixel in an export is text), a JPEG carrying hand-built EXIF GPS tags, a
// PNG header that declares too many pixels, and damaged fonts.
import { createCanvas } from '@napi-rs/canvas';
import { deflateSync } from 'node:zlib';

/** Quadrant colors of the test photo: TL, TR, BL, BR. */
export const QUADRANTS = { tl: [200, 80, 70], tr: [70, 160, 90], bl: [60, 90, 190], br: [190, 170, 60] } as const;

/**
 * A photo with four mid-tone quadrants and a fine vertical stripe pattern (for the blur box) in
 * the middle square of side min(w,h)/3. Colors stay between 40 and 215.
 */
export function quadrantPhoto(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Buffer {
  const canvas = createCanvas(width, height);
  const c = canvas.getContext('2d');
  const rgb = (v: readonly number[]) => `rgb(${v[0]},${v[1]},${v[2]})`;
  const hw = Math.floor(width / 2);
  const hh = Math.floor(height / 2);
  c.fillStyle = rgb(QUADRANTS.tl);
  c.fillRect(0, 0, hw, hh);
  c.fillStyle = rgb(QUADRANTS.tr);
  c.fillRect(hw, 0, width - hw, hh);
  c.fillStyle = rgb(QUADRANTS.bl);
  c.fillRect(0, hh, hw, height - hh);
  c.fillStyle = rgb(QUADRANTS.br);
  c.fillRect(hw, hh, width - hw, height - hh);
  const side = Math.floor(Math.min(width, height) / 3);
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const stripe = Math.max(2, Math.round(width / 300));
  for (let x = 0; x < side; x += stripe * 2) {
    c.fillStyle = 'rgb(45,45,45)';
    c.fillRect(x0 + x, y0, stripe, side);
    c.fillStyle = 'rgb(210,210,210)';
    c.fillRect(x0 + x + stripe, y0, stripe, side);
  }
  return format === 'jpeg' ? canvas.encodeSync('jpeg', 92) : canvas.encodeSync('png');
}

/** Hand-built APP1 Exif segment (big-endian TIFF): Make "PlacardTestCam" and a GPS IFD at 40.4168 N, 3.7038 W. */
export function exifWithGps(): Buffer {
  const parts: number[] = [];
  const u16 = (v: number) => parts.push((v >> 8) & 255, v & 255);
  const u32 = (v: number) => parts.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  // TIFF header
  parts.push(0x4d, 0x4d);
  u16(42);
  u32(8);
  // IFD0 at 8: 2 entries (Make, GPSInfo pointer)
  const make = Buffer.from('PlacardTestCam\0', 'latin1');
  const ifd0Size = 2 + 2 * 12 + 4;
  const makeOffset = 8 + ifd0Size;
  const gpsOffset = makeOffset + make.length + (make.length % 2);
  u16(2);
  u16(0x010f); u16(2); u32(make.length); u32(makeOffset);
  u16(0x8825); u16(4); u32(1); u32(gpsOffset);
  u32(0);
  parts.push(...make);
  if (make.length % 2) parts.push(0);
  // GPS IFD: LatitudeRef, Latitude, LongitudeRef, Longitude
  const gpsEntries = 4;
  const dataStart = gpsOffset + 2 + gpsEntries * 12 + 4;
  u16(gpsEntries);
  u16(0x0001); u16(2); u32(2); parts.push(0x4e, 0, 0, 0); // "N"
  u16(0x0002); u16(5); u32(3); u32(dataStart);
  u16(0x0003); u16(2); u32(2); parts.push(0x57, 0, 0, 0); // "W"
  u16(0x0004); u16(5); u32(3); u32(dataStart + 24);
  u32(0);
  for (const [num, den] of [[40, 1], [25, 1], [60, 1], [3, 1], [42, 1], [1368, 100]]) {
    u32(num!);
    u32(den!);
  }
  const tiff = Buffer.from(parts);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, ((payload.length + 2) >> 8) & 255, (payload.length + 2) & 255]);
  return Buffer.concat([header, payload]);
}

/** An APP1 Exif segment holding only an Orientation tag (1-8). */
export function orientationApp1(value: number): Buffer {
  // Little-endian TIFF with one IFD0 entry: Orientation (0x0112), SHORT, 1 value.
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(value, 18);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  return Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255]), payload]);
}

/** Inserts an APP1 segment right after the JPEG's SOI marker. */
export function withExif(jpeg: Buffer, app1: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** A PNG whose header claims width x height (with a tiny, otherwise valid body). */
export function pngClaiming(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 255]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(16))), chunk('IEND', Buffer.alloc(0))]);
}

/** Not a font at all (random-looking bytes). */
export function garbageFont(): Buffer {
  return Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 73 + 11) & 255));
}

/**
 * A TrueType file whose header and table directory are well formed (it passes the magic-number
 * checks) but whose tables are zeros, so the browser's font engine must reject it.
 */
export function hollowTrueType(): Buffer {
  const tables = ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post'];
  const dirEnd = 12 + tables.length * 16;
  const tableSize = 64;
  const out = Buffer.alloc(dirEnd + tables.length * tableSize);
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(tables.length, 4);
  tables.forEach((tag, i) => {
    const rec = 12 + i * 16;
    out.write(tag, rec, 'latin1');
    out.writeUInt32BE(0, rec + 4);
    out.writeUInt32BE(dirEnd + i * tableSize, rec + 8);
    out.writeUInt32BE(tableSize, rec + 12);
    if (tag === 'head') out.writeUInt32BE(0x5f0f3cf5, dirEnd + i * tableSize + 12);
  });
  return out;
}

/** A WebP photo (lossless) of the quadrant pattern. */
export function quadrantWebp(width: number, height: number): Buffer {
  const canvas = createCanvas(width, height);
  const c = canvas.getContext('2d');
  c.fillStyle = `rgb(${QUADRANTS.tl.join(',')})`;
  c.fillRect(0, 0, width, height);
  return canvas.encodeSync('webp', 100);
}

/**
 * A two-frame animated GIF, written by hand: frame one all `first`, frame two all `second`.
 * LZW data uses 3-bit codes with a clear code every two pixels, so the table never grows.
 */
export function twoFrameGif(size: number, first: readonly number[], second: readonly number[]): Buffer {
  const out: number[] = [];
  const u16 = (v: number) => out.push(v & 255, (v >> 8) & 255);
  out.push(...Buffer.from('GIF89a', 'latin1'));
  u16(size);
  u16(size);
  out.push(0xf1, 0, 0); // global color table, 4 entries
  out.push(...first, ...second, 0, 0, 0, 255, 255, 255);
  out.push(0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0', 'latin1'), 3, 1, 0, 0, 0); // loop forever
  const frame = (colorIndex: number) => {
    out.push(0x21, 0xf9, 4, 0x04, 10, 0, 0, 0); // graphic control: 0.1 s, keep
    out.push(0x2c);
    u16(0);
    u16(0);
    u16(size);
    u16(size);
    out.push(0);
    out.push(2); // LZW minimum code size
    const codes: number[] = [];
    const pixels = size * size;
    for (let i = 0; i < pixels; i += 2) {
      codes.push(4, colorIndex);
      if (i + 1 < pixels) codes.push(colorIndex);
    }
    codes.push(5);
    const bytes: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const code of codes) {
      acc |= code << bits;
      bits += 3;
      while (bits >= 8) {
        bytes.push(acc & 255);
        acc >>= 8;
        bits -= 8;
      }
    }
    if (bits > 0) bytes.push(acc & 255);
    for (let i = 0; i < bytes.length; i += 255) {
      const block = bytes.slice(i, i + 255);
      out.push(block.length, ...block);
    }
    out.push(0);
  };
  frame(0);
  frame(1);
  out.push(0x3b);
  return Buffer.from(out);
}
