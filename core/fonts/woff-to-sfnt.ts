// WOFF 1.0 to plain TrueType/OpenType (W3C WOFF spec, section 4): PDF embeds only raw sfnt
// fonts, and pdf-lib copies a WOFF's bytes unconverted. Hand-written because no kept npm package
// does this one step without a native or browser dependency; fflate inflates the tables.
import { unzlibSync } from 'fflate';

export class WoffError extends Error {
  readonly code = 'fonts.bad-woff';
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER = 44;
const ENTRY = 20;

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE;
}

/** The sfnt (TTF/OTF) font a WOFF 1.0 file wraps; other bytes are returned as they are. */
export function woffToSfnt(bytes: Uint8Array): Uint8Array {
  if (!isWoff(bytes)) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < HEADER) throw new WoffError('WOFF header is cut short');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  if (bytes.length < HEADER + numTables * ENTRY) throw new WoffError('WOFF table directory is cut short');
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = HEADER + i * ENTRY;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    if (offset + compLength > bytes.length) throw new WoffError('a WOFF table lies outside the file');
    const raw = bytes.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(raw, { out: new Uint8Array(origLength) }) : raw;
    if (data.length !== origLength) throw new WoffError('a WOFF table does not inflate to its stated length');
    tables.push({ tag, checksum, data });
  }
  const pad = (n: number) => (n + 3) & ~3;
  let size = 12 + 16 * numTables;
  for (const t of tables) size += pad(t.data.length);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(Math.max(1, numTables)));
  const searchRange = 2 ** entrySelector * 16;
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, searchRange);
  o.setUint16(8, entrySelector);
  o.setUint16(10, numTables * 16 - searchRange);
  let offset = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    o.setUint32(rec, t.tag);
    o.setUint32(rec + 4, t.checksum);
    o.setUint32(rec + 8, offset);
    o.setUint32(rec + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}
