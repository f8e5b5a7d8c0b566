// Writes a zip deterministically: entries sorted by name, one fixed timestamp, fixed options,
// so the same content always yields the same bytes (and round trips compare equal).
import { type ZipOptions, zipSync } from 'fflate';
import { extensionOf } from './entry-names';

/** 1980-01-01 00:00, the earliest time a zip header can hold; built from local fields as zip stores local time. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Already-compressed formats are stored; deflating them again only costs time. */
const STORED_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'webp', 'gif', 'woff', 'woff2']);

export function writeZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const names = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const tree: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const name of names) {
    const level = STORED_EXTENSIONS.has(extensionOf(name)) ? 0 : 6;
    tree[name] = [files.get(name)!, { level, mtime: FIXED_MTIME, os: 3, attrs: (0o100644 << 16) >>> 0 }];
  }
  return zipSync(tree);
}
