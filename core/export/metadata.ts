// Removes metadata (EXIF with GPS, XMP, IPTC, text chunks, comments) from encoded images.
// Re-encoding from a canvas already drops it; this is the guard that makes sure, because photos
// of members and protesters can identify people and places.
import { ExportError } from './types';

function bad(message: string): never {
  throw new ExportError('export.bad-image', message);
}

/**
 * JPEG markers kept: APP0 (JFIF), APP2 (ICC color profile), APP14 (Adobe color transform, needed
 * to decode some files). Every other APPn (APP1 EXIF/XMP, APP13 IPTC/Photoshop, maker data) and
 * COM comments are dropped.
 */
function keepJpegMarker(marker: number): boolean {
  if (marker >= 0xe0 && marker <= 0xef) return marker === 0xe0 || marker === 0xe2 || marker === 0xee;
  return marker !== 0xfe;
}

export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) bad('not a JPEG file');
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let removed = false;
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) bad(`JPEG: expected a marker at byte ${i}`);
    let m = i + 1;
    while (m < bytes.length && bytes[m] === 0xff) m++; // fill bytes
    if (m >= bytes.length) bad('JPEG: truncated marker');
    const marker = bytes[m]!;
    if (marker === 0xd9) {
      parts.push(bytes.subarray(i, m + 1));
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(bytes.subarray(i, m + 1));
      i = m + 1;
      continue;
    }
    if (m + 2 >= bytes.length) bad('JPEG: truncated segment length');
    const length = (bytes[m + 1]! << 8) | bytes[m + 2]!;
    const end = m + 1 + length;
    if (length < 2 || end > bytes.length) bad(`JPEG: segment 0x${marker.toString(16)} runs past the end of the file`);
    if (keepJpegMarker(marker)) parts.push(bytes.subarray(i, end));
    else removed = true;
    i = end;
    if (marker === 0xda) {
      // Entropy-coded data follows the scan header; it ends at the next real marker
      // (0xFF followed by something other than a stuffed 0x00, a restart marker or fill).
      // Found with indexOf (native): this walks every exported JPEG's whole picture data.
      let j = bytes.indexOf(0xff, i);
      while (j >= 0 && j < bytes.length - 1) {
        const n = bytes[j + 1]!;
        if (n !== 0x00 && n !== 0xff && !(n >= 0xd0 && n <= 0xd7)) break;
        j = bytes.indexOf(0xff, j + 1);
      }
      if (j < 0 || j >= bytes.length - 1) j = bytes.length;
      parts.push(bytes.subarray(i, j));
      i = j;
    }
  }
  return removed ? concat(parts) : bytes;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Text chunks, EXIF and the modification time carry metadata; nothing needed to draw the image. */
const PNG_DROPPED = new Set(['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME']);

export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 8 || PNG_SIGNATURE.some((b, k) => bytes[k] !== b)) bad('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let removed = false;
  let i = 8;
  let sawEnd = false;
  while (i < bytes.length) {
    if (i + 12 > bytes.length) bad('PNG: truncated chunk');
    const length = view.getUint32(i);
    const type = String.fromCharCode(bytes[i + 4]!, bytes[i + 5]!, bytes[i + 6]!, bytes[i + 7]!);
    const end = i + 12 + length;
    if (end > bytes.length) bad(`PNG: chunk ${JSON.stringify(type)} runs past the end of the file`);
    if (PNG_DROPPED.has(type)) removed = true;
    else parts.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
  }
  if (!sawEnd) bad('PNG: no IEND chunk');
  // Anything after IEND is not part of the image; drop it too.
  if (i < bytes.length) removed = true;
  return removed ? concat(parts) : bytes;
}

function ascii(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

export function stripWebpMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WEBP') bad('not a WebP file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const chunks: Uint8Array[] = [];
  let removed = false;
  let i = 12;
  while (i + 8 <= riffEnd) {
    const type = ascii(bytes, i);
    const size = view.getUint32(i + 4, true);
    const end = i + 8 + size + (size % 2);
    if (i + 8 + size > riffEnd) bad(`WebP: chunk ${JSON.stringify(type)} runs past the end of the file`);
    if (type === 'EXIF' || type === 'XMP ') removed = true;
    else chunks.push(bytes.subarray(i, Math.min(end, riffEnd)));
    i = end;
  }
  if (!removed) return bytes;
  const body = concat(chunks);
  const out = new Uint8Array(12 + body.length);
  out.set(bytes.subarray(0, 12));
  out.set(body, 12);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  // VP8X announces EXIF (0x08) and XMP (0x04) in its flags; clear them with the chunks gone.
  if (ascii(out, 12) === 'VP8X') out[20] = out[20]! & ~0x0c;
  return out;
}

/** Strips metadata from a PNG, JPEG or WebP file; other formats are refused. */
export function stripMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpegMetadata(bytes);
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return stripPngMetadata(bytes);
  if (bytes.length >= 12 && ascii(bytes, 0) === 'RIFF') return stripWebpMetadata(bytes);
  return bad('not a PNG, JPEG or WebP file');
}

/**
 * What an image keeps when it enters a document: everything needed to draw it as the user saw
 * it, nothing that says where or with what it was taken. Lossless: JPEG, PNG and WebP lose their
 * metadata segments and chunks, the compressed picture is untouched, and a JPEG turned by its
 * EXIF orientation gets back an EXIF block holding that orientation alone. GIF and SVG pass as
 * they are (their checks already refuse scripts and links).
 */
export function stripForDocument(bytes: Uint8Array, jpegOrientation = 1): Uint8Array {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const stripped = stripJpegMetadata(bytes);
    if (jpegOrientation === 1 || !Number.isInteger(jpegOrientation) || jpegOrientation < 1 || jpegOrientation > 8) return stripped;
    return concat([stripped.subarray(0, 2), orientationExif(jpegOrientation), stripped.subarray(2)]);
  }
  if ((bytes[0] === 0x89 && bytes[1] === 0x50) || (bytes.length >= 12 && ascii(bytes, 0) === 'RIFF')) return stripMetadata(bytes);
  return bytes;
}

/** An APP1 segment with a TIFF header and one IFD entry: Orientation (0x0112, SHORT) = `orientation`. */
function orientationExif(orientation: number): Uint8Array {
  const out = new Uint8Array(2 + 2 + 6 + 8 + 2 + 12 + 4);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xffe1);
  view.setUint16(2, out.length - 2);
  out.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4); // "Exif\0\0"
  const tiff = 10;
  out.set([0x4d, 0x4d, 0x00, 0x2a], tiff); // big-endian TIFF
  view.setUint32(tiff + 4, 8); // IFD0 right after the header
  view.setUint16(tiff + 8, 1); // one entry
  view.setUint16(tiff + 10, 0x0112);
  view.setUint16(tiff + 12, 3); // SHORT
  view.setUint32(tiff + 14, 1);
  view.setUint16(tiff + 18, orientation);
  view.setUint32(tiff + 22, 0); // no next IFD
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
