// Reads the EXIF orientation of a JPEG (APP1 "Exif", IFD0 tag 0x0112) without decoding it. Browsers
// draw photos upright, so a photo whose orientation is 5-8 shows with width and height swapped
// compared with its frame header.

/** 1..8, or 1 when absent or unreadable. */
export function jpegOrientation(bytes: Uint8Array): number {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return 1;
    const marker = bytes[i + 1]!;
    if (marker === 0xda || marker === 0xd9) return 1;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2) return 1;
    if (marker === 0xe1 && i + 10 <= bytes.length && ascii(bytes, i + 4, 6) === 'Exif\0\0') {
      return tiffOrientation(bytes.subarray(i + 10, Math.min(bytes.length, i + 2 + length)));
    }
    i += 2 + length;
  }
  return 1;
}

function tiffOrientation(tiff: Uint8Array): number {
  if (tiff.length < 8) return 1;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return 1;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return 1;
  const count = view.getUint16(ifd, little);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

function ascii(b: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...b.subarray(start, start + length));
}

/** The size a decoder shows after applying the orientation. */
export function orientedSize(size: { width: number; height: number }, orientation: number): { width: number; height: number } {
  return orientation >= 5 ? { width: size.height, height: size.width } : size;
}
