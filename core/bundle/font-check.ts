// Sanity checks for font files: the right magic number and a table directory that stays inside
// the file. This is not a font validator (the platform's font engine parses the rest); it stops
// truncated, mislabeled or obviously malformed files before they reach that engine.

export type FontFlavor = 'truetype' | 'opentype' | 'woff' | 'woff2';
export type FontCheck = { ok: true; flavor: FontFlavor } | { ok: false; detail: string };

const MAX_TABLES = 256;
const HEAD_MAGIC = 0x5f0f3cf5;

export function checkFont(data: Uint8Array): FontCheck {
  if (data.length < 12) return bad('file is too short to be a font');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tag = view.getUint32(0);
  if (tag === 0x00010000 || tag === 0x74727565 /* 'true' */) return sfnt(view, 'truetype');
  if (tag === 0x4f54544f /* 'OTTO' */) return sfnt(view, 'opentype');
  if (tag === 0x774f4646 /* 'wOFF' */) return woff(view);
  if (tag === 0x774f4632 /* 'wOF2' */) return woff2(view);
  return bad('not a TrueType, OpenType, WOFF or WOFF2 font');
}

function sfnt(view: DataView, flavor: FontFlavor): FontCheck {
  const numTables = view.getUint16(4);
  if (numTables === 0 || numTables > MAX_TABLES) return bad(`implausible table count ${numTables}`);
  const dirEnd = 12 + numTables * 16;
  if (dirEnd > view.byteLength) return bad('table directory runs past the end of the file');
  let head = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (!printableTag(view, rec)) return bad(`table ${i} has an unreadable tag`);
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    if (offset < dirEnd || offset + length > view.byteLength) return bad(`table ${tagAt(view, rec)} lies outside the file`);
    if (tagAt(view, rec) === 'head') head = length >= 54 ? offset : -2;
  }
  if (head === -1) return bad('missing the required "head" table');
  if (head === -2) return bad('the "head" table is truncated');
  if (view.getUint32(head + 12) !== HEAD_MAGIC) return bad('the "head" table has a wrong magic number');
  return { ok: true, flavor };
}

function woff(view: DataView): FontCheck {
  if (view.byteLength < 44) return bad('WOFF header is truncated');
  if (view.getUint32(8) !== view.byteLength) return bad('WOFF header declares a different file length');
  const numTables = view.getUint16(12);
  if (numTables === 0 || numTables > MAX_TABLES) return bad(`implausible table count ${numTables}`);
  if (view.getUint16(14) !== 0) return bad('WOFF reserved field is not zero');
  const dirEnd = 44 + numTables * 20;
  if (dirEnd > view.byteLength) return bad('table directory runs past the end of the file');
  for (let i = 0; i < numTables; i++) {
    const rec = 44 + i * 20;
    if (!printableTag(view, rec)) return bad(`table ${i} has an unreadable tag`);
    const offset = view.getUint32(rec + 4);
    const compLength = view.getUint32(rec + 8);
    const origLength = view.getUint32(rec + 12);
    if (offset < dirEnd || offset + compLength > view.byteLength) return bad(`table ${tagAt(view, rec)} lies outside the file`);
    if (compLength > origLength) return bad(`table ${tagAt(view, rec)} is larger compressed than uncompressed`);
  }
  return { ok: true, flavor: 'woff' };
}

function woff2(view: DataView): FontCheck {
  if (view.byteLength < 48) return bad('WOFF2 header is truncated');
  if (view.getUint32(8) !== view.byteLength) return bad('WOFF2 header declares a different file length');
  const numTables = view.getUint16(12);
  if (numTables === 0 || numTables > MAX_TABLES) return bad(`implausible table count ${numTables}`);
  if (view.getUint16(14) !== 0) return bad('WOFF2 reserved field is not zero');
  const totalCompressed = view.getUint32(20);
  if (48 + totalCompressed > view.byteLength) return bad('compressed font data runs past the end of the file');
  return { ok: true, flavor: 'woff2' };
}

function printableTag(view: DataView, off: number): boolean {
  for (let i = 0; i < 4; i++) {
    const c = view.getUint8(off + i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

function tagAt(view: DataView, off: number): string {
  return String.fromCharCode(view.getUint8(off), view.getUint8(off + 1), view.getUint8(off + 2), view.getUint8(off + 3));
}

function bad(detail: string): FontCheck {
  return { ok: false, detail };
}
