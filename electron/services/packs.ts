// The pack library: installed template packs, one folder each under <libraryDir>/packs/<packId>/.
//
// Imports never touch the library until the pack is fully validated and written: the archive is
// validated in memory, written into <libraryDir>/.staging/<random>/pack, read back and validated
// again, and only then swapped into place with rename. Replacing an older version first moves the
// installed folder into the same staging folder ("previous"), so a crash between the two renames
// is undone at the next start by recoverPackLibrary(): the library always holds the whole old
// pack or the whole new one, never a mix and never a half-written folder.
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  BundleError,
  MANIFEST_ENTRY,
  MAX_ARCHIVE_BYTES,
  PACK_ID_PATTERN,
  packFiles,
  packManifestSchema,
  planPackInstall,
  parseManifest,
  readPack,
  resolveLimits,
  validatePackFiles,
  writePack,
  type PackContents,
  type PackManifest,
  type PackManifestInput,
  type PackInstallChoice,
} from '../../core/bundle';
import type { BrandKit } from '../../core/brand/schema';
import type { Template } from '../../core/templates/validate';
import { bundleIssueToError } from './documents-errors';
import { PlacardError, errnoCode } from './errors';
import { readTreeBounded, syncFolder, writeFileDurable, writeTreeDurable } from './packs-fs';

export const PACKS_DIR = 'packs';
export const STAGING_DIR = '.staging';
export const PACK_EXTENSION = '.placardpack';
const TARGET_FILE = 'target.json';

export interface PackSummary {
  id: string;
  name: string;
  version: string;
  author: string;
  description: string;
  license: string;
  placardVersion: string;
  templateIds: string[];
  brandKitIds: string[];
}

export interface ImportResult {
  pack: PackSummary;
  /** The version this import replaced, or null for a new pack. */
  replacedVersion: string | null;
}

export interface ImportOptions {
  /**
   * What to do when a pack with this id is installed (core/bundle/pack-install.ts): "ask"
   * (the default) refuses with 'pack.conflict' naming both versions and authors; "replace"
   * replaces it when the author is the same; "separate" installs beside it under a new id.
   */
  choice?: PackInstallChoice;
}

/**
 * Validates and installs a .placardpack. Throws PlacardError: 'bundle.*' for a bad pack,
 * 'pack.conflict' when its id is installed and the user has not chosen, 'pack.other-author' when
 * asked to replace another author's pack, 'pack.install-failed' when the disk refuses (a
 * read-only or full disk). On any failure the library is unchanged.
 */
export async function importPack(libraryDir: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = readPack(bytes);
  if (!parsed.ok) throw bundleIssueToError(parsed.error);
  const incoming = parsed.value;
  return withLibraryLock(libraryDir, async () => {
    const installed = await readInstalledManifest(libraryDir, incoming.manifest.id);
    const plan = planPackInstall(incoming.manifest, installed, new Set(await installedIds(libraryDir)), options.choice ?? 'ask');
    if (!plan.ok) throw new PlacardError(plan.code, plan.message, plan.params);
    const packId = plan.id;
    const contents: PackContents = packId === incoming.manifest.id ? incoming : { ...incoming, manifest: { ...incoming.manifest, id: packId } };
    try {
      return await installContents(libraryDir, contents, plan.replacing);
    } catch (err) {
      if (err instanceof PlacardError) throw err;
      throw new PlacardError('pack.install-failed', `Could not install pack "${packId}" (${errnoCode(err)})`, { pack: packId, reason: errnoCode(err) }, { cause: err });
    }
  });
}

/** Stages, checks and swaps in a validated pack (see the top of this file). */
async function installContents(libraryDir: string, contents: PackContents, installed: { version: string } | null): Promise<ImportResult> {
  const packId = contents.manifest.id;
  const { packsDir, stagingDir } = await ensureLibrary(libraryDir);
  const stage = await mkdtemp(path.join(stagingDir, 'import-'));
  try {
    const staged = path.join(stage, 'pack');
    await writeTreeDurable(staged, packFiles(contents));
    // What landed on disk is what the library will serve; check it, not just what we meant to write.
    const reread = validatePackFiles(await readTreeBounded(staged, resolveLimits()));
    if (!reread.ok) throw bundleIssueToError(reread.error);
    await writeFileDurable(path.join(stage, TARGET_FILE), new TextEncoder().encode(JSON.stringify({ packId })));
    await syncFolder(stage);
    const target = path.join(packsDir, packId);
    if (installed) {
      await rename(target, path.join(stage, 'previous'));
      await syncFolder(stage);
    }
    await rename(staged, target);
    await syncFolder(packsDir);
  } catch (err) {
    await rollBack(stage, packsDir).catch(() => undefined);
    await rm(stage, { recursive: true, force: true }).catch(() => undefined);
    if (err instanceof PlacardError) throw err;
    throw new PlacardError('pack.install-failed', `Could not install pack "${packId}" (${errnoCode(err)})`, { pack: packId, reason: errnoCode(err) }, { cause: err });
  }
  await rm(stage, { recursive: true, force: true });
  return { pack: summarize(contents.manifest, [...contents.templates.keys()], [...contents.brandKits.keys()]), replacedVersion: installed?.version ?? null };
}

/**
 * Call once at start, before using the library: finishes or undoes swaps an earlier run was
 * killed in the middle of, then deletes every staging folder.
 */
export async function recoverPackLibrary(libraryDir: string): Promise<void> {
  return withLibraryLock(libraryDir, async () => {
    const packsDir = path.join(libraryDir, PACKS_DIR);
    const stagingDir = path.join(libraryDir, STAGING_DIR);
    let names: string[];
    try {
      names = await readdir(stagingDir);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return;
      throw err;
    }
    for (const name of names) {
      const stage = path.join(stagingDir, name);
      await rollBack(stage, packsDir);
      await rm(stage, { recursive: true, force: true });
    }
    await syncFolder(stagingDir);
  });
}

/** Installed packs, sorted by name then id. Folders that are not valid packs are skipped. */
export async function listPacks(libraryDir: string): Promise<PackSummary[]> {
  const packsDir = path.join(libraryDir, PACKS_DIR);
  let names: string[];
  try {
    names = await readdir(packsDir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw new PlacardError('pack.read-failed', `Could not list ${packsDir} (${errnoCode(err)})`, { path: packsDir, reason: errnoCode(err) }, { cause: err });
  }
  const summaries: PackSummary[] = [];
  for (const name of names.sort()) {
    if (!PACK_ID_PATTERN.test(name)) continue;
    const manifest = await readInstalledManifest(libraryDir, name);
    if (!manifest) continue;
    const dir = path.join(packsDir, name);
    summaries.push(summarize(manifest, await jsonIds(path.join(dir, 'templates')), await jsonIds(path.join(dir, 'brandkits'))));
  }
  return summaries.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** The full, validated contents of an installed pack. Throws 'pack.not-found' or 'bundle.*'. */
export async function getPack(libraryDir: string, packId: string): Promise<PackContents> {
  const dir = await installedDir(libraryDir, packId);
  let files: Map<string, Uint8Array>;
  try {
    files = await readTreeBounded(dir, resolveLimits());
  } catch (err) {
    if (err instanceof PlacardError) throw err;
    throw new PlacardError('pack.read-failed', `Could not read pack "${packId}" (${errnoCode(err)})`, { pack: packId, reason: errnoCode(err) }, { cause: err });
  }
  const result = validatePackFiles(files);
  if (!result.ok) throw bundleIssueToError(result.error, dir);
  if (result.value.manifest.id !== packId) throw new PlacardError('bundle.id-mismatch', `folder "${packId}" holds pack "${result.value.manifest.id}"`, { pack: packId });
  return result.value;
}

/** Removes an installed pack in one rename (it disappears whole), then deletes its files. */
export async function removePack(libraryDir: string, packId: string): Promise<void> {
  return withLibraryLock(libraryDir, async () => {
    const dir = await installedDir(libraryDir, packId);
    const { packsDir, stagingDir } = await ensureLibrary(libraryDir);
    const stage = await mkdtemp(path.join(stagingDir, 'remove-'));
    try {
      await rename(dir, path.join(stage, 'removed'));
      await syncFolder(packsDir);
    } catch (err) {
      await rm(stage, { recursive: true, force: true });
      throw new PlacardError('pack.remove-failed', `Could not remove pack "${packId}" (${errnoCode(err)})`, { pack: packId, reason: errnoCode(err) }, { cause: err });
    }
    await rm(stage, { recursive: true, force: true });
  });
}

/** Builds .placardpack bytes. Throws PlacardError ('bundle.*') when the input would not import. */
export function exportPack(
  manifest: PackManifestInput,
  templates: Iterable<Template>,
  brandKits: Iterable<BrandKit>,
  assets: ReadonlyMap<string, Uint8Array>,
  fonts: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  try {
    return writePack({ manifest, templates, brandKits, assets, fonts });
  } catch (err) {
    if (err instanceof BundleError) throw bundleIssueToError(err.issue);
    throw err;
  }
}

/** Largest pack file importPack accepts; callers reading from disk should refuse larger files first. */
export const MAX_PACK_FILE_BYTES = MAX_ARCHIVE_BYTES;

// ---------------------------------------------------------------------------------------------

/**
 * Undoes a swap interrupted between "move the installed pack aside" and "move the new one in":
 * if the target is missing and the previous version is still in staging, put it back.
 */
async function rollBack(stage: string, packsDir: string): Promise<void> {
  const previous = path.join(stage, 'previous');
  let packId: unknown;
  try {
    packId = (JSON.parse(await readFile(path.join(stage, TARGET_FILE), 'utf8')) as { packId?: unknown }).packId;
  } catch {
    return; // no swap was started from this staging folder
  }
  if (typeof packId !== 'string' || !PACK_ID_PATTERN.test(packId)) return;
  if (!(await exists(previous)) || (await exists(path.join(packsDir, packId)))) return;
  await rename(previous, path.join(packsDir, packId));
  await syncFolder(packsDir);
}

/** Ids of the pack folders in the library (valid or not: a folder's name is taken either way). */
async function installedIds(libraryDir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(libraryDir, PACKS_DIR))).filter((name) => PACK_ID_PATTERN.test(name));
  } catch {
    return [];
  }
}

async function ensureLibrary(libraryDir: string): Promise<{ packsDir: string; stagingDir: string }> {
  const packsDir = path.join(libraryDir, PACKS_DIR);
  const stagingDir = path.join(libraryDir, STAGING_DIR);
  await mkdir(packsDir, { recursive: true });
  await mkdir(stagingDir, { recursive: true });
  return { packsDir, stagingDir };
}

async function installedDir(libraryDir: string, packId: string): Promise<string> {
  if (typeof packId !== 'string' || !PACK_ID_PATTERN.test(packId)) {
    throw new PlacardError('pack.not-found', `no pack "${String(packId).slice(0, 100)}" is installed`, { pack: String(packId).slice(0, 100) });
  }
  const dir = path.join(libraryDir, PACKS_DIR, packId);
  if (!(await exists(dir))) throw new PlacardError('pack.not-found', `no pack "${packId}" is installed`, { pack: packId });
  return dir;
}

async function readInstalledManifest(libraryDir: string, packId: string): Promise<PackManifest | null> {
  const file = path.join(libraryDir, PACKS_DIR, packId, MANIFEST_ENTRY);
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(file));
  } catch {
    return null;
  }
  const limits = resolveLimits();
  const result = parseManifest<PackManifest>(new Map([[MANIFEST_ENTRY, data]]), 'placardpack', packManifestSchema, limits);
  return result.ok && result.value.id === packId ? result.value : null;
}

async function jsonIds(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).sort();
  } catch {
    return [];
  }
}

function summarize(manifest: PackManifest, templateIds: string[], brandKitIds: string[]): PackSummary {
  const { id, name, version, author, description, license, placardVersion } = manifest;
  return { id, name, version, author, description, license, placardVersion, templateIds: [...templateIds].sort(), brandKitIds: [...brandKitIds].sort() };
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

const locks = new Map<string, Promise<unknown>>();
/** Serializes library changes within this process, so two imports never interleave their renames. */
async function withLibraryLock<T>(libraryDir: string, task: () => Promise<T>): Promise<T> {
  const key = path.resolve(libraryDir);
  const before = locks.get(key) ?? Promise.resolve();
  const run = before.then(task, task);
  const settled = run.catch(() => undefined);
  locks.set(key, settled);
  try {
    return await run;
  } finally {
    if (locks.get(key) === settled) locks.delete(key);
  }
}
