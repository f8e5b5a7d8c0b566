// The bytes of fonts the user imported, so documents can carry the fonts they use. A family
// travels as "<family with _ for spaces>.<ext>", which familyFromFileName() turns back into the
// same family when the document is opened elsewhere.
import type { Design } from '../../core/model';
import { walkElements } from '../../core/model/tree';
import { errorMessage } from '../actions/errors';
import { familyFromFileName, importUserFont, useUserFonts } from '../fonts/user-fonts';

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
  return FONT_FILE_PATTERN.test(name) && familyOf(name) === family ? name : null;
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
