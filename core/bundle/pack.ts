// The .placardpack template pack: templates and brand kits with the assets and fonts they use.
//   manifest.json             id, name, version, author, description, license, placardVersion,
//                             format, formatVersion, assets: { <assetId>: "<sha256>.<ext>" }
//   templates/<templateId>.json one template each (core/templates: metadata + design)
//   brandkits/<kitId>.json    one brand kit each (core/brand schema); logos are asset ids
//   assets/<sha256>.<ext>     images, named by content hash
//   fonts/<name>              font files
import { validateBrandKit } from '../brand/kits';
import type { BrandKit } from '../brand/schema';
import { migrate, type Design } from '../model';
import { validateTemplate, type Template } from '../templates/validate';
import { ASSETS_DIR, FONTS_DIR, assetFileName, type AssetMime } from './asset-files';
import { MANIFEST_ENTRY, checkLayout, collectAssets, collectFonts, designIssue, isAssetOrFontEntry, parseManifest } from './content';
import { BundleError, type BundleResult, fail, issue, ok } from './errors';
import { sniffImageMime } from './image-sniff';
import { canonicalJson, parseJsonEntry } from './json-entry';
import { type BundleLimits, resolveLimits } from './limits';
import { ID_PATTERN, packManifestSchema, type PackManifest, type PackManifestInput } from './pack-schema';
import { BUNDLE_FORMAT_VERSION, PLACARD_VERSION } from './version';
import { readZip } from './zip-read';
import { writeZip } from './zip-write';

export const TEMPLATES_DIR = 'templates/';
export const BRANDKITS_DIR = 'brandkits/';

export interface PackContents {
  manifest: PackManifest;
  /** Templates by template id. */
  templates: Map<string, Template>;
  /** Brand kits by kit id. */
  brandKits: Map<string, BrandKit>;
  /** Image bytes by asset id. */
  assets: Map<string, Uint8Array>;
  /** Font bytes by file name. */
  fonts: Map<string, Uint8Array>;
}

export interface PackInput {
  manifest: PackManifestInput;
  templates: Iterable<Template>;
  brandKits: Iterable<BrandKit>;
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

  const templates = new Map<string, Template>();
  const brandKits = new Map<string, BrandKit>();
  const designs: { entry: string; design: Design }[] = [];
  for (const [entry, data] of files) {
    const templateId = jsonIn(entry, TEMPLATES_DIR);
    if (templateId !== null) {
      const template = parseTemplateEntry(entry, data, limits);
      if (!template.ok) return template;
      if (template.value.id !== templateId) return fail(issue('bundle.id-mismatch', `file is named "${templateId}" but holds template "${template.value.id}"`, { entry, field: 'id' }));
      templates.set(templateId, template.value);
      designs.push({ entry, design: template.value.design });
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
  for (const kit of brandKits.values()) {
    const missing = kit.logos.find((logo) => !assets.value.has(logo));
    if (missing !== undefined) {
      const entry = `${BRANDKITS_DIR}${kit.id}.json`;
      return fail(issue('bundle.missing-asset', `logo "${missing}" has no file in the archive`, { entry, field: `logos.${kit.logos.indexOf(missing)}` }, { asset: missing }));
    }
  }
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
  for (const template of templates) {
    files.set(`${TEMPLATES_DIR}${template.id}.json`, canonicalJson(template));
    for (const [id, info] of Object.entries(template.design.assets)) mimes.set(id, info.mime);
  }
  const kits = input.brandKits instanceof Map ? input.brandKits.values() : input.brandKits;
  for (const kit of kits) files.set(`${BRANDKITS_DIR}${kit.id}.json`, canonicalJson(kit));
  const index: Record<string, string> = {};
  for (const [id, data] of input.assets) {
    const mime = mimes.get(id) ?? sniffImageMime(data);
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

/** A template entry: metadata and design checked by validateTemplate, the design migrated. */
function parseTemplateEntry(entry: string, data: Uint8Array, limits: BundleLimits): BundleResult<Template> {
  const json = parseJsonEntry(entry, data, limits.maxJsonBytes);
  if (!json.ok) return json;
  const result = validateTemplate(json.value);
  if (result.ok) return ok(result.template);
  const first = result.issues[0] ?? { path: '', message: 'invalid template' };
  if (result.code !== 'template.invalid-design') {
    return fail(issue('bundle.invalid-template', first.message, { entry, field: first.path }));
  }
  // A design from a newer Placard deserves its own message ("update Placard"), not "invalid".
  const design = (json.value as { design?: unknown }).design;
  const newer = migrate(design);
  return fail(designIssue(entry, newer.ok ? null : newer.code, first));
}

function parseBrandKit(entry: string, data: Uint8Array, limits: BundleLimits): BundleResult<BrandKit> {
  const json = parseJsonEntry(entry, data, limits.maxJsonBytes);
  if (!json.ok) return json;
  const result = validateBrandKit(json.value);
  if (result.ok) return ok(result.kit);
  const first = result.issues[0] ?? { path: '', message: 'invalid brand kit' };
  return fail(issue('bundle.invalid-brandkit', first.message, { entry, field: first.path }));
}

/** "<id>" when name is "<dir><id>.json" with a valid id, else null. */
function jsonIn(name: string, dir: string): string | null {
  if (!name.startsWith(dir) || !name.endsWith('.json')) return null;
  const id = name.slice(dir.length, -'.json'.length);
  return ID_PATTERN.test(id) ? id : null;
}
