// The bytes of fonts the user imported, so documents can carry the fonts they use. A family
// travels as "<family with _ for spaces>.<ext>", which familyFromFileName() turns back into the
// same family when the document is opened elsewhere.
import type { Design } from '../../core/model';
import { walkElements } from '../../core/model/tree';

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

/** The imported fonts the design's text uses, by bundle file name. */
export function documentFonts(design: Design, familyOf: (fileName: string) => string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const { element } of walkElements(design.elements)) {
    if (element.type !== 'text') continue;
    const file = files.get(element.fontFamily);
    if (!file) continue;
    const name = fontFileNameFor(element.fontFamily, file.ext, familyOf);
    if (name) out[name] = file.bytes;
  }
  return out;
}
