// File-system steps the pack library needs: durable writes into a private staging folder,
// folder fsyncs so renames survive power loss, and bounded reading of a pack folder back into
// an entry map (refusing links and anything over the bundle limits).
import { lstat, mkdir, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BundleLimits } from '../../core/bundle';
import { PlacardError } from './errors';
import { syncFolder } from './atomic-write';

export { syncFolder };

/** Writes a new file and flushes it to disk. 'wx' fails if anything already sits at the path. */
export async function writeFileDurable(filePath: string, data: Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes entry name -> bytes under `root` (which must not exist yet), syncing every file and folder. */
export async function writeTreeDurable(root: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await mkdir(root);
  const folders = new Set<string>([root]);
  for (const [name, data] of files) {
    const target = path.join(root, ...name.split('/'));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFileDurable(target, data);
  }
  // Deepest first, so each folder's own entry is synced after its contents.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await syncFolder(folder);
}

/**
 * Reads a folder tree into entry name -> bytes ("templates/x.json"), enforcing the bundle limits
 * on count and size and refusing symbolic links, so a tampered library folder is no more
 * dangerous than a hostile archive.
 */
export async function readTreeBounded(root: string, limits: BundleLimits): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      // Hidden files are never ours (we write none); file managers drop .DS_Store and the like.
      if (dirent.name.startsWith('.')) continue;
      const full = path.join(dir, dirent.name);
      const name = prefix + dirent.name;
      const info = await lstat(full);
      if (info.isDirectory() && depth === 0) {
        await walk(full, name + '/', depth + 1);
        continue;
      }
      if (!info.isFile()) throw new PlacardError('bundle.special-entry', `${full} is not a regular file`, { path: full, entry: name });
      if (files.size >= limits.maxEntries) throw new PlacardError('bundle.too-many-entries', `${root} holds more than ${limits.maxEntries} files`, { path: root, max: limits.maxEntries });
      if (info.size > limits.maxEntryBytes) throw new PlacardError('bundle.entry-too-large', `${full} is larger than ${limits.maxEntryBytes} bytes`, { path: full, entry: name, max: limits.maxEntryBytes });
      total += info.size;
      if (total > limits.maxTotalUncompressedBytes) throw new PlacardError('bundle.total-too-large', `${root} holds more than ${limits.maxTotalUncompressedBytes} bytes`, { path: root, max: limits.maxTotalUncompressedBytes });
      files.set(name, new Uint8Array(await readFile(full)));
    }
  };
  await walk(root, '', 0);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
