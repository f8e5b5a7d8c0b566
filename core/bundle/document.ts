// The .placard document: one design plus the images and fonts it uses.
//   manifest.json           { format: "placard", formatVersion, placardVersion, assets: { <assetId>: "<sha256>.<ext>" } }
//   design.json             the design (any version migrate() can upgrade)
//   assets/<sha256>.<ext>   image bytes, named by content hash
//   fonts/<name>            font files the design uses
import { ownValue } from '../model/own';
import type { Design } from '../model';
import { assetFileName, ASSETS_DIR, FONTS_DIR, type AssetMime } from './asset-files';
import { MANIFEST_ENTRY, checkLayout, collectAssets, collectFonts, isAssetOrFontEntry, parseDesignEntry, parseManifest } from './content';
import { BundleError, type BundleResult, fail, issue, ok } from './errors';
import { canonicalJson } from './json-entry';
import { type BundleLimits, resolveLimits } from './limits';
import { documentManifestSchema, type DocumentManifest } from './pack-schema';
import { BUNDLE_FORMAT_VERSION, PLACARD_VERSION } from './version';
import { readZip } from './zip-read';
import { writeZip } from './zip-write';

export const DESIGN_ENTRY = 'design.json';

export interface DocumentBundle {
  design: Design;
  /** Image bytes by asset id (the keys of design.assets). */
  assets: Map<string, Uint8Array>;
  /** Font bytes by file name, e.g. "Anton-Regular.woff2". */
  fonts: Map<string, Uint8Array>;
}

export interface WriteOptions {
  placardVersion?: string;
}

/** Reads and fully validates an untrusted .placard file. */
export function readDocumentBundle(bytes: Uint8Array, limitOverrides: Partial<BundleLimits> = {}): BundleResult<DocumentBundle> {
  const limits = resolveLimits(limitOverrides);
  const files = readZip(bytes, limits);
  if (!files.ok) return files;
  return validateDocumentFiles(files.value, limits);
}

/** Validates a document's files (entry name -> bytes), however they were obtained. */
export function validateDocumentFiles(files: ReadonlyMap<string, Uint8Array>, limits: BundleLimits): BundleResult<DocumentBundle> {
  const manifest = parseManifest<DocumentManifest>(files, 'placard', documentManifestSchema, limits);
  if (!manifest.ok) return manifest;
  const layout = checkLayout(files, (name) => name === MANIFEST_ENTRY || name === DESIGN_ENTRY || isAssetOrFontEntry(name));
  if (!layout.ok) return layout;
  const designData = files.get(DESIGN_ENTRY);
  if (!designData) return fail(issue('bundle.missing-entry', `${DESIGN_ENTRY} is missing`, { entry: DESIGN_ENTRY }));
  const design = parseDesignEntry(DESIGN_ENTRY, designData, limits);
  if (!design.ok) return design;
  for (const id of Object.keys(manifest.value.assets)) {
    if (!Object.hasOwn(design.value.assets, id)) {
      return fail(issue('bundle.unexpected-entry', `asset "${id}" is not used by the design`, { entry: MANIFEST_ENTRY, field: `assets.${id}` }, { asset: id }));
    }
  }
  const assets = collectAssets(files, manifest.value.assets, [{ entry: DESIGN_ENTRY, design: design.value }], limits);
  if (!assets.ok) return assets;
  const fonts = collectFonts(files);
  if (!fonts.ok) return fonts;
  return ok({ design: design.value, assets: assets.value, fonts: fonts.value });
}

/**
 * Builds the .placard bytes. Throws BundleError when the input would not read back (a design
 * asset without bytes, bytes for an unknown asset); the result always passes readDocumentBundle.
 */
export function writeDocumentBundle(doc: DocumentBundle, options: WriteOptions = {}): Uint8Array {
  const files = documentFiles(doc, options);
  const check = validateDocumentFiles(files, resolveLimits());
  if (!check.ok) throw new BundleError(check.error);
  return writeZip(files);
}

/** The document's files before zipping, also used to check a document without writing it. */
export function documentFiles(doc: DocumentBundle, options: WriteOptions = {}): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const index: Record<string, string> = {};
  for (const [id, data] of doc.assets) {
    const info = ownValue(doc.design.assets, id);
    if (!info) throw new BundleError(issue('bundle.invalid-input', `bytes given for asset "${id}", which the design does not list`, { field: `assets.${id}` }));
    const fileName = assetFileName(data, info.mime as AssetMime);
    index[id] = fileName;
    files.set(ASSETS_DIR + fileName, data);
  }
  for (const [name, data] of doc.fonts) files.set(FONTS_DIR + name, data);
  const manifest: DocumentManifest = {
    format: 'placard',
    formatVersion: BUNDLE_FORMAT_VERSION,
    placardVersion: options.placardVersion ?? PLACARD_VERSION,
    assets: index,
  };
  files.set(MANIFEST_ENTRY, canonicalJson(manifest));
  files.set(DESIGN_ENTRY, canonicalJson(doc.design));
  return files;
}
