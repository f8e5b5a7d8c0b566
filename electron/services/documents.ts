// Opening and saving .placard documents on disk. Opening validates everything before returning
// anything; saving builds and checks the whole file in memory first, then replaces the old file
// atomically, so a failed or interrupted save leaves the previous version intact.
import { open, stat } from 'node:fs/promises';
import { BundleError, MAX_ARCHIVE_BYTES, readDocumentBundle, writeDocumentBundle } from '../../core/bundle';
import type { Design } from '../../core/model';
import { writeFileAtomic } from './atomic-write';
import { bundleIssueToError } from './documents-errors';
import { PlacardError, errnoCode } from './errors';

export const DOCUMENT_EXTENSION = '.placard';

export interface OpenedDocument {
  /** The design, migrated to the current format version. */
  design: Design;
  /** Image bytes by asset id. */
  assets: Map<string, Uint8Array>;
  /** Font bytes by file name. */
  fonts: Map<string, Uint8Array>;
}

/**
 * Saves a document atomically. Throws PlacardError ('bundle.*' when the design or its assets are
 * invalid, 'file.write-failed' when the disk refuses); in both cases the file on disk is untouched.
 */
export async function saveDocument(
  filePath: string,
  design: Design,
  assets: ReadonlyMap<string, Uint8Array>,
  fonts: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<void> {
  await writeFileAtomic(filePath, encodeDocument(design, assets, fonts));
}

/** The .placard bytes for a document (also what recovery copies hold). Throws PlacardError when invalid. */
export function encodeDocument(design: Design, assets: ReadonlyMap<string, Uint8Array>, fonts: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  try {
    return writeDocumentBundle({ design, assets: new Map(assets), fonts: new Map(fonts) });
  } catch (err) {
    if (err instanceof BundleError) throw bundleIssueToError(err.issue);
    throw err;
  }
}

/** Opens and validates a document. Throws PlacardError with a 'document.*' or 'bundle.*' code. */
export async function openDocument(filePath: string): Promise<OpenedDocument> {
  const bytes = await readBoundedFile(filePath, MAX_ARCHIVE_BYTES);
  return decodeDocument(bytes, filePath);
}

/** Validates .placard bytes (from disk, a recovery copy, or drag and drop). */
export function decodeDocument(bytes: Uint8Array, filePath?: string): OpenedDocument {
  const result = readDocumentBundle(bytes);
  if (!result.ok) throw bundleIssueToError(result.error, filePath);
  return result.value;
}

/** Reads a whole regular file, refusing before reading when it is larger than `maxBytes`. */
export async function readBoundedFile(filePath: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new PlacardError('document.not-a-file', `${filePath} is not a file`, { path: filePath });
    size = info.size;
  } catch (err) {
    if (err instanceof PlacardError) throw err;
    throw readError(filePath, err);
  }
  if (size > maxBytes) throw new PlacardError('bundle.too-large', `${filePath} is larger than ${maxBytes} bytes`, { path: filePath, max: maxBytes });
  try {
    const handle = await open(filePath, 'r');
    try {
      // Read at most maxBytes + 1 so a file that grew after stat() is still caught.
      const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > maxBytes) throw new PlacardError('bundle.too-large', `${filePath} is larger than ${maxBytes} bytes`, { path: filePath, max: maxBytes });
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof PlacardError) throw err;
    throw readError(filePath, err);
  }
}

function readError(filePath: string, err: unknown): PlacardError {
  const reason = errnoCode(err);
  if (reason === 'ENOENT') return new PlacardError('document.not-found', `${filePath} does not exist`, { path: filePath });
  return new PlacardError('document.read-failed', `Could not read ${filePath} (${reason})`, { path: filePath, reason }, { cause: err });
}
