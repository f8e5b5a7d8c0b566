import { createCanvas, loadImage } from '@napi-rs/canvas';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { stripForDocument, stripMetadata } from '../../../../core/export/metadata';
import { acceptImage } from '../../../../core/bundle/image-accept';
import { jpegOrientation } from '../../../../renderer/assets/exif-orientation';
import { ExportError } from '../../../../core/export/types';

const enc = new TextEncoder();

function concat(...parts: Array<Uint8Array | number[]>): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

function indexOf(hay: Uint8Array, needle: Uint8Array | string): number {
  const n = typeof needle === 'string' ? enc.encode(needle) : needle;
  outer: for (let i = 0; i + n.length <= hay.length; i++) {
    for (let j = 0; j < n.length; j++) if (hay[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** A big-endian TIFF block with IFD0 -> GPS IFD holding latitude 40° 26' 46.14" N. */
function exifWithGps(): Uint8Array {
  // Layout: header(8) IFD0 at 8: count(2) + 1 entry(12) + next(4) = 18 -> GPS IFD at 26:
  // count(2) + 2 entries(24) + next(4) = 30 -> rationals at 56.
  const gpsIfd = 26;
  const rationals = 56;
  return concat(
    enc.encode('MM'), u16(42), u32(8),
    u16(1), u16(0x8825), u16(4), u32(1), u32(gpsIfd), u32(0),
    u16(2),
    u16(0x0001), u16(2), u32(2), [0x4e, 0, 0, 0], // GPSLatitudeRef "N"
    u16(0x0002), u16(5), u32(3), u32(rationals), // GPSLatitude
    u32(0),
    u32(40), u32(1), u32(26), u32(1), u32(4614), u32(100),
  );
}

function segment(marker: number, payload: Uint8Array): Uint8Array {
  return concat([0xff, marker], u16(payload.length + 2), payload);
}

function testJpeg(): { clean: Uint8Array; pixels: Uint8Array } {
  const width = 16;
  const height = 8;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256, 255], i * 4);
  const clean = new Uint8Array(jpeg.encode({ data, width, height }, 90).data);
  return { clean, pixels: jpeg.decode(clean, { useTArray: true }).data };
}

describe('stripMetadata: JPEG', () => {
  it('drops a hand-built EXIF APP1 with GPS, APP13 and comments, keeping the image intact', () => {
    const { clean, pixels } = testJpeg();
    const gps = exifWithGps();
    const app1 = segment(0xe1, concat(enc.encode('Exif\0\0'), gps));
    const app13 = segment(0xed, enc.encode('Photoshop 3.0\x008BIM location: 40.4461N'));
    const com = segment(0xfe, enc.encode('shot at the rally'));
    // SOI, then the metadata, then the rest of the clean file (its APP0 first).
    const dirty = concat(clean.subarray(0, 2), app1, app13, com, clean.subarray(2));
    expect(indexOf(dirty, 'Exif')).toBeGreaterThan(0);
    expect(jpeg.decode(dirty, { useTArray: true }).data).toEqual(pixels);

    const stripped = stripMetadata(dirty);
    expect(stripped.length).toBe(clean.length);
    expect(Array.from(stripped)).toEqual(Array.from(clean));
    for (const needle of ['Exif', 'Photoshop', 'rally', '8BIM']) expect(indexOf(stripped, needle), needle).toBe(-1);
    expect(indexOf(stripped, gps.subarray(gps.length - 24))).toBe(-1); // the GPS rationals
    expect(indexOf(stripped, 'JFIF')).toBeGreaterThan(0); // APP0 kept
    expect(jpeg.decode(stripped, { useTArray: true }).data).toEqual(pixels);
  });

  it('keeps an ICC profile (APP2) and returns clean files unchanged', () => {
    const { clean } = testJpeg();
    expect(stripMetadata(clean)).toBe(clean);
    const icc = segment(0xe2, enc.encode('ICC_PROFILE\0\x01\x01fake'));
    const withIcc = concat(clean.subarray(0, 2), icc, clean.subarray(2));
    expect(stripMetadata(withIcc)).toBe(withIcc);
  });

  it('removes the XMP and comment @napi-rs/canvas writes when asked to', async () => {
    const canvas = createCanvas(20, 20);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#e63946';
    ctx.fillRect(0, 0, 20, 20);
    const tagged = new Uint8Array(await canvas.encode('jpeg', { quality: 80, author: 'Jane Organizer', comment: 'GPS 40.4461N' }));
    expect(indexOf(tagged, 'Jane Organizer')).toBeGreaterThan(0);
    const stripped = stripMetadata(tagged);
    expect(indexOf(stripped, 'Jane Organizer')).toBe(-1);
    expect(indexOf(stripped, 'GPS 40')).toBe(-1);
    const img = await loadImage(Buffer.from(stripped));
    expect([img.width, img.height]).toEqual([20, 20]);
  });

  it('reads through picture data (stuffed bytes, fill bytes, restart markers) to drop a comment and EXIF between two scans', () => {
    const sos = [0xff, 0xda, 0x00, 0x04, 0x01, 0x00];
    // The first scan ends in a fill byte right before the comment's marker.
    const scan1 = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd3, 0x56, 0xff, 0xff, 0xd5, 0x78, 0xff, 0x00, 0xff];
    const scan2 = [0x9a, 0xff, 0x00, 0xbc, 0xff, 0xd7];
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46];
    const jpegBytes = concat([0xff, 0xd8], app0, sos, scan1, [0xff, 0xfe, 0x00, 0x04, 0x68, 0x69], [0xff, 0xe1, 0x00, 0x04, 0x45, 0x78], sos, scan2, [0xff, 0xd9]);
    expect([...stripMetadata(jpegBytes)]).toEqual([0xff, 0xd8, ...app0, ...sos, ...scan1, ...sos, ...scan2, 0xff, 0xd9]);
  });

  it('refuses a truncated segment with a coded error', () => {
    const { clean } = testJpeg();
    const broken = concat(clean.subarray(0, 2), [0xff, 0xe1, 0x40, 0x00, 1, 2, 3]);
    let err: unknown;
    try {
      stripMetadata(broken);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('export.bad-image');
  });
});

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat(enc.encode(type), data);
  return concat(u32(data.length), typed, u32(crc32(typed)));
}

describe('stripMetadata: PNG', () => {
  it('drops eXIf, tEXt, iTXt, zTXt and tIME chunks and anything after IEND', () => {
    const png = new PNG({ width: 4, height: 3 });
    for (let i = 0; i < 12; i++) png.data.set([i * 20, 255 - i * 20, 7, 255], i * 4);
    const clean = new Uint8Array(PNG.sync.write(png));
    const iend = clean.length - 12;
    const extras = concat(
      chunk('tEXt', enc.encode('Author\0Jane Organizer')),
      chunk('iTXt', enc.encode('Description\0\0\0\0\0at the picket line')),
      chunk('zTXt', concat(enc.encode('Comment\0'), [0], [0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
      chunk('eXIf', exifWithGps()),
      chunk('tIME', Uint8Array.from([0x07, 0xea, 11, 24, 1, 2, 3])),
    );
    const dirty = concat(clean.subarray(0, iend), extras, clean.subarray(iend), enc.encode('trailing secret'));
    expect(PNG.sync.read(Buffer.from(dirty.subarray(0, dirty.length - 'trailing secret'.length))).width).toBe(4);
    const stripped = stripMetadata(dirty);
    expect(Array.from(stripped)).toEqual(Array.from(clean));
    for (const needle of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME', 'Jane', 'secret']) expect(indexOf(stripped, needle), needle).toBe(-1);
    expect(PNG.sync.read(Buffer.from(stripped)).data).toEqual(png.data);
  });

  it('removes the text chunks @napi-rs/canvas writes when asked to', async () => {
    const canvas = createCanvas(8, 8);
    const tagged = new Uint8Array(await canvas.encode('png', { author: 'Jane Organizer', description: 'rally' }));
    expect(indexOf(tagged, 'Jane Organizer')).toBeGreaterThan(0);
    const stripped = stripMetadata(tagged);
    expect(indexOf(stripped, 'Jane')).toBe(-1);
    expect(PNG.sync.read(Buffer.from(stripped)).width).toBe(8);
  });

  it('refuses a PNG without IEND', () => {
    const clean = new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 })));
    expect(() => stripMetadata(clean.subarray(0, clean.length - 12))).toThrow(/IEND/);
  });
});

describe('stripMetadata: WebP and others', () => {
  it('drops EXIF and XMP chunks, fixes the RIFF size and clears the VP8X flags', async () => {
    const canvas = createCanvas(10, 6);
    const encoded = new Uint8Array(await canvas.encode('webp', 80));
    const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
    const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
    const riffChunk = (type: string, data: Uint8Array) => concat(enc.encode(type), le32(data.length), data, data.length % 2 ? [0] : []);
    // The encoder's chunks, behind a VP8X header (reused when present) that announces EXIF and XMP.
    let chunks = encoded.subarray(12);
    let flags = 0;
    if (String.fromCharCode(...chunks.subarray(0, 4)) === 'VP8X') {
      flags = chunks[8]!;
      chunks = chunks.subarray(18);
    }
    const vp8x = riffChunk('VP8X', Uint8Array.from([flags | 0x08 | 0x04, 0, 0, 0, ...le24(9), ...le24(5)]));
    const exif = riffChunk('EXIF', exifWithGps());
    const xmp = riffChunk('XMP ', enc.encode('<x:xmpmeta>Jane</x:xmpmeta>'));
    const body = concat(enc.encode('WEBP'), vp8x, chunks, exif, xmp);
    const dirty = concat(enc.encode('RIFF'), le32(body.length), body);
    expect((await loadImage(Buffer.from(dirty))).width).toBe(10);
    const stripped = stripMetadata(dirty);
    expect(indexOf(stripped, 'EXIF')).toBe(-1);
    expect(indexOf(stripped, 'Jane')).toBe(-1);
    const view = new DataView(stripped.buffer, stripped.byteOffset);
    expect(view.getUint32(4, true)).toBe(stripped.length - 8);
    expect(stripped[20]! & 0x0c).toBe(0);
    expect(stripped[20]! & ~0x0c).toBe(flags & ~0x0c);
    const img = await loadImage(Buffer.from(stripped));
    expect([img.width, img.height]).toEqual([10, 6]);
  });

  it('refuses formats it cannot clean', () => {
    expect(() => stripMetadata(enc.encode('GIF89a....'))).toThrow(ExportError);
  });
});

describe('stripForDocument: what an image keeps when it enters a document', () => {
  /** IFD0 with Orientation, Make "PlacardTestCam" and a pointer to a GPS IFD (big-endian TIFF). */
  function exifWithOrientationAndGps(orientation: number): Uint8Array {
    const make = enc.encode('PlacardTestCam\0\0');
    const ifd0 = 8;
    const ifd0Size = 2 + 3 * 12 + 4;
    const makeAt = ifd0 + ifd0Size;
    const gpsAt = makeAt + make.length;
    return concat(
      enc.encode('MM'), u16(42), u32(ifd0),
      u16(3),
      u16(0x010f), u16(2), u32(make.length), u32(makeAt),
      u16(0x0112), u16(3), u32(1), u16(orientation), u16(0),
      u16(0x8825), u16(4), u32(1), u32(gpsAt),
      u32(0),
      make,
      u16(1), u16(0x0001), u16(2), u32(2), [0x4e, 0, 0, 0], u32(0),
    );
  }

  it('drops camera and location from a turned JPEG and keeps its orientation and every byte of the picture', async () => {
    const { clean, pixels } = testJpeg();
    const dirty = concat(clean.subarray(0, 2), segment(0xe1, concat(enc.encode('Exif\0\0'), exifWithOrientationAndGps(6))), clean.subarray(2));
    expect(jpegOrientation(dirty)).toBe(6);
    const kept = stripForDocument(dirty, jpegOrientation(dirty));
    for (const needle of ['PlacardTestCam', 'MM\0*\0\0\0\x08\0\x03']) expect(indexOf(kept, needle), needle).toBe(-1);
    expect(indexOf(kept, Uint8Array.from([0x88, 0x25]))).toBe(-1); // no GPS pointer
    expect(jpegOrientation(kept)).toBe(6);
    // SOI, the orientation-only EXIF block, then the clean file after its SOI, byte for byte.
    expect(Array.from(kept.subarray(kept.length - (clean.length - 2)))).toEqual(Array.from(clean.subarray(2)));
    expect(jpeg.decode(kept, { useTArray: true }).data).toEqual(pixels);
    // An independent decoder applies the orientation: the 16x8 picture shows 8x16.
    const decoded = await loadImage(Buffer.from(kept));
    expect([decoded.width, decoded.height]).toEqual([8, 16]);
    expect(acceptImage(kept).ok).toBe(true);
  });

  it('leaves an upright JPEG with no EXIF at all, and strips PNG text chunks', () => {
    const { clean } = testJpeg();
    const dirty = concat(clean.subarray(0, 2), segment(0xe1, concat(enc.encode('Exif\0\0'), exifWithOrientationAndGps(1))), clean.subarray(2));
    expect(Array.from(stripForDocument(dirty, 1))).toEqual(Array.from(clean));
    const png = new PNG({ width: 2, height: 2 });
    const plain = new Uint8Array(PNG.sync.write(png));
    const iend = plain.length - 12;
    const text = concat(u32(12), enc.encode('tEXtGPS\x0040.4N,3.7W'.slice(0, 16)), u32(0));
    const withText = concat(plain.subarray(0, iend), text, plain.subarray(iend));
    expect(indexOf(stripForDocument(withText), 'tEXt')).toBe(-1);
  });
});
