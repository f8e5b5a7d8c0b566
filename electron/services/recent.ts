// The recent documents list in <userData>/recent.json: newest first, at most `max` entries.
// Reads never fail (a missing or damaged file is an empty list); writes are atomic and
// serialized. Entries whose file is gone are pruned when the list is read, and reported.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const RECENT_FILE = 'recent.json';
const MAX_FILE_BYTES = 256 * 1024;
const MAX_PATH = 4096;

export interface RecentEntry {
  path: string;
  /** The file name shown in menus. */
  name: string;
}

export interface RecentStore {
  /** The list with missing files removed, and the names of the removed ones. */
  list(): Promise<{ recent: RecentEntry[]; pruned: string[] }>;
  /** Moves (or adds) `filePath` to the top. */
  add(filePath: string): Promise<RecentEntry[]>;
  remove(filePath: string): Promise<RecentEntry[]>;
  has(filePath: string): Promise<boolean>;
}

export function createRecentStore(userDataDir: string, max = 10): RecentStore {
  const filePath = path.join(userDataDir, RECENT_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function load(): Promise<string[]> {
    try {
      const buffer = await readFile(filePath);
      if (buffer.byteLength > MAX_FILE_BYTES) return [];
      const raw = JSON.parse(buffer.toString('utf8')) as { paths?: unknown };
      if (!Array.isArray(raw.paths)) return [];
      const paths = raw.paths.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length <= MAX_PATH && path.isAbsolute(p));
      return [...new Set(paths)].slice(0, max);
    } catch {
      return [];
    }
  }
  async function save(paths: string[]): Promise<void> {
    await mkdir(userDataDir, { recursive: true });
    await writeFileAtomic(filePath, JSON.stringify({ version: 1, paths }, null, 2) + '\n');
  }
  const entries = (paths: string[]): RecentEntry[] => paths.map((p) => ({ path: p, name: path.basename(p) }));

  return {
    list: () =>
      serialized(async () => {
        const paths = await load();
        const kept: string[] = [];
        const pruned: string[] = [];
        for (const p of paths) {
          if (await isFile(p)) kept.push(p);
          else pruned.push(path.basename(p));
        }
        if (pruned.length > 0) await save(kept);
        return { recent: entries(kept), pruned };
      }),
    add: (p) =>
      serialized(async () => {
        const next = [path.resolve(p), ...(await load()).filter((q) => q !== path.resolve(p))].slice(0, max);
        await save(next);
        return entries(next);
      }),
    remove: (p) =>
      serialized(async () => {
        const before = await load();
        const next = before.filter((q) => q !== path.resolve(p));
        if (next.length !== before.length) await save(next);
        return entries(next);
      }),
    has: (p) => serialized(async () => (await load()).includes(path.resolve(p))),
  };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
