// Recovery copies: the editor autosaves the open document here shortly after each change, and
// clears the copy once the real file is saved or the document is closed on purpose. Whatever is
// left at the next start survived a crash and can be offered for restoring.
//
// One file per document, named by a hash of the document key (its path, or an id for an unsaved
// document). The file holds a small header naming the key and time, then the .placard bytes.
// Each write replaces the file atomically, so a crash mid-autosave leaves the previous copy.
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARCHIVE_BYTES } from '../../core/bundle';
import { sha256Hex } from '../../core/bundle/sha256';
import { parseUntrustedJson } from '../../core/model/json';
import { writeFileAtomic } from './atomic-write';
import { PlacardError, errnoCode } from './errors';

export const RECOVERY_EXTENSION = '.placard-recovery';
const MAGIC = new TextEncoder().encode('PLACARD-RECOVERY\n');
const HEADER_FIXED = MAGIC.length + 4;
const MAX_META_BYTES = 16 * 1024;
const MAX_KEY_LENGTH = 4096;
/** Largest recovery file read at all: a document at the archive limit plus its header. */
const MAX_RECOVERY_FILE_BYTES = MAX_ARCHIVE_BYTES + HEADER_FIXED + MAX_META_BYTES;
/** Read-only, never blocking (a named pipe would wait forever for a writer), never through a link. */
const SAFE_READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

export interface RecoveryEntry {
  docKey: string;
  /** Milliseconds since the epoch when the copy was written. */
  savedAt: number;
  /** Size of the document bytes. */
  size: number;
  filePath: string;
}

interface RecoveryMeta {
  docKey: string;
  savedAt: number;
}

export function recoveryFileName(docKey: string): string {
  return sha256Hex(docKey).slice(0, 32) + RECOVERY_EXTENSION;
}

export async function writeRecovery(dir: string, docKey: string, bytes: Uint8Array, now: number = Date.now()): Promise<void> {
  checkKey(docKey);
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new PlacardError('bundle.too-large', `recovery copy is larger than ${MAX_ARCHIVE_BYTES} bytes`, { max: MAX_ARCHIVE_BYTES });
  await mkdir(dir, { recursive: true });
  const meta = new TextEncoder().encode(JSON.stringify({ docKey, savedAt: now } satisfies RecoveryMeta));
  const out = new Uint8Array(HEADER_FIXED + meta.length + bytes.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, meta.length);
  out.set(meta, HEADER_FIXED);
  out.set(bytes, HEADER_FIXED + meta.length);
  await writeFileAtomic(path.join(dir, recoveryFileName(docKey)), out);
}

/** The document bytes of a recovery copy, or null when there is none (or it is damaged). */
export async function readRecovery(dir: string, docKey: string): Promise<Uint8Array | null> {
  checkKey(docKey);
  const filePath = path.join(dir, recoveryFileName(docKey));
  const header = await readHeader(filePath);
  if (!header || header.meta.docKey !== docKey) return null;
  const handle = await openRegularFile(filePath);
  if (!handle) return null;
  try {
    const out = new Uint8Array(header.size);
    let got = 0;
    while (got < out.length) {
      const { bytesRead } = await handle.read(out, got, out.length - got, header.dataOffset + got);
      if (bytesRead === 0) return null;
      got += bytesRead;
    }
    return out;
  } finally {
    await handle.close();
  }
}

/** Every readable recovery copy in `dir`, newest first. A missing folder means none. */
export async function listRecoveries(dir: string): Promise<RecoveryEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw new PlacardError('recovery.read-failed', `Could not list ${dir} (${errnoCode(err)})`, { path: dir, reason: errnoCode(err) }, { cause: err });
  }
  const entries: RecoveryEntry[] = [];
  for (const name of names) {
    // Temp files of interrupted writes start with "." and never match.
    if (!/^[0-9a-f]{32}\.placard-recovery$/.test(name)) continue;
    const filePath = path.join(dir, name);
    const header = await readHeader(filePath);
    if (!header || recoveryFileName(header.meta.docKey) !== name) continue;
    entries.push({ docKey: header.meta.docKey, savedAt: header.meta.savedAt, size: header.size, filePath });
  }
  return entries.sort((a, b) => b.savedAt - a.savedAt || (a.docKey < b.docKey ? -1 : 1));
}

export async function clearRecovery(dir: string, docKey: string): Promise<void> {
  checkKey(docKey);
  try {
    await unlink(path.join(dir, recoveryFileName(docKey)));
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') {
      throw new PlacardError('recovery.clear-failed', `Could not remove the recovery copy (${errnoCode(err)})`, { reason: errnoCode(err) }, { cause: err });
    }
  }
}

function checkKey(docKey: string): void {
  if (typeof docKey !== 'string' || docKey.length === 0 || docKey.length > MAX_KEY_LENGTH) {
    throw new PlacardError('recovery.bad-key', `document key must be 1-${MAX_KEY_LENGTH} characters`, { max: MAX_KEY_LENGTH });
  }
}

/**
 * Opens `filePath` only if it is a regular file within the size limit, checked before opening
 * (lstat: a pipe, device or link is never opened) and again on the open handle (it may have been
 * swapped in between). Null otherwise.
 */
async function openRegularFile(filePath: string): Promise<FileHandle | null> {
  try {
    const before = await lstat(filePath);
    if (!before.isFile() || before.size > MAX_RECOVERY_FILE_BYTES) return null;
    const handle = await open(filePath, SAFE_READ_FLAGS);
    const after = await handle.stat();
    if (after.isFile() && after.size <= MAX_RECOVERY_FILE_BYTES && after.ino === before.ino) return handle;
    await handle.close();
    return null;
  } catch {
    return null;
  }
}

async function readHeader(filePath: string): Promise<{ meta: RecoveryMeta; dataOffset: number; size: number } | null> {
  let handle: FileHandle | null = null;
  try {
    handle = await openRegularFile(filePath);
    if (!handle) return null;
    const { size: fileSize } = await handle.stat();
    const fixed = new Uint8Array(HEADER_FIXED);
    if ((await handle.read(fixed, 0, HEADER_FIXED, 0)).bytesRead !== HEADER_FIXED) return null;
    if (!MAGIC.every((b, i) => fixed[i] === b)) return null;
    const metaLength = new DataView(fixed.buffer).getUint32(MAGIC.length);
    if (metaLength > MAX_META_BYTES || HEADER_FIXED + metaLength > fileSize) return null;
    const metaBytes = new Uint8Array(metaLength);
    if ((await handle.read(metaBytes, 0, metaLength, HEADER_FIXED)).bytesRead !== metaLength) return null;
    const parsed = parseUntrustedJson(new TextDecoder('utf-8', { fatal: true }).decode(metaBytes));
    if (!parsed.ok || !isMeta(parsed.value)) return null;
    const meta = parsed.value;
    const dataOffset = HEADER_FIXED + metaLength;
    return { meta, dataOffset, size: fileSize - dataOffset };
  } catch {
    return null; // unreadable or damaged: not something we can offer
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function isMeta(value: unknown): value is RecoveryMeta {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.docKey === 'string' && v.docKey.length > 0 && v.docKey.length <= MAX_KEY_LENGTH && typeof v.savedAt === 'number' && Number.isFinite(v.savedAt);
}
