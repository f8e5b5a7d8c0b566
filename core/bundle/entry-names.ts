// Checks on archive entry names, done on the zip headers before anything is inflated.
// Names come from other people's files: they must never be able to point outside the
// folder they are extracted to, or collide with each other on a case-insensitive disk.
import { type BundleIssue, issue } from './errors';

/** Extensions of archive formats; an archive inside an archive is refused outright. */
const ARCHIVE_EXTENSIONS = new Set(['zip', 'gz', 'tgz', 'tar', '7z', 'rar', 'bz2', 'xz', 'zst', 'lz', 'lzma', 'cab', 'jar', 'placard', 'placardpack']);

/** CON, PRN, AUX, NUL, COM1-9, LPT1-9, alone or with any extension (NUL.txt, con.tar.gz). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$) *(\..*)?$/i;

/** Returns the first problem with an entry name, or null when it is safe to use as a relative path. */
export function checkEntryName(name: string, maxPathLength: number): BundleIssue | null {
  const at = { entry: name };
  if (name.length === 0) return issue('bundle.bad-path', 'an entry has an empty name', {}, {});
  if (name.length > maxPathLength) {
    return issue('bundle.path-too-long', `name is longer than ${maxPathLength} characters`, at, { max: maxPathLength });
  }
  if (name.includes('\\')) return issue('bundle.backslash-path', 'name contains a backslash', at);
  if (/^[A-Za-z]:/.test(name)) return issue('bundle.drive-path', 'name starts with a drive letter', at);
  if (name.startsWith('/')) return issue('bundle.absolute-path', 'name is an absolute path', at);
  // Only printable ASCII: what we write is hashes, ids and sanitized font names, and this rules out
  // control characters, Unicode look-alikes and normalization tricks in one rule.
  if (!/^[\x20-\x7e]+$/.test(name)) return issue('bundle.bad-path', 'name has characters other than printable ASCII', at);
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return issue('bundle.path-traversal', 'name climbs out of the archive with ".."', at);
  if (segments.some((s) => s === '' || s === '.' || s.trim() !== s)) {
    return issue('bundle.bad-path', 'name has an empty, "." or space-padded path segment', at);
  }
  // Windows drops trailing dots and spaces and reserves device names (with any extension): such a
  // name would collide with another entry or open a device instead of a file there.
  if (segments.some((s) => s.endsWith('.'))) return issue('bundle.reserved-name', 'a path segment ends with a dot', at);
  if (segments.some((s) => WINDOWS_DEVICE.test(s))) return issue('bundle.reserved-name', 'a path segment is a name Windows reserves for a device', at);
  const ext = extensionOf(name);
  if (ext && ARCHIVE_EXTENSIONS.has(ext)) return issue('bundle.nested-archive', 'archives inside archives are not allowed', at);
  return null;
}

/** Lower-case extension without the dot, or "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Content sniffing for archives hidden under an innocent name. */
export function looksLikeArchive(data: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => data[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06) || starts(0x50, 0x4b, 0x07, 0x08)) return true; // zip
  if (starts(0x1f, 0x8b)) return true; // gzip
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return true; // 7z
  if (starts(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07)) return true; // rar
  if (starts(0x42, 0x5a, 0x68)) return true; // bzip2
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return true; // xz
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return true; // zstd
  // tar: "ustar" at offset 257
  return data.length > 262 && data[257] === 0x75 && data[258] === 0x73 && data[259] === 0x74 && data[260] === 0x61 && data[261] === 0x72;
}
