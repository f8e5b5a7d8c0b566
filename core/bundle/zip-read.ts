// Reads an untrusted zip archive into a map of entry name -> bytes, enforcing every limit.
// The central directory and each local header are checked BEFORE anything is inflated, and
// inflation is streamed in small chunks with a hard cap, so a zip bomb or a header that lies
// about sizes costs at most a few megabytes of work before it is refused.
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { checkEntryName, looksLikeArchive } from './entry-names';
import { type BundleIssue, type BundleResult, fail, issue, ok } from './errors';
import type { BundleLimits } from './limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Most input fed to the inflater per step: at most ~33 MiB of output past a lie. */
const INFLATE_CHUNK = 32 * 1024;
/** Input of the first steps: at most ~256 KiB of output past a lie. */
const MIN_INFLATE_CHUNK = 256;
const MAX_DEFLATE_RATIO = 1032;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

export interface ZipEntryHeader {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  externalAttributes: number;
  localHeaderOffset: number;
  isDirectory: boolean;
  /** Where the compressed bytes start and end, from the local header. */
  dataStart: number;
  dataEnd: number;
}

/** Every regular file in the archive (folders are checked, then dropped), sorted by name. */
export function readZip(bytes: Uint8Array, limits: BundleLimits): BundleResult<Map<string, Uint8Array>> {
  const headers = readZipHeaders(bytes, limits);
  if (!headers.ok) return headers;
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const header of headers.value) {
    if (header.isDirectory) continue;
    const data = inflateEntry(bytes, header, limits, limits.maxTotalUncompressedBytes - total);
    if (!data.ok) return data;
    total += data.value.length;
    if (looksLikeArchive(data.value)) return fail(issue('bundle.nested-archive', 'content is itself an archive', { entry: header.name }));
    files.set(header.name, data.value);
  }
  return ok(new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** Parses and checks the central directory and local headers without inflating anything. */
export function readZipHeaders(bytes: Uint8Array, limits: BundleLimits): BundleResult<ZipEntryHeader[]> {
  if (bytes.length > limits.maxArchiveBytes) {
    return fail(issue('bundle.too-large', `file is larger than ${limits.maxArchiveBytes} bytes`, {}, { max: limits.maxArchiveBytes }));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return fail(issue('bundle.not-a-zip', 'not a zip archive (no end of central directory)'));

  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const totalEntries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries) {
    return fail(issue('bundle.unsupported-zip', 'multi-part archives are not supported'));
  }
  if (totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return fail(issue('bundle.unsupported-zip', 'ZIP64 archives are not supported (and never needed within our limits)'));
  }
  // Refuse on the declared count before parsing a single entry.
  if (totalEntries > limits.maxEntries) {
    return fail(issue('bundle.too-many-entries', `archive lists ${totalEntries} entries; the limit is ${limits.maxEntries}`, {}, { count: totalEntries, max: limits.maxEntries }));
  }
  if (cdOffset + cdSize > eocd) return fail(issue('bundle.corrupt-zip', 'central directory lies outside the archive'));

  const headers: ZipEntryHeader[] = [];
  const rawNames: Uint8Array[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  let pos = cdOffset;
  for (let i = 0; i < totalEntries; i++) {
    if (pos + 46 > cdOffset + cdSize || view.getUint32(pos, true) !== CENTRAL_SIGNATURE) {
      return fail(issue('bundle.corrupt-zip', `central directory entry ${i} is damaged`));
    }
    const flags = view.getUint16(pos + 8, true);
    const method = view.getUint16(pos + 10, true);
    const crc = view.getUint32(pos + 16, true);
    const compressedSize = view.getUint32(pos + 20, true);
    const uncompressedSize = view.getUint32(pos + 24, true);
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const externalAttributes = view.getUint32(pos + 38, true);
    const localHeaderOffset = view.getUint32(pos + 42, true);
    const nameStart = pos + 46;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > cdOffset + cdSize) return fail(issue('bundle.corrupt-zip', `central directory entry ${i} runs past its end`));
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const name = latin1(nameBytes);
    pos = next;

    const nameProblem = checkEntryName(name, limits.maxPathLength);
    if (nameProblem) return fail(nameProblem);
    const at = { entry: name };
    const key = name.toLowerCase();
    if (seen.has(key)) return fail(issue('bundle.duplicate-entry', 'name appears more than once (ignoring case)', at));
    seen.add(key);

    const mode = externalAttributes >>> 16;
    const type = mode & S_IFMT;
    if (type === S_IFLNK) return fail(issue('bundle.symlink', 'entry is a symbolic link', at));
    const isDirectory = name.endsWith('/');
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return fail(issue('bundle.special-entry', 'entry is a device, pipe or socket, not a file', at));
    if ((type === S_IFDIR || (externalAttributes & 0x10) !== 0) && !isDirectory) {
      return fail(issue('bundle.special-entry', 'entry is marked as a folder but named like a file', at));
    }
    if (flags & 0x1) return fail(issue('bundle.encrypted-entry', 'entry is encrypted', at));
    if (method !== 0 && method !== 8) {
      return fail(issue('bundle.unsupported-compression', `compression method ${method} is not supported`, at, { method }));
    }
    if (isDirectory && (uncompressedSize !== 0 || compressedSize !== 0)) {
      return fail(issue('bundle.special-entry', 'a folder entry carries data', at));
    }
    const sizeProblem = checkDeclaredSizes(name, method, compressedSize, uncompressedSize, limits);
    if (sizeProblem) return fail(sizeProblem);
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalUncompressedBytes) {
      return fail(issue('bundle.total-too-large', `entries declare more than ${limits.maxTotalUncompressedBytes} bytes in total`, {}, { max: limits.maxTotalUncompressedBytes }));
    }

    headers.push({
      name, method, flags, crc32: crc, compressedSize, uncompressedSize, externalAttributes, localHeaderOffset, isDirectory,
      dataStart: 0, dataEnd: 0,
    });
    rawNames.push(nameBytes);
  }

  // Second pass, once every central record passed: the local headers must agree with them.
  for (const [i, header] of headers.entries()) {
    const local = readLocalHeader(bytes, view, header.localHeaderOffset, rawNames[i]!, header.method, cdOffset, header.name);
    if (!local.ok) return local;
    header.dataStart = local.value;
    header.dataEnd = local.value + header.compressedSize;
    if (header.dataEnd > cdOffset) return fail(issue('bundle.corrupt-zip', 'entry data runs into the central directory', { entry: header.name }));
  }

  // Overlapping entries let a small archive expand to many copies of the same data.
  const byStart = [...headers].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i]!.localHeaderOffset < byStart[i - 1]!.dataEnd) {
      return fail(issue('bundle.overlapping-entries', 'entry shares its bytes with another entry', { entry: byStart[i]!.name }));
    }
  }
  return ok(headers);
}

function checkDeclaredSizes(name: string, method: number, compressed: number, uncompressed: number, limits: BundleLimits): BundleIssue | null {
  const at = { entry: name };
  if (uncompressed > limits.maxEntryBytes) {
    return issue('bundle.entry-too-large', `entry declares ${uncompressed} bytes; the limit is ${limits.maxEntryBytes}`, at, { size: uncompressed, max: limits.maxEntryBytes });
  }
  if (method === 0 && compressed !== uncompressed) return issue('bundle.size-mismatch', 'stored entry has different compressed and uncompressed sizes', at);
  if (uncompressed > limits.ratioCheckMinBytes && uncompressed / Math.max(compressed, 1) > limits.maxCompressionRatio) {
    return issue('bundle.ratio-too-high', `entry declares a compression ratio above ${limits.maxCompressionRatio}:1`, at, { max: limits.maxCompressionRatio });
  }
  return null;
}

/** Returns the offset where the entry's data starts, after checking the local header agrees with the central one. */
function readLocalHeader(bytes: Uint8Array, view: DataView, offset: number, nameBytes: Uint8Array, method: number, limit: number, name: string): BundleResult<number> {
  const at = { entry: name };
  if (offset + 30 > limit || view.getUint32(offset, true) !== LOCAL_SIGNATURE) {
    return fail(issue('bundle.corrupt-zip', 'local header is missing or damaged', at));
  }
  const localFlags = view.getUint16(offset + 6, true);
  const localMethod = view.getUint16(offset + 8, true);
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const start = offset + 30 + nameLength + extraLength;
  if (start > limit) return fail(issue('bundle.corrupt-zip', 'local header runs into the central directory', at));
  const localName = bytes.subarray(offset + 30, offset + 30 + nameLength);
  // A tool reading local headers would see a different file than one reading the directory.
  if (localMethod !== method || (localFlags & 0x1) !== 0 || !sameBytes(localName, nameBytes)) {
    return fail(issue('bundle.header-mismatch', 'local header disagrees with the central directory', at));
  }
  return ok(start);
}

function inflateEntry(bytes: Uint8Array, header: ZipEntryHeader, limits: BundleLimits, totalBudget: number): BundleResult<Uint8Array> {
  const at = { entry: header.name };
  const compressed = bytes.subarray(header.dataStart, header.dataEnd);
  let data: Uint8Array;
  if (header.method === 0) {
    data = compressed.slice();
  } else {
    // Never produce more than the entry declared (itself within limits) or the remaining total budget.
    const cap = Math.min(header.uncompressedSize, limits.maxEntryBytes, totalBudget);
    const ratioCap = Math.max(limits.ratioCheckMinBytes, header.compressedSize * limits.maxCompressionRatio);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    // Held in an object: TypeScript cannot see the callback assigning it.
    const state: { problem: BundleIssue | null } = { problem: null };
    const inflater = new Inflate((chunk) => {
      if (state.problem) return;
      produced += chunk.length;
      if (produced > cap) state.problem = issue('bundle.size-mismatch', `entry inflates to more than the ${header.uncompressedSize} bytes it declares`, at);
      else if (produced > ratioCap) state.problem = issue('bundle.ratio-too-high', `entry inflates beyond a ${limits.maxCompressionRatio}:1 ratio`, at, { max: limits.maxCompressionRatio });
      else chunks.push(chunk);
    });
    try {
      // Steps start small and grow with the input already read: at deflate's ~1032x, an entry
      // that lies about its size is caught after producing about a megabyte more than it may
      // (and never more than ~33 MiB), while an honest long stream soon runs in 32 KiB steps
      // (each step allocates a fresh output buffer, so many tiny steps would be slow).
      for (let off = 0; off < compressed.length && !state.problem; ) {
        const room = Math.max(0, Math.min(cap, ratioCap) - produced);
        const step = Math.min(INFLATE_CHUNK, Math.max(MIN_INFLATE_CHUNK, Math.ceil(room / MAX_DEFLATE_RATIO), off >>> 1));
        const end = Math.min(off + step, compressed.length);
        inflater.push(compressed.subarray(off, end), end === compressed.length);
        off = end;
      }
      if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      return fail(issue('bundle.corrupt-entry', `compressed data is damaged (${(err as Error).message})`, at));
    }
    if (state.problem) return fail(state.problem);
    data = concat(chunks, produced);
  }
  if (data.length !== header.uncompressedSize) {
    return fail(issue('bundle.size-mismatch', `entry holds ${data.length} bytes but declares ${header.uncompressedSize}`, at));
  }
  if (crc32(data) !== header.crc32) return fail(issue('bundle.corrupt-entry', 'checksum does not match; the entry is damaged', at));
  return ok(data);
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let pos = last; pos >= first; pos--) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE && pos + EOCD_SIZE + view.getUint16(pos + 20, true) === view.byteLength) return pos;
  }
  return -1;
}

function latin1(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return s;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
