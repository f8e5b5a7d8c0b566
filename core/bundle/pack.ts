// The .placardpack template pack: templates and brand kits with the assets and fonts they use.
//   manifest.json             id, name, version, author, description, license, placardVersion,
//                             format, formatVersion, assets: { <assetId>: "<sha256>.<ext>" }
//   templates/<designId>.json one design per template
//   brandkits/<kitId>.json    one brand kit each
//   assets/<sha256>.<ext>     images, named by content hash
//   fonts/<name>              font files
import type { Design } from '../model';
import { ASSETS_DIR, FONTS_DIR, assetFileName, type AssetMime } from './asset-files';
import { MANIFEST_ENTRY, checkLayout, collectAssets, collectFonts, isAssetOrFontEntry, parseDesignEntry, parseManifest } from './content';
import { BundleError, type BundleResult, fail, issue, ok } from './errors';
import { readImageSize } from './image-header';
import { canonicalJson, parseJsonEntry } from './json-entry';
import { type BundleLimits, resolveLimits } from './limits';
import { ID_PATTERN, brandKitSchema, packManifestSchema, type BrandKitJson, type PackManifest, type PackManifestInput } from './pack-schema';
import { BUNDLE_FORMAT_VERSION, PLACARD_VERSION } from './version';
import { readZip } from './zip-read';
import { writeZip } from './zip-write';

export const TEMPLATES_DIR = 'templates/';
export const BRANDKITS_DIR = 'brandkits/';

export interface PackContents {
  manifest: PackManifest;
  /** Template designs by design id. */
  templates: Map<string, Design>;
  /** Brand kits by kit id. */
  brandKits: Map<string, BrandKitJson>;
  /** Image bytes by asset id. */
  assets: Map<string, Uint8Array>;
  /** Font bytes by file name. */
  fonts: Map<string, Uint8Array>;
}

export interface PackInput {
  manifest: PackManifestInput;
  templates: Iterable<Design>;
  brandKits: Iterable<BrandKitJson>;
  assets: ReadonlyMap<string, Uint8Array>;
  fonts: ReadonlyMap<string, Uint8Array>;
}

/** Reads and fully validates an untrusted .placardpack file. */
export function readPack(bytes: Uint8Array, limitOverrides: Partial<BundleLimits> = {}): BundleResult<PackContents> {
  const limits = resolveLimits(limitOverrides);
  const files = readZip(bytes, limits);
  if (!files.ok) return files;
  return validatePackFiles(files.value, limits);
}

/** Validates a pack's files (entry name -> bytes), from an archive or from the library folder. */
export function validatePackFiles(files: ReadonlyMap<string, Uint8Array>, limits: BundleLimits = resolveLimits()): BundleResult<PackContents> {
  const manifest = parseManifest<PackManifest>(files, 'placardpack', packManifestSchema, limits);
  if (!manifest.ok) return manifest;
  const layout = checkLayout(files, (name) => name === MANIFEST_ENTRY || isAssetOrFontEntry(name) || jsonIn(name, TEMPLATES_DIR) !== null || jsonIn(name, BRANDKITS_DIR) !== null);
  if (!layout.ok) return layout;

  const templates = new Map<string, Design>();
  const brandKits = new Map<string, BrandKitJson>();
  const designs: { entry: string; design: Design }[] = [];
  for (const [entry, data] of files) {
    const templateId = jsonIn(entry, TEMPLATES_DIR);
    if (templateId !== null) {
      const design = parseDesignEntry(entry, data, limits);
      if (!design.ok) return design;
      if (design.value.id !== templateId) return fail(issue('bundle.id-mismatch', `file is named "${templateId}" but holds design "${design.value.id}"`, { entry, field: 'id' }));
      templates.set(templateId, design.value);
      designs.push({ entry, design: design.value });
    }
    const kitId = jsonIn(entry, BRANDKITS_DIR);
    if (kitId !== null) {
      const kit = parseBrandKit(entry, data, limits);
      if (!kit.ok) return kit;
      if (kit.value.id !== kitId) return fail(issue('bundle.id-mismatch', `file is named "${kitId}" but holds brand kit "${kit.value.id}"`, { entry, field: 'id' }));
      brandKits.set(kitId, kit.value);
    }
  }
  if (templates.size === 0 && brandKits.size === 0) return fail(issue('bundle.empty-pack', 'the pack holds no templates and no brand kits'));
  const assets = collectAssets(files, manifest.value.assets, designs, limits);
  if (!assets.ok) return assets;
  const fonts = collectFonts(files);
  if (!fonts.ok) return fonts;
  return ok({ manifest: manifest.value, templates, brandKits, assets: assets.value, fonts: fonts.value });
}

/** Builds the .placardpack bytes. Throws BundleError when the input would not read back. */
export function writePack(input: PackInput): Uint8Array {
  const files = packFiles(input);
  const check = validatePackFiles(files, resolveLimits());
  if (!check.ok) throw new BundleError(check.error);
  return writeZip(files);
}

/** The pack's files before zipping; the pack library stores exactly these in its folders. */
export function packFiles(input: PackInput | PackContents): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const mimes = new Map<string, AssetMime>();
  const templates = input.templates instanceof Map ? input.templates.values() : input.templates;
  for (const design of templates) {
    files.set(`${TEMPLATES_DIR}${design.id}.json`, canonicalJson(design));
    for (const [id, info] of Object.entries(design.assets)) mimes.set(id, info.mime);
  }
  const kits = input.brandKits instanceof Map ? input.brandKits.values() : input.brandKits;
  for (const kit of kits) files.set(`${BRANDKITS_DIR}${kit.id}.json`, canonicalJson(kit));
  const index: Record<string, string> = {};
  for (const [id, data] of input.assets) {
    const mime = mimes.get(id) ?? sniffMime(data);
    if (!mime) throw new BundleError(issue('bundle.invalid-input', `asset "${id}" is not a recognizable image`, { field: `assets.${id}` }));
    index[id] = assetFileName(data, mime);
    files.set(ASSETS_DIR + index[id], data);
  }
  for (const [name, data] of input.fonts) files.set(FONTS_DIR + name, data);
  const { id, name, version, author, description, license } = input.manifest;
  const manifest: PackManifest = {
    format: 'placardpack',
    formatVersion: BUNDLE_FORMAT_VERSION,
    id, name, version, author, description, license,
    placardVersion: input.manifest.placardVersion ?? PLACARD_VERSION,
    assets: index,
  };
  files.set(MANIFEST_ENTRY, canonicalJson(manifest));
  return files;
}

function parseBrandKit(entry: string, data: Uint8Array, limits: BundleLimits): BundleResult<BrandKitJson> {
  const json = parseJsonEntry(entry, data, limits.maxJsonBytes);
  if (!json.ok) return json;
  const parsed = brandKitSchema.safeParse(json.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return fail(issue('bundle.invalid-brandkit', first.message, { entry, field: first.path.map(String).join('.') }));
  }
  return ok(parsed.data);
}

/** "<id>" when name is "<dir><id>.json" with a valid id, else null. */
function jsonIn(name: string, dir: string): string | null {
  if (!name.startsWith(dir) || !name.endsWith('.json')) return null;
  const id = name.slice(dir.length, -'.json'.length);
  return ID_PATTERN.test(id) ? id : null;
}

/** For assets only brand kits use (logos), which carry no design metadata naming their type. */
function sniffMime(data: Uint8Array): AssetMime | undefined {
  const size = readImageSize(data);
  if (size) return size.format === 'jpeg' ? 'image/jpeg' : (`image/${size.format}` as AssetMime);
  const head = new TextDecoder().decode(data.subarray(0, 1024)).toLowerCase();
  return head.includes('<svg') ? 'image/svg+xml' : undefined;
}
