// Validation shared by documents and packs, applied to the archive's files once the zip layer
// has produced them (or, for the pack library, once they are read back from disk).
import type { z } from 'zod';
import { LIMITS, migrate, type Design, type MigrateErrorCode } from '../model';
import { ASSETS_DIR, FONTS_DIR, checkAssetContent, checkAssetFile, checkFontFile, type CheckedAsset } from './asset-files';
import { type BundleErrorCode, type BundleIssue, type BundleResult, fail, issue, ok } from './errors';
import { parseJsonEntry } from './json-entry';
import type { BundleLimits } from './limits';
import { BUNDLE_FORMAT_VERSION } from './version';

export const MANIFEST_ENTRY = 'manifest.json';
export type BundleKind = 'placard' | 'placardpack';
const KIND_NAMES: Record<BundleKind, string> = { placard: 'a Placard document', placardpack: 'a Placard template pack' };

/** Parses manifest.json: right kind, a format version we can read, then the strict schema. */
export function parseManifest<T>(files: ReadonlyMap<string, Uint8Array>, kind: BundleKind, schema: z.ZodType<T>, limits: BundleLimits): BundleResult<T> {
  const entry = MANIFEST_ENTRY;
  const data = files.get(entry);
  if (!data) return fail(issue('bundle.missing-entry', `${entry} is missing; this is not ${KIND_NAMES[kind]}`, { entry }));
  const json = parseJsonEntry(entry, data, limits.maxJsonBytes);
  if (!json.ok) return json;
  const raw = json.value as Record<string, unknown> | null;
  const format = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw.format : undefined;
  if (format !== kind) {
    const other = (Object.keys(KIND_NAMES) as BundleKind[]).find((k) => k === format);
    return fail(issue('bundle.wrong-kind', other ? `this is ${KIND_NAMES[other]}, not ${KIND_NAMES[kind]}` : `this is not ${KIND_NAMES[kind]}`, { entry, field: 'format' }, { expected: kind }));
  }
  const formatVersion = raw!.formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > BUNDLE_FORMAT_VERSION) {
    return fail(issue('bundle.newer-format', `made by a newer Placard (format ${formatVersion}; this one reads up to ${BUNDLE_FORMAT_VERSION})`, { entry, field: 'formatVersion' }, { version: formatVersion, max: BUNDLE_FORMAT_VERSION }));
  }
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return fail(issue('bundle.invalid-manifest', first.message, { entry, field: first.path.map(String).join('.') }));
  }
  return ok(parsed.data);
}

/** Parses a design entry and migrates it to the current version. */
export function parseDesignEntry(entry: string, data: Uint8Array, limits: BundleLimits): BundleResult<Design> {
  const json = parseJsonEntry(entry, data, limits.maxJsonBytes);
  if (!json.ok) return json;
  const result = migrate(json.value);
  if (result.ok) return ok(result.design);
  return fail(designIssue(entry, result.code, result.issues[0] ?? { path: '', message: 'invalid design' }));
}

/** The bundle issue for a design that migrate() refused (with `code`, or null when it was another check), naming the first problem. */
export function designIssue(entry: string, code: MigrateErrorCode | null, first: { path: string; message: string }): BundleIssue {
  const bundleCode: BundleErrorCode = code === 'newer-version' ? 'bundle.newer-version' : code === 'too-much-text' ? 'bundle.too-much-text' : 'bundle.invalid-design';
  return issue(bundleCode, first.message, { entry, field: first.path }, bundleCode === 'bundle.too-much-text' ? { max: LIMITS.maxDesignTextLength } : {});
}

/**
 * Resolves the asset index (asset id -> file) against the files present. Every file under
 * assets/ must be indexed, every indexed file must exist and pass its checks, and each
 * design's asset metadata must agree with the file's type.
 */
export function collectAssets(
  files: ReadonlyMap<string, Uint8Array>,
  index: Readonly<Record<string, string>>,
  designs: ReadonlyArray<{ entry: string; design: Design }>,
  limits: BundleLimits,
): BundleResult<Map<string, Uint8Array>> {
  const checked = new Map<string, CheckedAsset>();
  for (const [name, data] of files) {
    if (!name.startsWith(ASSETS_DIR)) continue;
    const result = checkAssetFile(name.slice(ASSETS_DIR.length), data, limits);
    if (!result.ok) return result;
    checked.set(name.slice(ASSETS_DIR.length), result.value);
  }
  const used = new Set(Object.values(index));
  for (const fileName of checked.keys()) {
    if (!used.has(fileName)) return fail(issue('bundle.unexpected-entry', 'asset file is not listed in the manifest', { entry: ASSETS_DIR + fileName }));
  }
  const assets = new Map<string, Uint8Array>();
  for (const id of Object.keys(index).sort()) {
    const fileName = index[id]!;
    const data = files.get(ASSETS_DIR + fileName);
    if (!data) return fail(issue('bundle.missing-asset', `asset "${id}" points to a file that is not in the archive`, { entry: MANIFEST_ENTRY, field: `assets.${id}` }, { asset: id }));
    assets.set(id, data);
  }
  for (const { entry, design } of designs) {
    let pixels = 0;
    for (const [id, info] of Object.entries(design.assets)) {
      // Own keys only: an asset named "toString" or "constructor" must not find Object.prototype's.
      const fileName = Object.hasOwn(index, id) ? index[id] : undefined;
      const file = fileName === undefined ? undefined : checked.get(fileName);
      if (!file) return fail(issue('bundle.missing-asset', `asset "${id}" has no file in the archive`, { entry, field: `assets.${id}` }, { asset: id }));
      if (file.mime !== info.mime) {
        return fail(issue('bundle.asset-type-mismatch', `asset "${id}" is described as ${info.mime} but its file is ${file.mime}`, { entry, field: `assets.${id}.mime` }, { asset: id }));
      }
      pixels += file.pixels;
    }
    if (pixels > limits.maxDesignPixels) {
      return fail(issue('bundle.too-many-pixels', `the images of this design hold ${pixels} pixels together; the limit is ${limits.maxDesignPixels}`, { entry, field: 'assets' }, { pixels, max: limits.maxDesignPixels }));
    }
  }
  // Only now, with every header and budget passed, the costly checks of each file's content.
  for (const [fileName, asset] of checked) {
    const result = checkAssetContent(fileName, files.get(ASSETS_DIR + fileName)!, asset, limits);
    if (!result.ok) return result;
  }
  return ok(assets);
}

export function collectFonts(files: ReadonlyMap<string, Uint8Array>): BundleResult<Map<string, Uint8Array>> {
  const fonts = new Map<string, Uint8Array>();
  for (const [name, data] of files) {
    if (!name.startsWith(FONTS_DIR)) continue;
    const fileName = name.slice(FONTS_DIR.length);
    const result = checkFontFile(fileName, data);
    if (!result.ok) return result;
    fonts.set(fileName, data);
  }
  return ok(fonts);
}

/** Refuses any file outside the layout the format defines. */
export function checkLayout(files: ReadonlyMap<string, Uint8Array>, allowed: (name: string) => boolean): BundleResult<void> {
  for (const name of files.keys()) {
    if (!allowed(name)) return fail(issue('bundle.unexpected-entry', 'file does not belong in this kind of archive', { entry: name }));
  }
  return ok(undefined);
}

export function isAssetOrFontEntry(name: string): boolean {
  const inAssets = name.startsWith(ASSETS_DIR) && !name.slice(ASSETS_DIR.length).includes('/');
  const inFonts = name.startsWith(FONTS_DIR) && !name.slice(FONTS_DIR.length).includes('/');
  return inAssets || inFonts;
}
