// Fonts the user imports (TTF, OTF, WOFF, WOFF2). The file is checked (size, magic number, table
// directory) before the browser's font engine sees it, and the engine's own verdict is awaited:
// a damaged font is refused with a coded error and nothing is registered, so text keeps drawing
// with its current font (the scene's fallback chain covers a family that never loads).
// The bytes of every imported font are kept here too, so documents and packs can carry the fonts
// they use: a family travels as "<family with _ for spaces>.<ext>", which familyFromFileName()
// turns back into the same family when the document is opened elsewhere.
import { create } from 'zustand';
import { checkFont } from '../../core/bundle/font-check';
import { checkEntryName } from '../../core/bundle/entry-names';
import { familyFromFileName } from '../../core/fonts/family-name';
import { refreshTextMeasurer } from './text-measurer';
import { rememberFace } from './face-sources';
import type { Design } from '../../core/model';
import { walkElements } from '../../core/model/tree';
import { errorMessage } from '../i18n/error-message';

export const MAX_FONT_BYTES = 15 * 1024 * 1024;
export const MAX_USER_FONTS = 50;

export class FontImportError extends Error {
  constructor(
    readonly code: 'fonts.corrupt' | 'fonts.too-large' | 'fonts.unsupported',
    message: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'FontImportError';
  }
}

interface UserFontsState {
  families: string[];
  add(family: string): void;
}

export const useUserFonts = create<UserFontsState>()((set, get) => ({
  families: [],
  add: (family) => set({ families: [...get().families.filter((f) => f !== family), family] }),
}));

export { familyFromFileName };

/** Validates and registers a font; resolves to its family name or throws FontImportError. */
export async function importUserFont(bytes: Uint8Array, fileName: string): Promise<string> {
  const name = fileName.slice(0, 200);
  if (bytes.length > MAX_FONT_BYTES) {
    throw new FontImportError('fonts.too-large', `${name}: font file is larger than ${MAX_FONT_BYTES} bytes`, { name, maxMb: MAX_FONT_BYTES / 1024 / 1024 });
  }
  const check = checkFont(bytes);
  if (!check.ok) {
    const code = /not a TrueType/.test(check.detail) ? 'fonts.unsupported' : 'fonts.corrupt';
    throw new FontImportError(code, `${name}: ${check.detail}`, { name });
  }
  if (useUserFonts.getState().families.length >= MAX_USER_FONTS) {
    throw new FontImportError('fonts.too-large', `${name}: at most ${MAX_USER_FONTS} imported fonts`, { name, maxMb: MAX_FONT_BYTES / 1024 / 1024 });
  }
  const family = familyFromFileName(fileName);
  const buffer = bytes.slice().buffer as ArrayBuffer;
  const face = new FontFace(family, buffer);
  try {
    await face.load();
  } catch (err) {
    // The header looked right but the engine (OTS in Chromium) rejected the tables.
    throw new FontImportError('fonts.corrupt', `${name}: the font engine rejected the file (${err instanceof Error ? err.message : String(err)})`, { name });
  }
  document.fonts.add(face);
  rememberFace(face, { family, source: buffer, descriptors: {} });
  useUserFonts.getState().add(family);
  rememberFontFile(family, fileName, bytes);
  refreshTextMeasurer();
  return family;
}

const FONT_FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.(ttf|otf|woff|woff2)$/;
const files = new Map<string, { bytes: Uint8Array; ext: string }>();

/** Called when a font is imported: remembers its bytes under its family name. */
export function rememberFontFile(family: string, fileName: string, bytes: Uint8Array): void {
  const ext = /\.(ttf|otf|woff2?)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext) files.set(family, { bytes, ext });
}

/** The bundle file name for a family, or null when the family cannot survive the round trip. */
export function fontFileNameFor(family: string, ext: string, familyOf: (fileName: string) => string): string | null {
  const name = `${family.replace(/ /g, '_')}.${ext}`;
  // A name a pack reader would refuse (a Windows device name like "Con.ttf") never travels.
  return FONT_FILE_PATTERN.test(name) && familyOf(name) === family && !checkEntryName(`fonts/${name}`, 200) ? name : null;
}

/** The imported fonts among `families`, by bundle file name (bundled fonts need not travel). */
export function fontFilesFor(families: Iterable<string>, familyOf: (fileName: string) => string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const family of families) {
    const file = files.get(family);
    if (!file) continue;
    const name = fontFileNameFor(family, file.ext, familyOf);
    if (name) out[name] = file.bytes;
  }
  return out;
}

/** The families the design's text uses. */
export function designFamilies(design: Design): Set<string> {
  const out = new Set<string>();
  for (const { element } of walkElements(design.elements)) if (element.type === 'text') out.add(element.fontFamily);
  return out;
}

/** The imported fonts the design's text uses, by bundle file name. */
export function documentFonts(design: Design, familyOf: (fileName: string) => string): Record<string, Uint8Array> {
  return fontFilesFor(designFamilies(design), familyOf);
}

/** Registers fonts a document or pack carries that this editor does not have yet. */
export async function registerCarriedFonts(fonts: Record<string, Uint8Array>): Promise<void> {
  for (const [fileName, bytes] of Object.entries(fonts)) {
    if (useUserFonts.getState().families.includes(familyFromFileName(fileName))) continue;
    try {
      await importUserFont(bytes, fileName);
    } catch (err) {
      // The text still draws with the fallback chain; the file stays out of the document from now on.
      console.warn(`font ${fileName} could not be loaded: ${errorMessage(err)}`);
    }
  }
}
