// The user's library on this computer: brand kits and templates they made, one JSON file each
// under <userData>/library, plus the images they use (logos, photos) stored once by content hash.
// Reads never fail as a whole: a corrupt or hostile file is skipped with a logged reason, so one
// bad file cannot hide the rest. Writes are atomic and serialized.
import { parseUntrustedJson } from '../../core/model/json';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { LIBRARY_LIMITS, type Library, type LibraryAsset } from '../../core/api';
import { DEFAULT_BRAND_KIT_ID, validateBrandKit, type BrandKit } from '../../core/brand';
import { describeIssues } from '../../core/model/issues';
import { serializeTemplate, validateTemplate, type Template } from '../../core/templates';
import { writeFileAtomic } from './atomic-write';
import { PlacardError, errnoCode } from './errors';
import type { ImageMime } from '../../core/bundle/image-sniff';
import { assetsRefusal, defaultKitRefusal, isLibraryAssetId, libraryFullRefusal, MAX_LIBRARY_ASSET_BYTES, sortedLibrary, storedAssetIntact, type LibraryRefusal } from '../../core/library';

export const LIBRARY_DIR = 'library';
const KITS = 'kits';
const TEMPLATES = 'templates';
const ASSETS = 'assets';
/** A kit is a few kilobytes; anything this big is not one of ours. */
const MAX_KIT_FILE_BYTES = 256 * 1024;

const EXTENSIONS: Record<ImageMime, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
};

/** Ids become file names; the schemas already restrict them, this re-checks at the disk boundary. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LibraryStore {
  readonly root: string;
  list(): Promise<Library & { skipped: SkippedFile[] }>;
  saveBrandKit(kit: unknown, assets?: Record<string, LibraryAsset>): Promise<BrandKit>;
  deleteBrandKit(id: string): Promise<boolean>;
  saveTemplate(template: unknown, assets?: Record<string, LibraryAsset>): Promise<Template>;
  deleteTemplate(id: string): Promise<boolean>;
  getAsset(id: string): Promise<LibraryAsset | null>;
}

export interface LibraryOptions {
  /** Where skipped files are reported (defaults to console.warn). */
  log?: (message: string) => void;
}

function refuse(refusal: LibraryRefusal | null): void {
  if (refusal) throw new PlacardError(refusal.code, refusal.message, refusal.params);
}

function checkId(id: string, what: string): void {
  if (!SAFE_ID.test(id)) throw new PlacardError('library.invalid-id', `Invalid ${what} id "${id.slice(0, 140)}"`, { id: id.slice(0, 140) });
}

export function createLibraryStore(userDataDir: string, options: LibraryOptions = {}): LibraryStore {
  const root = path.join(userDataDir, LIBRARY_DIR);
  const log = options.log ?? ((m: string) => console.warn(m));
  let queue: Promise<unknown> = Promise.resolve();

  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Every JSON file of one folder, read with a size limit; unreadable ones are reported. */
  async function readFolder(folder: string, maxBytes: number, skipped: SkippedFile[]): Promise<{ file: string; json: unknown }[]> {
    const dir = path.join(root, folder);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') skipped.push({ file: dir, reason: `cannot list folder (${errnoCode(err)})` });
      return [];
    }
    const out: { file: string; json: unknown }[] = [];
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        const info = await stat(file);
        if (!info.isFile()) continue;
        if (info.size > maxBytes) {
          skipped.push({ file, reason: `larger than ${maxBytes} bytes` });
          continue;
        }
        // The same JSON rules as files from outside (no duplicate or prototype keys): a library
        // file may have been edited by hand or by another program.
        const parsed = parseUntrustedJson(await readFile(file, 'utf8'));
        if (parsed.ok) out.push({ file, json: parsed.value });
        else skipped.push({ file, reason: `not valid JSON (${parsed.issue.path ? `${parsed.issue.path}: ` : ''}${parsed.issue.message})` });
      } catch (err) {
        skipped.push({ file, reason: `unreadable (${errnoCode(err)})` });
      }
    }
    return out;
  }

  async function list(): Promise<Library & { skipped: SkippedFile[] }> {
    const skipped: SkippedFile[] = [];
    const brandKits: BrandKit[] = [];
    for (const { file, json } of await readFolder(KITS, MAX_KIT_FILE_BYTES, skipped)) {
      const result = validateBrandKit(json);
      if (!result.ok) skipped.push({ file, reason: `invalid brand kit: ${describeIssues(result.issues)}` });
      else if (result.kit.id === DEFAULT_BRAND_KIT_ID) skipped.push({ file, reason: 'the default kit id is reserved' });
      else if (`${result.kit.id}.json` !== path.basename(file)) skipped.push({ file, reason: `file name does not match kit id "${result.kit.id}"` });
      else brandKits.push(result.kit);
    }
    const templates: Template[] = [];
    for (const { file, json } of await readFolder(TEMPLATES, LIBRARY_LIMITS.maxTemplateJsonBytes, skipped)) {
      const result = validateTemplate(json);
      if (!result.ok) skipped.push({ file, reason: `invalid template (${result.code}): ${describeIssues(result.issues)}` });
      else if (`${result.template.id}.json` !== path.basename(file)) skipped.push({ file, reason: `file name does not match template id "${result.template.id}"` });
      else templates.push(result.template);
    }
    for (const s of skipped) log(`library: skipped ${s.file}: ${s.reason}`);
    return { ...sortedLibrary(brandKits, templates), skipped };
  }

  async function count(folder: string): Promise<number> {
    try {
      return (await readdir(path.join(root, folder))).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length;
    } catch {
      return 0;
    }
  }

  async function exists(file: string): Promise<boolean> {
    return stat(file).then(
      () => true,
      () => false,
    );
  }

  /** Checks every image first (hash and type), then writes them; nothing is written for a bad set. */
  async function writeAssets(assets: Record<string, LibraryAsset>): Promise<void> {
    refuse(await assetsRefusal(assets));
    const entries = Object.entries(assets);
    if (!entries.length) return;
    await mkdir(path.join(root, ASSETS), { recursive: true });
    for (const [id, asset] of entries) {
      const file = path.join(root, ASSETS, `${id}.${EXTENSIONS[asset.mime]}`);
      if (!(await exists(file))) await writeFileAtomic(file, asset.bytes);
    }
  }

  async function remove(folder: string, id: string): Promise<boolean> {
    try {
      await unlink(path.join(root, folder, `${id}.json`));
      return true;
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return false;
      throw new PlacardError('library.delete-failed', `Could not delete ${id} (${errnoCode(err)})`, { id, reason: errnoCode(err) });
    }
  }

  return {
    root,
    list: () => serialized(list),

    saveBrandKit: (input, assets = {}) =>
      serialized(async () => {
        const result = validateBrandKit(input);
        if (!result.ok) {
          const details = describeIssues(result.issues);
          throw new PlacardError('library.invalid-kit', `Invalid brand kit: ${details}`, { details });
        }
        const kit = result.kit;
        checkId(kit.id, 'brand kit');
        refuse(defaultKitRefusal(kit.id, 'save'));
        const file = path.join(root, KITS, `${kit.id}.json`);
        refuse(libraryFullRefusal('kits', await count(KITS), await exists(file)));
        await writeAssets(assets);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(kit, null, 2) + '\n');
        return kit;
      }),

    deleteBrandKit: (id) =>
      serialized(async () => {
        checkId(id, 'brand kit');
        refuse(defaultKitRefusal(id, 'delete'));
        return remove(KITS, id);
      }),

    saveTemplate: (input, assets = {}) =>
      serialized(async () => {
        const result = validateTemplate(input);
        if (!result.ok) {
          const details = describeIssues(result.issues);
          throw new PlacardError('library.invalid-template', `Invalid template: ${details}`, { details });
        }
        const template = result.template;
        checkId(template.id, 'template');
        const file = path.join(root, TEMPLATES, `${template.id}.json`);
        refuse(libraryFullRefusal('templates', await count(TEMPLATES), await exists(file)));
        await writeAssets(assets);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFileAtomic(file, serializeTemplate(template));
        return template;
      }),

    deleteTemplate: (id) =>
      serialized(async () => {
        checkId(id, 'template');
        return remove(TEMPLATES, id);
      }),

    async getAsset(id) {
      if (!isLibraryAssetId(id)) return null;
      for (const [mime, ext] of Object.entries(EXTENSIONS) as [ImageMime, string][]) {
        const file = path.join(root, ASSETS, `${id}.${ext}`);
        try {
          const info = await stat(file);
          if (!info.isFile() || info.size > MAX_LIBRARY_ASSET_BYTES) return null;
          const bytes = new Uint8Array(await readFile(file));
          // A file changed on disk since it was saved is not served under the old hash.
          if (!(await storedAssetIntact(id, mime, bytes))) {
            log(`library: skipped ${file}: content does not match its name`);
            return null;
          }
          return { mime, bytes };
        } catch {
          continue;
        }
      }
      return null;
    },
  };
}
