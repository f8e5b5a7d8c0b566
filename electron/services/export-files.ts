// Writes the files of one export step (an image and its alt-text .txt) into a folder the user
// chose. Names are plain file names (never paths), checked again here whatever the caller did;
// nothing is overwritten unless the caller says the user confirmed; and the files appear
// together or not at all: each is written atomically into a hidden staging folder first, and
// only moved into place once every one of them is complete.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { PlacardError, errnoCode } from './errors';

export const EXPORT_FILE_LIMITS = {
  maxFiles: 20,
  maxFileBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxNameLength: 200,
} as const;

/** What an export writes: images and their alt text. Anything else is refused. */
export const EXPORT_FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'pdf', 'gif', 'mp4', 'webm', 'txt'] as const;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

export type WriteExportResult = { status: 'written'; paths: string[] } | { status: 'exists'; names: string[] };

function badName(name: string, reason: string): never {
  throw new PlacardError('export.bad-file-name', `Refused export file name "${name.slice(0, 100)}": ${reason}`, { name: name.slice(0, 100), reason });
}

/** Throws 'export.bad-file-name' unless `name` is a plain, visible file name with an export extension. */
export function checkExportFileName(name: string): void {
  if (typeof name !== 'string' || name.length === 0) badName(String(name), 'empty');
  if (name.length > EXPORT_FILE_LIMITS.maxNameLength) badName(name, 'too long');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses or strips
  if (/[\u0000-\u001f\u007f<>:"/\\|?*]/.test(name)) badName(name, 'contains a path separator or a reserved character');
  if (/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(name)) badName(name, 'contains invisible direction characters');
  if (name.startsWith('.') || name !== name.trim() || name.endsWith('.')) badName(name, 'hidden or padded');
  if (WINDOWS_RESERVED.test(name)) badName(name, 'reserved on Windows');
  const ext = path.extname(name).slice(1).toLowerCase();
  if (!(EXPORT_FILE_EXTENSIONS as readonly string[]).includes(ext)) badName(name, `extension ".${ext}" is not an export type`);
}

function checkFiles(files: readonly ExportFile[]): void {
  if (files.length === 0 || files.length > EXPORT_FILE_LIMITS.maxFiles) {
    throw new PlacardError('export.too-many-files', `An export step writes 1 to ${EXPORT_FILE_LIMITS.maxFiles} files, got ${files.length}`, {
      count: files.length,
      max: EXPORT_FILE_LIMITS.maxFiles,
    });
  }
  const seen = new Set<string>();
  let total = 0;
  for (const f of files) {
    checkExportFileName(f.name);
    // Case-insensitive file systems would make two names one file.
    const key = f.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) badName(f.name, 'listed twice');
    seen.add(key);
    if (f.bytes.byteLength > EXPORT_FILE_LIMITS.maxFileBytes) {
      throw new PlacardError('export.file-too-large', `${f.name} is ${f.bytes.byteLength} bytes, more than ${EXPORT_FILE_LIMITS.maxFileBytes}`, {
        name: f.name,
        bytes: f.bytes.byteLength,
        max: EXPORT_FILE_LIMITS.maxFileBytes,
      });
    }
    total += f.bytes.byteLength;
  }
  if (total > EXPORT_FILE_LIMITS.maxTotalBytes) {
    throw new PlacardError('export.file-too-large', `the files are ${total} bytes together, more than ${EXPORT_FILE_LIMITS.maxTotalBytes}`, {
      name: '',
      bytes: total,
      max: EXPORT_FILE_LIMITS.maxTotalBytes,
    });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw new PlacardError('file.write-failed', `Could not check ${p} (${errnoCode(err)})`, { path: p, reason: errnoCode(err) }, { cause: err });
  }
}

/**
 * Writes `files` into `folder`. Returns {status: 'exists', names} and writes nothing when a file
 * of that name is already there and `overwrite` is false.
 */
export async function writeExportFiles(folder: string, files: readonly ExportFile[], options: { overwrite: boolean }): Promise<WriteExportResult> {
  checkFiles(files);
  const root = path.resolve(folder);
  try {
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (err) {
    throw new PlacardError('export.folder-missing', `The export folder ${root} is not available (${errnoCode(err)})`, { path: root, reason: errnoCode(err) }, { cause: err });
  }
  const targets = files.map((f) => {
    const target = path.join(root, f.name);
    // Belt and braces: the name check already rules this out.
    if (path.dirname(target) !== root) badName(f.name, 'leaves the export folder');
    return target;
  });

  const existing: string[] = [];
  for (const [i, target] of targets.entries()) {
    if (await exists(target)) {
      // A symlink or folder at the target is never replaced, confirmed or not.
      const info = await lstat(target);
      if (!info.isFile()) badName(files[i]!.name, 'a folder or link of that name is in the way');
      existing.push(files[i]!.name);
    }
  }
  if (existing.length && !options.overwrite) return { status: 'exists', names: existing };

  const staging = path.join(root, `.placard-export-${process.pid}-${randomBytes(6).toString('hex')}`);
  const moved: string[] = [];
  try {
    await mkdir(staging, { mode: 0o700 });
    for (const f of files) await writeFileAtomic(path.join(staging, f.name), f.bytes);
    // Every file is complete on disk; renames within one folder are atomic each.
    for (const [i, f] of files.entries()) {
      await rename(path.join(staging, f.name), targets[i]!);
      moved.push(f.name);
    }
  } catch (err) {
    // A rename failing half way: take back the new files already moved (replaced ones cannot be).
    for (const name of moved) if (!existing.includes(name)) await rm(path.join(root, name), { force: true }).catch(() => undefined);
    if (err instanceof PlacardError) throw err;
    throw new PlacardError('file.write-failed', `Could not write the export into ${root} (${errnoCode(err)})`, { path: root, reason: errnoCode(err) }, { cause: err });
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
  return { status: 'written', paths: targets };
}
