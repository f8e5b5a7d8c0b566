// Atomic file replacement: write a temp file in the same folder, fsync it, rename it over the
// target, then fsync the folder so the rename itself survives a crash. Readers see either the
// old file or the complete new one, never a half-written file.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { PlacardError, errnoCode } from './errors';

export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const target = path.resolve(filePath);
  const dir = path.dirname(target);
  // Hidden, unique name in the same folder: rename is only atomic within one file system.
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new PlacardError('file.write-failed', `Could not write ${target} (${errnoCode(err)})`, { path: target, reason: errnoCode(err) }, { cause: err });
  }
  await syncFolder(dir);
}

/** Flushes a folder's entries (new names, renames) to disk. Best effort where unsupported. */
export async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open folders for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders (EINVAL); the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
