// Atomic file replacement: write a temp file in the same folder, fsync it, rename it over the
// target, then fsync the folder so the rename itself survives a crash. Readers see either the
// old file or the complete new one, never a half-written file.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { PlacardError, errnoCode } from './errors';

/** The temp files writeFileAtomic makes: ".<target name>.<pid>.<12 hex>.tmp". */
const TEMP_NAME = /^\.(.+)\.(\d{1,10})\.[0-9a-f]{12}\.tmp$/;
/** A temp file this old is left from an interrupted write whatever process owns its pid now. */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** Temp files of this process's writes in flight. */
const inFlight = new Set<string>();

/** Removes the temp files of writes still in flight, for a process about to exit in the middle of one. */
export function removeTempsInFlight(): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed or never created: nothing left behind.
    }
  }
  inFlight.clear();
}

export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const target = path.resolve(filePath);
  const dir = path.dirname(target);
  // Hidden, unique name in the same folder: rename is only atomic within one file system.
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  inFlight.add(temp);
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
  } finally {
    inFlight.delete(temp);
  }
  await syncFolder(dir);
  // Earlier writes of this same file that were killed midway left their temps beside it.
  await removeStaleTemps(dir, { target: path.basename(target) });
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

/**
 * Removes temp files that interrupted writes left in `dir` (a kill or power cut between creating
 * the temp and renaming it): those of processes no longer running, or older than ten minutes.
 * Only regular files named the way writeFileAtomic names them, optionally only for one target
 * name, are touched; this process's own writes in flight never are. Returns how many went.
 */
export async function removeStaleTemps(dir: string, options: { target?: string; now?: number } = {}): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const now = options.now ?? Date.now();
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || (options.target !== undefined && match[1] !== options.target)) continue;
    const pid = Number(match[2]);
    if (pid === process.pid) continue;
    const full = path.join(dir, name);
    try {
      const info = await lstat(full);
      if (!info.isFile()) continue;
      if (processAlive(pid) && now - info.mtimeMs < STALE_AFTER_MS) continue;
      await unlink(full);
      removed++;
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
}

/** removeStaleTemps in `root` and its folders (not following links), as the app starts. */
export async function removeStaleTempsUnder(root: string, maxDepth = 4): Promise<number> {
  let removed = await removeStaleTemps(root);
  if (maxDepth === 0) return removed;
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) removed += await removeStaleTempsUnder(path.join(root, entry.name), maxDepth - 1);
  }
  return removed;
}
