// Registers the bundled fonts with @napi-rs/canvas so Node renders (CLI, thumbnails, tests)
// use the same faces as the app.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BUNDLED_FONTS, fontFaceFiles } from '../core/fonts/catalog';
import { familyFromFileName } from '../core/fonts/family-name';
import { checkFont } from '../core/bundle/font-check';
import { FALLBACK_FONTS } from '../core/scene/fallback-fonts';
import { createContextMeasurer, type Measure } from '../core/layout/text-fit';
import { fontFamilyOf } from '../core/scene/attributes';

const require = createRequire(import.meta.url);
let registered: { family: string; files: number }[] | null = null;

export class FontRegistrationError extends Error {
  readonly code = 'fonts.missing-file';
  constructor(readonly file: string) {
    super(`bundled font file is missing: ${file} (is the @fontsource package installed?)`);
  }
}

/** Registers every bundled face once; returns the families and how many files each has. */
export function registerBundledFonts(): { family: string; files: number }[] {
  if (registered) return registered;
  const result: { family: string; files: number }[] = [];
  for (const font of BUNDLED_FONTS) {
    const root = dirname(require.resolve(`${font.packageName}/package.json`));
    let files = 0;
    for (const face of fontFaceFiles(font)) {
      const path = join(root, face.file);
      if (!existsSync(path)) throw new FontRegistrationError(path);
      if (GlobalFonts.registerFromPath(path, font.family)) files++;
    }
    result.push({ family: font.family, files });
  }
  // Arabic, Hebrew and emoji faces the scene falls back to for text the brand fonts lack.
  for (const font of FALLBACK_FONTS) {
    const root = dirname(require.resolve(`${font.packageName}/package.json`));
    let files = 0;
    for (const file of font.files) {
      const path = join(root, file);
      if (!existsSync(path)) throw new FontRegistrationError(path);
      if (GlobalFonts.registerFromPath(path, font.family)) files++;
    }
    result.push({ family: font.family, files });
  }
  registered = result;
  return result;
}

/** A text measurer backed by @napi-rs/canvas with the same family fallback chain the scene draws with. */
export function createNodeMeasurer(): Measure {
  registerBundledFonts();
  const ctx = createCanvas(8, 8).getContext('2d');
  return createContextMeasurer(ctx as unknown as { font: string; measureText(t: string): { width: number } }, fontFamilyOf);
}

/** The face print PDFs write their labels in (crop-mark line, sheet labels, assembly guide). */
export function printLabelFont(): Uint8Array {
  const path = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files', 'noto-sans-latin-400-normal.woff');
  if (!existsSync(path)) throw new FontRegistrationError(path);
  return new Uint8Array(readFileSync(path));
}

/** A bundled face as WOFF 1.0 bytes for a print PDF's words (its Latin subset: English and Spanish); null when it is not bundled. */
export async function bundledFaceBytes(key: { family: string; weight: 400 | 700; italic: boolean }): Promise<Uint8Array | null> {
  const font = BUNDLED_FONTS.find((f) => f.family === key.family);
  if (!font) return null;
  const weight = font.weights.includes(key.weight) ? key.weight : font.weights[0]!;
  const style = key.italic && font.italic ? 'italic' : 'normal';
  const path = join(dirname(require.resolve(`${font.packageName}/package.json`)), 'files', `${font.fileStem}-latin-${weight}-${style}.woff`);
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}

/**
 * Registers the fonts a document carries under the family names the app gives them (the file
 * name, core/fonts/family-name), so the CLI draws and fits its text in them, as the app does.
 * A font the checks refuse is skipped and named.
 */
export function registerDocumentFonts(fonts: ReadonlyMap<string, Uint8Array>): { registered: string[]; refused: { name: string; detail: string }[] } {
  const registered: string[] = [];
  const refused: { name: string; detail: string }[] = [];
  for (const [name, bytes] of fonts) {
    const check = checkFont(bytes);
    if (!check.ok) {
      refused.push({ name, detail: check.detail });
      continue;
    }
    const family = familyFromFileName(name);
    if (GlobalFonts.register(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), family)) registered.push(family);
    else refused.push({ name, detail: 'the font could not be loaded' });
  }
  return { registered, refused };
}
